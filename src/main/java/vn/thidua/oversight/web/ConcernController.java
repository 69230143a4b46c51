package vn.thidua.oversight.web;

import java.util.List;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.thidua.kernel.BusinessRuleViolation;
import vn.thidua.kernel.FileTooLarge;
import vn.thidua.movement.MovementView;
import vn.thidua.movement.Plans;
import vn.thidua.organization.Actor;
import vn.thidua.organization.OrganizationDirectory;
import vn.thidua.organization.OrganizationView;
import vn.thidua.organization.Permission;
import vn.thidua.oversight.ConcernView;
import vn.thidua.oversight.domain.ConcernService;
import vn.thidua.oversight.domain.OversightFiles;

/** Pages of difficulties, obstacles, proposals and supervisors' recommendations. */
@Controller
class ConcernController {

  private final ConcernService concerns;
  private final Plans plans;
  private final OrganizationDirectory organizations;

  ConcernController(ConcernService concerns, Plans plans, OrganizationDirectory organizations) {
    this.concerns = concerns;
    this.plans = plans;
    this.organizations = organizations;
  }

  @GetMapping("/oversight/concerns")
  String list(@AuthenticationPrincipal Actor actor, Model model) {
    model.addAttribute("concerns", concerns.list(actor));
    model.addAttribute("counts", concerns.counts(actor));
    model.addAttribute(
        "canRaise", actor.may(Permission.RAISE_CONCERNS) || actor.may(Permission.SUPERVISE));
    return "oversight/concerns";
  }

  @GetMapping("/oversight/concerns/new")
  String form(
      @AuthenticationPrincipal Actor actor,
      @RequestParam(required = false) Long movementId,
      Model model) {
    List<MovementView> issued = plans.issuedReadable(actor);
    model.addAttribute("plans", issued);
    model.addAttribute("movementId", movementId);
    model.addAttribute("units", raisingUnits(actor, issued));
    model.addAttribute("kinds", kinds(actor));
    model.addAttribute("categories", ConcernView.Category.values());
    model.addAttribute("fileMaxBytes", vn.thidua.oversight.domain.OversightFiles.MAX_BYTES);
    return "oversight/concern-form";
  }

  /** The organisations the actor may raise a concern for (its own, or its level's). */
  private List<OrganizationView> raisingUnits(Actor actor, List<MovementView> issued) {
    java.util.Map<Long, OrganizationView> out = new java.util.LinkedHashMap<>();
    for (MovementView m : issued) {
      if (m.organizationPlan()) {
        continue;
      }
      for (OrganizationView o : organizations.organizationsOf(m.unitCode())) {
        if (actor.may(Permission.RAISE_CONCERNS, o.path())) {
          out.putIfAbsent(o.id(), o);
        }
      }
    }
    return List.copyOf(out.values());
  }

  private static List<ConcernView.Kind> kinds(Actor actor) {
    List<ConcernView.Kind> kinds = new java.util.ArrayList<>();
    if (actor.may(Permission.RAISE_CONCERNS)) {
      kinds.addAll(
          List.of(
              ConcernView.Kind.DIFFICULTY, ConcernView.Kind.OBSTACLE, ConcernView.Kind.PROPOSAL));
    }
    if (actor.may(Permission.SUPERVISE)) {
      kinds.add(ConcernView.Kind.SUPERVISION);
    }
    return kinds;
  }

