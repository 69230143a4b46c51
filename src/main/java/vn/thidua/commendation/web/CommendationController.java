package vn.thidua.commendation.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import vn.thidua.commendation.domain.EligibilityService;
import vn.thidua.kernel.BusinessRuleViolation;

/** Pages for officers: the catalogue, and the eligibility check form with each check explained. */
@Controller
class CommendationController {

  private static final Locale VIETNAMESE = Locale.forLanguageTag("vi");

  private final EligibilityService eligibility;
  private final Clock clock;
  private final MessageSource messages;

  CommendationController(EligibilityService eligibility, Clock clock, MessageSource messages) {
    this.eligibility = eligibility;
    this.clock = clock;
    this.messages = messages;
  }

  @GetMapping("/commendation/catalogue")
  String catalogue(Model model) {
    LocalDate today = LocalDate.now(clock);
    model.addAttribute("today", today);
    model.addAttribute("awards", eligibility.catalogue(today));
    model.addAttribute("rules", eligibility.rules(null));
    return "commendation/catalogue";
  }

  @GetMapping("/eligibility")
  String form(Model model) {
    EligibilityForm form = new EligibilityForm();
    LocalDate today = LocalDate.now(clock);
    form.setAsOf(today.toString());
    form.setYear(today.getYear());
    return page(model, form);
  }

  @PostMapping("/eligibility")
  String check(@ModelAttribute("form") EligibilityForm form, Model model) {
    try {
      model.addAttribute("answer", eligibility.check(form.toRequest()));
    } catch (BusinessRuleViolation e) {
      model.addAttribute("error", messages.getMessage(e.code(), e.args(), e.code(), VIETNAMESE));
    }
    return page(model, form);
  }

  private String page(Model model, EligibilityForm form) {
    model.addAttribute("form", form);
    model.addAttribute("awards", eligibility.catalogue(LocalDate.now(clock)));
    model.addAttribute("occasions", List.of("ANNUAL", "INTERIM", "FINAL", "THEMATIC", "AD_HOC"));
    model.addAttribute("kinds", List.of("INDIVIDUAL", "COLLECTIVE", "HOUSEHOLD"));
    model.addAttribute(
        "categories",
        List.of("CIVIL_SERVANT", "PUBLIC_EMPLOYEE", "WORKER", "ENTREPRENEUR", "OTHER"));
    return "commendation/eligibility";
  }
}
