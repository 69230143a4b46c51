package vn.thidua.movement.web;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import vn.thidua.kernel.Choice;
import vn.thidua.movement.domain.MovementService;
import vn.thidua.organization.Actor;

/**
 * The indicator picker of a plan (fragment {@code fragments :: picker}): the options as an htmx
 * fragment; {@link IndicatorPickerApiController} answers the same search as JSON.
 */
@Controller
class IndicatorPickerController {

  private final MovementService movements;

  IndicatorPickerController(MovementService movements) {
    this.movements = movements;
  }

  @GetMapping("/pickers/movements/{id}/indicators")
  String options(
      @AuthenticationPrincipal Actor actor,
      @PathVariable long id,
      @RequestParam(required = false) String q,
      @RequestParam(required = false) Integer limit,
      Model model) {
    model.addAttribute("choices", movements.pickIndicators(actor, id, q, Choice.limit(limit)));
    return "fragments :: picker-options";
  }
}
