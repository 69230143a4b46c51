package vn.thidua.statistics.web;

import java.util.List;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.thidua.kernel.BusinessRuleViolation;
import vn.thidua.organization.Actor;
import vn.thidua.organization.UnitDirectory;
import vn.thidua.statistics.domain.ReturnService;
import vn.thidua.statistics.domain.ReturnWorkflow;
import vn.thidua.statistics.domain.StatisticsService;

/**
 * A level's statistics forms of a year sent up to the level above, over the API: where the own
 * level's set stands and the sets of the levels below; send, accept, return.
 */
@io.swagger.v3.oas.annotations.tags.Tag(name = "Thống kê: gửi biểu lên cấp trên")
@RestController
class ReturnApiController {

  /** Where a level's forms stand, and those of the levels directly below. */
  record Overview(ReturnService.Sent sent, List<Below> below) {}

  /** A level below: its code, name, and its set as sent (null: not sent). */
  record Below(String unitCode, String unitName, ReturnService.Sent sent) {}

  /** What the office sends: the level, the year, and the version it saw when sending again. */
  record SendCommand(String unit, Integer year, Long version) {}

  /** What the level above answers: the version it saw, and the reason of a return. */
  record ReceiveCommand(Long version, String reason) {}

  private final ReturnService returns;
  private final StatisticsService statistics;

  ReturnApiController(ReturnService returns, StatisticsService statistics) {
    this.returns = returns;
    this.statistics = statistics;
  }

  @GetMapping("/api/v1/statistics/returns")
  @io.swagger.v3.oas.annotations.Operation(
      summary = "Tình trạng biểu thống kê của một cấp trong năm và của các cấp trực thuộc")
  Overview overview(
      @AuthenticationPrincipal Actor actor, @RequestParam String unit, @RequestParam int year) {
    UnitDirectory.Unit u = statistics.readableUnit(actor, unit);
    return new Overview(
        returns.of(u, year).orElse(null),
        returns.below(u, year).stream()
            .map(b -> new Below(b.unit().code(), b.unit().name(), b.sent()))
            .toList());
  }

  @PostMapping("/api/v1/statistics/returns")
  @io.swagger.v3.oas.annotations.Operation(
      summary =
          "Gửi (hoặc gửi lại khi bị trả lại) các biểu thống kê của cấp lên cấp trên; số liệu được chốt khi gửi")
  ReturnService.Sent send(@AuthenticationPrincipal Actor actor, @RequestBody SendCommand c) {
    if (c == null || c.year() == null) {
      throw BusinessRuleViolation.onField("year", "statistics.return.year-invalid", "2100");
    }
    return returns.send(actor, statistics.readableUnit(actor, c.unit()), c.year(), c.version());
  }

  @GetMapping("/api/v1/statistics/returns/{id}")
  @io.swagger.v3.oas.annotations.Operation(
      summary = "Bộ biểu thống kê đã gửi, với số liệu chốt khi gửi")
  ReturnService.Sent get(@AuthenticationPrincipal Actor actor, @PathVariable long id) {
    return returns.get(actor, id);
  }

  @PostMapping("/api/v1/statistics/returns/{id}/{action:accept|return}")
  @io.swagger.v3.oas.annotations.Operation(
      summary = "Cấp trên tiếp nhận hoặc trả lại (kèm lý do) bộ biểu thống kê")
  ReturnService.Sent receive(
      @AuthenticationPrincipal Actor actor,
      @PathVariable long id,
      @PathVariable String action,
      @RequestBody ReceiveCommand c) {
    returns.get(actor, id);
    if (c == null || c.version() == null) {
      throw BusinessRuleViolation.onField("version", "error.version-required");
    }
    return returns.receive(
        actor,
        id,
        c.version(),
        "accept".equals(action) ? ReturnWorkflow.Action.ACCEPT : ReturnWorkflow.Action.RETURN,
        c.reason());
  }
}
