package vn.thidua.initiative.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
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
import vn.thidua.initiative.InitiativeCommand;
import vn.thidua.initiative.InitiativeFilter;
import vn.thidua.initiative.InitiativeView;
import vn.thidua.initiative.RecognitionCommand;
import vn.thidua.initiative.ReviewCommand;
import vn.thidua.initiative.domain.InitiativeService;
import vn.thidua.kernel.ActionOutcome;
import vn.thidua.kernel.BusinessRuleViolation;
import vn.thidua.kernel.ConcurrentChange;
import vn.thidua.organization.Actor;
import vn.thidua.organization.AdministrativeLevel;
import vn.thidua.organization.Permission;

/**
 * Initiative pages: the searchable list with its .xlsx export, the filing form, an initiative with
 * its evidence, likely duplicates, the council's scores, decisions and history; an author's record.
 */
@Controller
class InitiativeController {

  private static final int AUTHOR_ROWS = 4;

  private final InitiativeService initiatives;
  private final java.time.Clock clock;
  private final InitiativeExport export;

  InitiativeController(
      InitiativeService initiatives, InitiativeExport export, java.time.Clock clock) {
    this.clock = clock;
    this.initiatives = initiatives;
    this.export = export;
  }

  private static InitiativeFilter filter(Map<String, String> p) {
    return new InitiativeFilter(
        blank(p.get("q")),
        p.get("movementId") == null || p.get("movementId").isBlank()
            ? null
            : Long.valueOf(p.get("movementId")),
        blank(p.get("theme")),
        enumOf(InitiativeView.Field.class, p.get("field")),
        blank(p.get("unit")),
        enumOf(AdministrativeLevel.class, p.get("level")),
        p.get("year") == null || p.get("year").isBlank() ? null : Integer.valueOf(p.get("year")),
        enumOf(InitiativeView.Scope.class, p.get("scope")),
        enumOf(InitiativeView.Status.class, p.get("status")));
  }

  private static String blank(String s) {
    return s == null || s.isBlank() ? null : s;
  }

  private static <E extends Enum<E>> E enumOf(Class<E> type, String value) {
    if (value == null || value.isBlank()) {
      return null;
    }
    try {
      return Enum.valueOf(type, value);
    } catch (IllegalArgumentException e) {
      return null;
    }
  }

  @GetMapping("/initiatives")
  String list(
      @AuthenticationPrincipal Actor actor, @RequestParam Map<String, String> params, Model model) {
    model.addAttribute("items", initiatives.search(actor, filter(params)));
    model.addAttribute("params", params);
    model.addAttribute("fields", InitiativeView.Field.values());
    model.addAttribute("scopes", InitiativeView.Scope.values());
    model.addAttribute("statuses", InitiativeView.Status.values());
    model.addAttribute(
        "levels", List.of(AdministrativeLevel.COMMUNE, AdministrativeLevel.PROVINCE));
    model.addAttribute("canFile", actor.may(Permission.FILE_INITIATIVES));
    StringBuilder query = new StringBuilder();
    params.forEach((k, v) -> {
      if (v != null && !v.isBlank()) {
        query
            .append(query.isEmpty() ? "?" : "&")
            .append(k)
            .append('=')
            .append(java.net.URLEncoder.encode(v, java.nio.charset.StandardCharsets.UTF_8));
      }
    });
    model.addAttribute("exportQuery", query.toString());
    return "initiative/list";
  }

  @GetMapping("/initiatives/export.xlsx")
  ResponseEntity<byte[]> xlsx(
      @AuthenticationPrincipal Actor actor, @RequestParam Map<String, String> params) {
    return InitiativeApiController.download(
        export.xlsx(initiatives.search(actor, filter(params))),
        InitiativeApiController.XLSX,
        "sang-kien.xlsx");
  }

