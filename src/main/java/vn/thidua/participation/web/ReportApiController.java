package vn.thidua.participation.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import vn.thidua.kernel.FileTooLarge;
import vn.thidua.movement.MovementView;
import vn.thidua.organization.Actor;
import vn.thidua.participation.ReportCommand;
import vn.thidua.participation.ReportView;
import vn.thidua.participation.domain.ReportDocuments;
import vn.thidua.participation.domain.ReportService;

/** Periodic reports and the level's aggregated report over the API. */
@RestController
@RequestMapping("/api/v1")
@Tag(name = "Báo cáo định kỳ")
class ReportApiController {

  static final MediaType DOCX =
      MediaType.parseMediaType(
          "application/vnd.openxmlformats-officedocument.wordprocessingml.document");
  static final MediaType XLSX =
      MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

  private final ReportService reports;
  private final ReportDocuments documents;

  ReportApiController(ReportService reports, ReportDocuments documents) {
    this.reports = reports;
    this.documents = documents;
  }

  /** A report with its indicator figures. */
  record ReportWithFigures(ReportView report, List<ReportView.Figure> figures) {}

  /** The office's edit of the aggregated report. */
  record NarrativeEdit(long version, List<ReportView.Narrative> narrative) {}

  @GetMapping("/movements/{movementId}/reports")
  @Operation(
      summary =
          "Bảng theo dõi báo cáo năm: đơn vị đã nộp, nộp muộn, chưa nộp, cùng hạn nộp của đơn vị"
              + " và của cấp")
  Map<String, Object> board(
      @AuthenticationPrincipal Actor actor, @PathVariable long movementId, @RequestParam int year) {
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("year", year);
    out.put("unitDueOn", reports.dueOn(movementId, year, ReportView.Kind.UNIT).orElse(null));
    out.put("rollupDueOn", reports.dueOn(movementId, year, ReportView.Kind.ROLLUP).orElse(null));
    out.put("units", reports.board(actor, movementId, year));
    out.put("rollup", reports.rollupOf(movementId, year).map(ReportView::id).orElse(null));
    return out;
  }

  @PutMapping("/movements/{movementId}/reports")
  @Operation(
      summary =
          "Lập hoặc sửa báo cáo năm (dự thảo hoặc bị trả lại) của một đơn vị: nội dung theo"
              + " từng chủ đề và số liệu chỉ tiêu")
  ReportWithFigures save(
      @AuthenticationPrincipal Actor actor,
      @PathVariable long movementId,
      @RequestBody ReportCommand command) {
    ReportView r = reports.save(actor, movementId, command);
    return new ReportWithFigures(r, reports.figures(r));
  }

  @GetMapping("/reports/{id}")
  @Operation(summary = "Một báo cáo: nội dung, số liệu, tệp minh chứng, trạng thái, nộp muộn")
  ReportWithFigures get(@AuthenticationPrincipal Actor actor, @PathVariable long id) {
    ReportView r = reports.view(actor, id);
    return new ReportWithFigures(r, reports.figures(r));
  }

  @GetMapping("/reports/{id}/history")
  @Operation(summary = "Lịch sử của báo cáo: ai làm gì, khi nào, lý do")
  List<vn.thidua.kernel.StateChanges.Entry> history(
      @AuthenticationPrincipal Actor actor, @PathVariable long id) {
    return reports.history(actor, id);
  }

