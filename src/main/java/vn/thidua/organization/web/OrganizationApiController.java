package vn.thidua.organization.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import vn.thidua.kernel.PageResult;
import vn.thidua.organization.Actor;
import vn.thidua.organization.OrganizationCommand;
import vn.thidua.organization.OrganizationFilter;
import vn.thidua.organization.OrganizationType;
import vn.thidua.organization.OrganizationView;
import vn.thidua.organization.domain.OrganizationService;

/** Organisations over the API, inside the caller's scope. */
@RestController
@RequestMapping("/api/v1/organizations")
@Tag(name = "Tổ chức")
class OrganizationApiController {

  private final OrganizationService organizations;

  OrganizationApiController(OrganizationService organizations) {
    this.organizations = organizations;
  }

  @GetMapping
  @Operation(summary = "Danh sách tổ chức trong phạm vi, tìm kiếm không phân biệt dấu")
  PageResult<OrganizationView> list(
      @AuthenticationPrincipal Actor actor,
      @RequestParam(required = false) String q,
      @RequestParam(required = false) String unit,
      @RequestParam(required = false) OrganizationType type,
      @RequestParam(required = false) Long parent,
      @RequestParam(defaultValue = "false") boolean includeInactive,
      @RequestParam(defaultValue = "0") int page,
      @RequestParam(required = false) Integer size) {
    return organizations.page(
        actor,
        new OrganizationFilter(q, unit, type, parent, includeInactive),
        Math.max(0, page),
        PageResult.clampSize(size, 50));
  }

  @GetMapping("/{id}")
  OrganizationView get(@AuthenticationPrincipal Actor actor, @PathVariable long id) {
    return organizations.get(actor, id);
  }

  @PostMapping
  @ResponseStatus(HttpStatus.CREATED)
  OrganizationView create(
      @AuthenticationPrincipal Actor actor, @RequestBody OrganizationCommand command) {
    return organizations.create(actor, command);
  }

  @PutMapping("/{id}")
  @Operation(
      summary = "Sửa tổ chức; phải gửi version đã đọc, nếu người khác đã sửa trước thì trả 409")
  OrganizationView update(
      @AuthenticationPrincipal Actor actor,
      @PathVariable long id,
      @RequestBody OrganizationCommand command) {
    return organizations.update(actor, id, command);
  }

  @PostMapping("/{id}/deactivate")
  @Operation(summary = "Ngừng hoạt động (không bao giờ xóa hẳn)")
  OrganizationView deactivate(
      @AuthenticationPrincipal Actor actor, @PathVariable long id, @RequestParam long version) {
    return organizations.setActive(actor, id, version, false);
  }

  @PostMapping("/{id}/reactivate")
  OrganizationView reactivate(
      @AuthenticationPrincipal Actor actor, @PathVariable long id, @RequestParam long version) {
    return organizations.setActive(actor, id, version, true);
  }
}
