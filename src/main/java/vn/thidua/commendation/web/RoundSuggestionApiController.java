package vn.thidua.commendation.web;

import io.swagger.v3.oas.annotations.Operation;
import java.util.Map;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import vn.thidua.commendation.NominationView;
import vn.thidua.commendation.domain.RoundSuggestions;
import vn.thidua.kernel.BusinessRuleViolation;
import vn.thidua.organization.Actor;

/** A review round's suggestions over the API: what the page does. */
@RestController
class RoundSuggestionApiController {

  private final RoundSuggestions suggestions;

  RoundSuggestionApiController(RoundSuggestions suggestions) {
    this.suggestions = suggestions;
  }

  @GetMapping("/api/v1/rounds/{id}/suggestions")
  @Operation(
      summary =
          "Gợi ý khen thưởng của đợt: những cá nhân và tập thể hồ sơ cho thấy đáp ứng điều kiện các hình thức của đợt")
  RoundSuggestions.Result suggestions(@AuthenticationPrincipal Actor actor, @PathVariable long id) {
    return suggestions.suggest(actor, id);
  }

  @PostMapping("/api/v1/rounds/{id}/suggestions/nominate")
  @Operation(
      summary =
          "Lập hồ sơ đề nghị của đợt từ một gợi ý: personId cho cá nhân, organizationId (không có personId) cho tập thể")
  NominationView nominateApi(
      @AuthenticationPrincipal Actor actor,
      @PathVariable long id,
      @RequestBody Map<String, Object> body) {
    Object person = body.get("personId");
    Long personId;
    try {
      personId = person == null ? null : Long.valueOf(person.toString());
    } catch (NumberFormatException e) {
      throw BusinessRuleViolation.onField("personId", "nomination.person-required");
    }
    Object organization = body.get("organizationId");
    Long organizationId;
    try {
      organizationId = organization == null ? null : Long.valueOf(organization.toString());
    } catch (NumberFormatException e) {
      throw BusinessRuleViolation.onField("organizationId", "person.organization-unknown");
    }
    Object award = body.get("award");
    return suggestions.nominate(
        actor, id, personId, organizationId, award == null ? null : award.toString());
  }
}
