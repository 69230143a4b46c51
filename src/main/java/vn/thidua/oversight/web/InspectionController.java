package vn.thidua.oversight.web;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.springframework.format.annotation.DateTimeFormat;
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
import vn.thidua.document.Downloads;
import vn.thidua.kernel.BusinessRuleViolation;
import vn.thidua.movement.MovementView;
import vn.thidua.movement.Plans;
import vn.thidua.organization.Actor;
import vn.thidua.organization.Permission;
import vn.thidua.organization.UnitDirectory;
import vn.thidua.oversight.Field;
import vn.thidua.oversight.InspectionView;
import vn.thidua.oversight.RecommendationView;
import vn.thidua.oversight.domain.InspectionDocuments;
import vn.thidua.oversight.domain.InspectionService;
import vn.thidua.oversight.domain.OversightFiles;

/**
 * Inspection pages: the list and the planning form, an inspection with its team, targets,
 * checklist, findings, recommendations and conclusion, a recommendation with its answer and
 * evidence.
 */
@Controller
class InspectionController {

  private final InspectionService inspections;
  private final InspectionDocuments documents;
  private final Plans plans;
  private final UnitDirectory units;
  private final java.time.Clock clock;

  InspectionController(
      InspectionService inspections,
      InspectionDocuments documents,
      Plans plans,
      UnitDirectory units,
      java.time.Clock clock) {
    this.clock = clock;
    this.inspections = inspections;
    this.documents = documents;
    this.plans = plans;
    this.units = units;
  }

  @GetMapping("/oversight/inspections")
  String list(@AuthenticationPrincipal Actor actor, Model model) {
    model.addAttribute("inspections", inspections.list(actor));
    List<UnitDirectory.Unit> levels = new ArrayList<>();
    for (String scope : actor.scopesFor(Permission.OVERSEE)) {
      unitOf(scope).ifPresent(levels::add);
    }
    for (String scope : actor.scopesFor(Permission.INSPECT)) {
      unitOf(scope).filter(u -> !levels.contains(u)).ifPresent(levels::add);
    }
    model.addAttribute("levels", levels);
    model.addAttribute(
        "plans",
        levels.isEmpty()
            ? List.of()
            : plans.issued().stream()
                .filter(m -> levels.stream().anyMatch(u -> u.code().equals(m.unitCode())))
                .filter(m -> !m.organizationPlan())
                .toList());
    model.addAttribute(
        "year", LocalDate.now(clock.withZone(vn.thidua.kernel.VietnameseDates.ZONE)).getYear());
    return "oversight/inspections";
  }

  private java.util.Optional<UnitDirectory.Unit> unitOf(String scope) {
    String[] parts = scope.split("/");
    String last = parts.length == 0 ? "" : parts[parts.length - 1];
    if (last.startsWith("o")) {
      return java.util.Optional.empty();
    }
    return units.unit(last);
  }

  @PostMapping("/oversight/inspections")
  String create(
      @AuthenticationPrincipal Actor actor,
      @RequestParam(required = false) String unitCode,
      @RequestParam(required = false) Long movementId,
      @RequestParam(required = false) Integer year,
      @RequestParam(required = false) String title,
      @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
          LocalDate startsOn,
      @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
          LocalDate endsOn,
      RedirectAttributes redirect) {
    try {
      InspectionView i =
          inspections.create(
              actor,
              new InspectionService.PlanCommand(
                  unitCode, movementId, year, title, startsOn, endsOn));
      redirect.addFlashAttribute("notice", "oversight.inspection.created");
      return "redirect:/oversight/inspections/" + i.id();
    } catch (BusinessRuleViolation e) {
      redirect.addFlashAttribute("problem", e.code());
      redirect.addFlashAttribute("problemArgs", e.args());
      return "redirect:/oversight/inspections";
    }
  }

  @GetMapping("/oversight/inspections/{id}")
  String detail(@AuthenticationPrincipal Actor actor, @PathVariable long id, Model model) {
    InspectionView i = inspections.view(actor, id);
    model.addAttribute("i", i);
    model.addAttribute("rights", inspections.rights(actor, id));
    model.addAttribute("history", inspections.history(actor, id));
    model.addAttribute("fields", Field.values());
    model.addAttribute(
        "today", LocalDate.now(clock.withZone(vn.thidua.kernel.VietnameseDates.ZONE)));
    model.addAttribute("maxMegabytes", OversightFiles.MAX_BYTES / (1024 * 1024));
    MovementView plan =
        i.movementId() == null ? null : plans.readable(actor, i.movementId()).orElse(null);
    model.addAttribute("plan", plan);
    model.addAttribute("fileMaxBytes", vn.thidua.oversight.domain.OversightFiles.MAX_BYTES);
    return "oversight/inspection";
  }

