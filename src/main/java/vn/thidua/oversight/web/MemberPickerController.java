package vn.thidua.oversight.web;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import vn.thidua.kernel.Choice;
import vn.thidua.organization.Actor;
import vn.thidua.oversight.domain.InspectionService;

/**
 * The member picker of an inspection (fragment {@code fragments :: picker}): the people who may
 * join its team, by name; {@link MemberPickerApiController} answers the same search as JSON.
 */
@Controller
class MemberPickerController {

  private final InspectionService inspections;

  MemberPickerController(InspectionService inspections) {
    this.inspections = inspections;
  }

  @GetMapping("/pickers/inspections/{id}/members")
  String options(
      @AuthenticationPrincipal Actor actor,
      @PathVariable long id,
      @RequestParam(required = false) String q,
      @RequestParam(required = false) Integer limit,
      Model model) {
    model.addAttribute("choices", inspections.memberChoices(actor, id, q, Choice.limit(limit)));
    return "fragments :: picker-options";
  }
}
