package vn.thidua.participation.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.thidua.kernel.ActionOutcome;
import vn.thidua.kernel.BusinessRuleViolation;
import vn.thidua.kernel.ConcurrentChange;
import vn.thidua.kernel.NotFound;
import vn.thidua.movement.MovementView;
import vn.thidua.movement.Plans;
import vn.thidua.organization.Actor;
import vn.thidua.organization.OrganizationDirectory;
import vn.thidua.organization.OrganizationView;
import vn.thidua.participation.ReportCommand;
import vn.thidua.participation.ReportView;
import vn.thidua.participation.domain.ReportDocuments;
import vn.thidua.participation.domain.ReportService;

/**
 * Report pages: the board of a plan and year (who submitted, who is late, who is missing), a unit's
 * report form, a report with its decisions, the level's aggregated report and the view of the level
 * above.
 */
@Controller
class ReportController {

  private final ReportService reports;
  private final ReportDocuments documents;
  private final OrganizationDirectory organizations;
  private final Plans plans;
  private final Clock clock;

  ReportController(
      ReportService reports,
      ReportDocuments documents,
      OrganizationDirectory organizations,
      Plans plans,
      Clock clock) {
    this.reports = reports;
    this.documents = documents;
    this.organizations = organizations;
    this.plans = plans;
    this.clock = clock;
  }

  private int yearOf(MovementView m, Integer year) {
    return PlanYears.yearOf(m, year, clock);
  }

  private static List<Integer> years(MovementView m, int year) {
    return PlanYears.years(m, year);
  }

  @GetMapping("/movements/{id}/reports")
  String board(
      @AuthenticationPrincipal Actor actor,
      @PathVariable long id,
      @RequestParam(required = false) Integer year,
      Model model) {
    MovementView m = reports.plan(actor, id);
    int y = yearOf(m, year);
    List<ReportView.BoardRow> rows = reports.board(actor, id, y);
    model.addAttribute("m", m);
    model.addAttribute("year", y);
    model.addAttribute("years", years(m, y));
    model.addAttribute("rows", rows);
    model.addAttribute(
        "sent",
        rows.stream()
            .filter(r ->
                r.status() == ReportView.Status.SUBMITTED
                    || r.status() == ReportView.Status.ACCEPTED)
            .count());
    model.addAttribute("late", rows.stream().filter(ReportView.BoardRow::late).count());
    model.addAttribute("overdue", rows.stream().filter(ReportView.BoardRow::overdue).count());
    model.addAttribute("unitDue", reports.dueOn(id, y, ReportView.Kind.UNIT).orElse(null));
    model.addAttribute("rollupDue", reports.dueOn(id, y, ReportView.Kind.ROLLUP).orElse(null));
    model.addAttribute("rollup", reports.rollupOf(id, y).orElse(null));
    model.addAttribute("canManage", reports.mayManage(actor, m));
    model.addAttribute("hasChildren", !plans.derived(id).isEmpty());
    return "participation/reports";
  }

  @GetMapping("/movements/{id}/reports/form")
  String form(
      @AuthenticationPrincipal Actor actor,
      @PathVariable long id,
      @RequestParam long organization,
      @RequestParam int year,
      Model model) {
    MovementView m = reports.plan(actor, id);
    if (!reports.mayReport(actor, organization)) {
      throw new AccessDeniedException("error.forbidden");
    }
    OrganizationView org =
        organizations
            .organization(organization)
            .orElseThrow(() -> new NotFound("organization.not-found"));
    ReportView r = reports.reportOf(actor, id, organization, year).orElse(null);
    Map<String, String> values = new LinkedHashMap<>();
    for (ReportView.Figure f : reports.figures(id, organization, year)) {
      values.put(
          f.code(), f.value() == null ? "" : vn.thidua.kernel.VietnameseNumbers.format(f.value()));
    }
    Map<String, String> texts = new LinkedHashMap<>();
    if (r != null) {
      for (ReportView.Narrative n : r.narrative()) {
        texts.put(n.theme() == null ? "" : n.theme(), n.text());
      }
    }
    return formPage(model, m, org, year, r, values, texts);
  }

  private String formPage(
      Model model,
      MovementView m,
      OrganizationView org,
      int year,
      ReportView r,
      Map<String, String> values,
      Map<String, String> texts) {
    model.addAttribute("m", m);
    model.addAttribute("org", org);
    model.addAttribute("year", year);
    model.addAttribute("r", r);
    model.addAttribute("figures", reports.figures(m.id(), org.id(), year));
    model.addAttribute("values", values);
    model.addAttribute("themes", reports.themes(m.id()));
    model.addAttribute("texts", texts);
    model.addAttribute("dueOn", reports.dueOn(m.id(), year, ReportView.Kind.UNIT).orElse(null));
    return "participation/report-form";
  }

