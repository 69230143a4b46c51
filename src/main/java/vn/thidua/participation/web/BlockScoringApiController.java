package vn.thidua.participation.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import vn.thidua.kernel.NotFound;
import vn.thidua.organization.Actor;
import vn.thidua.participation.ScoreCommand;
import vn.thidua.participation.ScoreCriterionCommand;
import vn.thidua.participation.ScoreSheetView;
import vn.thidua.participation.domain.BlockScoringService;

/** Block scoring (chấm điểm khối, cụm thi đua) over the API; the year defaults to the block's. */
@RestController
@RequestMapping("/api/v1/blocks/{blockId}")
@Tag(name = "Chấm điểm khối, cụm thi đua")
class BlockScoringApiController {

  private final BlockScoringService scoring;
  private final ScoreSheetWorkbook workbook;

  BlockScoringApiController(BlockScoringService scoring, ScoreSheetWorkbook workbook) {
    this.scoring = scoring;
    this.workbook = workbook;
  }

  private int year(Actor actor, long blockId, Integer year) {
    return year != null ? year : scoring.block(actor, blockId).view().year();
  }

  @GetMapping("/scoring")
  @Operation(
      summary =
          "Bảng chấm điểm của khối trong một năm: tiêu chí, điểm tự chấm, khối chấm, hội đồng chấm, xếp hạng")
  ScoreSheetView sheet(
      @AuthenticationPrincipal Actor actor,
      @PathVariable long blockId,
      @RequestParam(required = false) Integer year) {
    return scoring
        .sheet(actor, blockId, year(actor, blockId, year))
        .orElseThrow(() -> new NotFound("scoring.sheet-not-found"));
  }

  @PostMapping("/scoring")
  @ResponseStatus(HttpStatus.CREATED)
  @Operation(summary = "Mở bảng chấm điểm của khối cho một năm (thường trực TĐKT)")
  ScoreSheetView open(
      @AuthenticationPrincipal Actor actor,
      @PathVariable long blockId,
      @RequestParam(required = false) Integer year) {
    return scoring.open(actor, blockId, year(actor, blockId, year));
  }

  @PostMapping("/scoring/publish")
  @Operation(summary = "Công bố kết quả xếp hạng: bảng chấm điểm không sửa được nữa")
  ScoreSheetView publish(
      @AuthenticationPrincipal Actor actor,
      @PathVariable long blockId,
      @RequestParam(required = false) Integer year,
      @RequestParam long version) {
    return scoring.publish(actor, blockId, year(actor, blockId, year), version);
  }

  @PostMapping("/scoring/criteria")
  @ResponseStatus(HttpStatus.CREATED)
  @Operation(
      summary =
          "Thêm tiêu chí chấm điểm (mã, tên, điểm tối đa, minh chứng; loại kết quả phong trào)")
  ScoreSheetView.Criterion addCriterion(
      @AuthenticationPrincipal Actor actor,
      @PathVariable long blockId,
      @RequestParam(required = false) Integer year,
      @RequestBody ScoreCriterionCommand command) {
    return scoring.addCriterion(actor, blockId, year(actor, blockId, year), command);
  }

  @PutMapping("/scoring/criteria/{criterionId}")
  @Operation(summary = "Sửa tiêu chí chấm điểm khi bảng còn mở")
  ScoreSheetView.Criterion editCriterion(
      @AuthenticationPrincipal Actor actor,
      @PathVariable long blockId,
      @PathVariable long criterionId,
      @RequestBody ScoreCriterionCommand command) {
    return scoring.editCriterion(actor, blockId, criterionId, command);
  }

  @PutMapping("/scoring/scores")
  @Operation(
      summary =
          "Ghi một điểm (tự chấm, khối chấm hoặc hội đồng chấm); sửa điểm hoặc chấm khác cấp dưới cần lý do")
  ScoreSheetView.Entry score(
      @AuthenticationPrincipal Actor actor,
      @PathVariable long blockId,
      @RequestBody ScoreCommand command) {
    return scoring.score(actor, blockId, command);
  }

  @GetMapping("/scoring/proposal")
  @Operation(
      summary =
          "Điểm tự chấm đề xuất cho tiêu chí kết quả phong trào: đăng ký được chấp nhận và chỉ tiêu đã nhập")
  ScoreSheetView.Proposal proposal(
      @AuthenticationPrincipal Actor actor,
      @PathVariable long blockId,
      @RequestParam long criterionId,
      @RequestParam long organizationId) {
    return scoring.proposal(actor, blockId, criterionId, organizationId);
  }

  @GetMapping("/scoring/history")
  @Operation(summary = "Lịch sử thay đổi điểm: ai, khi nào, cấp chấm, điểm cũ, điểm mới, lý do")
  List<ScoreSheetView.Change> history(
      @AuthenticationPrincipal Actor actor,
      @PathVariable long blockId,
      @RequestParam(required = false) Integer year) {
    return scoring.history(actor, blockId, year(actor, blockId, year));
  }

  @GetMapping("/scoring/ranking")
  @Operation(summary = "Xếp hạng thành viên theo tổng điểm; bằng điểm thì đồng hạng")
  List<ScoreSheetView.Ranked> ranking(
      @AuthenticationPrincipal Actor actor,
      @PathVariable long blockId,
      @RequestParam(required = false) Integer year) {
    return scoring.ranking(actor, blockId, year(actor, blockId, year));
  }

  @GetMapping("/scoring.xlsx")
  @Operation(summary = "Tải bảng chấm điểm và xếp hạng (.xlsx)")
  ResponseEntity<byte[]> xlsx(
      @AuthenticationPrincipal Actor actor,
      @PathVariable long blockId,
      @RequestParam(required = false) Integer year) {
    return workbook.response(sheet(actor, blockId, year));
  }
}