  /** The filing form's values as typed. */
  record Form(
      String title,
      String field,
      String theme,
      Long organizationId,
      String appliedOn,
      String problem,
      String solution,
      String novelty,
      String effect,
      List<Long> authorIds,
      List<String> shares) {}

  @GetMapping("/initiatives/new")
  String newForm(@AuthenticationPrincipal Actor actor, Model model) {
    if (!actor.may(Permission.FILE_INITIATIVES)) {
      throw new org.springframework.security.access.AccessDeniedException("error.forbidden");
    }
    List<Long> ids = new ArrayList<>();
    List<String> shares = new ArrayList<>();
    for (int k = 0; k < AUTHOR_ROWS; k++) {
      ids.add(k == 0 ? actor.personId() : null);
      shares.add(k == 0 ? "100" : "");
    }
    Form form = new Form(null, null, null, null, null, null, null, null, null, ids, shares);
    return formPage(actor, model, form, null);
  }

  @GetMapping("/initiatives/{id}/edit")
  String editForm(@AuthenticationPrincipal Actor actor, @PathVariable long id, Model model) {
    if (!actor.may(Permission.FILE_INITIATIVES)) {
      throw new org.springframework.security.access.AccessDeniedException("error.forbidden");
    }
    InitiativeView i = initiatives.view(actor, id);
    List<Long> ids = new ArrayList<>();
    List<String> shares = new ArrayList<>();
    for (int k = 0; k < AUTHOR_ROWS; k++) {
      InitiativeView.Author a = k < i.authors().size() ? i.authors().get(k) : null;
      ids.add(a == null ? null : a.personId());
      shares.add(a == null ? "" : a.share().stripTrailingZeros().toPlainString());
    }
    Form form =
        new Form(
            i.title(),
            i.field().name(),
            i.theme(),
            i.organizationId(),
            i.appliedOn() == null ? null : i.appliedOn().toString(),
            i.problem(),
            i.solution(),
            i.novelty(),
            i.effect(),
            ids,
            shares);
    return formPage(actor, model, form, i);
  }

  private String formPage(Actor actor, Model model, Form form, InitiativeView existing) {
    model.addAttribute("form", form);
    model.addAttribute("i", existing);
    model.addAttribute("fields", InitiativeView.Field.values());
    model.addAttribute("orgs", initiatives.filingOrganizations(actor));
    model.addAttribute("people", initiatives.authorChoices(actor));
    model.addAttribute("rows", java.util.stream.IntStream.range(0, AUTHOR_ROWS).boxed().toList());
    model.addAttribute("longText", vn.thidua.initiative.InitiativeCommand.LONG_TEXT);
    model.addAttribute("fileMaxBytes", InitiativeService.MAX_ATTACHMENT_BYTES);
    return "initiative/form";
  }

