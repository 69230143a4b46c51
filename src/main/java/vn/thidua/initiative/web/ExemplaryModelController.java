package vn.thidua.initiative.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.Map;
import org.springframework.http.MediaType;
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
import vn.thidua.initiative.ExemplaryModelCommand;
import vn.thidua.initiative.ExemplaryModelView;
import vn.thidua.initiative.domain.ExemplaryModelService;
import vn.thidua.initiative.domain.InitiativeService;
import vn.thidua.kernel.ActionOutcome;
import vn.thidua.kernel.BusinessRuleViolation;
import vn.thidua.kernel.ConcurrentChange;
import vn.thidua.organization.Actor;
import vn.thidua.organization.Permission;

/** Exemplary model pages: list, nomination form, a model with its approval and publication. */
@Controller
class ExemplaryModelController {

  private final ExemplaryModelService models;
  private final InitiativeService initiatives;

  ExemplaryModelController(ExemplaryModelService models, InitiativeService initiatives) {
    this.models = models;
    this.initiatives = initiatives;
  }

  @GetMapping("/models")
  String list(
      @AuthenticationPrincipal Actor actor,
      @RequestParam(required = false) String q,
      @RequestParam(required = false) ExemplaryModelView.Status status,
      Model model) {
    model.addAttribute("items", models.search(actor, q, null, status, null));
    model.addAttribute("q", q);
    model.addAttribute("status", status);
    model.addAttribute("statuses", ExemplaryModelView.Status.values());
    model.addAttribute("canNominate", actor.may(Permission.FILE_INITIATIVES));
    return "initiative/models";
  }

  @GetMapping("/models/new")
  String newForm(@AuthenticationPrincipal Actor actor, Model model) {
    if (!actor.may(Permission.FILE_INITIATIVES)) {
      throw new org.springframework.security.access.AccessDeniedException("error.forbidden");
    }
    return formPage(actor, model, Map.of());
  }

  private String formPage(Actor actor, Model model, Map<String, String> form) {
    model.addAttribute("form", form);
    model.addAttribute("kinds", ExemplaryModelView.Kind.values());
    model.addAttribute("orgs", initiatives.filingOrganizations(actor));
    model.addAttribute("people", initiatives.authorChoices(actor));
    return "initiative/model-form";
  }

  @PostMapping("/models/new")
  String create(
      @AuthenticationPrincipal Actor actor,
      @RequestParam Map<String, String> p,
      Model model,
      RedirectAttributes redirect) {
    try {
      ExemplaryModelView m =
          models.create(
              actor,
              new ExemplaryModelCommand(
                  p.get("kind") == null || p.get("kind").isBlank()
                      ? null
                      : ExemplaryModelView.Kind.valueOf(p.get("kind")),
                  p.get("title"),
                  p.get("story"),
                  p.get("figures"),
                  null,
                  p.get("theme"),
                  p.get("organizationId") == null || p.get("organizationId").isBlank()
                      ? null
                      : Long.valueOf(p.get("organizationId")),
                  p.get("personId") == null || p.get("personId").isBlank()
                      ? null
                      : Long.valueOf(p.get("personId")),
                  p.get("publicName"),
                  p.get("publicUnit"),
                  "true".equals(p.get("consent")),
                  null));
      redirect.addFlashAttribute("notice", "model.saved");
      return "redirect:/models/" + m.id();
    } catch (BusinessRuleViolation | ConcurrentChange e) {
      if (e instanceof BusinessRuleViolation v) {
        model.addAttribute("problem", v.code());
        model.addAttribute("problemArgs", v.args());
      } else {
        model.addAttribute("problem", "error.concurrent-change");
      }
      return formPage(actor, model, p);
    }
  }

  @GetMapping("/models/{id}")
  String detail(@AuthenticationPrincipal Actor actor, @PathVariable long id, Model model) {
    ExemplaryModelView m = models.view(actor, id);
    model.addAttribute("m", m);
    model.addAttribute("history", models.history(actor, id));
    model.addAttribute("canNominate", models.mayNominate(actor, m));
    model.addAttribute("canPublish", models.mayPublish(actor, m));
    model.addAttribute("maxMegabytes", ExemplaryModelService.MAX_PHOTO_BYTES / (1024 * 1024));
    model.addAttribute("fileMaxBytes", ExemplaryModelService.MAX_PHOTO_BYTES);
    return "initiative/model";
  }

  @GetMapping("/models/{id}/photos/{photoId}")
  ResponseEntity<byte[]> photo(
      @AuthenticationPrincipal Actor actor, @PathVariable long id, @PathVariable long photoId) {
    InitiativeService.File f = models.photo(actor, id, photoId);
    return ResponseEntity.ok()
        .contentType(MediaType.parseMediaType(f.contentType()))
        .body(f.content());
  }

  @PostMapping("/models/{id}/photos")
  String addPhoto(
      @AuthenticationPrincipal Actor actor,
      @PathVariable long id,
      @RequestParam("file") MultipartFile file,
      RedirectAttributes redirect) {
    if (file.getSize() > ExemplaryModelService.MAX_PHOTO_BYTES) {
      redirect.addFlashAttribute("problem", "error.file-too-large");
      redirect.addFlashAttribute(
          "problemArgs", new Object[] {ExemplaryModelService.MAX_PHOTO_BYTES / (1024 * 1024)});
      return "redirect:/models/" + id;
    }
    return act(
        redirect,
        id,
        "model.photo.added",
        () -> {
          try {
            models.addPhoto(
                actor, id, file.getOriginalFilename(), file.getContentType(), file.getBytes());
          } catch (IOException e) {
            throw new UncheckedIOException(e);
          }
        });
  }

  @PostMapping("/models/{id}/{action:nominate|approve|publish|withdraw|return}")
  String move(
      @AuthenticationPrincipal Actor actor,
      @PathVariable long id,
      @PathVariable String action,
      @RequestParam long version,
      @RequestParam(required = false, defaultValue = "") String reason,
      RedirectAttributes redirect) {
    return switch (action) {
      case "nominate" ->
          act(redirect, id, "model.nominated", () -> models.nominate(actor, id, version));
      case "approve" ->
          act(redirect, id, "model.approved", () -> models.approve(actor, id, version));
      case "publish" ->
          act(redirect, id, "model.published", () -> models.publish(actor, id, version));
      case "withdraw" ->
          act(redirect, id, "model.withdrawn", () -> models.withdraw(actor, id, version, reason));
      default ->
          act(redirect, id, "model.returned", () -> models.giveBack(actor, id, version, reason));
    };
  }

  @PostMapping("/models/{id}/replications")
  String replicate(
      @AuthenticationPrincipal Actor actor,
      @PathVariable long id,
      @RequestParam(required = false) String place,
      @RequestParam(required = false) String startedOn,
      @RequestParam(required = false) String note,
      RedirectAttributes redirect) {
    return act(
        redirect,
        id,
        "model.replication.added",
        () ->
            models.addReplication(
                actor,
                id,
                place,
                startedOn == null || startedOn.isBlank() ? null : LocalDate.parse(startedOn),
                note));
  }

  private static String act(RedirectAttributes redirect, long id, String notice, Runnable action) {
    ActionOutcome.of(notice, action).flash(redirect::addFlashAttribute);
    return "redirect:/models/" + id;
  }
}
