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
import vn.thidua.organization.PersonCategory;
import vn.thidua.organization.PersonCommand;
import vn.thidua.organization.PersonFilter;
import vn.thidua.organization.PersonView;
import vn.thidua.organization.domain.PersonService;

/** People over the API, inside the caller's scope, in Vietnamese name order. */
@RestController
@RequestMapping("/api/v1/people")
@Tag(name = "Cá nhân")
class PersonApiController {

  private final PersonService people;

  PersonApiController(PersonService people) {
    this.people = people;
  }

  @GetMapping
  @Operation(summary = "Danh sách cá nhân trong phạm vi, xếp theo tên rồi tên đệm rồi họ")
  PageResult<PersonView> list(
      @AuthenticationPrincipal Actor actor,
      @RequestParam(required = false) String q,
      @RequestParam(required = false) String unit,
      @RequestParam(required = false) Long organization,
      @RequestParam(required = false) PersonCategory category,
      @RequestParam(defaultValue = "false") boolean includeInactive,
      @RequestParam(defaultValue = "0") int page,
      @RequestParam(required = false) Integer size) {
    return people.page(
        actor,
        new PersonFilter(q, unit, organization, category, includeInactive),
        Math.max(0, page),
        PageResult.clampSize(size, 50));
  }

  @GetMapping("/{id}")
  PersonView get(@AuthenticationPrincipal Actor actor, @PathVariable long id) {
    return people.get(actor, id);
  }

  @PostMapping
  @ResponseStatus(HttpStatus.CREATED)
  PersonView create(@AuthenticationPrincipal Actor actor, @RequestBody PersonCommand command) {
    return people.create(actor, command);
  }

  @PutMapping("/{id}")
  PersonView update(
      @AuthenticationPrincipal Actor actor,
      @PathVariable long id,
      @RequestBody PersonCommand command) {
    return people.update(actor, id, command);
  }

  @PostMapping("/{id}/deactivate")
  PersonView deactivate(
      @AuthenticationPrincipal Actor actor, @PathVariable long id, @RequestParam long version) {
    return people.setActive(actor, id, version, false);
  }

  @PostMapping("/{id}/reactivate")
  PersonView reactivate(
      @AuthenticationPrincipal Actor actor, @PathVariable long id, @RequestParam long version) {
    return people.setActive(actor, id, version, true);
  }
}
