package vn.thidua.review.web;

import io.swagger.v3.oas.annotations.Operation;
import java.util.List;
import java.util.Map;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.thidua.document.Downloads;
import vn.thidua.organization.Actor;
import vn.thidua.review.OpenRoundCommand;
import vn.thidua.review.ReportCommand;
import vn.thidua.review.RoundView;
import vn.thidua.review.domain.ReviewService;
import vn.thidua.review.domain.RoundDocuments;

/** Review rounds over the API: what the pages do. */
@RestController
class RoundApiController {

  private final ReviewService rounds;
  private final RoundDocuments documents;

  RoundApiController(ReviewService rounds, RoundDocuments documents) {
    this.rounds = rounds;
    this.documents = documents;
  }

  @GetMapping("/api/v1/rounds")
  @Operation(summary = "Các đợt sơ kết, tổng kết, tổng kết năm trong phạm vi")
  List<RoundView> list(@AuthenticationPrincipal Actor actor) {
    return rounds.list(actor);
  }

  @GetMapping("/api/v1/rounds/options")
  @Operation(summary = "Các đợt một kế hoạch cho phép mở (theo các giai đoạn và các năm)")
  List<RoundView.Option> options(
      @AuthenticationPrincipal Actor actor, @RequestParam long movementId) {
    return rounds.options(actor, movementId);
  }

  @PostMapping("/api/v1/rounds")
  @Operation(summary = "Mở một đợt từ kế hoạch: chốt số liệu của giai đoạn tại thời điểm mở")
  RoundView open(@AuthenticationPrincipal Actor actor, @RequestBody OpenRoundCommand command) {
    return rounds.open(actor, command);
  }

  @GetMapping("/api/v1/rounds/{id}")
  @Operation(summary = "Một đợt với số liệu đã chốt và báo cáo")
  RoundView get(@AuthenticationPrincipal Actor actor, @PathVariable long id) {
    return rounds.get(actor, id);
  }

  @GetMapping("/api/v1/rounds/{id}/changes")
  @Operation(summary = "Các số liệu đã thay đổi kể từ khi chốt")
  List<RoundView.Change> changes(@AuthenticationPrincipal Actor actor, @PathVariable long id) {
    return rounds.changesSinceFreeze(rounds.get(actor, id));
  }

  @PutMapping("/api/v1/rounds/{id}/report")
  @Operation(summary = "Sửa báo cáo sơ kết, tổng kết (khi đợt chưa gửi báo cáo)")
  RoundView report(
      @AuthenticationPrincipal Actor actor,
      @PathVariable long id,
      @RequestBody ReportCommand command) {
    return rounds.editReport(actor, id, command);
  }

  @PostMapping("/api/v1/rounds/{id}/next")
  @Operation(
      summary = "Từ đợt sơ kết đã kết thúc, mở đợt của giai đoạn tiếp theo theo kế hoạch hiện hành")
  RoundView openNext(@AuthenticationPrincipal Actor actor, @PathVariable long id) {
    return rounds.openNext(actor, id);
  }

  @PostMapping("/api/v1/rounds/{id}/{action:send|receive|give-back|close}")
  @Operation(summary = "Gửi báo cáo lên cấp trên, tiếp nhận, trả lại, kết thúc đợt")
  RoundView move(
      @AuthenticationPrincipal Actor actor,
      @PathVariable long id,
      @PathVariable String action,
      @RequestBody Map<String, Object> body) {
    long version = vn.thidua.kernel.StateChange.versionIn(body, "round.version-required");
    Object reason = body.get("reason");
    return rounds.act(
        actor,
        id,
        version,
        RoundController.action(action),
        reason == null ? null : reason.toString());
  }

  @GetMapping("/api/v1/rounds/{id}/report.docx")
  @Operation(summary = "Báo cáo sơ kết, tổng kết (.docx, thể thức Nghị định 30/2020/NĐ-CP)")
  ResponseEntity<byte[]> docx(@AuthenticationPrincipal Actor actor, @PathVariable long id) {
    return Downloads.attachment(
        documents.report(actor, id), Downloads.DOCX, "bao-cao-dot-xet-" + id + ".docx");
  }
}