  @PostMapping({"/initiatives/new", "/initiatives/{id}/edit"})
  String save(
      @AuthenticationPrincipal Actor actor,
      @PathVariable(required = false) Long id,
      @RequestParam Map<String, String> p,
      @RequestParam(required = false) Long version,
      @RequestParam(value = "file", required = false) MultipartFile file,
      Model model,
      RedirectAttributes redirect) {
    List<Long> ids = new ArrayList<>();
    List<String> shares = new ArrayList<>();
    List<InitiativeCommand.AuthorCommand> authors = new ArrayList<>();
    for (int k = 0; k < AUTHOR_ROWS; k++) {
      String pid = p.getOrDefault("author" + k, "");
      String share = p.getOrDefault("share" + k, "").strip();
      ids.add(pid.isBlank() ? null : Long.valueOf(pid));
      shares.add(share);
    }
    Form form =
        new Form(
            p.get("title"),
            p.get("field"),
            p.get("theme"),
            blank(p.get("organizationId")) == null ? null : Long.valueOf(p.get("organizationId")),
            p.get("appliedOn"),
            p.get("problem"),
            p.get("solution"),
            p.get("novelty"),
            p.get("effect"),
            ids,
            shares);
    InitiativeView existing = id == null ? null : initiatives.view(actor, id);
    try {
      for (int k = 0; k < AUTHOR_ROWS; k++) {
        if (ids.get(k) == null) {
          continue;
        }
        BigDecimal share;
        try {
          share = shares.get(k).isEmpty() ? null : new BigDecimal(shares.get(k).replace(',', '.'));
        } catch (NumberFormatException e) {
          throw BusinessRuleViolation.onField("authors", "initiative.share-invalid");
        }
        authors.add(new InitiativeCommand.AuthorCommand(ids.get(k), null, share));
      }
      LocalDate applied;
      try {
        applied = blank(form.appliedOn()) == null ? null : LocalDate.parse(form.appliedOn());
      } catch (java.time.format.DateTimeParseException e) {
        throw BusinessRuleViolation.onField("appliedOn", "initiative.applied-in-future");
      }
      InitiativeCommand command =
          new InitiativeCommand(
              form.title(),
              enumOf(InitiativeView.Field.class, form.field()),
              null,
              form.theme(),
              form.organizationId(),
              applied,
              form.problem(),
              form.solution(),
              form.novelty(),
              form.effect(),
              authors,
              version);
      if (file != null && file.getSize() > InitiativeService.MAX_ATTACHMENT_BYTES) {
        throw BusinessRuleViolation.onField(
            "file", "error.file-too-large", InitiativeService.MAX_ATTACHMENT_BYTES / (1024 * 1024));
      }
      InitiativeView saved;
      try {
        saved =
            id == null
                ? file == null || file.isEmpty()
                    ? initiatives.create(actor, command)
                    : initiatives.create(
                        actor,
                        command,
                        file.getOriginalFilename(),
                        file.getContentType(),
                        file.getBytes())
                : initiatives.update(actor, id, command);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      redirect.addFlashAttribute("notice", "initiative.saved");
      return "redirect:/initiatives/" + saved.id();
    } catch (BusinessRuleViolation | ConcurrentChange e) {
      if (e instanceof BusinessRuleViolation v) {
        model.addAllAttributes(vn.thidua.kernel.FieldChecks.attributes(v));
      } else {
        model.addAttribute("problem", "error.concurrent-change");
      }
      return formPage(actor, model, form, existing);
    }
  }

  @GetMapping("/initiatives/{id}")
  String detail(@AuthenticationPrincipal Actor actor, @PathVariable long id, Model model) {
    InitiativeView i = initiatives.view(actor, id);
    model.addAttribute("i", i);
    model.addAttribute("reviews", initiatives.reviews(actor, id));
    model.addAttribute("recognitions", initiatives.recognitions(actor, id));
    model.addAttribute("similar", initiatives.similarTo(actor, id));
    model.addAttribute("council", initiatives.council(i.unitCode()));
    model.addAttribute("history", initiatives.history(actor, id));
    model.addAttribute("canEdit", i.open() && initiatives.mayFile(actor, i));
    model.addAttribute("canManage", initiatives.mayManage(actor, i));
    java.util.Optional<vn.thidua.kernel.MessageKey> reviewRefusal =
        initiatives.reviewRefusal(actor, i);
    model.addAttribute("canReview", initiatives.mayReview(actor, i) && reviewRefusal.isEmpty());
    model.addAttribute("reviewRefusal", reviewRefusal.orElse(null));
    List<InitiativeView.Scope> scopes =
        i.status() == InitiativeView.Status.UNDER_REVIEW
                || i.status() == InitiativeView.Status.RECOGNISED
            ? initiatives.decidableScopes(actor, i)
            : List.of();
    java.util.Optional<vn.thidua.kernel.MessageKey> decideRefusal =
        scopes.isEmpty()
            ? java.util.Optional.empty()
            : initiatives.decideRefusal(actor, i, scopes.getFirst());
    model.addAttribute("decideRefusal", decideRefusal.orElse(null));
    if (decideRefusal.isPresent()) {
      scopes = List.of();
    }
    model.addAttribute("decideScopes", scopes);
    model.addAttribute(
        "canRefuse",
        i.status() == InitiativeView.Status.UNDER_REVIEW
            && decideRefusal.isEmpty()
            && initiatives.mayDecide(actor, i, InitiativeView.Scope.BASE));
    model.addAttribute("maxMegabytes", InitiativeService.MAX_ATTACHMENT_BYTES / (1024 * 1024));
    model.addAttribute(
        "today", LocalDate.now(clock.withZone(vn.thidua.kernel.VietnameseDates.ZONE)));
    model.addAttribute("fileMaxBytes", InitiativeService.MAX_ATTACHMENT_BYTES);
    return "initiative/detail";
  }

  @PostMapping("/initiatives/{id}/attachments")
  String attach(
      @AuthenticationPrincipal Actor actor,
      @PathVariable long id,
      @RequestParam("file") MultipartFile file,
      RedirectAttributes redirect) {
    if (file.getSize() > InitiativeService.MAX_ATTACHMENT_BYTES) {
      redirect.addFlashAttribute("problem", "error.file-too-large");
      redirect.addFlashAttribute(
          "problemArgs", new Object[] {InitiativeService.MAX_ATTACHMENT_BYTES / (1024 * 1024)});
      return "redirect:/initiatives/" + id;
    }
    return act(
        redirect,
        id,
        "initiative.attached",
        () -> {
          try {
            initiatives.attach(
                actor, id, file.getOriginalFilename(), file.getContentType(), file.getBytes());
          } catch (IOException e) {
            throw new UncheckedIOException(e);
          }
        });
  }

  @PostMapping("/initiatives/{id}/attachments/{attachmentId}/delete")
  String detach(
      @AuthenticationPrincipal Actor actor,
      @PathVariable long id,
      @PathVariable long attachmentId,
      RedirectAttributes redirect) {
    return act(
        redirect, id, "attachment.removed", () -> initiatives.detach(actor, id, attachmentId));
  }

  @GetMapping("/initiatives/{id}/attachments/{attachmentId}")
  ResponseEntity<byte[]> attachment(
      @AuthenticationPrincipal Actor actor,
      @PathVariable long id,
      @PathVariable long attachmentId) {
    InitiativeService.File f = initiatives.attachment(actor, id, attachmentId);
    return InitiativeApiController.download(
        f.content(), MediaType.parseMediaType(f.contentType()), f.fileName());
  }

  @PostMapping("/initiatives/{id}/submit")
  String submit(
      @AuthenticationPrincipal Actor actor,
      @PathVariable long id,
      @RequestParam long version,
      RedirectAttributes redirect) {
    return act(redirect, id, "initiative.submitted", () -> initiatives.submit(actor, id, version));
  }

  @PostMapping("/initiatives/{id}/review")
  String startReview(
      @AuthenticationPrincipal Actor actor,
      @PathVariable long id,
      @RequestParam long version,
      RedirectAttributes redirect) {
    return act(
        redirect,
        id,
        "initiative.review-started",
        () -> initiatives.startReview(actor, id, version));
  }

  @PostMapping("/initiatives/{id}/return")
  String giveBack(
      @AuthenticationPrincipal Actor actor,
      @PathVariable long id,
      @RequestParam long version,
      @RequestParam(required = false, defaultValue = "") String reason,
      RedirectAttributes redirect) {
    return act(
        redirect,
        id,
        "initiative.returned",
        () -> initiatives.giveBack(actor, id, version, reason));
  }

  @PostMapping("/initiatives/{id}/refusal")
  String refuse(
      @AuthenticationPrincipal Actor actor,
      @PathVariable long id,
      @RequestParam long version,
      @RequestParam(required = false, defaultValue = "") String reason,
      RedirectAttributes redirect) {
    return act(
        redirect, id, "initiative.refused", () -> initiatives.refuse(actor, id, version, reason));
  }

  @PostMapping("/initiatives/{id}/reviews/mine")
  String review(
      @AuthenticationPrincipal Actor actor,
      @PathVariable long id,
      @RequestParam(required = false) Integer novelty,
      @RequestParam(required = false) Integer effect,
      @RequestParam(required = false) Integer replicability,
      @RequestParam(required = false) String comment,
      @RequestParam(defaultValue = "false") boolean noConflict,
      @RequestParam(defaultValue = "false") boolean conflict,
      RedirectAttributes redirect) {
    return act(
        redirect,
        id,
        "initiative.review.saved",
        () ->
            initiatives.review(
                actor,
                id,
                new ReviewCommand(novelty, effect, replicability, comment, noConflict, conflict)));
  }

  @PostMapping("/initiatives/{id}/recognition")
  String recognise(
      @AuthenticationPrincipal Actor actor,
      @PathVariable long id,
      @RequestParam long version,
      @RequestParam(required = false) String scope,
      @RequestParam(required = false) String decisionNumber,
      @RequestParam(required = false) String decisionDate,
      @RequestParam(required = false) String signer,
      @RequestParam(required = false) String countsFrom,
      RedirectAttributes redirect) {
    return act(
        redirect,
        id,
        "initiative.recognised",
        () ->
            initiatives.recognise(
                actor,
                id,
                new RecognitionCommand(
                    enumOf(InitiativeView.Scope.class, scope),
                    decisionNumber,
                    date(decisionDate, "decisionDate"),
                    signer,
                    date(countsFrom, "countsFrom"),
                    version)));
  }

  private static LocalDate date(String text, String field) {
    if (text == null || text.isBlank()) {
      return null;
    }
    try {
      return LocalDate.parse(text.strip());
    } catch (java.time.format.DateTimeParseException e) {
      throw BusinessRuleViolation.onField(field, "initiative.decision-date-required");
    }
  }

  @GetMapping("/initiative-councils/{unitCode}")
  String council(@AuthenticationPrincipal Actor actor, @PathVariable String unitCode, Model model) {
    model.addAttribute("council", initiatives.council(actor, unitCode));
    model.addAttribute("canManage", initiatives.mayManageCouncil(actor, unitCode));
    return "initiative/council";
  }

  @PostMapping("/initiative-councils/{unitCode}/members")
  String addMember(
      @AuthenticationPrincipal Actor actor,
      @PathVariable String unitCode,
      @RequestParam(required = false) String username,
      RedirectAttributes redirect) {
    ActionOutcome.of(
            "initiative.council.member-added",
            () -> initiatives.addMember(actor, unitCode, username))
        .flash(redirect::addFlashAttribute);
    return "redirect:/initiative-councils/" + unitCode;
  }

  @PostMapping("/initiative-councils/{unitCode}/members/{username}/remove")
  String removeMember(
      @AuthenticationPrincipal Actor actor,
      @PathVariable String unitCode,
      @PathVariable String username,
      RedirectAttributes redirect) {
    ActionOutcome.of(
            "initiative.council.member-removed",
            () -> initiatives.removeMember(actor, unitCode, username))
        .flash(redirect::addFlashAttribute);
    return "redirect:/initiative-councils/" + unitCode;
  }

  @GetMapping("/people/{id}/initiatives")
  String record(@AuthenticationPrincipal Actor actor, @PathVariable long id, Model model) {
    model.addAttribute("record", initiatives.recordOf(actor, id));
    model.addAttribute("personId", id);
    model.addAttribute("name", initiatives.personName(id));
    return "initiative/record";
  }

  private static String act(RedirectAttributes redirect, long id, String notice, Runnable action) {
    ActionOutcome.of(notice, action).flash(redirect::addFlashAttribute);
    return "redirect:/initiatives/" + id;
  }

  static Map<String, Object> none() {
    return new LinkedHashMap<>();
  }
}
