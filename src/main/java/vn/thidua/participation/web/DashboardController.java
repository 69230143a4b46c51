package vn.thidua.participation.web;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import tools.jackson.databind.ObjectMapper;
import vn.thidua.organization.Actor;
import vn.thidua.participation.DashboardView;
import vn.thidua.participation.domain.DashboardService;

/**
 * The dashboard page of a plan: chart, table, tiles of the child units, changes since last visit.
 */
@Controller
class DashboardController {

  private final DashboardService dashboards;
  private final ObjectMapper json;

  DashboardController(DashboardService dashboards, ObjectMapper json) {
    this.dashboards = dashboards;
    this.json = json;
  }

  @GetMapping("/movements/{id}/dashboard")
  String dashboard(
      @AuthenticationPrincipal Actor actor,
      @PathVariable long id,
      @RequestParam(required = false) Integer year,
      @RequestParam(required = false) String unit,
      Model model) {
    DashboardView d = dashboards.dashboard(actor, id, year, unit, true);
    model.addAttribute("d", d);
    model.addAttribute("zone", vn.thidua.kernel.VietnameseDates.ZONE);
    model.addAttribute("chart", json.writeValueAsString(d.indicators()));
    model.addAttribute(
        "canImport",
        actor.may(vn.thidua.organization.Permission.RECORD_VALUES)
            && actor.may(vn.thidua.organization.Permission.MANAGE_PLANS));
    return "participation/dashboard";
  }
}
