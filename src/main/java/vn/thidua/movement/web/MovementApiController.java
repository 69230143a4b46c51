package vn.thidua.movement.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.LocalDate;
import java.util.List;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpStatus;
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
import vn.thidua.movement.CascadeBoard;
import vn.thidua.movement.DeadlineOccurrence;
import vn.thidua.movement.MovementView;
import vn.thidua.movement.PlanDocument;
import vn.thidua.movement.domain.CalendarService;
import vn.thidua.movement.domain.CascadeService;
import vn.thidua.movement.domain.MovementService;
import vn.thidua.organization.Actor;

/** Movements and their plans over the API: the same actions as the pages. */
@RestController
@RequestMapping("/api/v1/movements")
@Tag(name = "Phong trào, kế hoạch")
class MovementApiController {

  private final MovementService movements;
  private final CascadeService cascade;
  private final CalendarService calendar;

  MovementApiController(
      MovementService movements, CascadeService cascade, CalendarService calendar) {
    this.movements = movements;
    this.cascade = cascade;
    this.calendar = calendar;
  }

  /**
   * A new plan: where it belongs (a unit, or an organisation of that unit) and its structured
   * document.
   */
  record CreateRequest(
      String unitCode, Long parentId, PlanDocument document, Long organizationId) {}

  @GetMapping
  @Operation(summary = "Kế hoạch các cấp mà người dùng được xem")
  List<MovementView> list(@AuthenticationPrincipal Actor actor) {
    return movements.list(actor);
  }

  @GetMapping("/{id}")
  MovementView get(@AuthenticationPrincipal Actor actor, @PathVariable long id) {
    return movements.get(actor, id);
  }

  @GetMapping("/{id}/document")
  @Operation(summary = "Văn bản có cấu trúc của kế hoạch (phiên bản hiện hành hoặc ?version=)")
  PlanDocument document(
      @AuthenticationPrincipal Actor actor,
      @PathVariable long id,
      @RequestParam(required = false) Integer version) {
    movements.get(actor, id);
    return movements.document(id, version);
  }

  @PostMapping
  @ResponseStatus(HttpStatus.CREATED)
  @Operation(summary = "Lưu một bản nháp (thường là kết quả của parse) thành kế hoạch dự thảo")
  MovementView create(@AuthenticationPrincipal Actor actor, @RequestBody CreateRequest request) {
    return movements.create(
        actor,
        request.unitCode(),
        request.organizationId(),
        request.parentId(),
        request.document(),
        null);
  }

  @PutMapping("/{id}/document")
  @Operation(summary = "Sửa dự thảo; với kế hoạch đã ban hành thì tạo phiên bản sửa đổi, bổ sung")
  MovementView save(
      @AuthenticationPrincipal Actor actor,
      @PathVariable long id,
      @RequestParam long version,
      @RequestParam(required = false) String note,
      @RequestParam(required = false) String ref,
      @RequestBody PlanDocument document) {
    return movements.save(actor, id, version, document, note, ref);
  }

  @PostMapping("/{id}/derive")
  @ResponseStatus(HttpStatus.CREATED)
  @Operation(summary = "Tạo dự thảo kế hoạch của một đơn vị trực thuộc từ kế hoạch này")
  MovementView derive(
      @AuthenticationPrincipal Actor actor, @PathVariable long id, @RequestParam String unitCode) {
    return movements.derive(actor, id, unitCode);
  }

  @PostMapping("/{id}/derive-organization")
  @ResponseStatus(HttpStatus.CREATED)
  @Operation(
      summary =
          "Tạo dự thảo kế hoạch của một cơ quan, tổ chức, doanh nghiệp cùng cấp từ kế hoạch này")
  MovementView deriveForOrganization(
      @AuthenticationPrincipal Actor actor,
      @PathVariable long id,
      @RequestParam long organizationId) {
    return movements.deriveFor(actor, id, organizationId);
  }

  @GetMapping("/{id}/events")
  @Operation(summary = "Ngày văn phòng đã định cho các sự kiện mà báo cáo gửi cùng")
  List<MovementService.EventDate> eventDates(
      @AuthenticationPrincipal Actor actor, @PathVariable long id) {
    movements.get(actor, id);
    return movements.eventDates(id);
  }

  /** The day an event a report goes with is held in a year. */
  record EventDateRequest(String event, Integer year, LocalDate heldOn) {}

  @PutMapping("/{id}/events")
  @Operation(summary = "Định ngày một sự kiện (báo cáo gửi cùng) trong một năm")
  MovementService.EventDate dateEvent(
      @AuthenticationPrincipal Actor actor,
      @PathVariable long id,
      @RequestBody EventDateRequest request) {
    return movements.setEventDate(actor, id, request.event(), request.year(), request.heldOn());
  }

  @PostMapping("/{id}/submit")
  MovementView submit(
      @AuthenticationPrincipal Actor actor, @PathVariable long id, @RequestParam long version) {
    return movements.submit(actor, id, version);
  }

  @PostMapping("/{id}/send-back")
  MovementView sendBack(
      @AuthenticationPrincipal Actor actor,
      @PathVariable long id,
      @RequestParam long version,
      @RequestParam String reason) {
    return movements.sendBack(actor, id, version, reason);
  }

  @PostMapping("/{id}/issue")
  MovementView issue(
      @AuthenticationPrincipal Actor actor,
      @PathVariable long id,
      @RequestParam long version,
      @RequestBody MovementService.IssueCommand command) {
    return movements.issue(actor, id, version, command);
  }

  @GetMapping("/{id}/cascade")
  @Operation(
      summary =
          "Bảng theo dõi: các đơn vị trực thuộc và tình trạng kế hoạch của họ (?asOf= ngày tính)")
  CascadeBoard board(
      @AuthenticationPrincipal Actor actor,
      @PathVariable long id,
      @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
          LocalDate asOf) {
    return cascade.board(actor, id, asOf);
  }

  @GetMapping("/deadlines")
  @Operation(summary = "Các thời hạn của những kế hoạch người dùng tham gia")
  List<DeadlineOccurrence> deadlines(
      @AuthenticationPrincipal Actor actor,
      @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
      @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to) {
    return calendar.occurrences(actor, from, to);
  }
}
