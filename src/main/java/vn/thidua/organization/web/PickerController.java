package vn.thidua.organization.web;

import java.util.List;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import vn.thidua.kernel.Choice;
import vn.thidua.organization.Actor;
import vn.thidua.organization.AdministrativeLevel;
import vn.thidua.organization.Permission;
import vn.thidua.organization.domain.AdministrativeUnitService;
import vn.thidua.organization.domain.OrganizationService;
import vn.thidua.organization.domain.PersonService;

/**
 * The options of the search-as-you-type pickers (fragment {@code fragments :: picker}) for people,
 * organisations and administrative units: an htmx fragment of ARIA options, inside the caller's
 * scope. {@link PickerApiController} answers the same searches as JSON.
 */
@Controller
class PickerController {

  static final String OPTIONS = "fragments :: picker-options";

  private final PersonService people;
  private final OrganizationService organizations;
  private final AdministrativeUnitService units;

  PickerController(
      PersonService people, OrganizationService organizations, AdministrativeUnitService units) {
    this.people = people;
    this.organizations = organizations;
    this.units = units;
  }

  @GetMapping("/pickers/people")
  String people(
      @AuthenticationPrincipal Actor actor,
      @RequestParam(required = false) String q,
      @RequestParam(required = false) Integer limit,
      Model model) {
    return options(model, people.pick(actor, q, Choice.limit(limit)));
  }

  @GetMapping("/pickers/organizations")
  String organizations(
      @AuthenticationPrincipal Actor actor,
      @RequestParam(required = false) String q,
      @RequestParam(required = false) Integer limit,
      Model model) {
    return options(
        model, organizations.pick(actor, Permission.VIEW_ORGANIZATIONS, q, Choice.limit(limit)));
  }

  @GetMapping("/pickers/administrative-units")
  String units(
      @RequestParam(required = false) String q,
      @RequestParam(required = false) AdministrativeLevel level,
      @RequestParam(required = false) Integer limit,
      Model model) {
    return options(model, units.pick(q, level, Choice.limit(limit)));
  }

  static String options(Model model, List<Choice> choices) {
    model.addAttribute("choices", choices);
    return OPTIONS;
  }
}
