package vn.thidua.commendation.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.JsonNode;
import vn.thidua.commendation.domain.EligibilityService;

/** The catalogue of titles and forms of commendation. */
@RestController
@RequestMapping("/api/v1/commendation")
@Tag(name = "Danh mục khen thưởng")
class CatalogueApiController {

  private final EligibilityService eligibility;
  private final Clock clock;

  CatalogueApiController(EligibilityService eligibility, Clock clock) {
    this.eligibility = eligibility;
    this.clock = clock;
  }

  @GetMapping("/catalogue")
  @Operation(
      summary =
          "Danh mục danh hiệu, hình thức khen thưởng: đối tượng, thẩm quyền quyết định, cấp đề"
              + " nghị, tiền thưởng theo lương cơ sở, hồ sơ, công khai, căn cứ")
  List<JsonNode> catalogue(
      @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate on) {
    return eligibility.catalogue(on == null ? LocalDate.now(clock) : on);
  }

  @GetMapping("/catalogue/{code}")
  @Operation(summary = "Một danh hiệu, hình thức khen thưởng của danh mục")
  JsonNode award(
      @PathVariable String code,
      @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate on) {
    return eligibility.award(code, on == null ? LocalDate.now(clock) : on);
  }

  @GetMapping("/base-salaries")
  @Operation(summary = "Mức lương cơ sở theo ngày hiệu lực (căn cứ tính tiền thưởng)")
  JsonNode baseSalaries() {
    return eligibility.baseSalaries();
  }
}
