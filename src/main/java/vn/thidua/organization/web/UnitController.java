package vn.thidua.organization.web;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import vn.thidua.kernel.NotFound;
import vn.thidua.kernel.VietnameseText;
import vn.thidua.organization.Actor;
import vn.thidua.organization.domain.AdministrativeUnit;
import vn.thidua.organization.domain.AdministrativeUnitService;

/** The administrative tree: provinces, their communes, search across all units. */
@Controller
class UnitController {

  private final AdministrativeUnitService units;

  UnitController(AdministrativeUnitService units) {
    this.units = units;
  }

  @GetMapping("/units")
  String tree(
      @AuthenticationPrincipal Actor actor,
      @RequestParam(required = false) String q,
      @RequestHeader(value = "HX-Request", required = false) String htmx,
      Model model) {
    model.addAttribute("q", q);
    if (q != null && !q.isBlank()) {
      model.addAttribute("hits", units.search(q, 50));
    }
    if (htmx != null) {
      return "units/tree :: results";
    }
    model.addAttribute("provinces", units.provinces());
    return "units/tree";
  }

  @GetMapping("/units/{code}")
  String unit(@PathVariable String code, @RequestParam(required = false) String q, Model model) {
    AdministrativeUnit unit = units.find(code).orElseThrow(() -> new NotFound("unit.not-found"));
    model.addAttribute("unit", unit);
    unit.parentCode();
    model.addAttribute(
        "parent", unit.parentCode() == null ? null : units.find(unit.parentCode()).orElse(null));
    String folded = VietnameseText.fold(q);
    model.addAttribute(
        "children",
        units.children(code).stream()
            .filter(c -> folded.isEmpty() || VietnameseText.fold(c.name()).contains(folded))
            .toList());
    model.addAttribute("q", q);
    return "units/unit";
  }
}
