package vn.thidua.organization.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import vn.thidua.kernel.FileTooLarge;
import vn.thidua.organization.Actor;
import vn.thidua.organization.ImportJobView;
import vn.thidua.organization.domain.ImportService;

/** Excel imports over the API: the call returns when the import has finished. */
@RestController
@RequestMapping("/api/v1/imports")
@Tag(name = "Nhập dữ liệu Excel")
class ImportApiController {

  static final long MAX_BYTES = 10L * 1024 * 1024;

  private final ImportService imports;
  private final org.springframework.context.MessageSource messages;

  ImportApiController(ImportService imports, org.springframework.context.MessageSource messages) {
    this.imports = imports;
    this.messages = messages;
  }

  static ImportJobView.Kind kind(String kind) {
    return switch (kind.toLowerCase(Locale.ROOT)) {
      case "people" -> ImportJobView.Kind.PEOPLE;
      case "organizations" -> ImportJobView.Kind.ORGANIZATIONS;
      default -> throw new vn.thidua.kernel.NotFound("import.kind-unknown");
    };
  }

  @PostMapping(value = "/{kind}", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
  @Operation(
      summary =
          "Nhập tổ chức (organizations) hoặc cá nhân (people) từ .xlsx: tất cả hoặc không gì cả")
  ResponseEntity<?> upload(
      @AuthenticationPrincipal Actor actor,
      @PathVariable String kind,
      @RequestParam("file") MultipartFile file) {
    if (file.getSize() > MAX_BYTES) {
      throw new FileTooLarge(10);
    }
    ImportService.Started started;
    try {
      started = imports.start(actor, kind(kind), file.getOriginalFilename(), file.getBytes());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    ImportJobView job;
    try {
      job = started.done().get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    } catch (ExecutionException e) {
      throw new IllegalStateException(e.getCause());
    }
    if (job.status() == ImportJobView.Status.DONE) {
      return ResponseEntity.ok(job);
    }
    List<ImportJobView.ImportError> errors = job.errors();
    ProblemDetail problem =
        ProblemDetail.forStatusAndDetail(
            HttpStatus.UNPROCESSABLE_CONTENT, errors.isEmpty() ? "" : errors.getFirst().message());
    problem.setTitle(messages.getMessage("import.failed.title", null, Locale.forLanguageTag("vi")));
    problem.setProperty("importId", job.id());
    problem.setProperty("errors", errors);
    return ResponseEntity.unprocessableContent()
        .contentType(MediaType.APPLICATION_PROBLEM_JSON)
        .body(problem);
  }

  @GetMapping("/{id:[0-9a-f-]{36}}")
  ImportJobView job(@AuthenticationPrincipal Actor actor, @PathVariable UUID id) {
    return imports.job(actor, id);
  }

  @GetMapping("/templates/{kind}")
  @Operation(summary = "Tệp mẫu .xlsx")
  ResponseEntity<byte[]> template(@PathVariable String kind) {
    return ResponseEntity.ok()
        .header(
            HttpHeaders.CONTENT_DISPOSITION,
            "attachment; filename=\"mau-nhap-" + kind.toLowerCase(Locale.ROOT) + ".xlsx\"")
        .contentType(
            MediaType.parseMediaType(
                "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"))
        .body(imports.template(kind(kind)));
  }
}
