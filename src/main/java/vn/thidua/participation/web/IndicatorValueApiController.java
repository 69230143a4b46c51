package vn.thidua.participation.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
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
import vn.thidua.participation.IndicatorTotal;
import vn.thidua.participation.IndicatorValueCommand;
import vn.thidua.participation.IndicatorValueView;
import vn.thidua.participation.domain.IndicatorValueService;

/** Indicator values of a movement's plan over the API: by value, or in bulk from .xlsx. */
@RestController
@RequestMapping("/api/v1/movements/{movementId}")
@Tag(name = "Chỉ tiêu: số liệu đơn vị")
class IndicatorValueApiController {

  private static final long MAX_BYTES = 10L * 1024 * 1024;

  private final IndicatorValueService values;

  IndicatorValueApiController(IndicatorValueService values) {
    this.values = values;
  }

  @PutMapping("/indicator-values")
  @Operation(summary = "Ghi số liệu một chỉ tiêu của một tổ chức trong một năm")
  IndicatorValueView record(
      @AuthenticationPrincipal Actor actor,
      @PathVariable long movementId,
      @RequestBody IndicatorValueCommand command) {
    return values.record(actor, movementId, command);
  }

  @GetMapping("/indicator-values")
  List<IndicatorValueView> list(
      @AuthenticationPrincipal Actor actor,
      @PathVariable long movementId,
      @RequestParam long organization,
      @RequestParam int year) {
    return values.values(actor, movementId, organization, year);
  }

  @GetMapping("/indicator-totals")
  @Operation(
      summary =
          "Tổng của các chỉ tiêu trên một đơn vị hành chính (xã, tỉnh, cả nước), đọc từ bảng tổng cộng dồn")
  List<IndicatorTotal> totals(
      @AuthenticationPrincipal Actor actor,
      @PathVariable long movementId,
      @RequestParam String unit,
      @RequestParam int year) {
    return values.totals(actor, movementId, unit, year);
  }

  @GetMapping("/indicator-values/template")
  ResponseEntity<byte[]> template(
      @AuthenticationPrincipal Actor actor, @PathVariable long movementId) {
    return ResponseEntity.ok()
        .header(
            HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"mau-so-lieu-chi-tieu.xlsx\"")
        .contentType(
            MediaType.parseMediaType(
                "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"))
        .body(values.template(actor, movementId));
  }

  @PostMapping(value = "/indicator-values/import", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
  @Operation(
      summary = "Nhập số liệu từ .xlsx: kiểm tra toàn bộ trước, lưu tất cả hoặc không lưu gì")
  ResponseEntity<?> importXlsx(
      @AuthenticationPrincipal Actor actor,
      @PathVariable long movementId,
      @RequestParam("file") MultipartFile file,
      @RequestParam(defaultValue = "false") boolean confirmed) {
    if (file.getSize() > MAX_BYTES) {
      throw new FileTooLarge(10);
    }
    try {
      int imported =
          values.importXlsx(
              actor, movementId, file.getOriginalFilename(), file.getBytes(), confirmed);
      return ResponseEntity.ok(Map.of("imported", imported));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
