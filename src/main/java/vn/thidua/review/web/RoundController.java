package vn.thidua.review.web;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.thidua.document.Downloads;
import vn.thidua.kernel.ActionOutcome;
import vn.thidua.kernel.BusinessRuleViolation;
import vn.thidua.kernel.ConcurrentChange;
import vn.thidua.kernel.VietnameseDates;
import vn.thidua.movement.MovementView;
import vn.thidua.organization.Actor;
import vn.thidua.organization.Permission;
import vn.thidua.review.OpenRoundCommand;
import vn.thidua.review.ReportCommand;
import vn.thidua.review.RoundView;
import vn.thidua.review.domain.ReviewService;
import vn.thidua.review.domain.RoundDocuments;
import vn.thidua.review.domain.RoundWorkflow;
import vn.thidua.rulebook.Rulebook;

/**
 * The rounds' pages: the list (with the rounds the units below sent up, side by side), opening a
 * round from a plan, a round with its frozen figures per theme, what changed since, the report and
 * its steps.
 */
@Controller
class RoundController {

  private final ReviewService rounds;
  private final RoundDocuments documents;
  private final Rulebook rulebook;

  RoundController(ReviewService rounds, RoundDocuments documents, Rulebook rulebook) {
    this.rounds = rounds;
    this.documents = documents;
    this.rulebook = rulebook;
  }

  @GetMapping("/rounds")
  String list(@AuthenticationPrincipal Actor actor, Model model) {
    List<RoundView> all = rounds.list(actor);
    List<RoundView> below = rounds.fromBelow(actor);
    model.addAttribute("items", all);
    model.addAttribute("below", below);
    model.addAttribute("belowColumns", columns(below));
    model.addAttribute("canOpen", actor.may(Permission.MANAGE_PLANS));
    return "review/list";
  }

  /** The indicators of the last year of the rounds sent up, in the order of the first. */
  private static List<RoundView.Figure> columns(List<RoundView> below) {
    if (below.isEmpty()) {
      return List.of();
    }
    RoundView first = below.getFirst();
    return first.snapshot().figures().stream().filter(f -> f.year() == first.toYear()).toList();
  }

  @GetMapping("/rounds/new")
  String newForm(
      @AuthenticationPrincipal Actor actor,
      @RequestParam(required = false) Long plan,
      @RequestParam(required = false) String occasion,
      Model model) {
    if (!actor.may(Permission.MANAGE_PLANS)) {
      throw new AccessDeniedException("error.forbidden");
    }
    Map<String, String> form = new LinkedHashMap<>();
    if (plan != null) {
      form.put("movementId", plan.toString());
    }
    if (occasion != null) {
      form.put("occasion", occasion);
    }
    return formPage(actor, model, form);
  }

  @PostMapping("/rounds/new")
  String open(
      @AuthenticationPrincipal Actor actor,
      @RequestParam Map<String, String> p,
      Model model,
      RedirectAttributes redirect) {
    if (!actor.may(Permission.MANAGE_PLANS)) {
      throw new AccessDeniedException("error.forbidden");
    }
    try {
      RoundView r = rounds.open(actor, command(p));
      redirect.addFlashAttribute("notice", "round.opened");
      return "redirect:/rounds/" + r.id();
    } catch (BusinessRuleViolation e) {
      model.addAttribute("problem", e.code());
      model.addAttribute("problemArgs", e.args());
      return formPage(actor, model, p);
    }
  }

  private String formPage(Actor actor, Model model, Map<String, String> form) {
    List<MovementView> plans = rounds.plansToOpen(actor);
    model.addAttribute("form", form);
    model.addAttribute("plans", plans);
    Long plan = parseLong(form.get("movementId"));
    if (plan == null && plans.size() == 1) {
      plan = plans.getFirst().id();
    }
    List<RoundView.Option> options = List.of();
    List<String> forms = List.of();
    if (plan != null) {
      Long chosen = plan;
      if (plans.stream().anyMatch(m -> m.id() == chosen)) {
        options = rounds.options(actor, plan);
        String key = form.get("occasion");
        if (key != null && options.stream().anyMatch(o -> o.key().equals(key))) {
          forms = rounds.forms(actor, plan, key);
        }
      }
    }
    model.addAttribute("plan", plan);
    model.addAttribute("options", options);
    model.addAttribute("forms", forms);
    model.addAttribute("rulebook", rulebook);
    return "review/new";
  }

