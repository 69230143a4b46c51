package vn.thidua.movement.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import tools.jackson.databind.ObjectMapper;
import vn.thidua.kernel.ActionOutcome;
import vn.thidua.kernel.BusinessRuleViolation;
import vn.thidua.kernel.ConcurrentChange;
import vn.thidua.movement.CascadeBoard;
import vn.thidua.movement.MovementView;
import vn.thidua.movement.PlanDocument;
import vn.thidua.movement.domain.CascadeService;
import vn.thidua.movement.domain.MovementService;
import vn.thidua.movement.plan.PlanRenderer;
import vn.thidua.organization.Actor;
import vn.thidua.organization.Permission;
import vn.thidua.organization.UnitDirectory;

/**
 * Plan pages: list, import and check a draft, edit, submit, issue, derive, download, cascade board.
 */
@Controller
class MovementController {

  private static final Locale VI = Locale.forLanguageTag("vi");

  private final MovementService movements;
  private final CascadeService cascade;
  private final UnitDirectory units;
  private final vn.thidua.organization.OrganizationDirectory organizations;
  private final ObjectMapper json;
  private final MessageSource messages;

  private final vn.thidua.rulebook.Rulebook rulebook;

  MovementController(
      MovementService movements,
      CascadeService cascade,
      UnitDirectory units,
      vn.thidua.organization.OrganizationDirectory organizations,
      ObjectMapper json,
      MessageSource messages,
      vn.thidua.rulebook.Rulebook rulebook) {
    this.organizations = organizations;
    this.rulebook = rulebook;
    this.movements = movements;
    this.cascade = cascade;
    this.units = units;
    this.json = json;
    this.messages = messages;
  }

  /** One provincial parameter as the plan page shows it. */
  record ProvinceRow(String label, String value, String citation, boolean own) {}

  /**
   * The parameters of the plan's province with their citations (issue 12): a Hải Phòng plan does
   * not show Bắc Ninh's regulation as if it were Hải Phòng's; when they are the defaults taken from
   * another province, the page says so.
   */
  private void provinceRules(String path, Model model) {
    String[] parts = path == null ? new String[0] : path.split("/");
    if (parts.length < 3 || parts[2].isBlank() || parts[2].startsWith("o")) {
      return;
    }
    String province = parts[2];
    vn.thidua.rulebook.ProvinceRules rules = rulebook.provinceRules(province);
    java.util.Locale vi = java.util.Locale.forLanguageTag("vi");
    List<ProvinceRow> rows = new ArrayList<>();
    for (vn.thidua.rulebook.ProvinceRules.Line l : rules.lines()) {
      Object v = l.value();
      String text =
          switch (l.key()) {
            case "majorityConfidence" ->
                messages.getMessage(
                    "province.param.majority",
                    new Object[] {messages.getMessage("eligibility.confidence." + v, null, vi)},
                    vi);
            case "publicNoticeWorkingDays" ->
                messages.getMessage(
                    "province.param.days",
                    new Object[] {vn.thidua.kernel.VietnameseNumbers.format(decimal(v))},
                    vi);
            case "collectiveLaoDongTienTienPercent" ->
                v == null
                    ? messages.getMessage("province.param.none", null, vi)
                    : vn.thidua.kernel.VietnameseNumbers.format(decimal(v)) + " %";
            case "giayKhenMinRating" -> messages.getMessage("province.rating." + v, null, vi);
            default ->
                v == null ? messages.getMessage("province.param.none", null, vi) : v.toString();
          };
      rows.add(
          new ProvinceRow(
              messages.getMessage("province.param." + l.key(), null, vi),
              text,
              l.citation(),
              l.own()));
    }
    model.addAttribute("provinceRows", rows);
    model.addAttribute("provinceOwn", rules.own());
    model.addAttribute(
        "provinceName", units.unit(province).map(UnitDirectory.Unit::name).orElse(province));
    model.addAttribute(
        "defaultsProvinceName",
        rules.defaultsProvince() == null
            ? null
            : units.unit(rules.defaultsProvince()).map(UnitDirectory.Unit::name).orElse(null));
    model.addAttribute("defaultsSource", rules.defaultsSource());
  }

  private static java.math.BigDecimal decimal(Object v) {
    return v == null ? null : new java.math.BigDecimal(v.toString()).stripTrailingZeros();
  }

  @ModelAttribute("awardForms")
  List<String> awardForms() {
    return PlanDraftForm.FORMS;
  }

  @ModelAttribute("occasions")
  PlanDocument.Occasion[] occasions() {
    return PlanDocument.Occasion.values();
  }

