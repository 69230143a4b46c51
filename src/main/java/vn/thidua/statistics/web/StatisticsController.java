package vn.thidua.statistics.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
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
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.thidua.kernel.ActionOutcome;
import vn.thidua.kernel.BusinessRuleViolation;
import vn.thidua.kernel.VietnameseDates;
import vn.thidua.organization.Actor;
import vn.thidua.organization.AdministrativeLevel;
import vn.thidua.organization.UnitDirectory;
import vn.thidua.statistics.FormTable;
import vn.thidua.statistics.domain.FormCatalogue;
import vn.thidua.statistics.domain.FormWorkbook;
import vn.thidua.statistics.domain.ReturnService;
import vn.thidua.statistics.domain.ReturnWorkflow;
import vn.thidua.statistics.domain.StatisticsService;

/**
 * The statistics forms of a level and a year: shown as tables, downloaded as .xlsx in the forms'
 * layout, and read over the API.
 */
@Controller
class StatisticsController {

  static final MediaType XLSX =
      MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

  private final StatisticsService statistics;
  private final vn.thidua.statistics.domain.RegistryService registry;
  private final ReturnService returns;
  private final UnitDirectory units;
  private final Clock clock;

  StatisticsController(
      StatisticsService statistics,
      vn.thidua.statistics.domain.RegistryService registry,
      ReturnService returns,
      UnitDirectory units,
      Clock clock) {
    this.statistics = statistics;
    this.registry = registry;
    this.returns = returns;
    this.units = units;
    this.clock = clock;
  }

  private LocalDate today() {
    return LocalDate.now(clock.withZone(VietnameseDates.ZONE));
  }

  /** The unit asked for, else the actor's own (the first grant's unit). */
  static String unitOrOwn(Actor actor, String unit) {
    if (unit != null && !unit.isBlank()) {
      return unit.strip();
    }
    return StatisticsService.unitCodeOf(actor.grants().getFirst().scopePath());
  }

  @GetMapping("/statistics")
  String page(
      @AuthenticationPrincipal Actor actor,
      @RequestParam(required = false) String unit,
      @RequestParam(required = false) Integer year,
      Model model) {
    int y = year == null ? today().getYear() : year;
    UnitDirectory.Unit u = statistics.readableUnit(actor, unitOrOwn(actor, unit));
    List<FormTable> tables = new ArrayList<>();
    for (FormCatalogue.Form f : statistics.forms(y)) {
      tables.add(statistics.compute(u, y, f.code()));
    }
    model.addAttribute("unit", u);
    model.addAttribute("year", y);
    model.addAttribute("tables", tables);
    model.addAttribute("circular", statistics.version(y).circular());
    model.addAttribute("children", units.childrenOf(u.code()));
    model.addAttribute("bodies", registry.bodies(u));
    model.addAttribute("sent", returns.of(u, y).orElse(null));
    model.addAttribute("maySend", returns.maySend(actor, u));
    model.addAttribute("below", returns.below(u, y));
    model.addAttribute("deadline", statistics.version(y).deadline() + "/" + y);
    return "statistics/index";
  }

  /** The office sends the level's forms of the year up (again, once returned). */
  @PostMapping("/statistics/send")
  String send(
      @AuthenticationPrincipal Actor actor,
      @RequestParam String unit,
      @RequestParam String year,
      @RequestParam(required = false) Long version,
      RedirectAttributes redirect) {
    UnitDirectory.Unit u = statistics.readableUnit(actor, unit);
    int y = year(year);
    ActionOutcome.of("statistics.return.sent", () -> returns.send(actor, u, y, version))
        .flash(redirect::addFlashAttribute);
    redirect.addAttribute("unit", u.code());
    redirect.addAttribute("year", y);
    return "redirect:/statistics";
  }

  /**
   * A level's forms as sent, with the figures frozen at sending, for the level above to receive.
   */
  @GetMapping("/statistics/returns/{id}")
  String sent(@AuthenticationPrincipal Actor actor, @PathVariable long id, Model model) {
    ReturnService.Sent s = returns.get(actor, id);
    UnitDirectory.Unit u = statistics.readableUnit(actor, s.unitCode());
    model.addAttribute("s", s);
    model.addAttribute("unit", u);
    model.addAttribute("history", returns.history(actor, id));
    model.addAttribute("mayReceive", returns.mayReceive(actor, u));
    model.addAttribute("actions", ReturnWorkflow.TABLE.actions(s.status()));
    return "statistics/sent";
  }

  @PostMapping("/statistics/returns/{id}/{action:accept|return}")
  String receive(
      @AuthenticationPrincipal Actor actor,
      @PathVariable long id,
      @PathVariable String action,
      @RequestParam long version,
      @RequestParam(required = false, defaultValue = "") String reason,
      RedirectAttributes redirect) {
    ReturnWorkflow.Action a =
        "accept".equals(action) ? ReturnWorkflow.Action.ACCEPT : ReturnWorkflow.Action.RETURN;
    ActionOutcome.of(
            "statistics.return." + action + ".done",
            () -> returns.receive(actor, id, version, a, reason))
        .flash(redirect::addFlashAttribute);
    return "redirect:/statistics/returns/" + id;
  }

  /** A year typed in a form: a field error, never a 500. */
  static int year(String text) {
    try {
      return Integer.parseInt(text == null ? "" : text.strip());
    } catch (NumberFormatException e) {
      throw BusinessRuleViolation.onField("year", "statistics.return.year-invalid", "2100");
    }
  }

  @GetMapping("/statistics/{form:\\d{4}}.xlsx")
  ResponseEntity<byte[]> xlsx(
      @AuthenticationPrincipal Actor actor,
      @PathVariable String form,
      @RequestParam String unit,
      @RequestParam int year) {
    UnitDirectory.Unit u = statistics.readableUnit(actor, unit);
    FormTable t = statistics.compute(u, year, form);
    FormCatalogue.Version v = statistics.version(year);
    byte[] bytes = FormWorkbook.xlsx(t, receiver(u), v.deadline(), v.signature(), today());
    return ResponseEntity.ok()
        .contentType(XLSX)
        .header(
            HttpHeaders.CONTENT_DISPOSITION,
            "attachment; filename=\"bieu-" + form + "-" + u.code() + "-" + year + ".xlsx\"")
        .body(bytes);
  }

  @GetMapping("/api/v1/statistics/{form:\\d{4}}")
  @ResponseBody
  @io.swagger.v3.oas.annotations.tags.Tag(name = "Thống kê: biểu Thông tư 02/2023/TT-BNV")
  @io.swagger.v3.oas.annotations.Operation(
      summary = "Một biểu thống kê (0601–0605) của một cấp trong năm, tính từ dữ liệu")
  FormTable api(
      @AuthenticationPrincipal Actor actor,
      @PathVariable String form,
      @RequestParam String unit,
      @RequestParam int year) {
    return statistics.compute(statistics.readableUnit(actor, unit), year, form);
  }

  /** Who receives the level's forms: the home-affairs body of the level above. */
  private String receiver(UnitDirectory.Unit u) {
    if (u.level() == AdministrativeLevel.COMMUNE && u.parentCode() != null) {
      return "Sở Nội vụ " + units.unit(u.parentCode()).map(UnitDirectory.Unit::name).orElse("");
    }
    return "Bộ Nội vụ";
  }
}
