package vn.thidua.initiative.web;

import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import vn.thidua.initiative.domain.ExemplaryModelService;
import vn.thidua.initiative.domain.InitiativeService;

/**
 * The public page of exemplary models (no login): published models only, each person with only the
 * name and unit they agreed to publish.
 */
@Controller
class PublicModelController {

  private final ExemplaryModelService models;

  PublicModelController(ExemplaryModelService models) {
    this.models = models;
  }

  @GetMapping("/portal/models")
  String list(Model model) {
    model.addAttribute("models", models.published());
    return "initiative/public-models";
  }

  @GetMapping("/portal/models/{id}")
  String detail(@PathVariable long id, Model model) {
    model.addAttribute("m", models.published(id));
    return "initiative/public-model";
  }

  @GetMapping("/portal/models/{id}/photos/{photoId}")
  ResponseEntity<byte[]> photo(@PathVariable long id, @PathVariable long photoId) {
    InitiativeService.File f = models.photo(null, id, photoId);
    return ResponseEntity.ok()
        .contentType(MediaType.parseMediaType(f.contentType()))
        .cacheControl(CacheControl.noCache())
        .body(f.content());
  }
}
