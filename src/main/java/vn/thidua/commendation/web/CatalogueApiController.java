package vn.thidua.commendation.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.thidua.kernel.BusinessRuleViolation;
import vn.thidua.kernel.NotFound;
import vn.thidua.kernel.VietnameseDates;
import vn.thidua.organization.AdministrativeLevel;
import vn.thidua.organization.UnitDirectory;
import vn.thidua.rulebook.FormRule;
import vn.thidua.rulebook.Rulebook;

/**
 * The rulebook of the forms (contracts.md, "Rulebook"): for the rules in force on a date and a
 * province's parameters, every title and form with who may receive it, who decides, which councils
 * vote, public notice, base salary and bonus, dossier, citations and confidence. The nomination
 * workflow reads exactly these rules.
 */
@RestController
@Tag(name = "Danh mục khen thưởng")
class CatalogueApiController {

  private final Rulebook rulebook;
  private final UnitDirectory units;
  private final Clock clock;

  CatalogueApiController(Rulebook rulebook, UnitDirectory units, Clock clock) {
    this.rulebook = rulebook;
    this.units = units;
    this.clock = clock;
  }

  private LocalDate day(LocalDate on) {
    return on == null ? LocalDate.now(clock.withZone(VietnameseDates.ZONE)) : on;
  }

  private String province(String province) {
    if (province == null || province.isBlank()) {
      return null;
    }
    String code = province.strip();
    return units
        .unit(code)
        .filter(u -> u.level() == AdministrativeLevel.PROVINCE)
        .map(UnitDirectory.Unit::code)
        .orElseThrow(() -> BusinessRuleViolation.onField("province", "unit.not-found"));
  }

  @GetMapping("/api/v1/award-forms")
  @Operation(
      summary =
          "Các danh hiệu, hình thức khen thưởng theo quy định có hiệu lực vào một ngày (mặc định"
              + " hôm nay) với tham số của tỉnh: đối tượng, thẩm quyền, Hội đồng phải bỏ phiếu,"
              + " công khai, lương cơ sở và tiền thưởng, hồ sơ, căn cứ, độ tin cậy")
  List<FormRule> awardForms(
      @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate on,
      @RequestParam(required = false) String province) {
    return rulebook.forms(day(on), province(province));
  }

  @GetMapping("/api/v1/award-forms/{code}")
  @Operation(
      summary = "Một danh hiệu, hình thức khen thưởng theo quy định có hiệu lực vào một ngày")
  FormRule awardForm(
      @PathVariable String code,
      @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate on,
      @RequestParam(required = false) String province) {
    return rulebook
        .form(code, day(on), province(province))
        .orElseThrow(() -> new NotFound("commendation.award-not-found"));
  }

  @GetMapping("/api/v1/commendation/catalogue")
  @Operation(summary = "Như /api/v1/award-forms (tên cũ, giữ để tương thích)")
  List<FormRule> catalogue(
      @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate on) {
    return rulebook.forms(day(on), null);
  }

  @GetMapping("/api/v1/commendation/catalogue/{code}")
  @Operation(summary = "Như /api/v1/award-forms/{code} (tên cũ, giữ để tương thích)")
  FormRule award(
      @PathVariable String code,
      @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate on) {
    return awardForm(code, on, null);
  }

  @GetMapping("/api/v1/commendation/base-salaries")
  @Operation(summary = "Mức lương cơ sở theo ngày hiệu lực (căn cứ tính tiền thưởng)")
  List<Rulebook.BaseSalary> baseSalaries() {
    return rulebook.baseSalaries();
  }
}
