package vn.thidua.participation.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.context.request.WebRequest;
import vn.thidua.kernel.ReadsFromReplica;
import vn.thidua.organization.Actor;
import vn.thidua.participation.DashboardView;
import vn.thidua.participation.domain.DashboardService;

/**
 * A plan's dashboard over the API (reads only, from the streaming replica when one is configured;
 * the page records the visit). The answer carries an ETag made of the version of the kept totals it
 * shows (and of the plan, the year, the unit and the reader's last visit): a repeat view that sends
 * it back in If-None-Match is answered 304 before any figure is read, and a value entered on any
 * instance changes it (issue 16).
 */
@RestController
@Tag(name = "Chỉ tiêu: bảng theo dõi")
class DashboardApiController {

  private final DashboardService dashboards;

  DashboardApiController(DashboardService dashboards) {
    this.dashboards = dashboards;
  }

  @GetMapping("/api/v1/movements/{movementId}/dashboard")
  @Transactional(readOnly = true)
  @ReadsFromReplica
  @Operation(
      summary =
          "Bảng theo dõi tiến độ chỉ tiêu của kế hoạch trong một năm trên một đơn vị hành chính: theo chỉ tiêu, theo đơn vị trực thuộc hoặc tổ chức, và số liệu thay đổi từ lần xem trước",
      description =
          "Mặc định trả mọi đơn vị trực thuộc (hoặc tổ chức) kèm số liệu từng chỉ tiêu. view=tiles trả dạng gọn như các ô của trang (không kèm số liệu từng chỉ tiêu của từng đơn vị), theo trang: page từ 0, size từ 1 đến 200 (mặc định 50); partsTotal là tổng số đơn vị. Câu trả lời có ETag; gửi lại trong If-None-Match thì được 304 khi số liệu chưa đổi.")
  DashboardView dashboard(
      @AuthenticationPrincipal Actor actor,
      @PathVariable long movementId,
      @RequestParam(required = false) Integer year,
      @RequestParam(required = false) String unit,
      @Parameter(description = "full (mặc định) hoặc tiles") @RequestParam(required = false)
          String view,
      @RequestParam(required = false) Integer page,
      @RequestParam(required = false) Integer size,
      WebRequest request) {
    DashboardService.Shape shape = DashboardService.Shape.of(view, page, size);
    DashboardService.Opened opened = dashboards.open(actor, movementId, year, unit, false);
    if (request.checkNotModified(opened.etag(shape))) {
      return null;
    }
    return dashboards.answer(opened, shape);
  }
}
