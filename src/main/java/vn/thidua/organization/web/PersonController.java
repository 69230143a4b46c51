package vn.thidua.organization.web;

import java.util.List;
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
import vn.thidua.kernel.ActionOutcome;
import vn.thidua.kernel.BusinessRuleViolation;
import vn.thidua.kernel.ConcurrentChange;
import vn.thidua.kernel.PageResult;
import vn.thidua.organization.Actor;
import vn.thidua.organization.OrganizationView;
import vn.thidua.organization.Permission;
import vn.thidua.organization.PersonCategory;
import vn.thidua.organization.PersonFilter;
import vn.thidua.organization.PersonView;
import vn.thidua.organization.Relation;
import vn.thidua.organization.domain.OrganizationService;
import vn.thidua.organization.domain.PersonService;
import vn.thidua.organization.domain.RelativeService;

/** People pages: list in Vietnamese order, search, detail, create, edit, deactivate. */
@Controller
class PersonController {

  private final PersonService people;
  private final OrganizationService organizations;
  private final RelativeService relatives;

  PersonController(
      PersonService people, OrganizationService organizations, RelativeService relatives) {
    this.people = people;
    this.organizations = organizations;
    this.relatives = relatives;
  }

  @ModelAttribute("categories")
  PersonCategory[] categories() {
    return PersonCategory.values();
  }

  @ModelAttribute("genders")
  PersonView.Gender[] genders() {
    return PersonView.Gender.values();
  }

  @GetMapping("/people")
  String list(
      @AuthenticationPrincipal Actor actor,
      @RequestParam(required = false) String q,
      @RequestParam(required = false) String unit,
      @RequestParam(required = false) Long organization,
      @RequestParam(required = false) PersonCategory category,
      @RequestParam(defaultValue = "false") boolean includeInactive,
      @RequestParam(defaultValue = "0") int page,
      @RequestHeader(value = "HX-Request", required = false) String htmx,
      Model model) {
    if (!actor.may(Permission.VIEW_PEOPLE)) {
      if (actor.personId() != null) {
        return "redirect:/people/" + actor.personId();
      }
      throw new org.springframework.security.access.AccessDeniedException("error.forbidden");
    }
    PageResult<PersonView> result =
        people.page(
            actor,
            new PersonFilter(q, unit, organization, category, includeInactive),
            Math.max(0, page),
            25);
    model.addAttribute("result", result);
    model.addAttribute("q", q);
    model.addAttribute("unit", unit);
    model.addAttribute("organization", organization);
    model.addAttribute("category", category);
    model.addAttribute("includeInactive", includeInactive);
    model.addAttribute("canCreate", actor.may(Permission.MANAGE_PEOPLE));
    return htmx != null && !"false".equals(htmx) ? "people/list :: results" : "people/list";
  }

  @GetMapping("/people/{id}")
  String detail(@AuthenticationPrincipal Actor actor, @PathVariable long id, Model model) {
    PersonView person = people.get(actor, id);
    model.addAttribute("person", person);
    OrganizationView org = organizations.find(person.organizationId()).orElseThrow();
    boolean canManage = actor.may(Permission.MANAGE_PEOPLE, org.path());
    model.addAttribute("canManage", canManage);
    model.addAttribute("relatives", relatives.relatives(actor, id));
    model.addAttribute(
        "canDeclare", canManage || (actor.personId() != null && actor.personId() == id));
    model.addAttribute("relations", Relation.values());
    return "people/detail";
  }

  @PostMapping("/people/{id}/relatives")
  String declareRelative(
      @AuthenticationPrincipal Actor actor,
      @PathVariable long id,
      @RequestParam(required = false) Long relativeId,
      @RequestParam(required = false) Relation relation,
      @RequestParam(required = false) String relativeName,
      RedirectAttributes redirect) {
    ActionOutcome.of(
            "relative.declared",
            () -> relatives.declare(actor, id, relativeId, relation, relativeName))
        .flash(redirect::addFlashAttribute);
    return "redirect:/people/" + id;
  }

