package vn.thidua.organization.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.UUID;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.thidua.kernel.BusinessRuleViolation;
import vn.thidua.organization.Actor;
import vn.thidua.organization.Permission;
import vn.thidua.organization.domain.ImportService;

/** Excel import pages: templates, upload, progress and errors by row and column. */
@Controller
class ImportController {

  private final ImportService imports;

  ImportController(ImportService imports) {
    this.imports = imports;
  }

  @GetMapping("/imports")
  String index(@AuthenticationPrincipal Actor actor) {
    if (!actor.may(Permission.IMPORT_DATA)) {
      throw new org.springframework.security.access.AccessDeniedException("error.forbidden");
    }
    return "imports/index";
  }

  @PostMapping("/imports/{kind}")
  String upload(
      @AuthenticationPrincipal Actor actor,
      @PathVariable String kind,
      @RequestParam("file") MultipartFile file,
      RedirectAttributes redirect) {
    if (file.getSize() > ImportApiController.MAX_BYTES) {
      redirect.addFlashAttribute("problem", "error.file-too-large");
      return "redirect:/imports";
    }
    try {
      ImportService.Started started =
          imports.start(
              actor, ImportApiController.kind(kind), file.getOriginalFilename(), file.getBytes());
      return "redirect:/imports/" + started.id();
    } catch (BusinessRuleViolation e) {
      redirect.addFlashAttribute("problem", e.code());
      return "redirect:/imports";
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @GetMapping("/imports/{id:[0-9a-f-]{36}}")
  String job(
      @AuthenticationPrincipal Actor actor,
      @PathVariable UUID id,
      @RequestHeader(value = "HX-Request", required = false) String htmx,
      Model model) {
    model.addAttribute("job", imports.job(actor, id));
    return htmx != null ? "imports/job :: progress" : "imports/job";
  }
}