  static OpenRoundCommand command(Map<String, String> p) {
    Map<String, Integer> quotas = new LinkedHashMap<>();
    p.forEach((k, v) -> {
      if (k.startsWith("quota.") && v != null && !v.isBlank()) {
        try {
          quotas.put(k.substring("quota.".length()), Integer.valueOf(v.strip()));
        } catch (NumberFormatException e) {
          throw BusinessRuleViolation.onField(k, "round.quota-number", v.strip());
        }
      }
    });
    return new OpenRoundCommand(
        parseLong(p.get("movementId")),
        p.get("occasion"),
        quotas,
        date(p.get("nominationsDue"), "nominationsDue"),
        date(p.get("reportDue"), "reportDue"),
        p.get("participants"));
  }

  private static Long parseLong(String s) {
    if (s == null || s.isBlank()) {
      return null;
    }
    try {
      return Long.valueOf(s.strip());
    } catch (NumberFormatException e) {
      throw BusinessRuleViolation.onField("movementId", "round.plan-unknown");
    }
  }

  private static LocalDate date(String s, String field) {
    if (s == null || s.isBlank()) {
      return null;
    }
    try {
      return LocalDate.parse(s.strip());
    } catch (java.time.format.DateTimeParseException e) {
      try {
        return VietnameseDates.parse(s.strip());
      } catch (RuntimeException e2) {
        throw BusinessRuleViolation.onField(field, "round.date-invalid", s.strip());
      }
    }
  }

  @GetMapping("/rounds/{id}")
  String detail(@AuthenticationPrincipal Actor actor, @PathVariable long id, Model model) {
    RoundView r = rounds.get(actor, id);
    model.addAttribute("r", r);
    model.addAttribute("themes", r.snapshot().byTheme(r.toYear()));
    model.addAttribute("changes", rounds.changesSinceFreeze(r));
    model.addAttribute("actions", rounds.actions(actor, r));
    model.addAttribute("next", rounds.next(actor, r).orElse(null));
    model.addAttribute("office", rounds.office(actor, r));
    model.addAttribute("history", rounds.history(actor, id));
    model.addAttribute("rulebook", rulebook);
    model.addAttribute(
        "canSuggest", actor.may(Permission.MANAGE_NOMINATIONS, r.path()) && !r.forms().isEmpty());
    return "review/detail";
  }

  @PostMapping("/rounds/{id}/report")
  String editReport(
      @AuthenticationPrincipal Actor actor,
      @PathVariable long id,
      @RequestParam Map<String, String> p,
      RedirectAttributes redirect) {
    ActionOutcome.of(
            "round.report.saved",
            () -> {
              Long version;
              try {
                version = p.get("version") == null ? null : Long.valueOf(p.get("version"));
              } catch (NumberFormatException e) {
                throw new ConcurrentChange("review_round");
              }
              rounds.editReport(
                  actor,
                  id,
                  new ReportCommand(
                      p.get("overview"),
                      p.get("difficulties"),
                      p.get("lessons"),
                      p.get("nextTasks"),
                      version));
            })
        .flash(redirect::addFlashAttribute);
    return "redirect:/rounds/" + id;
  }

  @PostMapping("/rounds/{id}/{action:send|receive|give-back|close}")
  String move(
      @AuthenticationPrincipal Actor actor,
      @PathVariable long id,
      @PathVariable String action,
      @RequestParam long version,
      @RequestParam(required = false, defaultValue = "") String reason,
      RedirectAttributes redirect) {
    RoundWorkflow.Action a = action(action);
    ActionOutcome.of("round.done." + a.name(), () -> rounds.act(actor, id, version, a, reason))
        .flash(redirect::addFlashAttribute);
    return "redirect:/rounds/" + id;
  }

  /** From a closed sơ kết, opens the round the next phase ends with (the plan as it is now). */
  @PostMapping("/rounds/{id}/next")
  String openNext(
      @AuthenticationPrincipal Actor actor, @PathVariable long id, RedirectAttributes redirect) {
    long[] opened = {id};
    ActionOutcome.of("round.next.done", () -> opened[0] = rounds.openNext(actor, id).id())
        .flash(redirect::addFlashAttribute);
    return "redirect:/rounds/" + opened[0];
  }

  static RoundWorkflow.Action action(String path) {
    return RoundWorkflow.Action.valueOf(path.toUpperCase(java.util.Locale.ROOT).replace('-', '_'));
  }

  @GetMapping("/rounds/{id}/report.docx")
  ResponseEntity<byte[]> docx(@AuthenticationPrincipal Actor actor, @PathVariable long id) {
    return Downloads.attachment(
        documents.report(actor, id), Downloads.DOCX, "bao-cao-dot-xet-" + id + ".docx");
  }
}
