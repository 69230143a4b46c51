package vn.thidua.organization.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.thidua.kernel.NotFound;
import vn.thidua.organization.AdministrativeUnitView;
import vn.thidua.organization.domain.AdministrativeUnitService;

/** The official administrative units (34 provinces/cities, 3,321 communes/wards). */
@RestController
@RequestMapping("/api/v1/administrative-units")
@Tag(name = "Đơn vị hành chính")
class AdministrativeUnitApiController {

  private final AdministrativeUnitService units;

  AdministrativeUnitApiController(AdministrativeUnitService units) {
    this.units = units;
  }

  @GetMapping
  @Operation(
      summary = "Các đơn vị con của một đơn vị (không có parent: 34 tỉnh, thành phố), theo mã")
  List<AdministrativeUnitView> children(@RequestParam(required = false) String parent) {
    if (parent != null && !parent.isBlank() && units.find(parent).isEmpty()) {
      throw new NotFound("unit.not-found");
    }
    return units.children(parent);
  }

  @GetMapping("/search")
  @Operation(summary = "Tìm đơn vị hành chính theo tên, không phân biệt dấu")
  List<AdministrativeUnitService.UnitHit> search(
      @RequestParam String q, @RequestParam(defaultValue = "20") int limit) {
    return units.search(q, Math.max(1, Math.min(100, limit)));
  }
}
