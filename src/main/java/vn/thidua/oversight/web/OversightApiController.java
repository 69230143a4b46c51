package vn.thidua.oversight.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.List;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpStatus;
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
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import vn.thidua.document.Downloads;
import vn.thidua.kernel.FileTooLarge;
import vn.thidua.organization.Actor;
import vn.thidua.oversight.ConcernView;
import vn.thidua.oversight.Field;
import vn.thidua.oversight.InspectionView;
import vn.thidua.oversight.RecommendationView;
import vn.thidua.oversight.RemarkView;
import vn.thidua.oversight.TaskView;
import vn.thidua.oversight.ThemeLead;
import vn.thidua.oversight.WorkList;
import vn.thidua.oversight.domain.ConcernService;
import vn.thidua.oversight.domain.InspectionDocuments;
import vn.thidua.oversight.domain.InspectionService;
import vn.thidua.oversight.domain.OversightFiles;
import vn.thidua.oversight.domain.TaskService;
import vn.thidua.oversight.domain.WorkListService;

/**
 * Oversight over the API, as the pages do it: tasks from a plan's responsibilities, inspections and
 * recommendations, units' difficulties and proposals, supervisors' remarks, the work list.
 */
@RestController
@RequestMapping("/api/v1")
@Tag(name = "Theo dõi, kiểm tra, giám sát")
class OversightApiController {

  private final TaskService tasks;
  private final InspectionService inspections;
  private final InspectionDocuments documents;
  private final ConcernService concerns;
  private final WorkListService work;

  OversightApiController(
      TaskService tasks,
      InspectionService inspections,
      InspectionDocuments documents,
      ConcernService concerns,
      WorkListService work) {
    this.tasks = tasks;
    this.inspections = inspections;
    this.documents = documents;
    this.concerns = concerns;
    this.work = work;
  }

