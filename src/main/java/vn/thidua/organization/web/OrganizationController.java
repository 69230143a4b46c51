package vn.thidua.organization.web;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.thidua.kernel.BusinessRuleViolation;
import vn.thidua.kernel.ConcurrentChange;
import vn.thidua.kernel.PageResult;
import vn.thidua.organization.Actor;
import vn.thidua.organization.OrganizationFilter;
import vn.thidua.organization.OrganizationType;
import vn.thidua.organization.OrganizationView;
import vn.thidua.organization.Permission;
import vn.thidua.organization.PersonFilter;
import vn.thidua.organization.domain.AdministrativeUnitService;
import vn.thidua.organization.domain.EmulationBlockService;
import vn.thidua.organization.domain.OrganizationService;
import vn.thidua.organization.domain.PersonService;

/** Organisation pages: list and search, detail, create, edit, deactivate. */
@Controller
class OrganizationController {

  private final OrganizationService organizations;
  private final PersonService people;
  private final AdministrativeUnitService units;

  OrganizationController(
      OrganizationService organizations,
      PersonService people,
      AdministrativeUnitService units,
      EmulationBlockService blocks) {
    this.organizations = organizations;
    this.people = people;
    this.units = units;
  }

  @ModelAttribute("organizationTypes")
  OrganizationType[] organizationTypes() {
    return OrganizationType.values();
  }

  @GetMapping("/organizations")
  String list(
      @AuthenticationPrincipal Actor actor,
      @RequestParam(required = false) String q,
      @RequestParam(required = false) String unit,
      @RequestParam(required = false) OrganizationType type,
      @RequestParam(defaultValue = "false") boolean includeInactive,
      @RequestParam(defaultValue = "0") int page,
      @RequestHeader(value = "HX-Request", required = false) String htmx,
      Model model) {
    PageResult<OrganizationView> result =
        organizations.page(
            actor,
            new OrganizationFilter(q, unit, type, null, includeInactive),
            Math.max(0, page),
            25);
    model.addAttribute("result", result);
    model.addAttribute("q", q);
    model.addAttribute("unit", unit);
    model.addAttribute(
        "unitName",
        unit == null || unit.isBlank() ? null : units.find(unit).map(u -> u.name()).orElse(null));
    model.addAttribute("type", type);
    model.addAttribute("includeInactive", includeInactive);
    model.addAttribute("canCreate", actor.may(Permission.MANAGE_ORGANIZATIONS));
    return htmx != null && !"false".equals(htmx)
        ? "organizations/list :: results"
        : "organizations/list";
  }

  @GetMapping("/organizations/{id}")
  String detail(@AuthenticationPrincipal Actor actor, @PathVariable long id, Model model) {
    OrganizationView org = organizations.get(actor, id);
    model.addAttribute("org", org);
    model.addAttribute(
        "children",
        organizations
            .page(actor, new OrganizationFilter(null, null, null, id, true), 0, 200)
            .items());
    model.addAttribute("canManage", actor.may(Permission.MANAGE_ORGANIZATIONS, org.path()));
    if (actor.may(Permission.VIEW_PEOPLE, org.path())) {
      model.addAttribute(
          "people", people.page(actor, new PersonFilter(null, null, id, null, false), 0, 100));
    }
    model.addAttribute(
        "canAddPeople", actor.may(Permission.MANAGE_PEOPLE, org.path()) && org.active());
    return "organizations/detail";
  }

  @GetMapping("/organizations/new")
  String createForm(
      @AuthenticationPrincipal Actor actor,
      @RequestParam(required = false) String unit,
      @RequestParam(required = false) Long parent,
      Model model) {
    if (!actor.may(Permission.MANAGE_ORGANIZATIONS)) {
      throw new org.springframework.security.access.AccessDeniedException("error.forbidden");
    }
    OrganizationForm form = new OrganizationForm();
    if (parent != null) {
      OrganizationView p = organizations.get(actor, parent);
      form.setParentId(p.id());
      form.setUnitCode(p.unitCode());
    } else {
      form.setUnitCode(unit);
    }
    model.addAttribute("form", form);
    return editPage(actor, model, null);
  }

