package vn.thidua.movement.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.thidua.kernel.Choice;
import vn.thidua.movement.domain.MovementService;
import vn.thidua.organization.Actor;

/** The indicators of a plan a picker offers, as JSON. */
@RestController
@Tag(name = "Chọn đối tượng")
class IndicatorPickerApiController {

  private final MovementService movements;

  IndicatorPickerApiController(MovementService movements) {
    this.movements = movements;
  }

  @GetMapping("/api/v1/pickers/movements/{id}/indicators")
  @Operation(
      summary =
          "Tìm chỉ tiêu của một kế hoạch theo tên hoặc mã, không phân biệt dấu, xếp theo thứ tự"
              + " tiếng Việt")
  List<Choice> search(
      @AuthenticationPrincipal Actor actor,
      @PathVariable long id,
      @RequestParam(required = false) String q,
      @RequestParam(required = false) Integer limit) {
    return movements.pickIndicators(actor, id, q, Choice.limit(limit));
  }
}