  static byte[] bytes(MultipartFile file) {
    if (file.getSize() > OversightFiles.MAX_BYTES) {
      throw new FileTooLarge(OversightFiles.MAX_BYTES / (1024 * 1024));
    }
    try {
      return file.getBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static ResponseEntity<byte[]> download(OversightFiles.File f) {
    return Downloads.attachment(
        f.content(), MediaType.parseMediaType(f.contentType()), f.fileName());
  }

  // --- Work list ------------------------------------------------------------------------------

  @GetMapping("/oversight/work")
  @Operation(summary = "Việc chờ người dùng: nhiệm vụ, khó khăn, kiến nghị (kèm số lượng)")
  WorkList work(@AuthenticationPrincipal Actor actor) {
    return work.of(actor);
  }

  // --- Tasks ----------------------------------------------------------------------------------

  @GetMapping("/movements/{id}/tasks")
  @Operation(summary = "Nhiệm vụ từ phần tổ chức thực hiện của kế hoạch (?asOf= ngày tính quá hạn)")
  List<TaskView> tasksOf(
      @AuthenticationPrincipal Actor actor,
      @PathVariable long id,
      @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
          LocalDate asOf) {
    return tasks.ofPlan(actor, id, asOf);
  }

  /** How many tasks were made. */
  record Generated(int made) {}

  @PostMapping("/movements/{id}/tasks/generate")
  @Operation(summary = "Tạo nhiệm vụ cho kế hoạch đã ban hành (không tạo trùng)")
  Generated generate(@AuthenticationPrincipal Actor actor, @PathVariable long id) {
    return new Generated(tasks.generate(actor, id));
  }

  @GetMapping("/movements/{id}/leads")
  @Operation(
      summary =
          "Cơ quan chủ trì theo lĩnh vực mà kế hoạch giao: ban hành tiêu chí, tổng hợp và lựa chọn đề nghị khen thưởng")
  List<ThemeLead> leads(@AuthenticationPrincipal Actor actor, @PathVariable long id) {
    tasks.ofPlan(actor, id, null);
    return tasks.leads(id);
  }

  @GetMapping("/movements/{id}/leads/selection")
  @Operation(summary = "Cơ quan tổng hợp, lựa chọn đề nghị khen thưởng của một lĩnh vực (gần nhất)")
  ResponseEntity<ThemeLead> selectionLead(
      @AuthenticationPrincipal Actor actor, @PathVariable long id, @RequestParam Field field) {
    tasks.ofPlan(actor, id, null);
    return tasks
        .nearestSelectionLeadFor(id, field)
        .map(ResponseEntity::ok)
        .orElseGet(() -> ResponseEntity.noContent().build());
  }

  @GetMapping("/tasks/overdue")
  @Operation(summary = "Nhiệm vụ quá hạn của cấp mình và các xã trực thuộc (?asOf=)")
  List<TaskView> overdue(
      @AuthenticationPrincipal Actor actor,
      @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
          LocalDate asOf) {
    return tasks.overdue(actor, asOf);
  }

  @GetMapping("/tasks/{id}")
  TaskView task(@AuthenticationPrincipal Actor actor, @PathVariable long id) {
    return tasks.view(actor, id);
  }

  /** The owner's report. */
  record ReportRequest(String report) {}

  @PostMapping("/tasks/{id}/report")
  TaskView report(
      @AuthenticationPrincipal Actor actor,
      @PathVariable long id,
      @RequestParam long version,
      @RequestBody ReportRequest request) {
    return tasks.report(actor, id, version, request.report());
  }

  @PostMapping("/tasks/{id}/close")
  TaskView close(
      @AuthenticationPrincipal Actor actor, @PathVariable long id, @RequestParam long version) {
    return tasks.close(actor, id, version);
  }

  @PostMapping("/tasks/{id}/return")
  TaskView giveBack(
      @AuthenticationPrincipal Actor actor,
      @PathVariable long id,
      @RequestParam long version,
      @RequestParam(required = false) String reason) {
    return tasks.giveBack(actor, id, version, reason);
  }

  /** A due date set by the office. */
  record DueRequest(LocalDate dueOn) {}

  @PutMapping("/tasks/{id}/due")
  TaskView due(
      @AuthenticationPrincipal Actor actor,
      @PathVariable long id,
      @RequestParam long version,
      @RequestBody DueRequest request) {
    return tasks.setDue(actor, id, version, request.dueOn());
  }

  /** The organisation that owns a task. */
  record OwnerRequest(long organizationId) {}

  @PutMapping("/tasks/{id}/owner")
  TaskView owner(
      @AuthenticationPrincipal Actor actor,
      @PathVariable long id,
      @RequestParam long version,
      @RequestBody OwnerRequest request) {
    return tasks.setOwner(actor, id, version, request.organizationId());
  }

  @PostMapping("/tasks/{id}/evidence")
  TaskView taskEvidence(
      @AuthenticationPrincipal Actor actor,
      @PathVariable long id,
      @RequestParam("file") MultipartFile file) {
    return tasks.attach(actor, id, file.getOriginalFilename(), file.getContentType(), bytes(file));
  }

  @GetMapping("/tasks/{id}/evidence/{fileId}")
  ResponseEntity<byte[]> taskFile(
      @AuthenticationPrincipal Actor actor, @PathVariable long id, @PathVariable long fileId) {
    return download(tasks.file(actor, id, fileId));
  }

  /**
   * Criteria a lead body publishes: items one a line, indicators "CODE | name | unit | 2026=40".
   */
  record CriteriaRequest(String heading, String items, String indicators) {}

  @PostMapping("/tasks/{id}/criteria")
  @Operation(
      summary = "Cơ quan chủ trì ban hành bộ tiêu chí: bổ sung vào kế hoạch (tiêu chí, chỉ tiêu)")
  TaskView criteria(
      @AuthenticationPrincipal Actor actor,
      @PathVariable long id,
      @RequestParam long version,
      @RequestBody CriteriaRequest request) {
    return tasks.publishCriteria(
        actor, id, version, request.heading(), request.items(), request.indicators());
  }

  // --- Inspections ----------------------------------------------------------------------------

  @GetMapping("/inspections")
  List<InspectionView> inspections(@AuthenticationPrincipal Actor actor) {
    return inspections.list(actor);
  }

  @PostMapping("/inspections")
  @ResponseStatus(HttpStatus.CREATED)
  @Operation(
      summary = "Lập kế hoạch kiểm tra của Hội đồng (danh mục kiểm tra lấy từ tiêu chí, chỉ tiêu)")
  InspectionView createInspection(
      @AuthenticationPrincipal Actor actor, @RequestBody InspectionService.PlanCommand command) {
    return inspections.create(actor, command);
  }

  @GetMapping("/inspections/{id}")
  InspectionView inspection(@AuthenticationPrincipal Actor actor, @PathVariable long id) {
    return inspections.view(actor, id);
  }

  /** A member assigned to the team. */
  record MemberRequest(String username, Field field, boolean lead) {}

  @PostMapping("/inspections/{id}/members")
  InspectionView assign(
      @AuthenticationPrincipal Actor actor,
      @PathVariable long id,
      @RequestBody MemberRequest request) {
    return inspections.assign(actor, id, request.username(), request.field(), request.lead());
  }

  /** A commune or an organisation to inspect. */
  record TargetRequest(String unitCode, Long organizationId) {}

  @PostMapping("/inspections/{id}/targets")
  InspectionView target(
      @AuthenticationPrincipal Actor actor,
      @PathVariable long id,
      @RequestBody TargetRequest request) {
    return inspections.addTarget(actor, id, request.unitCode(), request.organizationId());
  }

  /** An item of the checklist. */
  record CheckRequest(String text) {}

  @PostMapping("/inspections/{id}/checklist")
  InspectionView check(
      @AuthenticationPrincipal Actor actor,
      @PathVariable long id,
      @RequestBody CheckRequest request) {
    return inspections.addCheck(actor, id, request.text());
  }

  @PostMapping("/inspections/{id}/start")
  InspectionView start(
      @AuthenticationPrincipal Actor actor, @PathVariable long id, @RequestParam long version) {
    return inspections.start(actor, id, version);
  }

  /** A finding at a target. */
  record FindingRequest(long targetId, Long checkId, String text) {}

  @PostMapping("/inspections/{id}/findings")
  InspectionView finding(
      @AuthenticationPrincipal Actor actor,
      @PathVariable long id,
      @RequestBody FindingRequest request) {
    return inspections.recordFinding(
        actor, id, request.targetId(), request.checkId(), request.text());
  }

  @PostMapping("/inspections/{id}/findings/{findingId}/evidence")
  InspectionView findingEvidence(
      @AuthenticationPrincipal Actor actor,
      @PathVariable long id,
      @PathVariable long findingId,
      @RequestParam("file") MultipartFile file) {
    return inspections.attachToFinding(
        actor, id, findingId, file.getOriginalFilename(), file.getContentType(), bytes(file));
  }

  @GetMapping("/inspections/{id}/findings/{findingId}/evidence/{fileId}")
  ResponseEntity<byte[]> findingFile(
      @AuthenticationPrincipal Actor actor,
      @PathVariable long id,
      @PathVariable long findingId,
      @PathVariable long fileId) {
    return download(inspections.findingFile(actor, id, findingId, fileId));
  }

  /** A target's answer. */
  record AnswerRequest(String answer) {}

  @PostMapping("/inspections/{id}/findings/{findingId}/answer")
  InspectionView answerFinding(
      @AuthenticationPrincipal Actor actor,
      @PathVariable long id,
      @PathVariable long findingId,
      @RequestBody AnswerRequest request) {
    return inspections.answerFinding(actor, id, findingId, request.answer());
  }

  /** A recommendation to a target. */
  record RecommendationRequest(long targetId, Long findingId, String text, LocalDate dueOn) {}

  @PostMapping("/inspections/{id}/recommendations")
  @ResponseStatus(HttpStatus.CREATED)
  RecommendationView recommend(
      @AuthenticationPrincipal Actor actor,
      @PathVariable long id,
      @RequestBody RecommendationRequest request) {
    return inspections.recommend(
        actor, id, request.targetId(), request.findingId(), request.text(), request.dueOn());
  }

  /** The conclusion of the team lead. */
  record ConclusionRequest(String conclusion) {}

  @PostMapping("/inspections/{id}/report")
  InspectionView reportInspection(
      @AuthenticationPrincipal Actor actor,
      @PathVariable long id,
      @RequestParam long version,
      @RequestBody ConclusionRequest request) {
    return inspections.report(actor, id, version, request.conclusion());
  }

  @PostMapping("/inspections/{id}/close")
  InspectionView closeInspection(
      @AuthenticationPrincipal Actor actor, @PathVariable long id, @RequestParam long version) {
    return inspections.close(actor, id, version);
  }

  @GetMapping("/inspections/{id}/conclusion.docx")
  @Operation(summary = "Kết luận kiểm tra theo thể thức văn bản hành chính (.docx)")
  ResponseEntity<byte[]> conclusion(@AuthenticationPrincipal Actor actor, @PathVariable long id) {
    return Downloads.attachment(
        documents.conclusion(actor, id), Downloads.DOCX, "ket-luan-kiem-tra-" + id + ".docx");
  }

  @GetMapping("/recommendations/{id}")
  RecommendationView recommendation(@AuthenticationPrincipal Actor actor, @PathVariable long id) {
    return inspections.readableRecommendation(actor, id);
  }

  @PostMapping("/recommendations/{id}/evidence")
  RecommendationView recommendationEvidence(
      @AuthenticationPrincipal Actor actor,
      @PathVariable long id,
      @RequestParam("file") MultipartFile file) {
    return inspections.attachToRecommendation(
        actor, id, file.getOriginalFilename(), file.getContentType(), bytes(file));
  }

  @GetMapping("/recommendations/{id}/evidence/{fileId}")
  ResponseEntity<byte[]> recommendationFile(
      @AuthenticationPrincipal Actor actor, @PathVariable long id, @PathVariable long fileId) {
    return download(inspections.recommendationFile(actor, id, fileId));
  }

  @PostMapping("/recommendations/{id}/answer")
  RecommendationView answerRecommendation(
      @AuthenticationPrincipal Actor actor,
      @PathVariable long id,
      @RequestParam long version,
      @RequestBody AnswerRequest request) {
    return inspections.answer(actor, id, version, request.answer());
  }

  @PostMapping("/recommendations/{id}/close")
  RecommendationView closeRecommendation(
      @AuthenticationPrincipal Actor actor, @PathVariable long id, @RequestParam long version) {
    return inspections.closeRecommendation(actor, id, version);
  }

  @PostMapping("/recommendations/{id}/return")
  RecommendationView returnRecommendation(
      @AuthenticationPrincipal Actor actor,
      @PathVariable long id,
      @RequestParam long version,
      @RequestParam(required = false) String reason) {
    return inspections.returnRecommendation(actor, id, version, reason);
  }

  // --- Concerns and remarks -------------------------------------------------------------------

  @GetMapping("/concerns")
  @Operation(summary = "Khó khăn, vướng mắc, đề xuất và kiến nghị giám sát người dùng được xem")
  List<ConcernView> concerns(@AuthenticationPrincipal Actor actor) {
    return concerns.list(actor);
  }

  @GetMapping("/concerns/counts")
  @Operation(summary = "Số khó khăn, vướng mắc theo từng xã (cấp trên)")
  List<ConcernView.Count> concernCounts(@AuthenticationPrincipal Actor actor) {
    return concerns.counts(actor);
  }

  @PostMapping("/concerns")
  @ResponseStatus(HttpStatus.CREATED)
  @Operation(summary = "Đơn vị nêu khó khăn, vướng mắc, đề xuất về một kế hoạch")
  ConcernView raise(
      @AuthenticationPrincipal Actor actor, @RequestBody ConcernService.RaiseCommand command) {
    return concerns.raise(actor, command);
  }

  @GetMapping("/concerns/{id}")
  ConcernView concern(@AuthenticationPrincipal Actor actor, @PathVariable long id) {
    return concerns.view(actor, id);
  }

  @PostMapping("/concerns/{id}/answer")
  ConcernView answerConcern(
      @AuthenticationPrincipal Actor actor,
      @PathVariable long id,
      @RequestParam long version,
      @RequestBody AnswerRequest request) {
    return concerns.answer(actor, id, version, request.answer());
  }

  /** The office's opinion when it forwards. */
  record ForwardRequest(String opinion) {}

  @PostMapping("/concerns/{id}/forward")
  ConcernView forward(
      @AuthenticationPrincipal Actor actor,
      @PathVariable long id,
      @RequestParam long version,
      @RequestBody ForwardRequest request) {
    return concerns.forward(actor, id, version, request.opinion());
  }

  @PostMapping("/concerns/{id}/close")
  ConcernView closeConcern(
      @AuthenticationPrincipal Actor actor, @PathVariable long id, @RequestParam long version) {
    return concerns.close(actor, id, version);
  }

  @PostMapping("/concerns/{id}/reopen")
  ConcernView reopen(
      @AuthenticationPrincipal Actor actor,
      @PathVariable long id,
      @RequestParam long version,
      @RequestParam(required = false) String reason) {
    return concerns.reopen(actor, id, version, reason);
  }

  @PostMapping("/concerns/{id}/attachments")
  ConcernView attach(
      @AuthenticationPrincipal Actor actor,
      @PathVariable long id,
      @RequestParam("file") MultipartFile file) {
    return concerns.attach(
        actor, id, file.getOriginalFilename(), file.getContentType(), bytes(file));
  }

  @GetMapping("/concerns/{id}/attachments/{fileId}")
  ResponseEntity<byte[]> concernFile(
      @AuthenticationPrincipal Actor actor, @PathVariable long id, @PathVariable long fileId) {
    return download(concerns.file(actor, id, fileId));
  }

  @GetMapping("/movements/{id}/remarks")
  List<RemarkView> remarks(@AuthenticationPrincipal Actor actor, @PathVariable long id) {
    return concerns.remarks(actor, id);
  }

  /** A supervisor's comment. */
  record RemarkRequest(RemarkView.Subject subject, String subjectRef, String text) {}

  @PostMapping("/movements/{id}/remarks")
  @ResponseStatus(HttpStatus.CREATED)
  @Operation(summary = "Ý kiến giám sát về kế hoạch (hoặc một báo cáo, đề nghị khen thưởng của nó)")
  RemarkView remark(
      @AuthenticationPrincipal Actor actor,
      @PathVariable long id,
      @RequestBody RemarkRequest request) {
    return concerns.remark(actor, id, request.subject(), request.subjectRef(), request.text());
  }
}