  @GetMapping("/movements")
  String list(@AuthenticationPrincipal Actor actor, Model model) {
    model.addAttribute("movements", movements.list(actor));
    model.addAttribute("canImport", actor.may(Permission.MANAGE_PLANS));
    return "movements/list";
  }

  @GetMapping("/movements/import")
  String importForm(@AuthenticationPrincipal Actor actor, Model model) {
    requireManage(actor);
    model.addAttribute("parents", movements.list(actor));
    return "movements/import";
  }

  @PostMapping("/movements/import")
  String importFile(
      @AuthenticationPrincipal Actor actor,
      @RequestParam("file") MultipartFile file,
      @RequestParam(required = false) String unitCode,
      @RequestParam(required = false) Long parentId,
      Model model) {
    requireManage(actor);
    byte[] bytes;
    try {
      bytes = file.getBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    if (bytes.length > PlanDocumentApiController.MAX_BYTES) {
      model.addAttribute("problem", "error.file-too-large");
      model.addAttribute("problemArgs", new Object[] {10});
      model.addAttribute("parents", movements.list(actor));
      return "movements/import";
    }
    PlanDocument draft;
    try {
      draft =
          PlanDocumentApiController.parse(file.getOriginalFilename(), file.getContentType(), bytes);
    } catch (BusinessRuleViolation e) {
      model.addAttribute("problem", e.code());
      model.addAttribute("problemArgs", e.args());
      model.addAttribute("parents", movements.list(actor));
      return "movements/import";
    }
    PlanDraftForm form = PlanDraftForm.of(draft, json);
    form.setUnitCode(unitCode);
    form.setParentId(parentId);
    model.addAttribute("form", form);
    model.addAttribute("warnings", draft.warnings());
    model.addAttribute(
        "source",
        file.getOriginalFilename() != null
                && file.getOriginalFilename().toLowerCase(Locale.ROOT).endsWith(".txt")
            ? new String(bytes, StandardCharsets.UTF_8)
            : sourceOf(draft));
    return draftPage(actor, model, null);
  }

  private String draftPage(Actor actor, Model model, MovementView existing) {
    model.addAttribute("existing", existing);
    if (model.getAttribute("form") instanceof PlanDraftForm f) {
      // The pickers show the names of what was chosen, never the codes.
      if (f.getUnitCode() != null && !f.getUnitCode().isBlank()) {
        units.unit(f.getUnitCode()).ifPresent(u -> model.addAttribute("unitName", u.name()));
      }
      if (f.getOrganizationId() != null) {
        organizations
            .organization(f.getOrganizationId())
            .ifPresent(o -> model.addAttribute("organizationName", o.name()));
      }
    }
    model.addAttribute("parents", movements.list(actor));
    return "movements/draft";
  }

  private static String sourceOf(PlanDocument d) {
    StringBuilder sb = new StringBuilder();
    if (d.title() != null) {
      sb.append(d.title()).append("\n\n");
    }
    d.sections()
        .forEach(s -> {
          if (s.heading() != null) {
            sb.append(s.heading()).append('\n');
          }
          if (s.text() != null) {
            sb.append(s.text()).append("\n\n");
          }
        });
    return sb.toString();
  }

  @PostMapping("/movements")
  String create(
      @AuthenticationPrincipal Actor actor,
      @ModelAttribute("form") PlanDraftForm form,
      BindingResult binding,
      @RequestParam(required = false) String source,
      Model model,
      RedirectAttributes redirect) {
    try {
      MovementView created =
          movements.create(
              actor,
              form.getUnitCode(),
              form.getOrganizationId(),
              form.getParentId(),
              form.toDocument(json),
              source);
      redirect.addFlashAttribute("notice", "movement.created");
      return "redirect:/movements/" + created.id();
    } catch (BusinessRuleViolation e) {
      binding.reject(e.code(), e.args(), e.code());
      form.padRows();
      model.addAttribute("source", source);
      return draftPage(actor, model, null);
    }
  }

  @GetMapping("/movements/{id}")
  String detail(
      @AuthenticationPrincipal Actor actor,
      @PathVariable long id,
      @RequestParam(required = false) Integer version,
      Model model) {
    MovementView m = movements.get(actor, id);
    model.addAttribute("m", m);
    model.addAttribute("classification", movements.classification(actor, id));
    model.addAttribute("doc", movements.document(id, version));
    model.addAttribute("shownVersion", version == null ? m.currentVersion() : version);
    model.addAttribute("versions", movements.versions(id));
    model.addAttribute("history", movements.history(id));
    model.addAttribute("children", movements.children(id));
    model.addAttribute("openChildren", movements.childrenOpenTo(actor, id));
    String path = movements.pathOf(id);
    model.addAttribute("canManage", actor.may(Permission.MANAGE_PLANS, path));
    model.addAttribute("canIssue", actor.may(Permission.ISSUE_PLANS, path));
    List<UnitDirectory.Unit> below = new ArrayList<>();
    if (!m.organizationPlan()) {
      for (UnitDirectory.Unit u : units.childrenOf(m.unitCode())) {
        if (actor.may(Permission.MANAGE_PLANS, u.path())) {
          below.add(u);
        }
      }
    }
    model.addAttribute("deriveUnits", m.status() == MovementView.Status.ISSUED ? below : List.of());
    model.addAttribute("deriveOrganizations", movements.derivableOrganizations(actor, m));
    model.addAttribute("events", movements.events(id));
    model.addAttribute("eventDates", movements.eventDates(id));
    model.addAttribute("today", movements.today());
    provinceRules(path, model);
    return "movements/detail";
  }

  @GetMapping("/movements/{id}/edit")
  String edit(
      @AuthenticationPrincipal Actor actor,
      @PathVariable long id,
      @RequestParam(required = false) String ref,
      @RequestParam(required = false) String note,
      Model model) {
    MovementView m = movements.get(actor, id);
    String path = movements.pathOf(id);
    if (!actor.may(Permission.MANAGE_PLANS, path)) {
      throw new org.springframework.security.access.AccessDeniedException("error.forbidden");
    }
    PlanDocument d = movements.document(id, null);
    PlanDraftForm form = PlanDraftForm.of(d, json);
    form.setVersion(m.version());
    form.setRef(ref);
    form.setNote(note);
    model.addAttribute("form", form);
    model.addAttribute("source", movements.sourceText(id).orElse(sourceOf(d)));
    model.addAttribute("warnings", d.warnings());
    return draftPage(actor, model, m);
  }

  @PostMapping("/movements/{id}/edit")
  String save(
      @AuthenticationPrincipal Actor actor,
      @PathVariable long id,
      @ModelAttribute("form") PlanDraftForm form,
      BindingResult binding,
      Model model,
      RedirectAttributes redirect) {
    MovementView m = movements.get(actor, id);
    try {
      movements.save(
          actor,
          id,
          form.getVersion() == null ? -1 : form.getVersion(),
          form.toDocument(json),
          form.getNote(),
          form.getRef());
      redirect.addFlashAttribute(
          "notice",
          m.status() == MovementView.Status.ISSUED ? "movement.amended" : "movement.saved");
      return "redirect:/movements/" + id;
    } catch (BusinessRuleViolation e) {
      binding.reject(e.code(), e.args(), e.code());
    } catch (ConcurrentChange e) {
      binding.reject("error.concurrent-change");
    }
    form.padRows();
    model.addAttribute("source", movements.sourceText(id).orElse(""));
    return draftPage(actor, model, m);
  }

  @PostMapping("/movements/{id}/submit")
  String submit(
      @AuthenticationPrincipal Actor actor,
      @PathVariable long id,
      @RequestParam long version,
      RedirectAttributes redirect) {
    return act(redirect, id, "movement.submitted", () -> movements.submit(actor, id, version));
  }

  @PostMapping("/movements/{id}/send-back")
  String sendBack(
      @AuthenticationPrincipal Actor actor,
      @PathVariable long id,
      @RequestParam long version,
      @RequestParam String reason,
      RedirectAttributes redirect) {
    return act(
        redirect, id, "movement.sent-back", () -> movements.sendBack(actor, id, version, reason));
  }

  @PostMapping("/movements/{id}/issue")
  String issue(
      @AuthenticationPrincipal Actor actor,
      @PathVariable long id,
      @RequestParam long version,
      @RequestParam(required = false) Integer number,
      @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
          LocalDate issuedOn,
      @RequestParam(required = false) String signerName,
      @RequestParam(required = false) String signerTitle,
      @RequestParam(required = false) String onBehalfOf,
      @RequestParam(required = false) String signingFor,
      RedirectAttributes redirect) {
    return act(
        redirect,
        id,
        "movement.issued",
        () ->
            movements.issue(
                actor,
                id,
                version,
                new MovementService.IssueCommand(
                    number, issuedOn, signerName, signerTitle, onBehalfOf, signingFor)));
  }

  @PostMapping("/movements/{id}/derive")
  String derive(
      @AuthenticationPrincipal Actor actor,
      @PathVariable long id,
      @RequestParam String unitCode,
      RedirectAttributes redirect) {
    try {
      MovementView child = movements.derive(actor, id, unitCode);
      redirect.addFlashAttribute("notice", "movement.derived");
      return "redirect:/movements/" + child.id() + "/edit";
    } catch (BusinessRuleViolation e) {
      redirect.addFlashAttribute("problem", e.code());
      redirect.addFlashAttribute("problemArgs", e.args());
      return "redirect:/movements/" + id;
    }
  }

  @PostMapping("/movements/{id}/derive-organization")
  String deriveForOrganization(
      @AuthenticationPrincipal Actor actor,
      @PathVariable long id,
      @RequestParam long organizationId,
      RedirectAttributes redirect) {
    try {
      MovementView child = movements.deriveFor(actor, id, organizationId);
      redirect.addFlashAttribute("notice", "movement.derived");
      return "redirect:/movements/" + child.id() + "/edit";
    } catch (BusinessRuleViolation e) {
      redirect.addFlashAttribute("problem", e.code());
      redirect.addFlashAttribute("problemArgs", e.args());
      return "redirect:/movements/" + id;
    }
  }

  @PostMapping("/movements/{id}/events")
  String dateEvent(
      @AuthenticationPrincipal Actor actor,
      @PathVariable long id,
      @RequestParam(required = false) String event,
      @RequestParam(required = false) Integer year,
      @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
          LocalDate heldOn,
      RedirectAttributes redirect) {
    return act(
        redirect,
        id,
        "movement.event-dated",
        () -> movements.setEventDate(actor, id, event, year, heldOn));
  }

  private String act(RedirectAttributes redirect, long id, String notice, Runnable action) {
    ActionOutcome.of(notice, action).flash(redirect::addFlashAttribute);
    return "redirect:/movements/" + id;
  }

  @PostMapping("/movements/{id}/classification")
  String classify(
      @AuthenticationPrincipal Actor actor,
      @PathVariable long id,
      @RequestParam(required = false) String scopeClass,
      @RequestParam(required = false) String durationClass,
      @RequestParam(required = false) String organizingMethod,
      RedirectAttributes redirect) {
    return act(
        redirect,
        id,
        "movement.classified",
        () ->
            movements.classify(
                actor,
                id,
                new MovementService.Classification(scopeClass, durationClass, organizingMethod)));
  }

  @GetMapping("/movements/{id}/docx")
  ResponseEntity<byte[]> docx(
      @AuthenticationPrincipal Actor actor,
      @PathVariable long id,
      @RequestParam(required = false) Integer version) {
    MovementView m = movements.get(actor, id);
    byte[] docx = PlanRenderer.docx(movements.document(id, version));
    String name =
        "ke-hoach-"
            + m.unitCode()
            + "-"
            + m.id()
            + (version == null ? "" : "-v" + version)
            + ".docx";
    return ResponseEntity.ok()
        .contentType(PlanDocumentApiController.DOCX)
        .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + name + "\"")
        .body(docx);
  }

