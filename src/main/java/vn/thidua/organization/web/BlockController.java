package vn.thidua.organization.web;

import java.time.LocalDate;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.thidua.kernel.BusinessRuleViolation;
import vn.thidua.kernel.ConcurrentChange;
import vn.thidua.kernel.VietnameseDates;
import vn.thidua.organization.Actor;
import vn.thidua.organization.EmulationBlockView;
import vn.thidua.organization.Permission;
import vn.thidua.organization.domain.EmulationBlockService;
import vn.thidua.organization.domain.OrganizationService;

/** Emulation blocks and clusters: list, detail, create, edit. */
@Controller
class BlockController {

  private final EmulationBlockService blocks;
  private final OrganizationService organizations;
  private final java.time.Clock clock;

  BlockController(
      EmulationBlockService blocks, OrganizationService organizations, java.time.Clock clock) {
    this.clock = clock;
    this.blocks = blocks;
    this.organizations = organizations;
  }

  @GetMapping("/blocks")
  String list(@AuthenticationPrincipal Actor actor, Model model) {
    model.addAttribute("blocks", blocks.list(actor));
    model.addAttribute("canCreate", actor.may(Permission.MANAGE_BLOCKS));
    return "blocks/list";
  }

  @GetMapping("/blocks/{id}")
  String detail(@AuthenticationPrincipal Actor actor, @PathVariable long id, Model model) {
    EmulationBlockView block = blocks.get(actor, id);
    model.addAttribute("block", block);
    model.addAttribute("canManage", actor.may(Permission.MANAGE_BLOCKS));
    return "blocks/detail";
  }

  @GetMapping("/blocks/new")
  String createForm(
      @AuthenticationPrincipal Actor actor,
      @RequestParam(required = false) String unit,
      Model model) {
    if (!actor.may(Permission.MANAGE_BLOCKS)) {
      throw new org.springframework.security.access.AccessDeniedException("error.forbidden");
    }
    BlockForm form = new BlockForm();
    form.setUnitCode(unit);
    form.setYear(LocalDate.now(clock.withZone(VietnameseDates.ZONE)).getYear());
    model.addAttribute("form", form);
    return page(actor, model, null);
  }

  private String page(Actor actor, Model model, EmulationBlockView existing) {
    BlockForm form = (BlockForm) model.getAttribute("form");
    model.addAttribute("existing", existing);
    model.addAttribute("kinds", EmulationBlockView.Kind.values());
    model.addAttribute(
        "candidates",
        form == null || form.getUnitCode() == null
            ? java.util.List.of()
            : organizations.choices(actor, Permission.VIEW_ORGANIZATIONS, form.getUnitCode()));
    return "blocks/form";
  }

  @PostMapping("/blocks")
  String create(
      @AuthenticationPrincipal Actor actor,
      @ModelAttribute("form") BlockForm form,
      BindingResult binding,
      Model model,
      RedirectAttributes redirect) {
    try {
      EmulationBlockView created = blocks.create(actor, form.toCommand());
      redirect.addFlashAttribute("notice", "block.saved");
      return "redirect:/blocks/" + created.id();
    } catch (BusinessRuleViolation e) {
      FormErrors.reject(binding, e);
      return page(actor, model, null);
    }
  }

  @GetMapping("/blocks/{id}/edit")
  String editForm(@AuthenticationPrincipal Actor actor, @PathVariable long id, Model model) {
    if (!actor.may(Permission.MANAGE_BLOCKS)) {
      throw new org.springframework.security.access.AccessDeniedException("error.forbidden");
    }
    EmulationBlockView block = blocks.get(actor, id);
    model.addAttribute("form", BlockForm.of(block));
    return page(actor, model, block);
  }

  @PostMapping("/blocks/{id}")
  String update(
      @AuthenticationPrincipal Actor actor,
      @PathVariable long id,
      @ModelAttribute("form") BlockForm form,
      BindingResult binding,
      Model model,
      RedirectAttributes redirect) {
    EmulationBlockView existing = blocks.get(actor, id);
    form.setUnitCode(existing.unitCode());
    try {
      blocks.update(actor, id, form.toCommand());
      redirect.addFlashAttribute("notice", "block.saved");
      return "redirect:/blocks/" + id;
    } catch (BusinessRuleViolation e) {
      FormErrors.reject(binding, e);
      return page(actor, model, existing);
    } catch (ConcurrentChange e) {
      binding.reject("error.concurrent-change");
      return page(actor, model, existing);
    }
  }
}
