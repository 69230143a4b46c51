package vn.thidua.organization.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.thidua.kernel.Choice;
import vn.thidua.organization.Actor;
import vn.thidua.organization.AdministrativeLevel;
import vn.thidua.organization.Permission;
import vn.thidua.organization.domain.AdministrativeUnitService;
import vn.thidua.organization.domain.OrganizationService;
import vn.thidua.organization.domain.PersonService;

/** The searches behind the pickers, as JSON: the same answers as the form's options. */
@RestController
@RequestMapping("/api/v1/pickers")
@Tag(name = "Chọn đối tượng")
class PickerApiController {

  private final PersonService people;
  private final OrganizationService organizations;
  private final AdministrativeUnitService units;

  PickerApiController(
      PersonService people, OrganizationService organizations, AdministrativeUnitService units) {
    this.people = people;
    this.organizations = organizations;
    this.units = units;
  }

  @GetMapping("/people")
  @Operation(
      summary =
          "Tìm cá nhân trong phạm vi được xem theo tên, không phân biệt dấu, xếp theo thứ tự tiếng"
              + " Việt")
  List<Choice> people(
      @AuthenticationPrincipal Actor actor,
      @RequestParam(required = false) String q,
      @RequestParam(required = false) Integer limit) {
    return people.pick(actor, q, Choice.limit(limit));
  }

  @GetMapping("/organizations")
  @Operation(summary = "Tìm cơ quan, tổ chức trong phạm vi theo tên, không phân biệt dấu")
  List<Choice> organizations(
      @AuthenticationPrincipal Actor actor,
      @RequestParam(required = false) String q,
      @RequestParam(required = false) Integer limit) {
    return organizations.pick(actor, Permission.VIEW_ORGANIZATIONS, q, Choice.limit(limit));
  }

  @GetMapping("/administrative-units")
  @Operation(summary = "Tìm đơn vị hành chính (tỉnh, xã) theo tên, không phân biệt dấu")
  List<Choice> units(
      @RequestParam(required = false) String q,
      @RequestParam(required = false) AdministrativeLevel level,
      @RequestParam(required = false) Integer limit) {
    return units.pick(q, level, Choice.limit(limit));
  }
}
