package vn.thidua.oversight.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.thidua.kernel.Choice;
import vn.thidua.organization.Actor;
import vn.thidua.oversight.domain.InspectionService;

/** Who may join an inspection's team, as JSON (value: the user name). */
@RestController
@Tag(name = "Chọn đối tượng")
class MemberPickerApiController {

  private final InspectionService inspections;

  MemberPickerApiController(InspectionService inspections) {
    this.inspections = inspections;
  }

  @GetMapping("/api/v1/pickers/inspections/{id}/members")
  @Operation(
      summary =
          "Tìm thành viên Hội đồng, cán bộ thường trực có thể tham gia đoàn kiểm tra, theo tên,"
              + " không phân biệt dấu")
  List<Choice> search(
      @AuthenticationPrincipal Actor actor,
      @PathVariable long id,
      @RequestParam(required = false) String q,
      @RequestParam(required = false) Integer limit) {
    return inspections.memberChoices(actor, id, q, Choice.limit(limit));
  }
}