  @PostMapping(value = "/reports/{id}/attachments", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
  @Operation(summary = "Đính kèm tệp minh chứng (PDF, Word, Excel, ảnh; tối đa 10 MB)")
  ReportView attach(
      @AuthenticationPrincipal Actor actor,
      @PathVariable long id,
      @RequestParam("file") MultipartFile file) {
    if (file.getSize() > ReportService.MAX_ATTACHMENT_BYTES) {
      throw new FileTooLarge(ReportService.MAX_ATTACHMENT_BYTES / (1024 * 1024));
    }
    try {
      return reports.attach(
          actor, id, file.getOriginalFilename(), file.getContentType(), file.getBytes());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @org.springframework.web.bind.annotation.DeleteMapping("/reports/{id}/attachments/{attachmentId}")
  @Operation(summary = "Gỡ một tệp minh chứng khi báo cáo còn là bản nháp hoặc bị trả lại")
  ReportView detach(
      @AuthenticationPrincipal Actor actor,
      @PathVariable long id,
      @PathVariable long attachmentId) {
    return reports.detach(actor, id, attachmentId);
  }

  @GetMapping("/reports/{id}/attachments/{attachmentId}")
  @Operation(summary = "Tải một tệp minh chứng của báo cáo")
  ResponseEntity<byte[]> attachment(
      @AuthenticationPrincipal Actor actor,
      @PathVariable long id,
      @PathVariable long attachmentId) {
    ReportService.File f = reports.attachment(actor, id, attachmentId);
    return download(f.content(), MediaType.parseMediaType(f.contentType()), f.fileName());
  }

  @PostMapping("/reports/{id}/submit")
  @Operation(summary = "Gửi báo cáo lên cấp trên (sau hạn vẫn nhận nhưng đánh dấu nộp muộn)")
  ReportView submit(
      @AuthenticationPrincipal Actor actor, @PathVariable long id, @RequestParam long version) {
    return reports.submit(actor, id, version);
  }

  @PostMapping("/reports/{id}/accept")
  @Operation(summary = "Chấp nhận báo cáo (thường trực TĐKT cấp nhận báo cáo)")
  ReportView accept(
      @AuthenticationPrincipal Actor actor, @PathVariable long id, @RequestParam long version) {
    return reports.accept(actor, id, version);
  }

  @PostMapping("/reports/{id}/return")
  @Operation(summary = "Trả lại báo cáo kèm lý do để đơn vị sửa, bổ sung")
  ReportView giveBack(
      @AuthenticationPrincipal Actor actor,
      @PathVariable long id,
      @RequestParam long version,
      @RequestParam String reason) {
    return reports.giveBack(actor, id, version, reason);
  }

  @PostMapping("/movements/{movementId}/reports/rollup")
  @Operation(
      summary =
          "Dự thảo (hoặc dự thảo lại) báo cáo tổng hợp của cấp từ báo cáo của các đơn vị và số"
              + " liệu tổng")
  ReportWithFigures rollup(
      @AuthenticationPrincipal Actor actor, @PathVariable long movementId, @RequestParam int year) {
    ReportView r = reports.draftRollup(actor, movementId, year);
    return new ReportWithFigures(r, reports.figures(r));
  }

  @PutMapping("/reports/{id}/narrative")
  @Operation(summary = "Sửa nội dung báo cáo tổng hợp trước khi gửi lên cấp trên")
  ReportView editRollup(
      @AuthenticationPrincipal Actor actor,
      @PathVariable long id,
      @RequestBody NarrativeEdit edit) {
    return reports.editRollup(actor, id, edit.version(), edit.narrative());
  }

  @GetMapping("/reports/{id}/report.docx")
  @Operation(summary = "Báo cáo tổng hợp của cấp dạng .docx theo thể thức Nghị định 30/2020")
  ResponseEntity<byte[]> docx(@AuthenticationPrincipal Actor actor, @PathVariable long id) {
    return download(documents.docx(actor, id), DOCX, "bao-cao-tong-hop-" + id + ".docx");
  }

  @GetMapping("/reports/{id}/units.xlsx")
  @Operation(summary = "Số liệu tổng hợp dạng .xlsx: mỗi đơn vị một dòng, dòng tổng và chỉ tiêu")
  ResponseEntity<byte[]> xlsx(@AuthenticationPrincipal Actor actor, @PathVariable long id) {
    return download(documents.xlsx(actor, id), XLSX, "so-lieu-tong-hop-" + id + ".xlsx");
  }

  @GetMapping("/movements/{movementId}/reports/children")
  @Operation(
      summary =
          "Cấp trên xem các cấp dưới: báo cáo tổng hợp và số liệu tổng của từng xã (hoặc tỉnh)")
  List<ReportView.Child> children(
      @AuthenticationPrincipal Actor actor, @PathVariable long movementId, @RequestParam int year) {
    MovementView m = reports.plan(actor, movementId);
    return reports.children(actor, m.id(), year);
  }

  static ResponseEntity<byte[]> download(byte[] body, MediaType type, String fileName) {
    return vn.thidua.document.Downloads.attachment(body, type, fileName);
  }
}
