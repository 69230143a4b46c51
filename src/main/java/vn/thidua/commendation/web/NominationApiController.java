package vn.thidua.commendation.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.List;
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
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import vn.thidua.commendation.NominationCommand;
import vn.thidua.commendation.NominationView;
import vn.thidua.commendation.domain.CertificateService;
import vn.thidua.commendation.domain.CouncilService;
import vn.thidua.commendation.domain.CouncilSessions;
import vn.thidua.commendation.domain.DecisionService;
import vn.thidua.commendation.domain.NominationDocuments;
import vn.thidua.commendation.domain.NominationEligibility;
import vn.thidua.commendation.domain.NominationService;
import vn.thidua.commendation.domain.NoticeService;
import vn.thidua.commendation.domain.RecordService;
import vn.thidua.kernel.FileTooLarge;
import vn.thidua.kernel.StateChanges;
import vn.thidua.organization.Actor;

/** Nominations, dossiers, council sessions and ballots, decisions and revocations over the API. */
@RestController
@RequestMapping("/api/v1")
@Tag(name = "Khen thưởng: đề nghị, hồ sơ, hội đồng, quyết định")
class NominationApiController {

  static final MediaType DOCX =
      MediaType.parseMediaType(
          "application/vnd.openxmlformats-officedocument.wordprocessingml.document");

  private final NominationService nominations;
  private final NominationDocuments documents;
  private final CertificateService certificates;
  private final NominationEligibility eligibility;
  private final CouncilSessions sessions;
  private final CouncilService councils;
  private final NoticeService notices;
  private final DecisionService decisions;
  private final RecordService records;

  NominationApiController(
      NominationService nominations,
      NominationDocuments documents,
      CertificateService certificates,
      NominationEligibility eligibility,
      CouncilSessions sessions,
      CouncilService councils,
      NoticeService notices,
      DecisionService decisions,
      RecordService records) {
    this.nominations = nominations;
    this.documents = documents;
    this.certificates = certificates;
    this.eligibility = eligibility;
    this.sessions = sessions;
    this.councils = councils;
    this.notices = notices;
    this.decisions = decisions;
    this.records = records;
  }

  /**
   * A nomination with what the rulebook requires of its dossier at its level, the field it names
   * (or null) and the plan's lead body that selects it before the office receives it (or null).
   */
  record Detail(
      NominationView nomination,
      List<NominationView.Requirement> dossier,
      vn.thidua.oversight.Field field,
      String selectionLead) {}

  record Edit(long version, String achievement) {}

  record Decision(
      long version,
      String number,
      LocalDate date,
      String signer,
      String signerTitle,
      Boolean acknowledged) {}

  record Ballot(long version, Integer inFavour, Integer against, Integer abstain) {}

  record SessionRequest(
      String unitCode,
      Long organizationId,
      LocalDate heldOn,
      Integer members,
      Integer present,
      String chair) {}

  private Detail detail(NominationView n) {
    return new Detail(
        n, nominations.requirements(n), nominations.fieldOf(n), nominations.selectionLead(n));
  }

  @PostMapping("/nominations")
  @Operation(
      summary =
          "Đề nghị khen thưởng một cá nhân, tập thể hoặc hộ gia đình (dự thảo): hình thức phải"
              + " được quy định cho đối tượng và được kế hoạch đưa ra ở dịp đó")
  Detail propose(@AuthenticationPrincipal Actor actor, @RequestBody NominationCommand command) {
    return detail(nominations.propose(actor, command));
  }

  @GetMapping("/nominations")
  @Operation(summary = "Các đề nghị khen thưởng đang ở một cấp (xã, tỉnh) trong một năm")
  List<NominationView> list(
      @AuthenticationPrincipal Actor actor,
      @RequestParam String unit,
      @RequestParam(required = false) Integer year) {
    return nominations.list(actor, unit, year);
  }

  @GetMapping("/nominations/awaiting-selection")
  @Operation(
      summary =
          "Hồ sơ chờ lựa chọn: các đề nghị đã gửi thuộc lĩnh vực mà kế hoạch giao cơ quan của người"
              + " dùng chủ trì tổng hợp, lựa chọn trước khi cơ quan thường trực tiếp nhận")
  List<NominationView> awaitingSelection(@AuthenticationPrincipal Actor actor) {
    return nominations.awaitingSelection(actor);
  }