  private static String act(RedirectAttributes redirect, long id, String notice, Runnable action) {
    return TaskController.act(redirect, "/oversight/inspections/" + id, notice, action);
  }

  @PostMapping("/oversight/inspections/{id}/members")
  String assign(
      @AuthenticationPrincipal Actor actor,
      @PathVariable long id,
      @RequestParam(required = false) String username,
      @RequestParam(required = false) Field field,
      @RequestParam(defaultValue = "false") boolean lead,
      RedirectAttributes redirect) {
    return act(
        redirect,
        id,
        "oversight.inspection.member-assigned",
        () -> inspections.assign(actor, id, username, field, lead));
  }

  @PostMapping("/oversight/inspections/{id}/targets")
  String target(
      @AuthenticationPrincipal Actor actor,
      @PathVariable long id,
      @RequestParam(required = false) String unitCode,
      @RequestParam(required = false) Long organizationId,
      RedirectAttributes redirect) {
    return act(
        redirect,
        id,
        "oversight.inspection.target-added",
        () -> inspections.addTarget(actor, id, unitCode, organizationId));
  }

  @PostMapping("/oversight/inspections/{id}/checklist")
  String check(
      @AuthenticationPrincipal Actor actor,
      @PathVariable long id,
      @RequestParam(required = false) String text,
      RedirectAttributes redirect) {
    return act(
        redirect,
        id,
        "oversight.inspection.check-added",
        () -> inspections.addCheck(actor, id, text));
  }

  @PostMapping("/oversight/inspections/{id}/start")
  String start(
      @AuthenticationPrincipal Actor actor,
      @PathVariable long id,
      @RequestParam long version,
      RedirectAttributes redirect) {
    return act(
        redirect, id, "oversight.inspection.started", () -> inspections.start(actor, id, version));
  }

  @PostMapping("/oversight/inspections/{id}/findings")
  String finding(
      @AuthenticationPrincipal Actor actor,
      @PathVariable long id,
      @RequestParam long targetId,
      @RequestParam(required = false) Long checkId,
      @RequestParam(required = false) String text,
      @RequestParam(value = "file", required = false) MultipartFile file,
      RedirectAttributes redirect) {
    return act(
        redirect,
        id,
        "oversight.inspection.finding-recorded",
        () -> {
          InspectionView after = inspections.recordFinding(actor, id, targetId, checkId, text);
          if (file != null && !file.isEmpty()) {
            long findingId = after.findings().getLast().id();
            inspections.attachToFinding(
                actor,
                id,
                findingId,
                file.getOriginalFilename(),
                file.getContentType(),
                OversightApiController.bytes(file));
          }
        });
  }

  @GetMapping("/oversight/inspections/{id}/findings/{findingId}/evidence/{fileId}")
  ResponseEntity<byte[]> findingFile(
      @AuthenticationPrincipal Actor actor,
      @PathVariable long id,
      @PathVariable long findingId,
      @PathVariable long fileId) {
    return OversightApiController.download(inspections.findingFile(actor, id, findingId, fileId));
  }

  @PostMapping("/oversight/inspections/{id}/findings/{findingId}/answer")
  String answerFinding(
      @AuthenticationPrincipal Actor actor,
      @PathVariable long id,
      @PathVariable long findingId,
      @RequestParam(required = false) String answer,
      RedirectAttributes redirect) {
    return act(
        redirect,
        id,
        "oversight.inspection.finding-answered",
        () -> inspections.answerFinding(actor, id, findingId, answer));
  }

  @PostMapping("/oversight/inspections/{id}/recommendations")
  String recommend(
      @AuthenticationPrincipal Actor actor,
      @PathVariable long id,
      @RequestParam long targetId,
      @RequestParam(required = false) Long findingId,
      @RequestParam(required = false) String text,
      @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
          LocalDate dueOn,
      RedirectAttributes redirect) {
    return act(
        redirect,
        id,
        "oversight.recommendation.created",
        () -> inspections.recommend(actor, id, targetId, findingId, text, dueOn));
  }

