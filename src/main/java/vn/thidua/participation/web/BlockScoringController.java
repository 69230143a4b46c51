package vn.thidua.participation.web;

import java.math.BigDecimal;
import java.util.List;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.thidua.kernel.ActionOutcome;
import vn.thidua.kernel.NotFound;
import vn.thidua.organization.Actor;
import vn.thidua.participation.ScoreCommand;
import vn.thidua.participation.ScoreCriterionCommand;
import vn.thidua.participation.ScoreSheetView;
import vn.thidua.participation.domain.BlockScoringService;

/** Block scoring pages: the sheet with its criteria and ranking, and one member's scores. */
@Controller
class BlockScoringController {

  private final BlockScoringService scoring;
  private final ScoreSheetWorkbook workbook;

  BlockScoringController(BlockScoringService scoring, ScoreSheetWorkbook workbook) {
    this.scoring = scoring;
    this.workbook = workbook;
  }

  private int yearOf(BlockScoringService.Block b, Integer year) {
    return year != null ? year : b.view().year();
  }

  private static String sheetUrl(long id, int year) {
    return "redirect:/blocks/" + id + "/scoring?year=" + year;
  }

  @GetMapping("/blocks/{id}/scoring")
  String sheet(
      @AuthenticationPrincipal Actor actor,
      @PathVariable long id,
      @RequestParam(required = false) Integer year,
      Model model) {
    BlockScoringService.Block b = scoring.block(actor, id);
    int y = yearOf(b, year);
    ScoreSheetView s = scoring.sheet(actor, id, y).orElse(null);
    boolean manage = scoring.mayManage(actor, b);
    model.addAttribute("block", b.view());
    model.addAttribute("year", y);
    model.addAttribute("s", s);
    model.addAttribute("canManage", manage);
    model.addAttribute(
        "canEditCriteria", manage && s != null && s.status() == ScoreSheetView.Status.OPEN);
    model.addAttribute("kinds", ScoreSheetView.Kind.values());
    model.addAttribute(
        "movements", manage && s != null ? scoring.movementChoices(actor, b) : List.of());
    model.addAttribute("history", s == null ? List.of() : scoring.history(actor, id, y));
    return "participation/scoring";
  }

  @GetMapping("/blocks/{id}/scoring.xlsx")
  ResponseEntity<byte[]> xlsx(
      @AuthenticationPrincipal Actor actor,
      @PathVariable long id,
      @RequestParam(required = false) Integer year) {
    BlockScoringService.Block b = scoring.block(actor, id);
    ScoreSheetView s =
        scoring
            .sheet(actor, id, yearOf(b, year))
            .orElseThrow(() -> new NotFound("scoring.sheet-not-found"));
    return workbook.response(s);
  }

  @PostMapping("/blocks/{id}/scoring")
  String open(
      @AuthenticationPrincipal Actor actor,
      @PathVariable long id,
      @RequestParam int year,
      RedirectAttributes redirect) {
    ActionOutcome.of("scoring.opened", () -> scoring.open(actor, id, year))
        .flash(redirect::addFlashAttribute);
    return sheetUrl(id, year);
  }

  @PostMapping("/blocks/{id}/scoring/publish")
  String publish(
      @AuthenticationPrincipal Actor actor,
      @PathVariable long id,
      @RequestParam int year,
      @RequestParam long version,
      RedirectAttributes redirect) {
    ActionOutcome.of("scoring.published", () -> scoring.publish(actor, id, year, version))
        .flash(redirect::addFlashAttribute);
    return sheetUrl(id, year);
  }

  @PostMapping("/blocks/{id}/scoring/criteria")
  String addCriterion(
      @AuthenticationPrincipal Actor actor,
      @PathVariable long id,
      @RequestParam int year,
      @RequestParam(required = false) String code,
      @RequestParam(required = false) String name,
      @RequestParam(required = false) BigDecimal maxPoints,
      @RequestParam(required = false) String evidenceRequired,
      @RequestParam(required = false) ScoreSheetView.Kind kind,
      @RequestParam(required = false) Long movementId,
      RedirectAttributes redirect) {
    ActionOutcome.of(
            "scoring.criterion-saved",
            () ->
                scoring.addCriterion(
                    actor,
                    id,
                    year,
                    new ScoreCriterionCommand(
                        code, name, maxPoints, evidenceRequired, kind, movementId, null, null)))
        .flash(redirect::addFlashAttribute);
    return sheetUrl(id, year);
  }

