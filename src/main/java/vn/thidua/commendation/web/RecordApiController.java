package vn.thidua.commendation.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import vn.thidua.commendation.domain.NominationService;
import vn.thidua.commendation.domain.RecordService;
import vn.thidua.kernel.FileTooLarge;
import vn.thidua.organization.Actor;

/** People's commendation records over the API: read, discipline, imports of past years. */
@RestController
@Tag(name = "Hồ sơ khen thưởng cá nhân")
class RecordApiController {

  private static final MediaType XLSX =
      MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

  private final RecordService records;
  private final NominationService nominations;
  private final MessageSource messages;

  RecordApiController(
      RecordService records, NominationService nominations, MessageSource messages) {
    this.records = records;
    this.nominations = nominations;
    this.messages = messages;
  }

  record Discipline(String measure, LocalDate from, LocalDate to) {}

  @GetMapping("/api/v1/people/{personId}/record")
  @Operation(summary = "Hồ sơ khen thưởng của một cá nhân: khen thưởng, xếp loại hằng năm, kỷ luật")
  RecordService.Record record(@AuthenticationPrincipal Actor actor, @PathVariable long personId) {
    return records.record(actor, personId);
  }

  @PostMapping("/api/v1/people/{personId}/discipline")
  @Operation(summary = "Ghi một thời gian chịu kỷ luật của cá nhân")
  RecordService.Record discipline(
      @AuthenticationPrincipal Actor actor,
      @PathVariable long personId,
      @RequestBody Discipline d) {
    records.discipline(actor, personId, d.measure(), d.from(), d.to());
    return records.record(actor, personId);
  }

  @GetMapping("/api/v1/records/awards/template")
  @Operation(summary = "Tệp mẫu nhập khen thưởng của các năm trước (.xlsx)")
  ResponseEntity<byte[]> awardTemplate() {
    return NominationApiController.download(records.awardTemplate(), XLSX, "mau-khen-thuong.xlsx");
  }

  @GetMapping("/api/v1/records/ratings/template")
  @Operation(summary = "Tệp mẫu nhập xếp loại hằng năm (.xlsx)")
  ResponseEntity<byte[]> ratingTemplate() {
    return NominationApiController.download(records.ratingTemplate(), XLSX, "mau-xep-loai.xlsx");
  }

  @PostMapping(
      value = "/api/v1/records/awards/import",
      consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
  @Operation(
      summary =
          "Nhập khen thưởng của các năm trước: kiểm tra toàn bộ, lưu tất cả hoặc không lưu gì")
  ResponseEntity<?> importAwards(
      @AuthenticationPrincipal Actor actor, @RequestParam("file") MultipartFile file) {
    return run(file, () -> records.importAwards(actor, file.getOriginalFilename(), bytes(file)));
  }

  @PostMapping(
      value = "/api/v1/records/ratings/import",
      consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
  @Operation(summary = "Nhập xếp loại hằng năm: kiểm tra toàn bộ, lưu tất cả hoặc không lưu gì")
  ResponseEntity<?> importRatings(
      @AuthenticationPrincipal Actor actor, @RequestParam("file") MultipartFile file) {
    return run(file, () -> records.importRatings(actor, file.getOriginalFilename(), bytes(file)));
  }

  private static byte[] bytes(MultipartFile file) {
    try {
      return file.getBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private ResponseEntity<?> run(MultipartFile file, java.util.function.IntSupplier action) {
    if (file.getSize() > 10L * 1024 * 1024) {
      throw new FileTooLarge(10);
    }
    try {
      return ResponseEntity.ok(Map.of("imported", action.getAsInt()));
    } catch (RecordService.ImportRefused e) {
      ProblemDetail problem =
          ProblemDetail.forStatusAndDetail(
              HttpStatus.UNPROCESSABLE_CONTENT, e.errors().getFirst().message());
      problem.setTitle(
          messages.getMessage("import.failed.title", null, Locale.forLanguageTag("vi")));
      problem.setProperty("errors", e.errors());
      return ResponseEntity.unprocessableContent()
          .contentType(MediaType.APPLICATION_PROBLEM_JSON)
          .body(problem);
    }
  }
}
