package vn.thidua.commendation.web;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import vn.thidua.commendation.domain.NominationClassification;
import vn.thidua.organization.Actor;

/** The nominee class and reward kind of a nomination (statistics forms 0602, 0603). */
@RestController
class NominationClassificationApiController {

  private final NominationClassification classification;

  NominationClassificationApiController(NominationClassification classification) {
    this.classification = classification;
  }

  @GetMapping("/api/v1/nominations/{id}/classification")
  NominationClassification.Classes get(
      @AuthenticationPrincipal Actor actor, @PathVariable long id) {
    return classification.of(actor, id);
  }

  @PutMapping("/api/v1/nominations/{id}/classification")
  NominationClassification.Classes put(
      @AuthenticationPrincipal Actor actor,
      @PathVariable long id,
      @RequestBody NominationClassification.Classes body) {
    return classification.set(actor, id, body);
  }
}