  @PostMapping("/blocks/{id}/scoring/criteria/{criterionId}")
  String editCriterion(
      @AuthenticationPrincipal Actor actor,
      @PathVariable long id,
      @PathVariable long criterionId,
      @RequestParam int year,
      @RequestParam(required = false) String code,
      @RequestParam(required = false) String name,
      @RequestParam(required = false) BigDecimal maxPoints,
      @RequestParam(required = false) String evidenceRequired,
      @RequestParam(required = false) ScoreSheetView.Kind kind,
      @RequestParam(required = false) Long movementId,
      @RequestParam(required = false) Integer position,
      @RequestParam long version,
      RedirectAttributes redirect) {
    ActionOutcome.of(
            "scoring.criterion-saved",
            () ->
                scoring.editCriterion(
                    actor,
                    id,
                    criterionId,
                    new ScoreCriterionCommand(
                        code,
                        name,
                        maxPoints,
                        evidenceRequired,
                        kind,
                        movementId,
                        position,
                        version)))
        .flash(redirect::addFlashAttribute);
    return sheetUrl(id, year);
  }

  @GetMapping("/blocks/{id}/scoring/members/{organizationId}")
  String member(
      @AuthenticationPrincipal Actor actor,
      @PathVariable long id,
      @PathVariable long organizationId,
      @RequestParam(required = false) Integer year,
      Model model) {
    BlockScoringService.Block b = scoring.block(actor, id);
    int y = yearOf(b, year);
    ScoreSheetView s =
        scoring.sheet(actor, id, y).orElseThrow(() -> new NotFound("scoring.sheet-not-found"));
    ScoreSheetView.Member member =
        s.members().stream()
            .filter(m -> m.organizationId() == organizationId)
            .findFirst()
            .orElseThrow(() -> new NotFound("organization.not-found"));
    boolean open = s.status() == ScoreSheetView.Status.OPEN;
    model.addAttribute("block", b.view());
    model.addAttribute("s", s);
    model.addAttribute("year", y);
    model.addAttribute("member", member);
    model.addAttribute("rank", s.rankOf(organizationId));
    model.addAttribute("proposals", scoring.proposals(s, organizationId));
    model.addAttribute(
        "canSelf", open && scoring.mayScore(actor, b, ScoreSheetView.Layer.SELF, organizationId));
    model.addAttribute(
        "canBlock", open && scoring.mayScore(actor, b, ScoreSheetView.Layer.BLOCK, organizationId));
    model.addAttribute(
        "canCouncil",
        open && scoring.mayScore(actor, b, ScoreSheetView.Layer.COUNCIL, organizationId));
    return "participation/scoring-member";
  }

  @PostMapping("/blocks/{id}/scoring/scores")
  String score(
      @AuthenticationPrincipal Actor actor,
      @PathVariable long id,
      @RequestParam int year,
      @RequestParam long criterionId,
      @RequestParam long organizationId,
      @RequestParam ScoreSheetView.Layer layer,
      @RequestParam(required = false) BigDecimal score,
      @RequestParam(required = false) String evidenceNote,
      @RequestParam(required = false) String reason,
      @RequestParam(required = false) Long version,
      RedirectAttributes redirect) {
    ActionOutcome outcome;
    try {
      outcome =
          ActionOutcome.of(
              "scoring.score-saved",
              () ->
                  scoring.score(
                      actor,
                      id,
                      new ScoreCommand(
                          criterionId,
                          organizationId,
                          layer,
                          score,
                          evidenceNote,
                          reason,
                          version)));
    } catch (AccessDeniedException e) {
      // A layer that is not the actor's: refused in Vietnamese on the page, nothing saved.
      outcome = new ActionOutcome("scoring.layer-forbidden." + layer.name(), null, false);
    }
    outcome.flash(redirect::addFlashAttribute);
    return "redirect:/blocks/" + id + "/scoring/members/" + organizationId + "?year=" + year;
  }
}