  @PostMapping("/oversight/concerns")
  String raise(
      @AuthenticationPrincipal Actor actor,
      @RequestParam(required = false) Long movementId,
      @RequestParam(required = false) Long organizationId,
      @RequestParam(required = false) ConcernView.Kind kind,
      @RequestParam(required = false) ConcernView.Category category,
      @RequestParam(required = false) String title,
      @RequestParam(required = false) String text,
      @RequestParam(required = false) String subject,
      @RequestParam(value = "file", required = false) MultipartFile file,
      RedirectAttributes redirect) {
    try {
      ConcernView c =
          concerns.raise(
              actor,
              new ConcernService.RaiseCommand(
                  movementId, organizationId, kind, category, title, text, subject));
      if (file != null && !file.isEmpty()) {
        concerns.attach(
            actor,
            c.id(),
            file.getOriginalFilename(),
            file.getContentType(),
            OversightApiController.bytes(file));
      }
      redirect.addFlashAttribute("notice", "oversight.concern.raised");
      return "redirect:/oversight/concerns/" + c.id();
    } catch (BusinessRuleViolation e) {
      redirect.addFlashAttribute("problem", e.code());
      redirect.addFlashAttribute("problemArgs", e.args());
    } catch (FileTooLarge e) {
      redirect.addFlashAttribute("problem", "error.file-too-large");
      redirect.addFlashAttribute(
          "problemArgs", new Object[] {OversightFiles.MAX_BYTES / (1024 * 1024)});
    }
    return "redirect:/oversight/concerns/new"
        + (movementId == null ? "" : "?movementId=" + movementId);
  }

  @GetMapping("/oversight/concerns/{id}")
  String detail(@AuthenticationPrincipal Actor actor, @PathVariable long id, Model model) {
    ConcernView c = concerns.view(actor, id);
    model.addAttribute("c", c);
    model.addAttribute("rights", concerns.rights(actor, id));
    model.addAttribute("history", concerns.history(actor, id));
    model.addAttribute("maxMegabytes", OversightFiles.MAX_BYTES / (1024 * 1024));
    model.addAttribute("fileMaxBytes", vn.thidua.oversight.domain.OversightFiles.MAX_BYTES);
    return "oversight/concern";
  }

  private static String act(RedirectAttributes redirect, long id, String notice, Runnable action) {
    return TaskController.act(redirect, "/oversight/concerns/" + id, notice, action);
  }

  @PostMapping("/oversight/concerns/{id}/answer")
  String answer(
      @AuthenticationPrincipal Actor actor,
      @PathVariable long id,
      @RequestParam long version,
      @RequestParam(required = false) String answer,
      RedirectAttributes redirect) {
    return act(
        redirect,
        id,
        "oversight.concern.answered",
        () -> concerns.answer(actor, id, version, answer));
  }

  @PostMapping("/oversight/concerns/{id}/forward")
  String forward(
      @AuthenticationPrincipal Actor actor,
      @PathVariable long id,
      @RequestParam long version,
      @RequestParam(required = false) String opinion,
      RedirectAttributes redirect) {
    return act(
        redirect,
        id,
        "oversight.concern.forwarded",
        () -> concerns.forward(actor, id, version, opinion));
  }

  @PostMapping("/oversight/concerns/{id}/close")
  String close(
      @AuthenticationPrincipal Actor actor,
      @PathVariable long id,
      @RequestParam long version,
      RedirectAttributes redirect) {
    return act(
        redirect, id, "oversight.concern.closed-done", () -> concerns.close(actor, id, version));
  }

  @PostMapping("/oversight/concerns/{id}/reopen")
  String reopen(
      @AuthenticationPrincipal Actor actor,
      @PathVariable long id,
      @RequestParam long version,
      @RequestParam(required = false) String reason,
      RedirectAttributes redirect) {
    return act(
        redirect,
        id,
        "oversight.concern.reopened",
        () -> concerns.reopen(actor, id, version, reason));
  }

  @PostMapping("/oversight/concerns/{id}/attachments")
  String attach(
      @AuthenticationPrincipal Actor actor,
      @PathVariable long id,
      @RequestParam("file") MultipartFile file,
      RedirectAttributes redirect) {
    return act(
        redirect,
        id,
        "oversight.file.attached",
        () ->
            concerns.attach(
                actor,
                id,
                file.getOriginalFilename(),
                file.getContentType(),
                OversightApiController.bytes(file)));
  }

  @GetMapping("/oversight/concerns/{id}/attachments/{fileId}")
  ResponseEntity<byte[]> file(
      @AuthenticationPrincipal Actor actor, @PathVariable long id, @PathVariable long fileId) {
    return OversightApiController.download(concerns.file(actor, id, fileId));
  }
}