  @PostMapping("/oversight/inspections/{id}/report")
  String report(
      @AuthenticationPrincipal Actor actor,
      @PathVariable long id,
      @RequestParam long version,
      @RequestParam(required = false) String conclusion,
      RedirectAttributes redirect) {
    return act(
        redirect,
        id,
        "oversight.inspection.reported",
        () -> inspections.report(actor, id, version, conclusion));
  }

  @PostMapping("/oversight/inspections/{id}/close")
  String close(
      @AuthenticationPrincipal Actor actor,
      @PathVariable long id,
      @RequestParam long version,
      RedirectAttributes redirect) {
    return act(
        redirect, id, "oversight.inspection.closed", () -> inspections.close(actor, id, version));
  }

  @GetMapping("/oversight/inspections/{id}/conclusion.docx")
  ResponseEntity<byte[]> conclusion(@AuthenticationPrincipal Actor actor, @PathVariable long id) {
    return Downloads.attachment(
        documents.conclusion(actor, id), Downloads.DOCX, "ket-luan-kiem-tra-" + id + ".docx");
  }

  // --- Recommendations ------------------------------------------------------------------------

  @GetMapping("/oversight/recommendations/{id}")
  String recommendation(@AuthenticationPrincipal Actor actor, @PathVariable long id, Model model) {
    RecommendationView r = inspections.readableRecommendation(actor, id);
    InspectionService.Rights rights = inspections.rights(actor, r.inspectionId());
    model.addAttribute("r", r);
    model.addAttribute("canAnswer", rights.answerTargets().contains(r.targetId()));
    model.addAttribute("canClose", rights.lead());
    model.addAttribute("history", inspections.recommendationHistory(actor, id));
    model.addAttribute("maxMegabytes", OversightFiles.MAX_BYTES / (1024 * 1024));
    model.addAttribute("fileMaxBytes", vn.thidua.oversight.domain.OversightFiles.MAX_BYTES);
    return "oversight/recommendation";
  }

  private static String actOn(
      RedirectAttributes redirect, long id, String notice, Runnable action) {
    return TaskController.act(redirect, "/oversight/recommendations/" + id, notice, action);
  }

  @PostMapping("/oversight/recommendations/{id}/evidence")
  String recommendationEvidence(
      @AuthenticationPrincipal Actor actor,
      @PathVariable long id,
      @RequestParam("file") MultipartFile file,
      RedirectAttributes redirect) {
    return actOn(
        redirect,
        id,
        "oversight.file.attached",
        () ->
            inspections.attachToRecommendation(
                actor,
                id,
                file.getOriginalFilename(),
                file.getContentType(),
                OversightApiController.bytes(file)));
  }

  @GetMapping("/oversight/recommendations/{id}/evidence/{fileId}")
  ResponseEntity<byte[]> recommendationFile(
      @AuthenticationPrincipal Actor actor, @PathVariable long id, @PathVariable long fileId) {
    return OversightApiController.download(inspections.recommendationFile(actor, id, fileId));
  }

  @PostMapping("/oversight/recommendations/{id}/answer")
  String answer(
      @AuthenticationPrincipal Actor actor,
      @PathVariable long id,
      @RequestParam long version,
      @RequestParam(required = false) String answer,
      RedirectAttributes redirect) {
    return actOn(
        redirect,
        id,
        "oversight.recommendation.answered",
        () -> inspections.answer(actor, id, version, answer));
  }

  @PostMapping("/oversight/recommendations/{id}/close")
  String closeRecommendation(
      @AuthenticationPrincipal Actor actor,
      @PathVariable long id,
      @RequestParam long version,
      RedirectAttributes redirect) {
    return actOn(
        redirect,
        id,
        "oversight.recommendation.closed",
        () -> inspections.closeRecommendation(actor, id, version));
  }

  @PostMapping("/oversight/recommendations/{id}/return")
  String returnRecommendation(
      @AuthenticationPrincipal Actor actor,
      @PathVariable long id,
      @RequestParam long version,
      @RequestParam(required = false) String reason,
      RedirectAttributes redirect) {
    return actOn(
        redirect,
        id,
        "oversight.recommendation.returned",
        () -> inspections.returnRecommendation(actor, id, version, reason));
  }
}
