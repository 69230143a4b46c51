package vn.thidua.participation.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import vn.thidua.kernel.FileTooLarge;
import vn.thidua.organization.Actor;
import vn.thidua.participation.RegistrationCommand;
import vn.thidua.participation.RegistrationView;
import vn.thidua.participation.domain.RegistrationImport;
import vn.thidua.participation.domain.RegistrationService;

/** Registrations (đăng ký thi đua) over the API. */
@RestController
@RequestMapping("/api/v1")
@Tag(name = "Đăng ký thi đua")
class RegistrationApiController {

  private static final long MAX_BYTES = 10L * 1024 * 1024;

  private final RegistrationService registrations;
  private final RegistrationImport imports;

  RegistrationApiController(RegistrationService registrations, RegistrationImport imports) {
    this.registrations = registrations;
    this.imports = imports;
  }

  @GetMapping("/movements/{movementId}/registrations/template")
  @Operation(
      summary =
          "Tệp mẫu nhập bản đăng ký của một năm: các tổ chức được đăng ký thay, kèm những gì đã đăng ký")
  ResponseEntity<byte[]> template(
      @AuthenticationPrincipal Actor actor, @PathVariable long movementId, @RequestParam int year) {
    return ResponseEntity.ok()
        .header(
            HttpHeaders.CONTENT_DISPOSITION,
            "attachment; filename=\"mau-dang-ky-thi-dua-" + year + ".xlsx\"")
        .contentType(
            MediaType.parseMediaType(
                "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"))
        .body(imports.template(actor, movementId, year));
  }

  @PostMapping(
      value = "/movements/{movementId}/registrations/import",
      consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
  @Operation(
      summary =
          "Nhập bản đăng ký của nhiều đơn vị từ .xlsx (dự thảo): kiểm tra toàn bộ trước, lưu tất cả hoặc không lưu gì")
  ResponseEntity<?> importXlsx(
      @AuthenticationPrincipal Actor actor,
      @PathVariable long movementId,
      @RequestParam("file") MultipartFile file) {
    if (file.getSize() > MAX_BYTES) {
      throw new FileTooLarge(10);
    }
    try {
      RegistrationImport.Result r =
          imports.importXlsx(actor, movementId, file.getOriginalFilename(), file.getBytes());
      return ResponseEntity.ok(
          Map.of("imported", r.rows(), "created", r.created(), "updated", r.updated()));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @PutMapping("/movements/{movementId}/registrations")
  @Operation(
      summary = "Lập hoặc sửa bản đăng ký (dự thảo hoặc bị trả lại) của một đơn vị cho một năm")
  RegistrationView save(
      @AuthenticationPrincipal Actor actor,
      @PathVariable long movementId,
      @RequestBody RegistrationCommand command) {
    return registrations.save(actor, movementId, command);
  }

  @GetMapping("/movements/{movementId}/registrations")
  @Operation(summary = "Tình trạng đăng ký của mọi đơn vị thuộc cấp của kế hoạch trong một năm")
  List<RegistrationView.BoardRow> board(
      @AuthenticationPrincipal Actor actor, @PathVariable long movementId, @RequestParam int year) {
    return registrations.board(actor, movementId, year);
  }

  @PutMapping("/movements/{movementId}/registration-window")
  @Operation(summary = "Hạn đăng ký của một năm: sau hạn vẫn nhận nhưng đánh dấu muộn")
  Map<String, Object> window(
      @AuthenticationPrincipal Actor actor,
      @PathVariable long movementId,
      @RequestParam int year,
      @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate closesOn) {
    registrations.setWindow(actor, movementId, year, closesOn);
    return Map.of("year", year, "closesOn", closesOn.toString());
  }

  @GetMapping("/registrations/{id}")
  @Operation(summary = "Một bản đăng ký: danh hiệu, cam kết, trạng thái, nộp muộn, lý do trả lại")
  RegistrationView get(@AuthenticationPrincipal Actor actor, @PathVariable long id) {
    return registrations.view(actor, id);
  }

  @GetMapping("/registrations/{id}/history")
  @Operation(summary = "Lịch sử của bản đăng ký: ai làm gì, khi nào, lý do")
  List<vn.thidua.kernel.StateChanges.Entry> history(
      @AuthenticationPrincipal Actor actor, @PathVariable long id) {
    return registrations.history(actor, id);
  }

  @PostMapping("/registrations/{id}/submit")
  @Operation(summary = "Gửi bản đăng ký lên cấp trên (sau hạn thì đánh dấu nộp muộn)")
  RegistrationView submit(
      @AuthenticationPrincipal Actor actor, @PathVariable long id, @RequestParam long version) {
    return registrations.submit(actor, id, version);
  }

  @PostMapping("/registrations/{id}/accept")
  @Operation(summary = "Chấp nhận bản đăng ký (thường trực TĐKT cấp ban hành kế hoạch)")
  RegistrationView accept(
      @AuthenticationPrincipal Actor actor, @PathVariable long id, @RequestParam long version) {
    return registrations.accept(actor, id, version);
  }

  @PostMapping("/registrations/{id}/return")
  @Operation(summary = "Trả lại bản đăng ký kèm lý do để đơn vị bổ sung")
  RegistrationView giveBack(
      @AuthenticationPrincipal Actor actor,
      @PathVariable long id,
      @RequestParam long version,
      @RequestParam String reason) {
    return registrations.giveBack(actor, id, version, reason);
  }
}