  @PostMapping("/movements/{id}/reports/form")
  String save(
      @AuthenticationPrincipal Actor actor,
      @PathVariable long id,
      @RequestParam long organization,
      @RequestParam int year,
      @RequestParam(required = false) Long version,
      @RequestParam Map<String, String> params,
      Model model,
      RedirectAttributes redirect) {
    MovementView m = reports.plan(actor, id);
    OrganizationView org =
        organizations
            .organization(organization)
            .orElseThrow(() -> new NotFound("organization.not-found"));
    Map<String, String> values = new LinkedHashMap<>();
    Map<String, String> texts = new LinkedHashMap<>();
    List<String> themes = reports.themes(id);
    for (int i = 0; i < themes.size(); i++) {
      texts.put(themes.get(i), params.getOrDefault("theme" + i, ""));
    }
    texts.put("", params.getOrDefault("general", ""));
    try {
      List<ReportView.Figure> figures = reports.figures(id, organization, year);
      for (ReportView.Figure f : figures) {
        values.put(f.code(), params.getOrDefault("value_" + f.code(), "").strip());
      }
      Map<String, BigDecimal> numbers = new LinkedHashMap<>();
      for (ReportView.Figure f : figures) {
        String text = values.get(f.code());
        if (!text.isEmpty()) {
          try {
            numbers.put(f.code(), parse(text));
          } catch (vn.thidua.kernel.VietnameseNumbers.Refused e) {
            throw e.key().equals("number.invalid")
                ? BusinessRuleViolation.onField(
                    "value_" + f.code(), "report.value-not-number", f.name(), text)
                : e.onField("value_" + f.code());
          }
        }
      }
      List<ReportView.Narrative> narrative = new ArrayList<>();
      texts.forEach((theme, text) ->
          narrative.add(new ReportView.Narrative(theme.isEmpty() ? null : theme, text)));
      ReportView saved =
          reports.save(
              actor,
              id,
              new ReportCommand(
                  organization,
                  year,
                  narrative,
                  numbers,
                  version,
                  params.containsKey("confirmed")));
      redirect.addFlashAttribute("notice", "report.saved");
      return "redirect:/reports/" + saved.id();
    } catch (BusinessRuleViolation | ConcurrentChange e) {
      if (e instanceof BusinessRuleViolation v) {
        model.addAllAttributes(vn.thidua.kernel.FieldChecks.attributes(v));
        model.addAttribute(
            "implausible", v.all().stream().anyMatch(x -> "number.implausible".equals(x.code())));
      } else {
        model.addAttribute("problem", "error.concurrent-change");
      }
      return formPage(
          model,
          m,
          org,
          year,
          reports.reportOf(actor, id, organization, year).orElse(null),
          values,
          texts);
    }
  }

  @GetMapping("/reports/{id}")
  String detail(@AuthenticationPrincipal Actor actor, @PathVariable long id, Model model) {
    ReportView r = reports.view(actor, id);
    MovementView m = reports.plan(actor, r.movementId());
    model.addAttribute("r", r);
    model.addAttribute("m", m);
    model.addAttribute("figures", reports.figures(r));
    model.addAttribute("history", reports.history(actor, id));
    model.addAttribute("themes", reports.themes(m.id()));
    Map<String, String> texts = new LinkedHashMap<>();
    for (ReportView.Narrative n : r.narrative()) {
      texts.put(n.theme() == null ? "" : n.theme(), n.text());
    }
    model.addAttribute("texts", texts);
    boolean author = reports.mayAuthor(actor, r);
    model.addAttribute("canEdit", r.open() && author);
    model.addAttribute(
        "canDecide", r.status() == ReportView.Status.SUBMITTED && reports.mayReview(actor, r));
    model.addAttribute(
        "canDownload",
        r.kind() == ReportView.Kind.ROLLUP && (author || reports.mayReview(actor, r)));
    model.addAttribute("maxMegabytes", ReportService.MAX_ATTACHMENT_BYTES / (1024 * 1024));
    model.addAttribute(
        "fileMaxBytes", vn.thidua.participation.domain.ReportService.MAX_ATTACHMENT_BYTES);
    return "participation/report";
  }

  @PostMapping("/reports/{id}/attachments")
  String attach(
      @AuthenticationPrincipal Actor actor,
      @PathVariable long id,
      @RequestParam("file") MultipartFile file,
      RedirectAttributes redirect) {
    if (file.getSize() > ReportService.MAX_ATTACHMENT_BYTES) {
      redirect.addFlashAttribute("problem", "error.file-too-large");
      redirect.addFlashAttribute(
          "problemArgs", new Object[] {ReportService.MAX_ATTACHMENT_BYTES / (1024 * 1024)});
      return "redirect:/reports/" + id;
    }
    return act(
        redirect,
        id,
        "report.attached",
        () -> {
          try {
            reports.attach(
                actor, id, file.getOriginalFilename(), file.getContentType(), file.getBytes());
          } catch (IOException e) {
            throw new UncheckedIOException(e);
          }
        });
  }

