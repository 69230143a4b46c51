package vn.thidua.participation.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
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
import vn.thidua.participation.domain.IndicatorValueService;
import vn.thidua.participation.domain.ReportService;

/**
 * Bulk entry of indicator values: the template, the upload, and the import report (every refused
 * row and column, nothing saved) or the number of values saved; with the level's kept totals.
 */
@Controller
class IndicatorValueController {

  private static final long MAX_BYTES = 10L * 1024 * 1024;

  private final IndicatorValueService values;
  private final ReportService reports;
  private final Clock clock;

  IndicatorValueController(IndicatorValueService values, ReportService reports, Clock clock) {
    this.values = values;
    this.reports = reports;
    this.clock = clock;
  }

  private String page(Actor actor, long id, Integer year, Model model) {
    MovementView m = reports.plan(actor, id);
    int y =
        year != null
            ? year
            : Math.max(
                m.periodFrom() == null ? 0 : m.periodFrom(),
                LocalDate.now(clock.withZone(VietnameseDates.ZONE)).getYear());
    model.addAttribute("m", m);
    model.addAttribute("year", y);
    model.addAttribute("totals", values.totals(actor, id, m.unitCode(), y));
    if (!model.containsAttribute("importErrors")) {
      model.addAttribute("importErrors", List.of());
    }
    return "participation/values";
  }

  @GetMapping("/movements/{id}/values")
  String show(
      @AuthenticationPrincipal Actor actor,
      @PathVariable long id,
      @RequestParam(required = false) Integer year,
      Model model) {
    return page(actor, id, year, model);
  }

  @PostMapping("/movements/{id}/values/import")
  String upload(
      @AuthenticationPrincipal Actor actor,
      @PathVariable long id,
      @RequestParam(required = false) Integer year,
      @RequestParam("file") MultipartFile file,
      @RequestParam(defaultValue = "false") boolean confirmed,
      Model model,
      RedirectAttributes redirect) {
    if (file.getSize() > MAX_BYTES) {
      model.addAttribute("problem", "error.file-too-large");
      model.addAttribute("problemArgs", new Object[] {10});
      return page(actor, id, year, model);
    }
    try {
      int n = values.importXlsx(actor, id, file.getOriginalFilename(), file.getBytes(), confirmed);
      redirect.addFlashAttribute("notice", "values.imported");
      redirect.addFlashAttribute("importedCount", n);
      return "redirect:/movements/" + id + "/values" + (year == null ? "" : "?year=" + year);
    } catch (IndicatorValueService.ImportRefused e) {
      model.addAttribute("problem", "values.import-refused");
      model.addAttribute("importErrors", e.errors());
      model.addAttribute("fileName", file.getOriginalFilename());
      return page(actor, id, year, model);
    } catch (BusinessRuleViolation e) {
      model.addAttribute("problem", e.code());
      model.addAttribute("problemArgs", e.args());
      return page(actor, id, year, model);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
