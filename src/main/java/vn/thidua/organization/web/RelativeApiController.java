package vn.thidua.organization.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import vn.thidua.organization.Actor;
import vn.thidua.organization.Relation;
import vn.thidua.organization.RelativeView;
import vn.thidua.organization.domain.RelativeService;

/** The relatives a person declares (for the conflict-of-interest rule). */
@RestController
@RequestMapping("/api/v1/people/{id}/relatives")
@Tag(name = "Cá nhân")
class RelativeApiController {

  private final RelativeService relatives;

  RelativeApiController(RelativeService relatives) {
    this.relatives = relatives;
  }

  /**
   * A declaration: the relative (id; their full name when declaring one's own relative) and how.
   */
  record Declaration(Long relativeId, Relation relation, String relativeName) {}

  @GetMapping
  @Operation(summary = "Người thân đã khai báo của một người (cả chiều người khác khai người này)")
  List<RelativeView> list(@AuthenticationPrincipal Actor actor, @PathVariable long id) {
    return relatives.relatives(actor, id);
  }

  @PostMapping
  @ResponseStatus(HttpStatus.CREATED)
  @Operation(
      summary =
          "Khai báo người thân (vợ/chồng, cha mẹ, con, anh chị em…): người đó không được chấm,"
              + " xét, quyết định hồ sơ của mình")
  RelativeView declare(
      @AuthenticationPrincipal Actor actor,
      @PathVariable long id,
      @RequestBody Declaration declaration) {
    return relatives.declare(
        actor, id, declaration.relativeId(), declaration.relation(), declaration.relativeName());
  }

  @DeleteMapping("/{relativeId}")
  @ResponseStatus(HttpStatus.NO_CONTENT)
  @Operation(summary = "Rút một khai báo người thân")
  void withdraw(
      @AuthenticationPrincipal Actor actor, @PathVariable long id, @PathVariable long relativeId) {
    relatives.withdraw(actor, id, relativeId);
  }
}