  @PostMapping("/reports/{id}/attachments/{attachmentId}/delete")
  String detach(
      @AuthenticationPrincipal Actor actor,
      @PathVariable long id,
      @PathVariable long attachmentId,
      RedirectAttributes redirect) {
    return act(redirect, id, "attachment.removed", () -> reports.detach(actor, id, attachmentId));
  }

  @GetMapping("/reports/{id}/attachments/{attachmentId}")
  ResponseEntity<byte[]> attachment(
      @AuthenticationPrincipal Actor actor,
      @PathVariable long id,
      @PathVariable long attachmentId) {
    ReportService.File f = reports.attachment(actor, id, attachmentId);
    return ReportApiController.download(
        f.content(), MediaType.parseMediaType(f.contentType()), f.fileName());
  }

  @PostMapping("/reports/{id}/submit")
  String submit(
      @AuthenticationPrincipal Actor actor,
      @PathVariable long id,
      @RequestParam long version,
      RedirectAttributes redirect) {
    return act(redirect, id, "report.submitted", () -> reports.submit(actor, id, version));
  }

  @PostMapping("/reports/{id}/accept")
  String accept(
      @AuthenticationPrincipal Actor actor,
      @PathVariable long id,
      @RequestParam long version,
      RedirectAttributes redirect) {
    return act(redirect, id, "report.accepted", () -> reports.accept(actor, id, version));
  }

  @PostMapping("/reports/{id}/return")
  String giveBack(
      @AuthenticationPrincipal Actor actor,
      @PathVariable long id,
      @RequestParam long version,
      @RequestParam(required = false, defaultValue = "") String reason,
      RedirectAttributes redirect) {
    return act(redirect, id, "report.returned", () -> reports.giveBack(actor, id, version, reason));
  }

  @PostMapping("/movements/{id}/reports/rollup")
  String rollup(
      @AuthenticationPrincipal Actor actor,
      @PathVariable long id,
      @RequestParam int year,
      RedirectAttributes redirect) {
    ReportView[] made = new ReportView[1];
    ActionOutcome outcome =
        ActionOutcome.of(
            "report.rollup-drafted", () -> made[0] = reports.draftRollup(actor, id, year));
    outcome.flash(redirect::addFlashAttribute);
    return made[0] == null
        ? "redirect:/movements/" + id + "/reports?year=" + year
        : "redirect:/reports/" + made[0].id();
  }

  @PostMapping("/reports/{id}/narrative")
  String editRollup(
      @AuthenticationPrincipal Actor actor,
      @PathVariable long id,
      @RequestParam long version,
      @RequestParam Map<String, String> params,
      RedirectAttributes redirect) {
    return act(
        redirect,
        id,
        "report.saved",
        () -> {
          ReportView r = reports.view(actor, id);
          List<String> themes = reports.themes(r.movementId());
          List<ReportView.Narrative> narrative = new ArrayList<>();
          for (int i = 0; i < themes.size(); i++) {
            narrative.add(
                new ReportView.Narrative(themes.get(i), params.getOrDefault("theme" + i, "")));
          }
          narrative.add(new ReportView.Narrative(null, params.getOrDefault("general", "")));
          reports.editRollup(actor, id, version, narrative);
        });
  }

  @GetMapping("/reports/{id}/report.docx")
  ResponseEntity<byte[]> docx(@AuthenticationPrincipal Actor actor, @PathVariable long id) {
    return ReportApiController.download(
        documents.docx(actor, id), ReportApiController.DOCX, "bao-cao-tong-hop-" + id + ".docx");
  }

  @GetMapping("/reports/{id}/units.xlsx")
  ResponseEntity<byte[]> xlsx(@AuthenticationPrincipal Actor actor, @PathVariable long id) {
    return ReportApiController.download(
        documents.xlsx(actor, id), ReportApiController.XLSX, "so-lieu-tong-hop-" + id + ".xlsx");
  }

  @GetMapping("/movements/{id}/reports/children")
  String children(
      @AuthenticationPrincipal Actor actor,
      @PathVariable long id,
      @RequestParam(required = false) Integer year,
      Model model) {
    MovementView m = reports.plan(actor, id);
    int y = yearOf(m, year);
    List<ReportView.Child> children = reports.children(actor, id, y);
    model.addAttribute("m", m);
    model.addAttribute("year", y);
    model.addAttribute("years", years(m, y));
    model.addAttribute("children", children);
    model.addAttribute("indicators", children.isEmpty() ? List.of() : children.getFirst().totals());
    return "participation/report-children";
  }

  /** The kernel's one reader: "1.200" is one thousand two hundred, "1.234,5", "72,5". */
  static BigDecimal parse(String text) {
    return vn.thidua.kernel.VietnameseNumbers.parse(text);
  }

  private static String act(RedirectAttributes redirect, long id, String notice, Runnable action) {
    ActionOutcome.of(notice, action).flash(redirect::addFlashAttribute);
    return "redirect:/reports/" + id;
  }
}
