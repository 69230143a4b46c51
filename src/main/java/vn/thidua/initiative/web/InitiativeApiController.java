package vn.thidua.initiative.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import vn.thidua.initiative.AuthorRecord;
import vn.thidua.initiative.CouncilView;
import vn.thidua.initiative.InitiativeCommand;
import vn.thidua.initiative.InitiativeFilter;
import vn.thidua.initiative.InitiativeView;
import vn.thidua.initiative.RecognitionCommand;
import vn.thidua.initiative.RecognitionView;
import vn.thidua.initiative.ReviewCommand;
import vn.thidua.initiative.ReviewView;
import vn.thidua.initiative.SimilarInitiative;
import vn.thidua.initiative.domain.InitiativeService;
import vn.thidua.kernel.FileTooLarge;
import vn.thidua.organization.Actor;
import vn.thidua.organization.AdministrativeLevel;

/** Initiatives over the API: filing, evidence, review, recognition, duplicates, search, export. */
@RestController
@RequestMapping("/api/v1")
@Tag(name = "Sáng kiến")
class InitiativeApiController {

  static final MediaType XLSX =
      MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

  private final InitiativeService initiatives;
  private final InitiativeExport export;

  InitiativeApiController(InitiativeService initiatives, InitiativeExport export) {
    this.initiatives = initiatives;
    this.export = export;
  }

  /** An initiative just saved or submitted, with the likely duplicates already filed. */
  record Filed(InitiativeView initiative, List<SimilarInitiative> similar) {}

  /** An initiative with its reviews, decisions and likely duplicates. */
  record Detail(
      InitiativeView initiative,
      List<ReviewView> reviews,
      List<RecognitionView> recognitions,
      List<SimilarInitiative> similar,
      CouncilView council) {}

  @GetMapping("/initiatives")
  @Operation(
      summary =
          "Tìm sáng kiến: từ khóa (có dấu hoặc không dấu), phong trào, chủ đề, lĩnh vực, địa bàn,"
              + " cấp, năm, phạm vi ảnh hưởng, trạng thái")
  List<InitiativeView> search(
      @AuthenticationPrincipal Actor actor,
      @RequestParam(required = false) String q,
      @RequestParam(required = false) Long movementId,
      @RequestParam(required = false) String theme,
      @RequestParam(required = false) InitiativeView.Field field,
      @RequestParam(required = false) String unit,
      @RequestParam(required = false) AdministrativeLevel level,
      @RequestParam(required = false) Integer year,
      @RequestParam(required = false) InitiativeView.Scope scope,
      @RequestParam(required = false) InitiativeView.Status status) {
    return initiatives.search(
        actor, new InitiativeFilter(q, movementId, theme, field, unit, level, year, scope, status));
  }

  @GetMapping("/initiatives.xlsx")
  @Operation(summary = "Xuất danh sách sáng kiến (theo bộ lọc) ra tệp .xlsx")
  ResponseEntity<byte[]> xlsx(
      @AuthenticationPrincipal Actor actor,
      @RequestParam(required = false) String q,
      @RequestParam(required = false) Long movementId,
      @RequestParam(required = false) String theme,
      @RequestParam(required = false) InitiativeView.Field field,
      @RequestParam(required = false) String unit,
      @RequestParam(required = false) AdministrativeLevel level,
      @RequestParam(required = false) Integer year,
      @RequestParam(required = false) InitiativeView.Scope scope,
      @RequestParam(required = false) InitiativeView.Status status) {
    List<InitiativeView> list =
        initiatives.search(
            actor,
            new InitiativeFilter(q, movementId, theme, field, unit, level, year, scope, status));
    return download(export.xlsx(list), XLSX, "sang-kien.xlsx");
  }

  @PostMapping("/initiatives")
  @ResponseStatus(HttpStatus.CREATED)
  @Operation(
      summary =
          "Lập sáng kiến (dự thảo): tên, lĩnh vực, chủ đề, tác giả và tỷ lệ đóng góp (tổng 100 %),"
              + " đơn vị, ngày áp dụng, thực trạng, giải pháp, tính mới, hiệu quả")
  Filed create(@AuthenticationPrincipal Actor actor, @RequestBody InitiativeCommand command) {
    InitiativeView i = initiatives.create(actor, command);
    return new Filed(i, initiatives.similar(actor, i.title(), i.unitCode(), i.id()));
  }

  @GetMapping("/initiatives/similar")
  @Operation(
      summary =
          "Sáng kiến đã nộp trong cùng tỉnh có tên gần giống (độ tương đồng trigram, không phân"
              + " biệt dấu)")
  List<SimilarInitiative> similar(
      @AuthenticationPrincipal Actor actor, @RequestParam String title, @RequestParam String unit) {
    return initiatives.similar(actor, title, unit, null);
  }

