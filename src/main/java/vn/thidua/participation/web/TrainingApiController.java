package vn.thidua.participation.web;

import io.swagger.v3.oas.annotations.Operation;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.thidua.kernel.VietnameseDates;
import vn.thidua.organization.Actor;
import vn.thidua.participation.TrainingCommand;
import vn.thidua.participation.TrainingView;
import vn.thidua.participation.domain.TrainingService;

/** Bình dân học vụ số over the API: what the pages do. */
@RestController
class TrainingApiController {

  private final TrainingService training;
  private final java.time.Clock clock;

  TrainingApiController(TrainingService training, java.time.Clock clock) {
    this.training = training;
    this.clock = clock;
  }

  private int thisYear() {
    return LocalDate.now(clock.withZone(VietnameseDates.ZONE)).getYear();
  }

  @GetMapping("/api/v1/training-sessions")
  @Operation(summary = "Các buổi tập huấn «Bình dân học vụ số» của một đơn vị trong năm")
  List<TrainingView> listApi(
      @AuthenticationPrincipal Actor actor,
      @RequestParam(required = false) String unit,
      @RequestParam(required = false) Integer year) {
    return training.list(
        actor, training.unit(actor, unit).code(), year == null ? thisYear() : year);
  }

  @GetMapping("/api/v1/training-sessions/summary")
  @Operation(summary = "Tổng hợp người học theo thôn, nhóm đối tượng, độ tuổi và kỹ năng")
  TrainingView.Summary summaryApi(
      @AuthenticationPrincipal Actor actor,
      @RequestParam(required = false) String unit,
      @RequestParam(required = false) Integer year) {
    return training.summary(actor, unit, year == null ? thisYear() : year);
  }

  @PostMapping("/api/v1/training-sessions")
  @Operation(summary = "Ghi một buổi tập huấn «Bình dân học vụ số»")
  TrainingView recordApi(
      @AuthenticationPrincipal Actor actor, @RequestBody TrainingCommand command) {
    return training.record(actor, command);
  }

  @GetMapping("/api/v1/training-sessions/{id}")
  @Operation(summary = "Một buổi tập huấn")
  TrainingView getApi(@AuthenticationPrincipal Actor actor, @PathVariable long id) {
    return training.get(actor, id);
  }

  @PostMapping("/api/v1/training-sessions/{id}/cancel")
  @Operation(summary = "Hủy một buổi tập huấn ghi nhầm (không còn được tính)")
  TrainingView cancelApi(
      @AuthenticationPrincipal Actor actor,
      @PathVariable long id,
      @RequestBody Map<String, Object> body) {
    long version = vn.thidua.kernel.StateChange.versionIn(body, "error.version-required");
    Object reason = body.get("reason");
    return training.cancel(actor, id, version, reason == null ? null : reason.toString());
  }
}
