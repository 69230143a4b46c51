package vn.thidua.commendation.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import java.util.Map;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.thidua.kernel.BusinessRuleViolation;
import vn.thidua.rulebook.EligibilityAnswer;
import vn.thidua.rulebook.EligibilityRequest;
import vn.thidua.rulebook.RegimeView;
import vn.thidua.rulebook.RuleView;
import vn.thidua.rulebook.Rulebook;

/** Explained eligibility over the API; any signed-in user may ask. */
@RestController
@RequestMapping("/api/v1/eligibility")
@Tag(name = "Xét điều kiện khen thưởng")
class EligibilityApiController {

  private final Rulebook eligibility;

  EligibilityApiController(Rulebook eligibility) {
    this.eligibility = eligibility;
  }

  @PostMapping("/check")
  @Operation(
      summary =
          "Xét một đối tượng có đủ điều kiện, tiêu chuẩn cho một danh hiệu, hình thức khen thưởng"
              + " hay không, kèm từng điều kiện, căn cứ pháp lý và dữ kiện còn thiếu")
  EligibilityAnswer check(@RequestBody EligibilityRequest request) {
    if (request == null) {
      throw BusinessRuleViolation.onField("award", "eligibility.field-required", "award");
    }
    return eligibility.check(request);
  }

  @PostMapping("/check-batch")
  @Operation(
      summary =
          "Xét cùng lúc cả danh sách đối tượng của một đợt bình xét; trả lời theo đúng thứ tự")
  List<EligibilityAnswer> checkBatch(@RequestBody List<EligibilityRequest> requests) {
    return eligibility.checkBatch(requests == null ? List.of() : requests);
  }

  @GetMapping("/rules")
  @Operation(
      summary =
          "Các quy tắc xét điều kiện (mỗi điều kiện một dòng) với căn cứ pháp lý, độ tin cậy và"
              + " thời gian hiệu lực")
  List<RuleView> rules(@RequestParam(required = false) String award) {
    return eligibility.rules(award);
  }

  @GetMapping("/regimes")
  @Operation(summary = "Các chế độ pháp lý theo ngày hiệu lực")
  List<RegimeView> regimes() {
    return eligibility.regimes();
  }

  @GetMapping("/province-parameters")
  @Operation(
      summary =
          "Tham số của tỉnh (tỷ lệ phiếu, số thành viên tối thiểu, số ngày công khai, tiêu chuẩn"
              + " Giấy khen); mặc định theo QĐ 86/2025/QĐ-UBND tỉnh Bắc Ninh")
  Map<String, Object> provinceParameters(@RequestParam(required = false) String province) {
    return eligibility.provinceParameters(province);
  }
}