  @GetMapping("/nominations/{id}")
  @Operation(summary = "Một đề nghị: trạng thái, hồ sơ và mức đầy đủ, kết quả bỏ phiếu, quyết định")
  Detail get(@AuthenticationPrincipal Actor actor, @PathVariable long id) {
    return detail(nominations.view(actor, id));
  }

  @PutMapping("/nominations/{id}")
  @Operation(summary = "Sửa thành tích của đề nghị (dự thảo hoặc bị trả lại)")
  Detail edit(@AuthenticationPrincipal Actor actor, @PathVariable long id, @RequestBody Edit edit) {
    return detail(nominations.editAchievement(actor, id, edit.version(), edit.achievement()));
  }

  @GetMapping("/nominations/{id}/eligibility")
  @Operation(
      summary =
          "Điều kiện của đề nghị theo quy định, xét từ hồ sơ trong hệ thống: các sự kiện đã đọc,"
              + " từng điều kiện đạt hay không kèm điều khoản, điều kiện chặn quyết định và điều"
              + " kiện người quyết định phải xác nhận")
  NominationEligibility.Judgement eligibility(
      @AuthenticationPrincipal Actor actor, @PathVariable long id) {
    return eligibility.judge(actor, id);
  }

  @GetMapping("/nominations/{id}/history")
  @Operation(summary = "Lịch sử của đề nghị: ai chuyển trạng thái nào, khi nào, lý do")
  List<StateChanges.Entry> history(@AuthenticationPrincipal Actor actor, @PathVariable long id) {
    return nominations.history(actor, id);
  }

  @PostMapping("/nominations/{id}/documents/generate")
  @Operation(
      summary =
          "Lập các văn bản chuẩn của hồ sơ: tờ trình, danh sách, báo cáo thành tích, xác nhận sáng"
              + " kiến (Mẫu số 13) khi hệ thống có quyết định công nhận")
  Detail generate(@AuthenticationPrincipal Actor actor, @PathVariable long id) {
    return detail(documents.generate(actor, id));
  }

