package vn.thidua.commendation.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.thidua.commendation.domain.RuleSignoffs;
import vn.thidua.kernel.ActionOutcome;
import vn.thidua.kernel.BusinessRuleViolation;
import vn.thidua.kernel.VietnameseDates;
import vn.thidua.organization.Actor;
import vn.thidua.organization.AdministrativeLevel;
import vn.thidua.organization.UnitDirectory;
import vn.thidua.rulebook.Rulebook;

/**
 * Pages for officers: the rulebook for a chosen date and province, the eligibility check form with
 * each check explained, and the rows read with less than full confidence for a lawyer to sign off.
 */
@Controller
class CommendationController {

  private static final Locale VIETNAMESE = Locale.forLanguageTag("vi");

  private final Rulebook rulebook;
  private final RuleSignoffs signoffs;
  private final UnitDirectory units;
  private final Clock clock;
  private final MessageSource messages;

  CommendationController(
      Rulebook rulebook,
      RuleSignoffs signoffs,
      UnitDirectory units,
      Clock clock,
      MessageSource messages) {
    this.rulebook = rulebook;
    this.signoffs = signoffs;
    this.units = units;
    this.clock = clock;
    this.messages = messages;
  }

  private LocalDate today() {
    return LocalDate.now(clock.withZone(VietnameseDates.ZONE));
  }

  @GetMapping("/commendation/catalogue")
  String catalogue(
      @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate on,
      @RequestParam(required = false) String province,
      Model model) {
    LocalDate day = on == null ? today() : on;
    String p =
        province == null || province.isBlank()
            ? null
            : units
                .unit(province.strip())
                .filter(u -> u.level() == AdministrativeLevel.PROVINCE)
                .map(UnitDirectory.Unit::code)
                .orElse(null);
    model.addAttribute("on", day);
    model.addAttribute("province", p);
    model.addAttribute("provinces", units.childrenOf("VN"));
    model.addAttribute("forms", rulebook.forms(day, p));
    model.addAttribute("rules", rulebook.rules(null));
    model.addAttribute("salaries", rulebook.baseSalaries());
    return "commendation/catalogue";
  }

  @GetMapping("/commendation/rulebook/review")
  String review(@AuthenticationPrincipal Actor actor, Model model) {
    model.addAttribute("rows", signoffs.rows());
    model.addAttribute("version", rulebook.version());
    model.addAttribute("maySign", signoffs.maySign(actor));
    return "commendation/review";
  }

  @PostMapping("/commendation/rulebook/review")
  String sign(
      @AuthenticationPrincipal Actor actor,
      @RequestParam String key,
      @RequestParam(required = false) String note,
      RedirectAttributes redirect) {
    ActionOutcome.of("rulebook.signed", () -> signoffs.sign(actor, key, note))
        .flash(redirect::addFlashAttribute);
    return "redirect:/commendation/rulebook/review";
  }

  @GetMapping("/eligibility")
  String form(Model model) {
    EligibilityForm form = new EligibilityForm();
    LocalDate today = today();
    form.setAsOf(today.toString());
    form.setYear(today.getYear());
    return page(model, form);
  }

  @PostMapping("/eligibility")
  String check(@ModelAttribute("form") EligibilityForm form, Model model) {
    try {
      java.util.Map<String, String> names = new java.util.HashMap<>();
      for (var a : rulebook.forms(today(), null)) {
        names.put(vn.thidua.kernel.VietnameseText.fold(a.name()), a.code());
        if (a.shortName() != null) {
          names.put(vn.thidua.kernel.VietnameseText.fold(a.shortName()), a.code());
        }
      }
      model.addAttribute("answer", rulebook.check(form.toRequest(names)));
    } catch (BusinessRuleViolation e) {
      Object[] args = e.args();
      for (int i = 0; i < args.length; i++) {
        if (args[i] instanceof vn.thidua.kernel.MessageKey k) {
          args[i] = messages.getMessage(k.key(), k.args(), k.key(), VIETNAMESE);
        }
      }
      model.addAttribute("error", messages.getMessage(e.code(), args, e.code(), VIETNAMESE));
    }
    return page(model, form);
  }

  private String page(Model model, EligibilityForm form) {
    model.addAttribute("form", form);
    model.addAttribute("awards", rulebook.forms(today(), null));
    model.addAttribute("occasions", List.of("ANNUAL", "INTERIM", "FINAL", "THEMATIC", "AD_HOC"));
    model.addAttribute("kinds", List.of("INDIVIDUAL", "COLLECTIVE", "HOUSEHOLD"));
    model.addAttribute(
        "categories",
        List.of("CIVIL_SERVANT", "PUBLIC_EMPLOYEE", "WORKER", "ENTREPRENEUR", "OTHER"));
    return "commendation/eligibility";
  }
}