  private String editPage(Actor actor, Model model, OrganizationView existing) {
    model.addAttribute("existing", existing);
    OrganizationForm form = (OrganizationForm) model.getAttribute("form");
    String unit = form == null ? null : form.getUnitCode();
    model.addAttribute(
        "parents",
        unit == null
            ? java.util.List.of()
            : organizations.choices(actor, Permission.MANAGE_ORGANIZATIONS, unit));
    model.addAttribute(
        "unitName", unit == null ? null : units.find(unit).map(u -> u.name()).orElse(null));
    return "organizations/form";
  }

  @PostMapping("/organizations")
  String create(
      @AuthenticationPrincipal Actor actor,
      @ModelAttribute("form") OrganizationForm form,
      BindingResult binding,
      Model model,
      RedirectAttributes redirect) {
    if (binding.hasErrors()) {
      return editPage(actor, model, null);
    }
    try {
      OrganizationView created = organizations.create(actor, form.toCommand());
      redirect.addFlashAttribute("notice", "organization.created");
      return "redirect:/organizations/" + created.id();
    } catch (BusinessRuleViolation e) {
      FormErrors.reject(binding, e);
      return editPage(actor, model, null);
    }
  }

  @GetMapping("/organizations/{id}/edit")
  String editForm(@AuthenticationPrincipal Actor actor, @PathVariable long id, Model model) {
    if (!actor.may(Permission.MANAGE_ORGANIZATIONS)) {
      throw new org.springframework.security.access.AccessDeniedException("error.forbidden");
    }
    OrganizationView org = organizations.get(actor, id);
    model.addAttribute("form", OrganizationForm.of(org));
    return editPage(actor, model, org);
  }

  @PostMapping("/organizations/{id}")
  String update(
      @AuthenticationPrincipal Actor actor,
      @PathVariable long id,
      @ModelAttribute("form") OrganizationForm form,
      BindingResult binding,
      Model model,
      RedirectAttributes redirect) {
    OrganizationView existing = organizations.get(actor, id);
    form.setUnitCode(existing.unitCode());
    if (binding.hasErrors()) {
      return editPage(actor, model, existing);
    }
    try {
      organizations.update(actor, id, form.toCommand());
      redirect.addFlashAttribute("notice", "organization.saved");
      return "redirect:/organizations/" + id;
    } catch (BusinessRuleViolation e) {
      FormErrors.reject(binding, e);
      return editPage(actor, model, existing);
    } catch (ConcurrentChange e) {
      binding.reject("error.concurrent-change");
      model.addAttribute("conflict", true);
      return editPage(actor, model, existing);
    }
  }

  @PostMapping("/organizations/{id}/deactivate")
  String deactivate(
      @AuthenticationPrincipal Actor actor,
      @PathVariable long id,
      @RequestParam long version,
      RedirectAttributes redirect) {
    return setActive(actor, id, version, false, redirect);
  }

  @PostMapping("/organizations/{id}/reactivate")
  String reactivate(
      @AuthenticationPrincipal Actor actor,
      @PathVariable long id,
      @RequestParam long version,
      RedirectAttributes redirect) {
    return setActive(actor, id, version, true, redirect);
  }

  private String setActive(
      Actor actor, long id, long version, boolean active, RedirectAttributes redirect) {
    try {
      organizations.setActive(actor, id, version, active);
      redirect.addFlashAttribute(
          "notice", active ? "organization.reactivated" : "organization.deactivated");
    } catch (BusinessRuleViolation e) {
      redirect.addFlashAttribute("problem", e.code());
      redirect.addFlashAttribute("problemArgs", e.args());
    } catch (ConcurrentChange e) {
      redirect.addFlashAttribute("problem", "error.concurrent-change");
    }
    return "redirect:/organizations/" + id;
  }
}
