package vn.thidua.participation.web;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.security.access.AccessDeniedException;
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
import vn.thidua.organization.OrganizationDirectory;
import vn.thidua.organization.OrganizationType;
import vn.thidua.organization.OrganizationView;
import vn.thidua.organization.Permission;
import vn.thidua.organization.UnitDirectory;
import vn.thidua.participation.TrainingCommand;
import vn.thidua.participation.TrainingView;
import vn.thidua.participation.domain.TrainingService;

/**
 * Bình dân học vụ số: the sessions of a unit with its learners by village, group, age and skill;
 * the form a recorder fills after a session; a session and its cancellation. The API mirrors the
 * pages.
 */
@Controller
class TrainingController {

  private final TrainingService training;
  private final OrganizationDirectory organizations;
  private final java.time.Clock clock;

  TrainingController(
      TrainingService training, OrganizationDirectory organizations, java.time.Clock clock) {
    this.training = training;
    this.organizations = organizations;
    this.clock = clock;
  }

  private int thisYear() {
    return LocalDate.now(clock.withZone(VietnameseDates.ZONE)).getYear();
  }

  @GetMapping("/training")
  String list(
      @AuthenticationPrincipal Actor actor,
      @RequestParam(required = false) String unit,
      @RequestParam(required = false) Integer year,
      Model model) {
    int y = year == null ? thisYear() : year;
    UnitDirectory.Unit u = training.unit(actor, unit);
    model.addAttribute("unit", u);
    model.addAttribute("year", y);
    model.addAttribute("items", training.list(actor, u.code(), y));
    model.addAttribute("summary", training.summary(actor, u.code(), y));
    model.addAttribute("canRecord", actor.may(Permission.RECORD_VALUES));
    return "participation/training-list";
  }

  @GetMapping("/training/new")
  String form(@AuthenticationPrincipal Actor actor, Model model) {
    if (!actor.may(Permission.RECORD_VALUES)) {
      throw new AccessDeniedException("error.forbidden");
    }
    return formPage(actor, model, Map.of());
  }

  private String formPage(Actor actor, Model model, Map<String, String> form) {
    UnitDirectory.Unit unit = training.unit(actor, null);
    List<OrganizationView> orgs = new ArrayList<>();
    List<OrganizationView> villages = new ArrayList<>();
    for (OrganizationView o : organizations.organizationsOf(unit.code())) {
      if (actor.may(Permission.RECORD_VALUES, o.path())) {
        orgs.add(o);
      }
      if (o.type() == OrganizationType.VILLAGE) {
        villages.add(o);
      }
    }
    model.addAttribute("form", form);
    model.addAttribute("orgs", orgs);
    model.addAttribute("villages", villages);
    model.addAttribute("skills", TrainingService.SKILLS);
    model.addAttribute("targets", TrainingService.TARGET_GROUPS);
    model.addAttribute("ages", TrainingService.AGE_GROUPS);
    return "participation/training-form";
  }

  @PostMapping("/training/new")
  String record(
      @AuthenticationPrincipal Actor actor,
      @RequestParam Map<String, String> p,
      @RequestParam(name = "skills", required = false) List<String> skills,
      Model model,
      RedirectAttributes redirect) {
    if (!actor.may(Permission.RECORD_VALUES)) {
      throw new AccessDeniedException("error.forbidden");
    }
    try {
      TrainingView t = training.record(actor, command(p, skills));
      redirect.addFlashAttribute("notice", "training.saved");
      return "redirect:/training/" + t.id();
    } catch (BusinessRuleViolation e) {
      model.addAttribute("problem", e.code());
      model.addAttribute("problemArgs", e.args());
      return formPage(actor, model, p);
    }
  }

  static TrainingCommand command(Map<String, String> p, List<String> skills) {
    List<TrainingCommand.Learners> learners = new ArrayList<>();
    for (String t : TrainingService.TARGET_GROUPS) {
      for (String a : TrainingService.AGE_GROUPS) {
        Integer n = number(p.get("l." + t + "." + a), "l." + t + "." + a);
        Integer c = number(p.get("c." + t + "." + a), "c." + t + "." + a);
        if (n != null || c != null) {
          learners.add(new TrainingCommand.Learners(t, a, n, c));
        }
      }
    }
    LocalDate heldOn = null;
    String d = p.get("heldOn");
    if (d != null && !d.isBlank()) {
      try {
        heldOn = LocalDate.parse(d.strip());
      } catch (java.time.format.DateTimeParseException e) {
        try {
          heldOn = VietnameseDates.parse(d.strip());
        } catch (RuntimeException e2) {
          throw BusinessRuleViolation.onField("heldOn", "round.date-invalid", d.strip());
        }
      }
    }
    return new TrainingCommand(
        id(p.get("organizationId"), "organizationId"),
        id(p.get("villageId"), "villageId"),
        p.get("place"),
        heldOn,
        p.get("topic"),
        p.get("trainers"),
        skills,
        learners);
  }

  private static Long id(String s, String field) {
    if (s == null || s.isBlank()) {
      return null;
    }
    try {
      return Long.valueOf(s.strip());
    } catch (NumberFormatException e) {
      throw BusinessRuleViolation.onField(field, "training.organizer-unknown");
    }
  }

  private static Integer number(String s, String field) {
    if (s == null || s.isBlank()) {
      return null;
    }
    try {
      return Integer.valueOf(s.strip());
    } catch (NumberFormatException e) {
      throw BusinessRuleViolation.onField(field, "training.count-not-number", s.strip());
    }
  }

  @GetMapping("/training/{id}")
  String detail(@AuthenticationPrincipal Actor actor, @PathVariable long id, Model model) {
    TrainingView t = training.get(actor, id);
    model.addAttribute("t", t);
    model.addAttribute("canRecord", training.mayRecord(actor, t));
    model.addAttribute("history", training.history(actor, id));
    return "participation/training";
  }

  @PostMapping("/training/{id}/cancel")
  String cancel(
      @AuthenticationPrincipal Actor actor,
      @PathVariable long id,
      @RequestParam long version,
      @RequestParam(required = false, defaultValue = "") String reason,
      RedirectAttributes redirect) {
    ActionOutcome.of("training.cancelled", () -> training.cancel(actor, id, version, reason))
        .flash(redirect::addFlashAttribute);
    return "redirect:/training/" + id;
  }
}
