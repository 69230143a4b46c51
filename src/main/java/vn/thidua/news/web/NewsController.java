package vn.thidua.news.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.thidua.kernel.ActionOutcome;
import vn.thidua.kernel.BusinessRuleViolation;
import vn.thidua.kernel.ConcurrentChange;
import vn.thidua.news.ArticleCommand;
import vn.thidua.news.ArticleView;
import vn.thidua.news.NewsArticles;
import vn.thidua.news.domain.NewsService;
import vn.thidua.organization.Actor;
import vn.thidua.organization.Permission;

/** Writers' pages: the articles in scope, the form, an article with its images and its steps. */
@Controller
class NewsController {

  private final NewsService news;

  NewsController(NewsService news) {
    this.news = news;
  }

  @GetMapping("/news")
  String list(@AuthenticationPrincipal Actor actor, Model model) {
    model.addAttribute("items", news.list(actor));
    model.addAttribute("canWrite", actor.may(Permission.WRITE_NEWS));
    return "news/list";
  }

  @GetMapping("/news/new")
  String newForm(@AuthenticationPrincipal Actor actor, Model model) {
    requireWriter(actor);
    return formPage(actor, model, Map.of(), null);
  }

  @PostMapping("/news/new")
  String create(
      @AuthenticationPrincipal Actor actor,
      @RequestParam Map<String, String> p,
      Model model,
      RedirectAttributes redirect) {
    requireWriter(actor);
    try {
      ArticleView a = news.create(actor, command(p, null));
      redirect.addFlashAttribute("notice", "news.saved");
      return "redirect:/news/" + a.id();
    } catch (BusinessRuleViolation e) {
      model.addAttribute("problem", e.code());
      model.addAttribute("problemArgs", e.args());
      return formPage(actor, model, p, null);
    }
  }

  @GetMapping("/news/{id}")
  String detail(@AuthenticationPrincipal Actor actor, @PathVariable long id, Model model) {
    ArticleView a = news.get(actor, id);
    model.addAttribute("a", a);
    model.addAttribute("history", news.history(actor, id));
    model.addAttribute("canWrite", actor.may(Permission.WRITE_NEWS, unitScope(actor, a)));
    model.addAttribute("maxMegabytes", NewsService.MAX_IMAGE_BYTES / (1024 * 1024));
    model.addAttribute("fileMaxBytes", NewsService.MAX_IMAGE_BYTES);
    return "news/detail";
  }

  @GetMapping("/news/{id}/edit")
  String editForm(@AuthenticationPrincipal Actor actor, @PathVariable long id, Model model) {
    ArticleView a = news.get(actor, id);
    requireWriter(actor);
    return formPage(
        actor,
        model,
        Map.of(
            "title", a.title(),
            "summary", a.summary(),
            "body", a.body(),
            "themes", String.join(", ", a.themes()),
            "places", String.join(", ", a.places()),
            "version", Long.toString(a.version())),
        a);
  }

  @PostMapping("/news/{id}")
  String update(
      @AuthenticationPrincipal Actor actor,
      @PathVariable long id,
      @RequestParam Map<String, String> p,
      Model model,
      RedirectAttributes redirect) {
    ArticleView a = news.get(actor, id);
    try {
      Long version = p.get("version") == null ? null : Long.valueOf(p.get("version"));
      news.update(actor, id, command(p, version));
      redirect.addFlashAttribute("notice", "news.saved");
      return "redirect:/news/" + id;
    } catch (BusinessRuleViolation | ConcurrentChange | NumberFormatException e) {
      if (e instanceof BusinessRuleViolation v) {
        model.addAttribute("problem", v.code());
        model.addAttribute("problemArgs", v.args());
      } else {
        model.addAttribute("problem", "error.concurrent-change");
      }
      return formPage(actor, model, p, a);
    }
  }

  @PostMapping("/news/{id}/images")
  String addImage(
      @AuthenticationPrincipal Actor actor,
      @PathVariable long id,
      @RequestParam("file") MultipartFile file,
      @RequestParam(required = false) String alt,
      RedirectAttributes redirect) {
    if (file.getSize() > NewsService.MAX_IMAGE_BYTES) {
      redirect.addFlashAttribute("problem", "error.file-too-large");
      redirect.addFlashAttribute(
          "problemArgs", new Object[] {NewsService.MAX_IMAGE_BYTES / (1024 * 1024)});
      return "redirect:/news/" + id;
    }
    ActionOutcome.of(
            "news.image.added",
            () -> {
              try {
                news.addImage(actor, id, file.getOriginalFilename(), alt, file.getBytes());
              } catch (IOException e) {
                throw new UncheckedIOException(e);
              }
            })
        .flash(redirect::addFlashAttribute);
    return "redirect:/news/" + id;
  }

  @GetMapping("/news/{id}/images/{imageId}")
  ResponseEntity<byte[]> image(
      @AuthenticationPrincipal Actor actor, @PathVariable long id, @PathVariable long imageId) {
    NewsArticles.ImageFile f = news.image(actor, id, imageId);
    return ResponseEntity.ok()
        .contentType(MediaType.parseMediaType(f.contentType()))
        .body(f.content());
  }

  @PostMapping("/news/{id}/{action:publish|withdraw|reopen}")
  String move(
      @AuthenticationPrincipal Actor actor,
      @PathVariable long id,
      @PathVariable String action,
      @RequestParam long version,
      @RequestParam(required = false, defaultValue = "") String reason,
      RedirectAttributes redirect) {
    Runnable step =
        switch (action) {
          case "publish" -> () -> news.publish(actor, id, version);
          case "withdraw" -> () -> news.withdraw(actor, id, version, reason);
          default -> () -> news.reopen(actor, id, version);
        };
    ActionOutcome.of("news." + action + ".done", step).flash(redirect::addFlashAttribute);
    return "redirect:/news/" + id;
  }

  private String formPage(Actor actor, Model model, Map<String, String> form, ArticleView article) {
    model.addAttribute("form", form);
    model.addAttribute("article", article);
    model.addAttribute("orgs", news.writableOrganizations(actor));
    return "news/form";
  }

  static ArticleCommand command(Map<String, String> p, Long version) {
    String org = p.get("organizationId");
    return new ArticleCommand(
        org == null || org.isBlank() ? null : Long.valueOf(org.strip()),
        p.get("title"),
        p.get("summary"),
        p.get("body"),
        split(p.get("themes")),
        split(p.get("places")),
        version);
  }

  private static List<String> split(String s) {
    return s == null ? List.of() : Arrays.asList(s.split(","));
  }

  private static void requireWriter(Actor actor) {
    if (!actor.may(Permission.WRITE_NEWS)) {
      throw new AccessDeniedException("error.forbidden");
    }
  }

  /** The path the writer's permission is judged at: the article's organisation. */
  private String unitScope(Actor actor, ArticleView a) {
    return news.pathOfArticle(a.id());
  }
}
