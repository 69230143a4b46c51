package vn.thidua.news.web;

import java.util.List;
import java.util.Map;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.thidua.kernel.NotFound;
import vn.thidua.news.ArticleCommand;
import vn.thidua.news.ArticleView;
import vn.thidua.news.domain.NewsService;
import vn.thidua.organization.Actor;
import vn.thidua.organization.UnitDirectory;

/**
 * News over the API: the articles in scope, create and edit, publish, withdraw, reopen; and the
 * communication indicator, the count of articles published in a unit and year.
 */
@RestController
class NewsApiController {

  private final NewsService news;
  private final UnitDirectory units;

  NewsApiController(NewsService news, UnitDirectory units) {
    this.news = news;
    this.units = units;
  }

  @GetMapping("/api/v1/news")
  List<ArticleView> list(@AuthenticationPrincipal Actor actor) {
    return news.list(actor);
  }

  @PostMapping("/api/v1/news")
  ArticleView create(@AuthenticationPrincipal Actor actor, @RequestBody ArticleCommand command) {
    return news.create(actor, command);
  }

  @GetMapping("/api/v1/news/{id}")
  ArticleView get(@AuthenticationPrincipal Actor actor, @PathVariable long id) {
    return news.get(actor, id);
  }

  @PutMapping("/api/v1/news/{id}")
  ArticleView update(
      @AuthenticationPrincipal Actor actor,
      @PathVariable long id,
      @RequestBody ArticleCommand command) {
    return news.update(actor, id, command);
  }

  @PostMapping("/api/v1/news/{id}/{action:publish|withdraw|reopen}")
  ArticleView move(
      @AuthenticationPrincipal Actor actor,
      @PathVariable long id,
      @PathVariable String action,
      @RequestParam long version,
      @RequestParam(required = false) String reason) {
    return switch (action) {
      case "publish" -> news.publish(actor, id, version);
      case "withdraw" -> news.withdraw(actor, id, version, reason);
      default -> news.reopen(actor, id, version);
    };
  }

  @PostMapping("/api/v1/news/{id}/images")
  ArticleView addImage(
      @AuthenticationPrincipal Actor actor,
      @PathVariable long id,
      @RequestParam("file") org.springframework.web.multipart.MultipartFile file,
      @RequestParam(required = false) String alt)
      throws java.io.IOException {
    if (file.getSize() > NewsService.MAX_IMAGE_BYTES) {
      throw new vn.thidua.kernel.FileTooLarge(NewsService.MAX_IMAGE_BYTES / (1024 * 1024));
    }
    return news.addImage(actor, id, file.getOriginalFilename(), alt, file.getBytes());
  }

  /**
   * The communication indicator: articles published in a year by the bodies of a unit and below (a
   * province counts its communes'). Any signed-in user; the count is public information.
   */
  @GetMapping("/api/v1/news/indicator")
  Map<String, Object> indicator(@RequestParam String unit, @RequestParam int year) {
    UnitDirectory.Unit u = units.unit(unit).orElseThrow(() -> new NotFound("error.not-found"));
    return Map.of(
        "unitCode",
        u.code(),
        "year",
        year,
        "indicator",
        "PUBLISHED_ARTICLES",
        "value",
        news.publishedCount(u.path(), year));
  }
}
