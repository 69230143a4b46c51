package vn.thidua.participation.web;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.LocalDate;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.thidua.kernel.BusinessRuleViolation;
import vn.thidua.kernel.VietnameseDates;
import vn.thidua.movement.MovementView;
import vn.thidua.organization.Actor;
import vn.thidua.participation.domain.ExternalValues;
import vn.thidua.participation.domain.ReportService;

/**
 * The office's page for values from other systems: a CSV per year with the source named, checked
 * whole (every refusal names its line) and saved all or nothing (docs/external-values.md).
 */
@Controller
class ExternalValuesController {

  private static final long MAX_BYTES = 10L * 1024 * 1024;

  private final ExternalValues external;
  private final ReportService reports;
  private final Clock clock;

  ExternalValuesController(ExternalValues external, ReportService reports, Clock clock) {
    this.external = external;
    this.reports = reports;
    this.clock = clock;
  }

  private String page(Actor actor, long id, Integer year, String source, Model model) {
    MovementView m = reports.plan(actor, id);
    int y =
        year != null
            ? year
            : Math.max(
                m.periodFrom() == null ? 0 : m.periodFrom(),
                LocalDate.now(clock.withZone(VietnameseDates.ZONE)).getYear());
    if (m.periodTo() != null && year == null && y > m.periodTo()) {
      y = m.periodTo();
    }
    java.util.List<Integer> years = new java.util.ArrayList<>();
    if (m.periodFrom() != null && m.periodTo() != null) {
      for (int i = m.periodFrom(); i <= m.periodTo(); i++) {
        years.add(i);
      }
    }
    model.addAttribute("m", m);
    model.addAttribute("year", y);
    model.addAttribute("years", years);
    model.addAttribute("source", source == null ? "" : source);
    model.addAttribute("indicators", external.imported(actor, id));
    return "participation/external-values";
  }

  @GetMapping("/movements/{id}/external-values")
  String show(
      @AuthenticationPrincipal Actor actor,
      @PathVariable long id,
      @RequestParam(required = false) Integer year,
      Model model) {
    return page(actor, id, year, null, model);
  }

  @GetMapping("/movements/{id}/external-values/template.csv")
  ResponseEntity<byte[]> template(@AuthenticationPrincipal Actor actor, @PathVariable long id) {
    return ResponseEntity.ok()
        .contentType(new MediaType("text", "csv", java.nio.charset.StandardCharsets.UTF_8))
        .header(
            HttpHeaders.CONTENT_DISPOSITION,
            ContentDisposition.attachment()
                .filename("so-lieu-he-thong-khac-" + id + ".csv")
                .build()
                .toString())
        .body(external.template(actor, id));
  }

  @PostMapping("/movements/{id}/external-values/import")
  String upload(
      @AuthenticationPrincipal Actor actor,
      @PathVariable long id,
      @RequestParam(required = false) Integer year,
      @RequestParam(required = false) String source,
      @RequestParam(value = "file", required = false) MultipartFile file,
      Model model,
      HttpServletResponse response,
      RedirectAttributes redirect) {
    if (file != null && file.getSize() > MAX_BYTES) {
      response.setStatus(413);
      model.addAttribute("problem", "error.file-too-large");
      model.addAttribute("problemArgs", new Object[] {10});
      return page(actor, id, year, source, model);
    }
    try {
      int n =
          external.importCsv(
              actor,
              id,
              year,
              source,
              file == null ? null : file.getOriginalFilename(),
              file == null ? null : file.getBytes());
      redirect.addFlashAttribute("importedCount", n);
      return "redirect:/movements/"
          + id
          + "/external-values"
          + (year == null ? "" : "?year=" + year);
    } catch (BusinessRuleViolation e) {
      response.setStatus(422);
      model.addAttribute("problem", e.code());
      model.addAttribute("problemArgs", e.args());
      return page(actor, id, year, source, model);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
