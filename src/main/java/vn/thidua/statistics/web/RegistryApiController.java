package vn.thidua.statistics.web;

import java.util.List;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.thidua.organization.Actor;
import vn.thidua.statistics.domain.RegistryService;
import vn.thidua.statistics.domain.StatisticsService;

/** The registry of bodies and civil servants doing emulation work (forms 0604, 0605). */
@io.swagger.v3.oas.annotations.tags.Tag(
    name = "Thống kê: cơ quan, công chức làm công tác thi đua, khen thưởng")
@RestController
class RegistryApiController {

  private final RegistryService registry;
  private final StatisticsService statistics;

  RegistryApiController(RegistryService registry, StatisticsService statistics) {
    this.registry = registry;
    this.statistics = statistics;
  }

  @GetMapping("/api/v1/statistics/registry")
  @io.swagger.v3.oas.annotations.Operation(
      summary =
          "Các cơ quan và công chức làm công tác thi đua, khen thưởng của một cấp và cấp dưới")
  List<RegistryService.Body> list(@AuthenticationPrincipal Actor actor, @RequestParam String unit) {
    return registry.bodies(statistics.readableUnit(actor, unit));
  }

  @PostMapping("/api/v1/statistics/registry/bodies")
  @io.swagger.v3.oas.annotations.Operation(summary = "Thêm một cơ quan, tổ chức vào danh sách")
  RegistryService.Body addBody(
      @AuthenticationPrincipal Actor actor, @RequestBody RegistryService.BodyCommand body) {
    return registry.addBody(actor, body);
  }

  @PostMapping("/api/v1/statistics/registry/bodies/{id}/officers")
  @io.swagger.v3.oas.annotations.Operation(summary = "Thêm một công chức của cơ quan vào danh sách")
  RegistryService.Body addOfficer(
      @AuthenticationPrincipal Actor actor,
      @PathVariable long id,
      @RequestBody RegistryService.OfficerCommand body) {
    return registry.addOfficer(actor, id, body);
  }

  /** The year a body's or a civil servant's emulation work ended. */
  record EndCommand(Integer toYear) {}

  @PostMapping("/api/v1/statistics/registry/bodies/{id}/end")
  @io.swagger.v3.oas.annotations.Operation(summary = "Ghi năm kết thúc công tác của cơ quan")
  RegistryService.Body endBody(
      @AuthenticationPrincipal Actor actor, @PathVariable long id, @RequestBody EndCommand body) {
    return registry.endBody(actor, id, body == null ? null : body.toYear());
  }

  @PostMapping("/api/v1/statistics/registry/officers/{id}/end")
  @io.swagger.v3.oas.annotations.Operation(summary = "Ghi năm kết thúc công tác của công chức")
  RegistryService.Body endOfficer(
      @AuthenticationPrincipal Actor actor, @PathVariable long id, @RequestBody EndCommand body) {
    return registry.endOfficer(actor, id, body == null ? null : body.toYear());
  }
}
