package vn.thidua.commendation.web;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.thidua.commendation.NominationView;
import vn.thidua.commendation.domain.RoundSuggestions;
import vn.thidua.kernel.BusinessRuleViolation;
import vn.thidua.organization.Actor;

/**
 * A review round's suggestions: who the records show meeting the conditions of the round's forms,
 * with the checks passed and what is missing, and the one step that makes a suggestion a nomination
 * of the round.
 */
@Controller
class RoundSuggestionController {

  private final RoundSuggestions suggestions;

  RoundSuggestionController(RoundSuggestions suggestions) {
    this.suggestions = suggestions;
  }

  @GetMapping("/rounds/{id}/suggestions")
  String page(@AuthenticationPrincipal Actor actor, @PathVariable long id, Model model) {
    model.addAttribute("result", suggestions.suggest(actor, id));
    return "commendation/round-suggestions";
  }

  @PostMapping("/rounds/{id}/suggestions/nominate")
  String nominate(
      @AuthenticationPrincipal Actor actor,
      @PathVariable long id,
      @RequestParam(required = false) Long personId,
      @RequestParam(required = false) Long organizationId,
      @RequestParam(required = false) String award,
      RedirectAttributes redirect) {
    try {
      NominationView n = suggestions.nominate(actor, id, personId, organizationId, award);
      redirect.addFlashAttribute("notice", "nomination.proposed");
      return "redirect:/nominations/" + n.id();
    } catch (BusinessRuleViolation e) {
      redirect.addFlashAttribute("problem", e.code());
      redirect.addFlashAttribute("problemArgs", e.args());
      return "redirect:/rounds/" + id + "/suggestions";
    }
  }
}
