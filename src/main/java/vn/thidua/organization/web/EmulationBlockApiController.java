package vn.thidua.organization.web;

import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import vn.thidua.organization.Actor;
import vn.thidua.organization.EmulationBlockCommand;
import vn.thidua.organization.EmulationBlockView;
import vn.thidua.organization.domain.EmulationBlockService;

/** Emulation blocks and clusters over the API. */
@RestController
@RequestMapping("/api/v1/emulation-blocks")
@Tag(name = "Khối, cụm thi đua")
class EmulationBlockApiController {

  private final EmulationBlockService blocks;

  EmulationBlockApiController(EmulationBlockService blocks) {
    this.blocks = blocks;
  }

  @GetMapping
  List<EmulationBlockView> list(@AuthenticationPrincipal Actor actor) {
    return blocks.list(actor);
  }

  @GetMapping("/{id}")
  EmulationBlockView get(@AuthenticationPrincipal Actor actor, @PathVariable long id) {
    return blocks.get(actor, id);
  }

  @PostMapping
  @ResponseStatus(HttpStatus.CREATED)
  EmulationBlockView create(
      @AuthenticationPrincipal Actor actor, @RequestBody EmulationBlockCommand command) {
    return blocks.create(actor, command);
  }

  @PutMapping("/{id}")
  EmulationBlockView update(
      @AuthenticationPrincipal Actor actor,
      @PathVariable long id,
      @RequestBody EmulationBlockCommand command) {
    return blocks.update(actor, id, command);
  }
}