  @GetMapping("/movements/{id}/cascade")
  String board(
      @AuthenticationPrincipal Actor actor,
      @PathVariable long id,
      @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asOf,
      @RequestParam(required = false) String state,
      Model model) {
    CascadeBoard board = cascade.board(actor, id, asOf);
    model.addAttribute("board", board);
    model.addAttribute("state", state);
    model.addAttribute(
        "rows",
        board.rows().stream()
            .filter(r ->
                state == null
                    || state.isBlank()
                    || ("LATE".equals(state) ? r.late() : r.state().name().equals(state)))
            .toList());
    model.addAttribute(
        "orgRows",
        board.organizations().stream()
            .filter(r ->
                state == null
                    || state.isBlank()
                    || ("LATE".equals(state) ? r.late() : r.state().name().equals(state)))
            .toList());
    return "movements/cascade";
  }

  @GetMapping("/movements/{id}/cascade.xlsx")
  ResponseEntity<byte[]> boardXlsx(
      @AuthenticationPrincipal Actor actor,
      @PathVariable long id,
      @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
          LocalDate asOf) {
    CascadeBoard board = cascade.board(actor, id, asOf);
    byte[] xlsx = cascade.xlsx(board, key -> messages.getMessage(key, null, key, VI));
    return ResponseEntity.ok()
        .contentType(
            org.springframework.http.MediaType.parseMediaType(
                "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"))
        .header(
            HttpHeaders.CONTENT_DISPOSITION,
            "attachment; filename=\"theo-doi-ke-hoach-" + id + ".xlsx\"")
        .body(xlsx);
  }

  private static void requireManage(Actor actor) {
    if (!actor.may(Permission.MANAGE_PLANS)) {
      throw new org.springframework.security.access.AccessDeniedException("error.forbidden");
    }
  }
}