  @PostMapping("/people/{id}/relatives/{relativeId}/withdraw")
  String withdrawRelative(
      @AuthenticationPrincipal Actor actor,
      @PathVariable long id,
      @PathVariable long relativeId,
      RedirectAttributes redirect) {
    ActionOutcome.of("relative.withdrawn", () -> relatives.withdraw(actor, id, relativeId))
        .flash(redirect::addFlashAttribute);
    return "redirect:/people/" + id;
  }

  @GetMapping("/people/new")
  String createForm(
      @AuthenticationPrincipal Actor actor,
      @RequestParam(required = false) Long organization,
      Model model) {
    if (!actor.may(Permission.MANAGE_PEOPLE)) {
      throw new org.springframework.security.access.AccessDeniedException("error.forbidden");
    }
    PersonForm form = new PersonForm();
    if (organization != null) {
      form.setOrganizationId(organizations.get(actor, organization).id());
    }
    model.addAttribute("form", form);
    return editPage(actor, model, null);
  }

  private String editPage(Actor actor, Model model, PersonView existing) {
    model.addAttribute("existing", existing);
    List<OrganizationView> choices = organizations.choices(actor, Permission.MANAGE_PEOPLE, null);
    model.addAttribute("organizations", choices);
    return "people/form";
  }

  @PostMapping("/people")
  String create(
      @AuthenticationPrincipal Actor actor,
      @ModelAttribute("form") PersonForm form,
      BindingResult binding,
      Model model,
      RedirectAttributes redirect) {
    if (binding.hasErrors()) {
      return editPage(actor, model, null);
    }
    try {
      PersonView created = people.create(actor, form.toCommand());
      redirect.addFlashAttribute("notice", "person.created");
      return "redirect:/people/" + created.id();
    } catch (BusinessRuleViolation e) {
      FormErrors.reject(binding, e);
      return editPage(actor, model, null);
    }
  }

  @GetMapping("/people/{id}/edit")
  String editForm(@AuthenticationPrincipal Actor actor, @PathVariable long id, Model model) {
    if (!actor.may(Permission.MANAGE_PEOPLE)) {
      throw new org.springframework.security.access.AccessDeniedException("error.forbidden");
    }
    PersonView person = people.get(actor, id);
    model.addAttribute("form", PersonForm.of(person));
    return editPage(actor, model, person);
  }

  @PostMapping("/people/{id}")
  String update(
      @AuthenticationPrincipal Actor actor,
      @PathVariable long id,
      @ModelAttribute("form") PersonForm form,
      BindingResult binding,
      Model model,
      RedirectAttributes redirect) {
    PersonView existing = people.get(actor, id);
    if (binding.hasErrors()) {
      return editPage(actor, model, existing);
    }
    try {
      people.update(actor, id, form.toCommand());
      redirect.addFlashAttribute("notice", "person.saved");
      return "redirect:/people/" + id;
    } catch (BusinessRuleViolation e) {
      FormErrors.reject(binding, e);
      return editPage(actor, model, existing);
    } catch (ConcurrentChange e) {
      binding.reject("error.concurrent-change");
      model.addAttribute("conflict", true);
      return editPage(actor, model, existing);
    }
  }

  @PostMapping("/people/{id}/deactivate")
  String deactivate(
      @AuthenticationPrincipal Actor actor,
      @PathVariable long id,
      @RequestParam long version,
      RedirectAttributes redirect) {
    return setActive(actor, id, version, false, redirect);
  }

  @PostMapping("/people/{id}/reactivate")
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
      people.setActive(actor, id, version, active);
      redirect.addFlashAttribute("notice", active ? "person.reactivated" : "person.deactivated");
    } catch (BusinessRuleViolation e) {
      redirect.addFlashAttribute("problem", e.code());
    } catch (ConcurrentChange e) {
      redirect.addFlashAttribute("problem", "error.concurrent-change");
    }
    return "redirect:/people/" + id;
  }
}