  @PostMapping(
      value = "/nominations/{id}/documents",
      consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
  @Operation(summary = "Tải lên một văn bản của hồ sơ (PDF, Word, Excel, ảnh; tối đa 10 MB)")
  Detail upload(
      @AuthenticationPrincipal Actor actor,
      @PathVariable long id,
      @RequestParam String docCode,
      @RequestParam("file") MultipartFile file) {
    if (file.getSize() > NominationService.MAX_FILE_BYTES) {
      throw new FileTooLarge(NominationService.MAX_FILE_BYTES / (1024 * 1024));
    }
    try {
      return detail(
          nominations.upload(
              actor,
              id,
              docCode,
              file.getOriginalFilename(),
              file.getContentType(),
              file.getBytes()));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @DeleteMapping("/nominations/{id}/documents/{documentId}")
  @Operation(summary = "Gỡ một văn bản khỏi hồ sơ khi đề nghị còn là dự thảo hoặc bị trả lại")
  Detail removeDocument(
      @AuthenticationPrincipal Actor actor, @PathVariable long id, @PathVariable long documentId) {
    return detail(nominations.removeDocument(actor, id, documentId));
  }

  @GetMapping("/nominations/{id}/documents/{documentId}")
  @Operation(summary = "Tải một văn bản của hồ sơ")
  ResponseEntity<byte[]> document(
      @AuthenticationPrincipal Actor actor, @PathVariable long id, @PathVariable long documentId) {
    NominationService.File f = nominations.document(actor, id, documentId);
    return download(f.content(), MediaType.parseMediaType(f.contentType()), f.fileName());
  }

  @PostMapping("/nominations/{id}/submit")
  @Operation(summary = "Gửi đề nghị kèm hồ sơ lên cấp xét")
  NominationView submit(
      @AuthenticationPrincipal Actor actor, @PathVariable long id, @RequestParam long version) {
    return nominations.submit(actor, id, version);
  }

  @PostMapping("/nominations/{id}/receive")
  @Operation(summary = "Tiếp nhận hồ sơ (thường trực thi đua, khen thưởng của cấp)")
  NominationView receive(
      @AuthenticationPrincipal Actor actor, @PathVariable long id, @RequestParam long version) {
    return nominations.receive(actor, id, version);
  }

  @PostMapping("/nominations/{id}/select")
  @Operation(
      summary =
          "Lựa chọn hồ sơ (cơ quan chủ trì lĩnh vực theo kế hoạch): hồ sơ được chuyển cơ quan"
              + " thường trực tiếp nhận")
  NominationView select(
      @AuthenticationPrincipal Actor actor,
      @PathVariable long id,
      @RequestParam long version,
      @RequestParam(required = false) String note) {
    return nominations.select(actor, id, version, note);
  }

  @PostMapping("/nominations/{id}/not-selected")
  @Operation(
      summary =
          "Không lựa chọn hồ sơ (cơ quan chủ trì lĩnh vực theo kế hoạch): trả lại đơn vị đề nghị"
              + " kèm lý do")
  NominationView notSelected(
      @AuthenticationPrincipal Actor actor,
      @PathVariable long id,
      @RequestParam long version,
      @RequestParam(required = false) String reason) {
    return nominations.notSelected(actor, id, version, reason);
  }

  @PostMapping("/nominations/{id}/return")
  @Operation(summary = "Trả lại hồ sơ kèm lý do (thiếu văn bản, chưa đúng)")
  NominationView giveBack(
      @AuthenticationPrincipal Actor actor,
      @PathVariable long id,
      @RequestParam long version,
      @RequestParam String reason) {
    return nominations.giveBack(actor, id, version, reason);
  }

  @PostMapping("/nominations/{id}/appraise")
  @Operation(
      summary =
          "Thẩm định: hồ sơ đủ các văn bản quy định và không có điều kiện bắt buộc nào không đạt"
              + " (xét từ hồ sơ khen thưởng, xếp loại, sáng kiến, kỷ luật)")
  NominationView appraise(
      @AuthenticationPrincipal Actor actor,
      @PathVariable long id,
      @RequestParam long version,
      @RequestParam(required = false) String note) {
    return nominations.appraise(actor, id, version, note);
  }

  @PostMapping("/nominations/{id}/notice")
  @Operation(
      summary =
          "Công khai danh sách trên cổng thông tin ít nhất số ngày làm việc quy định (mặc định"
              + " theo quy định của hình thức)")
  NominationView notice(
      @AuthenticationPrincipal Actor actor,
      @PathVariable long id,
      @RequestParam long version,
      @RequestParam(required = false) Integer days) {
    return notices.notice(actor, id, version, days);
  }

  @GetMapping("/nominations/{id}/comments")
  @Operation(
      summary = "Ý kiến Nhân dân về đề nghị đang công khai (thường trực xem cả ý kiến chờ duyệt)")
  List<NoticeService.Comment> comments(
      @AuthenticationPrincipal Actor actor, @PathVariable long id) {
    return notices.comments(actor, nominations.view(actor, id));
  }

  @PostMapping("/nominations/{id}/comments/{commentId}/moderate")
  @Operation(summary = "Duyệt (được tính, đưa vào biên bản) hoặc không duyệt một ý kiến")
  void moderate(
      @AuthenticationPrincipal Actor actor,
      @PathVariable long id,
      @PathVariable long commentId,
      @RequestParam boolean approve) {
    notices.moderate(actor, id, commentId, approve);
  }

  @PostMapping("/council-sessions")
  @Operation(summary = "Mở phiên họp Hội đồng Thi đua - Khen thưởng của cấp (thành viên, có mặt)")
  CouncilSessions.Session session(
      @AuthenticationPrincipal Actor actor, @RequestBody SessionRequest r) {
    return sessions.open(
        actor, r.unitCode(), r.organizationId(), r.heldOn(), r.members(), r.present(), r.chair());
  }

  @PostMapping("/nominations/{id}/agenda")
  @Operation(
      summary =
          "Đưa đề nghị vào phiên họp Hội đồng của cấp (khi quy định buộc Hội đồng cấp này bỏ"
              + " phiếu; sau khi hết thời hạn công khai nếu phải công khai)")
  NominationView agenda(
      @AuthenticationPrincipal Actor actor,
      @PathVariable long id,
      @RequestParam long version,
      @RequestParam Long sessionId) {
    return councils.agenda(actor, id, version, sessionId);
  }

  @PostMapping("/nominations/{id}/ballot")
  @Operation(
      summary =
          "Ghi kết quả bỏ phiếu kín (thành viên Hội đồng của cấp): kiểm tra số có mặt, tỷ lệ đồng"
              + " ý trên tổng số thành viên theo hình thức; lập biên bản của cấp")
  NominationView ballot(
      @AuthenticationPrincipal Actor actor, @PathVariable long id, @RequestBody Ballot b) {
    return councils.ballot(actor, id, b.version(), b.inFavour(), b.against(), b.abstain());
  }

  @GetMapping("/nominations/{id}/money")
  @Operation(summary = "Tiền thưởng nếu quyết định vào một ngày: lương cơ sở, hệ số, làm tròn")
  DecisionService.Money money(
      @AuthenticationPrincipal Actor actor,
      @PathVariable long id,
      @RequestParam(required = false) LocalDate on) {
    NominationView n = nominations.view(actor, id);
    LocalDate date = on == null ? nominations.today() : on;
    return decisions.money(n, nominations.form(n, date), date);
  }

  @PostMapping("/nominations/{id}/decide")
  @Operation(
      summary =
          "Quyết định khen thưởng trong thẩm quyền của cấp (người có thẩm quyền của chính cấp đó):"
              + " xét lại điều kiện, xác nhận các điều kiện do Hội đồng đánh giá hoặc suy luận;"
              + " cấp giấy chứng nhận và ghi vào hồ sơ khen thưởng")
  NominationView decide(
      @AuthenticationPrincipal Actor actor, @PathVariable long id, @RequestBody Decision d) {
    return decisions.decide(
        actor,
        id,
        d.version(),
        new DecisionService.DecisionCommand(
            d.number(), d.date(), d.signer(), d.signerTitle(), d.acknowledged()));
  }

  @PostMapping("/nominations/{id}/forward")
  @Operation(summary = "Trình cấp trên (kèm tờ trình và biên bản của cấp): lập đề nghị ở cấp trên")
  NominationView forward(
      @AuthenticationPrincipal Actor actor, @PathVariable long id, @RequestParam long version) {
    return decisions.forward(actor, id, version);
  }

  @PostMapping("/nominations/{id}/reject")
  @Operation(summary = "Không khen thưởng, kèm lý do")
  NominationView reject(
      @AuthenticationPrincipal Actor actor,
      @PathVariable long id,
      @RequestParam long version,
      @RequestParam String reason) {
    return nominations.reject(actor, id, version, reason);
  }

  @PostMapping("/nominations/{id}/revoke")
  @Operation(
      summary = "Hủy bỏ quyết định, thu hồi hiện vật: giữ hồ sơ, giấy chứng nhận báo đã thu hồi")
  NominationView revoke(
      @AuthenticationPrincipal Actor actor,
      @PathVariable long id,
      @RequestParam long version,
      @RequestParam String reason) {
    return decisions.revoke(actor, id, version, reason);
  }

  @GetMapping("/nominations/{id}/certificate.pdf")
  @Operation(
      summary =
          "Giấy chứng nhận (Giấy khen, Bằng khen…) dạng PDF có mã QR mở trang xác minh công khai")
  ResponseEntity<byte[]> certificate(@AuthenticationPrincipal Actor actor, @PathVariable long id) {
    return download(
        certificates.pdf(actor, id), MediaType.APPLICATION_PDF, "giay-chung-nhan-" + id + ".pdf");
  }

  @GetMapping("/nominations/{id}/decision.docx")
  @Operation(summary = "Quyết định khen thưởng dạng .docx theo thể thức Nghị định 30/2020")
  ResponseEntity<byte[]> decision(@AuthenticationPrincipal Actor actor, @PathVariable long id) {
    return download(documents.decision(actor, id), DOCX, "quyet-dinh-" + id + ".docx");
  }

  @GetMapping("/people/{personId}/awards")
  @Operation(summary = "Các danh hiệu, hình thức khen thưởng của một cá nhân (kể cả đã thu hồi)")
  List<RecordService.Award> awards(
      @AuthenticationPrincipal Actor actor, @PathVariable long personId) {
    return records.awardsOfPerson(actor, personId);
  }

  static ResponseEntity<byte[]> download(byte[] body, MediaType type, String fileName) {
    return vn.thidua.document.Downloads.attachment(body, type, fileName);
  }
}
