package vn.thidua.statistics.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.thidua.kernel.ActionOutcome;
import vn.thidua.kernel.BusinessRuleViolation;
import vn.thidua.kernel.VietnameseDates;
import vn.thidua.organization.Actor;
import vn.thidua.organization.Permission;
import vn.thidua.organization.UnitDirectory;
import vn.thidua.statistics.domain.RegistryService;
import vn.thidua.statistics.domain.StatisticsService;

/**
 * The registry of the bodies and civil servants doing emulation work, kept by the office of each
 * level on a page: add a body, add its civil servants, end their work with a year.
 */
@Controller
class RegistryController {

  private final RegistryService registry;
  private final StatisticsService statistics;
  private final Clock clock;

  RegistryController(RegistryService registry, StatisticsService statistics, Clock clock) {
    this.registry = registry;
    this.statistics = statistics;
    this.clock = clock;
  }

  @GetMapping("/statistics/registry")
  String page(
      @AuthenticationPrincipal Actor actor,
      @RequestParam(required = false) String unit,
      Model model) {
    UnitDirectory.Unit u =
        statistics.readableUnit(actor, StatisticsController.unitOrOwn(actor, unit));
    return page(actor, u, model, Map.of());
  }

  @PostMapping("/statistics/registry/bodies")
  String addBody(
      @AuthenticationPrincipal Actor actor,
      @RequestParam Map<String, String> p,
      Model model,
      RedirectAttributes redirect) {
    UnitDirectory.Unit u = statistics.readableUnit(actor, p.get("unit"));
    try {
      registry.addBody(
          actor,
          new RegistryService.BodyCommand(
              u.code(),
              p.get("name"),
              p.get("dedicated") == null ? null : "true".equals(p.get("dedicated")),
              year(p.get("fromYear"), "fromYear"),
              optionalYear(p.get("toYear"), "toYear")));
    } catch (BusinessRuleViolation e) {
      return refused(actor, u, model, p, e, "body");
    }
    redirect.addFlashAttribute("notice", "registry.body.added");
    return "redirect:/statistics/registry?unit=" + u.code();
  }

  @PostMapping("/statistics/registry/bodies/{id}/officers")
  String addOfficer(
      @AuthenticationPrincipal Actor actor,
      @PathVariable long id,
      @RequestParam Map<String, String> p,
      Model model,
      RedirectAttributes redirect) {
    RegistryService.Body b = registry.readable(actor, id);
    UnitDirectory.Unit u = statistics.readableUnit(actor, b.unitCode());
    try {
      registry.addOfficer(
          actor,
          id,
          new RegistryService.OfficerCommand(
              p.get("female") == null ? null : "true".equals(p.get("female")),
              year(p.get("birthYear"), "birthYear"),
              p.get("training"),
              year(p.get("startedYear"), "startedYear"),
              p.get("dedicated") == null ? null : "true".equals(p.get("dedicated")),
              year(p.get("fromYear"), "fromYear"),
              optionalYear(p.get("toYear"), "toYear")));
    } catch (BusinessRuleViolation e) {
      return refused(actor, u, model, p, e, "officer-" + id);
    }
    redirect.addFlashAttribute("notice", "registry.officer.added");
    return "redirect:/statistics/registry?unit=" + u.code();
  }

  @PostMapping("/statistics/registry/bodies/{id}/end")
  String endBody(
      @AuthenticationPrincipal Actor actor,
      @PathVariable long id,
      @RequestParam(required = false) String toYear,
      RedirectAttributes redirect) {
    RegistryService.Body b = registry.readable(actor, id);
    ActionOutcome.of(
            "registry.body.ended", () -> registry.endBody(actor, id, year(toYear, "toYear")))
        .flash(redirect::addFlashAttribute);
    return "redirect:/statistics/registry?unit=" + b.unitCode();
  }

  @PostMapping("/statistics/registry/officers/{id}/end")
  String endOfficer(
      @AuthenticationPrincipal Actor actor,
      @PathVariable long id,
      @RequestParam long body,
      @RequestParam(required = false) String toYear,
      RedirectAttributes redirect) {
    RegistryService.Body b = registry.readable(actor, body);
    ActionOutcome.of(
            "registry.officer.ended", () -> registry.endOfficer(actor, id, year(toYear, "toYear")))
        .flash(redirect::addFlashAttribute);
    return "redirect:/statistics/registry?unit=" + b.unitCode();
  }

  // ----- inside

  private String refused(
      Actor actor,
      UnitDirectory.Unit u,
      Model model,
      Map<String, String> form,
      BusinessRuleViolation e,
      String which) {
    model.addAttribute("problem", e.code());
    model.addAttribute("problemArgs", e.args());
    model.addAttribute("problemField", e.field());
    model.addAttribute("problemForm", which);
    return page(actor, u, model, form);
  }

  private String page(Actor actor, UnitDirectory.Unit u, Model model, Map<String, String> form) {
    model.addAttribute("unit", u);
    model.addAttribute("bodies", registry.bodies(u));
    model.addAttribute("canEdit", actor.may(Permission.OVERSEE, u.path()));
    model.addAttribute("form", form);
    model.addAttribute("thisYear", LocalDate.now(clock.withZone(VietnameseDates.ZONE)).getYear());
    return "statistics/registry";
  }

  /** A year typed in a form: a field error naming the field, never a 500. */
  private static Integer year(String text, String field) {
    Integer y = optionalYear(text, field);
    if (y == null) {
      throw BusinessRuleViolation.onField(field, "registry.year-required");
    }
    return y;
  }

  private static Integer optionalYear(String text, String field) {
    if (text == null || text.isBlank()) {
      return null;
    }
    try {
      int y = Integer.parseInt(text.strip());
      if (y < 1900 || y > 2100) {
        throw BusinessRuleViolation.onField(field, "registry.year-invalid");
      }
      return y;
    } catch (NumberFormatException e) {
      throw BusinessRuleViolation.onField(field, "registry.year-invalid");
    }
  }
}
