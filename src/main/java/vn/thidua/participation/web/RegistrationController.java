package vn.thidua.participation.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.context.MessageSource;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.thidua.document.Spreadsheets;
import vn.thidua.kernel.ActionOutcome;
import vn.thidua.kernel.BusinessRuleViolation;
import vn.thidua.movement.MovementView;
import vn.thidua.organization.Actor;
import vn.thidua.organization.OrganizationDirectory;
import vn.thidua.organization.OrganizationType;
import vn.thidua.organization.OrganizationView;
import vn.thidua.participation.RegistrationCommand;
import vn.thidua.participation.RegistrationView;
import vn.thidua.participation.domain.RegistrationImport;
import vn.thidua.participation.domain.RegistrationService;

/** Registration pages: the board of a plan and year, a unit's form, decisions of the office. */
@Controller
class RegistrationController {

  /** A commitment line "CODE: text" keeps the criterion or indicator code it answers. */
  private static final Locale VI = Locale.forLanguageTag("vi");

  private static final Pattern ITEM = Pattern.compile("^([A-Z][A-Z0-9_]*):\\s*(.+)$");

  /** Empty commitment rows offered under the saved ones. */
  static final int BLANK_ROWS = 3;

  private final RegistrationService registrations;
  private final OrganizationDirectory organizations;
  private final vn.thidua.movement.Plans plans;
  private final Clock clock;
  private final MessageSource messages;
  private final RegistrationImport imports;

  RegistrationController(
      RegistrationService registrations,
      OrganizationDirectory organizations,
      vn.thidua.movement.Plans plans,
      Clock clock,
      MessageSource messages,
      RegistrationImport imports) {
    this.imports = imports;
    this.plans = plans;
    this.registrations = registrations;
    this.organizations = organizations;
    this.clock = clock;
    this.messages = messages;
  }

  private int yearOf(MovementView m, Integer year) {
    return PlanYears.yearOf(m, year, clock);
  }

  private static List<Integer> years(MovementView m, int year) {
    return PlanYears.years(m, year);
  }

  @GetMapping("/movements/{id}/registrations")
  String board(
      @AuthenticationPrincipal Actor actor,
      @PathVariable long id,
      @RequestParam(required = false) Integer year,
      Model model) {
    return boardPage(actor, id, year, model);
  }

