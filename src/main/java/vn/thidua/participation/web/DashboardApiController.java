package vn.thidua.participation.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.thidua.kernel.ReadsFromReplica;
import vn.thidua.organization.Actor;
import vn.thidua.participation.DashboardView;
import vn.thidua.participation.domain.DashboardService;

/**
 * A plan's dashboard over the API (reads only, from the streaming replica when one is configured;
 * the page records the visit).
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
          "Bảng theo dõi tiến độ chỉ tiêu của kế hoạch trong một năm trên một đơn vị hành chính: theo chỉ tiêu, theo đơn vị trực thuộc hoặc tổ chức, và số liệu thay đổi từ lần xem trước")
  DashboardView dashboard(
      @AuthenticationPrincipal Actor actor,
      @PathVariable long movementId,
      @RequestParam(required = false) Integer year,
      @RequestParam(required = false) String unit) {
    return dashboards.dashboard(actor, movementId, year, unit, false);
  }
}
