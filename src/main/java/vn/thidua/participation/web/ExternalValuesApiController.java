package vn.thidua.participation.web;

import io.swagger.v3.oas.annotations.Operation;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;
import org.springframework.http.MediaType;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import vn.thidua.kernel.FileTooLarge;
import vn.thidua.organization.Actor;
import vn.thidua.participation.ExternalValuesCommand;
import vn.thidua.participation.domain.ExternalValues;

/** Values from other systems, per period: JSON or CSV (docs/external-values.md). */
@RestController
class ExternalValuesApiController {

  private final ExternalValues external;

  ExternalValuesApiController(ExternalValues external) {
    this.external = external;
  }

  @PostMapping("/api/v1/movements/{movementId}/external-values")
  @Operation(
      summary =
          "Nhập số liệu từ hệ thống khác cho một năm (nguồn ghi bên cạnh giá trị): kiểm tra toàn bộ, lưu tất cả hoặc không lưu gì")
  Map<String, Integer> importJson(
      @AuthenticationPrincipal Actor actor,
      @PathVariable long movementId,
      @RequestBody ExternalValuesCommand command) {
    return Map.of("imported", external.importValues(actor, movementId, command));
  }

  @PostMapping(
      value = "/api/v1/movements/{movementId}/external-values/import",
      consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
  @Operation(summary = "Nhập số liệu từ hệ thống khác bằng tệp CSV (UTF-8, dấu ;) cho một năm")
  Map<String, Integer> importCsv(
      @AuthenticationPrincipal Actor actor,
      @PathVariable long movementId,
      @RequestParam("file") MultipartFile file,
      @RequestParam(required = false) Integer year,
      @RequestParam(required = false) String source) {
    if (file.getSize() > 10L * 1024 * 1024) {
      throw new FileTooLarge(10);
    }
    try {
      return Map.of(
          "imported",
          external.importCsv(
              actor, movementId, year, source, file.getOriginalFilename(), file.getBytes()));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