  /** The registrations of many units from one .xlsx: all saved as drafts, or none. */
  @PostMapping("/movements/{id}/registrations/import")
  String importXlsx(
      @AuthenticationPrincipal Actor actor,
      @PathVariable long id,
      @RequestParam(required = false) Integer year,
      @RequestParam("file") org.springframework.web.multipart.MultipartFile file,
      Model model,
      RedirectAttributes redirect) {
    if (file.getSize() > 10L * 1024 * 1024) {
      model.addAttribute("problem", "error.file-too-large");
      model.addAttribute("problemArgs", new Object[] {10});
      return boardPage(actor, id, year, model);
    }
    try {
      RegistrationImport.Result r =
          imports.importXlsx(actor, id, file.getOriginalFilename(), file.getBytes());
      redirect.addFlashAttribute("imported", r);
      return "redirect:/movements/" + id + "/registrations" + (year == null ? "" : "?year=" + year);
    } catch (vn.thidua.participation.domain.IndicatorValueService.ImportRefused e) {
      model.addAttribute("problem", "registration.import.refused");
      model.addAttribute("importErrors", e.errors());
      model.addAttribute("fileName", file.getOriginalFilename());
      return boardPage(actor, id, year, model);
    } catch (BusinessRuleViolation e) {
      model.addAttribute("problem", e.code());
      model.addAttribute("problemArgs", e.args());
      return boardPage(actor, id, year, model);
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  private String boardPage(Actor actor, long id, Integer year, Model model) {
    MovementView m = registrations.plan(actor, id);
    int y = yearOf(m, year);
    List<RegistrationView.BoardRow> rows = registrations.board(actor, id, y);
    model.addAttribute("m", m);
    model.addAttribute("year", y);
    model.addAttribute("years", years(m, y));
    model.addAttribute("rows", rows);
    model.addAttribute("registered", rows.stream().filter(r -> r.status() != null).count());
    model.addAttribute(
        "accepted",
        rows.stream().filter(r -> r.status() == RegistrationView.Status.ACCEPTED).count());
    model.addAttribute("closesOn", registrations.window(id, y).orElse(null));
    model.addAttribute("canDecide", registrations.mayDecide(actor, m));
    // The import is for an office that registers for several units, not a unit for itself.
    model.addAttribute(
        "canImport", rows.stream().filter(RegistrationView.BoardRow::mayRegister).count() > 1);
    if (!model.containsAttribute("importErrors")) {
      model.addAttribute("importErrors", List.of());
    }
    return "participation/registrations";
  }

  @GetMapping("/movements/{id}/registrations.xlsx")
  ResponseEntity<byte[]> boardXlsx(
      @AuthenticationPrincipal Actor actor,
      @PathVariable long id,
      @RequestParam(required = false) Integer year) {
    MovementView m = registrations.plan(actor, id);
    int y = yearOf(m, year);
    List<List<Object>> rows = new ArrayList<>();
    int n = 1;
    for (RegistrationView.BoardRow r : registrations.board(actor, id, y)) {
      rows.add(
          List.of(
              n++,
              r.organizationName(),
              text(OrganizationType.valueOf(r.type()).labelKey()),
              text("registration.status." + (r.status() == null ? "NONE" : r.status().name())),
              r.late(),
              String.join(
                  "; ",
                  r.titles().stream().map(t -> vn.thidua.rulebook.AwardNames.name(t)).toList())));
    }
    byte[] xlsx =
        Spreadsheets.write(
            text("registration.board.title"),
            List.of(
                text("common.number"),
                text("registration.organization"),
                text("registration.col.type"),
                text("common.status"),
                text("registration.late"),
                text("registration.titles")),
            rows,
            List.of());
    return ResponseEntity.ok()
        .contentType(
            MediaType.parseMediaType(
                "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"))
        .header(
            HttpHeaders.CONTENT_DISPOSITION,
            "attachment; filename=\"dang-ky-thi-dua-" + id + "-" + y + ".xlsx\"")
        .body(xlsx);
  }

  private String text(String key) {
    return messages.getMessage(key, null, key, VI);
  }

  @PostMapping("/movements/{id}/registrations/window")
  String window(
      @AuthenticationPrincipal Actor actor,
      @PathVariable long id,
      @RequestParam int year,
      @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate closesOn,
      RedirectAttributes redirect) {
    registrations.setWindow(actor, id, year, closesOn);
    redirect.addFlashAttribute("notice", "registration.window-saved");
    return "redirect:/movements/" + id + "/registrations?year=" + year;
  }

  @GetMapping("/movements/{id}/registrations/form")
  String form(
      @AuthenticationPrincipal Actor actor,
      @PathVariable long id,
      @RequestParam long organization,
      @RequestParam int year,
      Model model) {
    MovementView m = registrations.plan(actor, id);
    if (!registrations.mayRegister(actor, organization)) {
      throw new org.springframework.security.access.AccessDeniedException("error.forbidden");
    }
    OrganizationView org =
        organizations
            .organization(organization)
            .orElseThrow(() -> new vn.thidua.kernel.NotFound("organization.not-found"));
    RegistrationView r = registrations.registrationOf(actor, id, organization, year).orElse(null);
    return formPage(
        model,
        m,
        org,
        year,
        r == null ? List.of() : r.titles(),
        r == null ? List.of() : r.commitments(),
        r);
  }

  private String formPage(
      Model model,
      MovementView m,
      OrganizationView org,
      int year,
      List<String> titles,
      List<RegistrationView.Commitment> commitments,
      RegistrationView r) {
    model.addAttribute("m", m);
    model.addAttribute("org", org);
    model.addAttribute("year", year);
    // A village is offered only what the rulebook opens to villages.
    model.addAttribute(
        "catalogue",
        vn.thidua.rulebook.AwardNames.registrationCodes(org.type() == OrganizationType.VILLAGE));
    model.addAttribute("titles", titles);
    List<RegistrationView.Commitment> rows = new ArrayList<>(commitments);
    for (int i = 0; i < BLANK_ROWS; i++) {
      rows.add(new RegistrationView.Commitment(null, ""));
    }
    model.addAttribute("rows", rows);
    model.addAttribute("indicatorNames", indicatorNames(m.id()));
    model.addAttribute("r", r);
    return "participation/registration-form";
  }

  @PostMapping("/movements/{id}/registrations/form")
  String save(
      @AuthenticationPrincipal Actor actor,
      @PathVariable long id,
      @RequestParam long organization,
      @RequestParam int year,
      @RequestParam(required = false) List<String> titles,
      @RequestParam(required = false, defaultValue = "") String commitments,
      @RequestParam java.util.Map<String, String> form,
      Model model,
      RedirectAttributes redirect) {
    List<String> chosen = titles == null ? List.of() : titles;
    List<RegistrationView.Commitment> lines = new ArrayList<>(commitmentsOf(commitments));
    try {
      lines.addAll(rowsOf(form, indicatorNames(id)));
    } catch (BusinessRuleViolation e) {
      // The rows come back as typed, the refused one named beside its field.
      lines.addAll(typedRows(form));
      model.addAllAttributes(vn.thidua.kernel.FieldChecks.attributes(e));
      return formPage(
          model,
          registrations.plan(actor, id),
          organizations
              .organization(organization)
              .orElseThrow(() -> new vn.thidua.kernel.NotFound("organization.not-found")),
          year,
          chosen,
          lines,
          registrations.registrationOf(actor, id, organization, year).orElse(null));
    }
    try {
      RegistrationView saved =
          registrations.save(actor, id, new RegistrationCommand(organization, year, chosen, lines));
      redirect.addFlashAttribute("notice", "registration.saved");
      return "redirect:/registrations/" + saved.id();
    } catch (BusinessRuleViolation e) {
      // Every error at once, each beside its field (issue 12).
      model.addAllAttributes(vn.thidua.kernel.FieldChecks.attributes(e));
      MovementView m = registrations.plan(actor, id);
      OrganizationView org = organizations.organization(organization).orElse(null);
      if (org == null) {
        // An organisation that does not exist (a tampered form): back to the board, not a 500.
        redirect.addFlashAttribute("problem", e.code());
        redirect.addFlashAttribute("problemArgs", e.args());
        return "redirect:/movements/" + id + "/registrations";
      }
      return formPage(
          model,
          m,
          org,
          year,
          chosen,
          lines,
          registrations.registrationOf(actor, id, organization, year).orElse(null));
    }
  }

  /** Code → name of the plan's indicators, for the pickers of the commitment rows. */
  private java.util.Map<String, String> indicatorNames(long movementId) {
    java.util.Map<String, String> names = new java.util.LinkedHashMap<>();
    plans.currentDocument(movementId).indicators().forEach(i -> names.put(i.code(), i.name()));
    return names;
  }

  /**
   * The commitment rows of the form (item0/text0, item1/text1 …): the indicator chosen with the
   * picker, the commitment typed beside it. An indicator without a commitment, or one the plan does
   * not have, is refused naming the row.
   */
  static List<RegistrationView.Commitment> rowsOf(
      java.util.Map<String, String> form, java.util.Map<String, String> indicators) {
    List<RegistrationView.Commitment> rows = new ArrayList<>();
    for (int i = 0; i < 500; i++) {
      if (!form.containsKey("item" + i) && !form.containsKey("text" + i)) {
        break;
      }
      String item = vn.thidua.kernel.VietnameseText.cleanOrNull(form.get("item" + i));
      String text = vn.thidua.kernel.VietnameseText.cleanOrNull(form.get("text" + i));
      if (item != null && !indicators.containsKey(item)) {
        throw BusinessRuleViolation.onField(
            "text" + i, "registration.row.unknown-indicator", Integer.toString(i + 1));
      }
      if (text == null) {
        if (item != null) {
          throw BusinessRuleViolation.onField(
              "text" + i, "registration.row.text-required", Integer.toString(i + 1));
        }
        continue;
      }
      rows.add(new RegistrationView.Commitment(item, text));
    }
    return rows;
  }

  /** The rows as typed, without judging them (to show them again beside a refusal). */
  static List<RegistrationView.Commitment> typedRows(java.util.Map<String, String> form) {
    List<RegistrationView.Commitment> rows = new ArrayList<>();
    for (int i = 0; i < 500; i++) {
      if (!form.containsKey("item" + i) && !form.containsKey("text" + i)) {
        break;
      }
      String item = vn.thidua.kernel.VietnameseText.cleanOrNull(form.get("item" + i));
      String text = form.get("text" + i) == null ? "" : form.get("text" + i);
      rows.add(new RegistrationView.Commitment(item, text));
    }
    // Blank rows keep their place (the refusal names a row by its number); trailing ones go.
    while (!rows.isEmpty()
        && rows.getLast().item() == null
        && rows.getLast().commitment().isBlank()) {
      rows.removeLast();
    }
    return rows;
  }

  static String commitmentText(List<RegistrationView.Commitment> commitments) {
    StringBuilder sb = new StringBuilder();
    for (RegistrationView.Commitment c : commitments) {
      if (c.item() != null) {
        sb.append(c.item()).append(": ");
      }
      sb.append(c.commitment()).append('\n');
    }
    return sb.toString();
  }

  static List<RegistrationView.Commitment> commitmentsOf(String text) {
    List<RegistrationView.Commitment> list = new ArrayList<>();
    for (String line : text.split("\\R")) {
      String l = line.strip();
      if (l.isEmpty()) {
        continue;
      }
      Matcher mt = ITEM.matcher(l);
      list.add(
          mt.matches()
              ? new RegistrationView.Commitment(mt.group(1), mt.group(2))
              : new RegistrationView.Commitment(null, l));
    }
    return list;
  }

  @GetMapping("/registrations/{id}")
  String detail(@AuthenticationPrincipal Actor actor, @PathVariable long id, Model model) {
    RegistrationView r = registrations.view(actor, id);
    MovementView m = registrations.plan(actor, r.movementId());
    model.addAttribute("r", r);
    model.addAttribute("m", m);
    model.addAttribute("history", registrations.history(actor, id));
    boolean open =
        r.status() == RegistrationView.Status.DRAFT
            || r.status() == RegistrationView.Status.RETURNED;
    model.addAttribute("canEdit", open && registrations.mayRegister(actor, r.organizationId()));
    model.addAttribute(
        "canDecide",
        r.status() == RegistrationView.Status.SUBMITTED && registrations.mayDecide(actor, m));
    return "participation/registration";
  }

  @PostMapping("/registrations/{id}/submit")
  String submit(
      @AuthenticationPrincipal Actor actor,
      @PathVariable long id,
      @RequestParam long version,
      RedirectAttributes redirect) {
    return act(
        redirect, id, "registration.submitted", () -> registrations.submit(actor, id, version));
  }

  @PostMapping("/registrations/{id}/accept")
  String accept(
      @AuthenticationPrincipal Actor actor,
      @PathVariable long id,
      @RequestParam long version,
      RedirectAttributes redirect) {
    return act(
        redirect, id, "registration.accepted", () -> registrations.accept(actor, id, version));
  }

  @PostMapping("/registrations/{id}/return")
  String giveBack(
      @AuthenticationPrincipal Actor actor,
      @PathVariable long id,
      @RequestParam long version,
      @RequestParam(required = false, defaultValue = "") String reason,
      RedirectAttributes redirect) {
    return act(
        redirect,
        id,
        "registration.returned",
        () -> registrations.giveBack(actor, id, version, reason));
  }

  private static String act(RedirectAttributes redirect, long id, String notice, Runnable action) {
    ActionOutcome.of(notice, action).flash(redirect::addFlashAttribute);
    return "redirect:/registrations/" + id;
  }
}