  @GetMapping("/initiatives/{id}")
  @Operation(
      summary =
          "Một sáng kiến: nội dung, tác giả, minh chứng, điểm của từng thành viên hội đồng, quyết"
              + " định công nhận và các sáng kiến có thể trùng")
  Detail get(@AuthenticationPrincipal Actor actor, @PathVariable long id) {
    InitiativeView i = initiatives.view(actor, id);
    return new Detail(
        i,
        initiatives.reviews(actor, id),
        initiatives.recognitions(actor, id),
        initiatives.similarTo(actor, id),
        initiatives.council(i.unitCode()));
  }

  @PutMapping("/initiatives/{id}")
  @Operation(summary = "Sửa sáng kiến đang dự thảo hoặc bị trả lại")
  Filed update(
      @AuthenticationPrincipal Actor actor,
      @PathVariable long id,
      @RequestBody InitiativeCommand command) {
    InitiativeView i = initiatives.update(actor, id, command);
    return new Filed(i, initiatives.similar(actor, i.title(), i.unitCode(), i.id()));
  }

  @PostMapping(
      value = "/initiatives/{id}/attachments",
      consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
  @Operation(summary = "Đính kèm tệp minh chứng (PDF, Word, Excel, ảnh; tối đa 10 MB)")
  InitiativeView attach(
      @AuthenticationPrincipal Actor actor,
      @PathVariable long id,
      @RequestParam("file") MultipartFile file) {
    if (file.getSize() > InitiativeService.MAX_ATTACHMENT_BYTES) {
      throw new FileTooLarge(InitiativeService.MAX_ATTACHMENT_BYTES / (1024 * 1024));
    }
    try {
      return initiatives.attach(
          actor, id, file.getOriginalFilename(), file.getContentType(), file.getBytes());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @org.springframework.web.bind.annotation.DeleteMapping(
      "/initiatives/{id}/attachments/{attachmentId}")
  @Operation(summary = "Gỡ một tệp minh chứng khi sáng kiến còn là bản nháp hoặc bị trả lại")
  InitiativeView detach(
      @AuthenticationPrincipal Actor actor,
      @PathVariable long id,
      @PathVariable long attachmentId) {
    return initiatives.detach(actor, id, attachmentId);
  }

  @GetMapping("/initiatives/{id}/attachments/{attachmentId}")
  @Operation(summary = "Tải một tệp minh chứng của sáng kiến")
  ResponseEntity<byte[]> attachment(
      @AuthenticationPrincipal Actor actor,
      @PathVariable long id,
      @PathVariable long attachmentId) {
    InitiativeService.File f = initiatives.attachment(actor, id, attachmentId);
    return download(f.content(), MediaType.parseMediaType(f.contentType()), f.fileName());
  }

  @PostMapping("/initiatives/{id}/submit")
  @Operation(summary = "Nộp sáng kiến để xét; kèm danh sách sáng kiến có thể trùng")
  Filed submit(
      @AuthenticationPrincipal Actor actor, @PathVariable long id, @RequestParam long version) {
    InitiativeView i = initiatives.submit(actor, id, version);
    return new Filed(i, initiatives.similar(actor, i.title(), i.unitCode(), i.id()));
  }

  @PostMapping("/initiatives/{id}/review")
  @Operation(summary = "Thường trực mở phiên xét của hội đồng sáng kiến cấp mình")
  InitiativeView startReview(
      @AuthenticationPrincipal Actor actor, @PathVariable long id, @RequestParam long version) {
    return initiatives.startReview(actor, id, version);
  }

  @PostMapping("/initiatives/{id}/return")
  @Operation(summary = "Trả lại sáng kiến kèm lý do để tác giả sửa, bổ sung")
  InitiativeView giveBack(
      @AuthenticationPrincipal Actor actor,
      @PathVariable long id,
      @RequestParam long version,
      @RequestParam String reason) {
    return initiatives.giveBack(actor, id, version, reason);
  }

  @PutMapping("/initiatives/{id}/reviews/mine")
  @Operation(
      summary =
          "Thành viên hội đồng chấm điểm (tính mới, hiệu quả, khả năng nhân rộng, 0–10) và nhận"
              + " xét, sau khi cam kết không xung đột lợi ích; tác giả và đồng nghiệp cùng đơn vị"
              + " không được chấm")
  ReviewView review(
      @AuthenticationPrincipal Actor actor,
      @PathVariable long id,
      @RequestBody ReviewCommand command) {
    return initiatives.review(actor, id, command);
  }

  @GetMapping("/initiatives/{id}/reviews")
  @Operation(summary = "Điểm và nhận xét của từng thành viên hội đồng")
  List<ReviewView> reviews(@AuthenticationPrincipal Actor actor, @PathVariable long id) {
    return initiatives.reviews(actor, id);
  }

  @PostMapping("/initiatives/{id}/recognition")
  @Operation(
      summary =
          "Ghi quyết định công nhận (số, ngày, người ký, phạm vi ảnh hưởng, ngày tính) hoặc mở"
              + " rộng phạm vi bởi cấp trên; giữ lịch sử các quyết định")
  InitiativeView recognise(
      @AuthenticationPrincipal Actor actor,
      @PathVariable long id,
      @RequestBody RecognitionCommand command) {
    return initiatives.recognise(actor, id, command);
  }

  @GetMapping("/initiatives/{id}/recognitions")
  @Operation(summary = "Các quyết định công nhận của sáng kiến, cũ trước")
  List<RecognitionView> recognitions(@AuthenticationPrincipal Actor actor, @PathVariable long id) {
    return initiatives.recognitions(actor, id);
  }

  @PostMapping("/initiatives/{id}/refusal")
  @Operation(summary = "Không công nhận sáng kiến, kèm lý do")
  InitiativeView refuse(
      @AuthenticationPrincipal Actor actor,
      @PathVariable long id,
      @RequestParam long version,
      @RequestParam String reason) {
    return initiatives.refuse(actor, id, version, reason);
  }

  @GetMapping("/initiatives/{id}/history")
  @Operation(summary = "Lịch sử của sáng kiến: ai làm gì, khi nào, lý do")
  List<vn.thidua.kernel.StateChanges.Entry> history(
      @AuthenticationPrincipal Actor actor, @PathVariable long id) {
    return initiatives.history(actor, id);
  }

  @GetMapping("/initiatives/{id}/similar")
  @Operation(summary = "Sáng kiến có thể trùng, gần nhất trước, với độ tương đồng")
  List<SimilarInitiative> similarTo(@AuthenticationPrincipal Actor actor, @PathVariable long id) {
    return initiatives.similarTo(actor, id);
  }

  @GetMapping("/initiative-councils/{unitCode}")
  @Operation(
      summary =
          "Hội đồng sáng kiến của một cấp: trọng số tiêu chí chấm, số người chấm tối thiểu và các"
              + " thành viên (chỉ điểm của thành viên được tính)")
  CouncilView council(@AuthenticationPrincipal Actor actor, @PathVariable String unitCode) {
    return initiatives.council(actor, unitCode);
  }

  @PutMapping("/initiative-councils/{unitCode}/members/{username}")
  @Operation(
      summary =
          "Thường trực thêm một thành viên hội đồng sáng kiến của cấp mình (người dùng có quyền"
              + " chấm sáng kiến ở cấp đó)")
  CouncilView addMember(
      @AuthenticationPrincipal Actor actor,
      @PathVariable String unitCode,
      @PathVariable String username) {
    return initiatives.addMember(actor, unitCode, username);
  }

  @DeleteMapping("/initiative-councils/{unitCode}/members/{username}")
  @Operation(
      summary =
          "Thường trực bỏ một thành viên khỏi hội đồng sáng kiến; điểm của họ không còn được tính")
  CouncilView removeMember(
      @AuthenticationPrincipal Actor actor,
      @PathVariable String unitCode,
      @PathVariable String username) {
    return initiatives.removeMember(actor, unitCode, username);
  }

  @PutMapping("/initiative-councils/{unitCode}")
  @Operation(summary = "Đặt trọng số tiêu chí chấm (tính mới, hiệu quả, nhân rộng) của hội đồng")
  CouncilView setCouncil(
      @AuthenticationPrincipal Actor actor,
      @PathVariable String unitCode,
      @RequestBody CouncilView command) {
    return initiatives.setCouncil(actor, unitCode, command);
  }

  @GetMapping("/people/{id}/initiatives")
  @Operation(summary = "Sáng kiến đã được công nhận của một người (tác giả): năm và phạm vi")
  List<AuthorRecord> record(@AuthenticationPrincipal Actor actor, @PathVariable long id) {
    return initiatives.recordOf(actor, id);
  }

  static ResponseEntity<byte[]> download(byte[] body, MediaType type, String fileName) {
    return vn.thidua.document.Downloads.attachment(body, type, fileName);
  }
}
