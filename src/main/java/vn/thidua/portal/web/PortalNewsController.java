package vn.thidua.portal.web;

import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.springframework.context.MessageSource;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.HtmlUtils;
import vn.thidua.commendation.Honours;
import vn.thidua.kernel.NotFound;
import vn.thidua.movement.MovementView;
import vn.thidua.movement.Plans;
import vn.thidua.news.ArticleView;
import vn.thidua.news.NewsArticles;

/**
 * News and columns on the portal: the published articles by theme and place, one article with its
 * images and Open Graph tags, the Atom feed, and the sitemap of the public pages.
 */
@Controller
class PortalNewsController {

  static final MediaType ATOM = MediaType.parseMediaType("application/atom+xml;charset=UTF-8");
  static final java.util.Locale VI = java.util.Locale.forLanguageTag("vi");

  private final NewsArticles news;
  private final Plans plans;
  private final Honours honours;
  private final MessageSource messages;

  PortalNewsController(NewsArticles news, Plans plans, Honours honours, MessageSource messages) {
    this.news = news;
    this.plans = plans;
    this.honours = honours;
    this.messages = messages;
  }

  @GetMapping("/portal/news")
  String list(
      @RequestParam(required = false) String theme,
      @RequestParam(required = false) String place,
      Model model) {
    model.addAttribute("articles", news.published(theme, place, 200));
    model.addAttribute("themes", news.tags("THEME"));
    model.addAttribute("places", news.tags("PLACE"));
    model.addAttribute("theme", theme);
    model.addAttribute("place", place);
    model.addAttribute(
        "og",
        OpenGraph.of(
            "website",
            messages.getMessage("portal.news", null, VI),
            messages.getMessage("portal.news.lead", null, VI),
            "/portal/news",
            null));
    return "portal/news";
  }

  @GetMapping("/portal/news/{id}")
  String article(@PathVariable long id, Model model) {
    ArticleView a = news.publishedArticle(id).orElseThrow(() -> new NotFound("error.not-found"));
    model.addAttribute("a", a);
    model.addAttribute(
        "og",
        OpenGraph.of(
            "article",
            a.title(),
            a.summary().isBlank() ? abbreviate(a.body()) : a.summary(),
            "/portal/news/" + a.id(),
            a.images().isEmpty()
                ? null
                : "/portal/news/" + a.id() + "/images/" + a.images().getFirst().id()));
    return "portal/article";
  }

  @GetMapping("/portal/news/{id}/images/{imageId}")
  ResponseEntity<byte[]> image(@PathVariable long id, @PathVariable long imageId) {
    NewsArticles.ImageFile f =
        news.publishedImage(id, imageId).orElseThrow(() -> new NotFound("error.not-found"));
    return ResponseEntity.ok()
        .contentType(MediaType.parseMediaType(f.contentType()))
        .cacheControl(CacheControl.maxAge(java.time.Duration.ofHours(1)).cachePublic())
        .body(f.content());
  }

  @GetMapping("/portal/news/feed.atom")
  ResponseEntity<String> feed() {
    List<ArticleView> items = news.published(null, null, 50);
    Instant updated = items.isEmpty() ? Instant.EPOCH : items.getFirst().publishedAt();
    StringBuilder x = new StringBuilder();
    x.append("<?xml version=\"1.0\" encoding=\"utf-8\"?>\n");
    x.append("<feed xmlns=\"http://www.w3.org/2005/Atom\" xml:lang=\"vi\">\n");
    x.append("  <title>")
        .append(esc(messages.getMessage("portal.feed", null, VI)))
        .append("</title>\n");
    x.append("  <subtitle>")
        .append(esc(messages.getMessage("portal.feed.subtitle", null, VI)))
        .append("</subtitle>\n");
    x.append("  <id>").append(esc(OpenGraph.absolute("/portal/news"))).append("</id>\n");
    x.append("  <link rel=\"self\" href=\"")
        .append(esc(OpenGraph.absolute("/portal/news/feed.atom")))
        .append("\"/>\n");
    x.append("  <link rel=\"alternate\" type=\"text/html\" href=\"")
        .append(esc(OpenGraph.absolute("/portal/news")))
        .append("\"/>\n");
    x.append("  <updated>")
        .append(DateTimeFormatter.ISO_INSTANT.format(updated))
        .append("</updated>\n");
    for (ArticleView a : items) {
      String url = OpenGraph.absolute("/portal/news/" + a.id());
      x.append("  <entry>\n");
      x.append("    <title>").append(esc(a.title())).append("</title>\n");
      x.append("    <id>").append(esc(url)).append("</id>\n");
      x.append("    <link rel=\"alternate\" type=\"text/html\" href=\"")
          .append(esc(url))
          .append("\"/>\n");
      x.append("    <published>")
          .append(DateTimeFormatter.ISO_INSTANT.format(a.publishedAt()))
          .append("</published>\n");
      x.append("    <updated>")
          .append(DateTimeFormatter.ISO_INSTANT.format(a.publishedAt()))
          .append("</updated>\n");
      x.append("    <author><name>").append(esc(a.authorBody())).append("</name></author>\n");
      for (String t : a.themes()) {
        x.append("    <category term=\"").append(esc(t)).append("\"/>\n");
      }
      for (String p : a.places()) {
        x.append("    <category term=\"").append(esc(p)).append("\"/>\n");
      }
      x.append("    <summary>")
          .append(esc(a.summary().isBlank() ? abbreviate(a.body()) : a.summary()))
          .append("</summary>\n");
      x.append("  </entry>\n");
    }
    x.append("</feed>\n");
    return ResponseEntity.ok()
        .contentType(ATOM)
        .cacheControl(CacheControl.maxAge(java.time.Duration.ofMinutes(5)).cachePublic())
        .body(x.toString());
  }

  @GetMapping("/sitemap.xml")
  ResponseEntity<String> sitemap() {
    StringBuilder x = new StringBuilder();
    x.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
    x.append("<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n");
    for (String p :
        List.of(
            "/",
            "/portal",
            "/portal/plans",
            "/portal/news",
            "/portal/honours",
            "/portal/initiatives",
            "/portal/models",
            "/portal/notices")) {
      url(x, p, null);
    }
    for (MovementView m : plans.issued()) {
      if (m.issuedOn() != null) {
        url(x, "/portal/plans/" + m.id(), m.issuedOn().toString());
      }
    }
    for (ArticleView a : news.published(null, null, 1000)) {
      url(x, "/portal/news/" + a.id(), a.publishedDate().toString());
    }
    for (Integer y : honours.years()) {
      url(x, "/portal/honours?year=" + y, null);
    }
    x.append("</urlset>\n");
    return ResponseEntity.ok()
        .contentType(MediaType.parseMediaType("application/xml;charset=UTF-8"))
        .body(x.toString());
  }

  private static void url(StringBuilder x, String path, String lastmod) {
    x.append("  <url><loc>").append(esc(OpenGraph.absolute(path))).append("</loc>");
    if (lastmod != null) {
      x.append("<lastmod>").append(lastmod).append("</lastmod>");
    }
    x.append("</url>\n");
  }

  private static String esc(String s) {
    return HtmlUtils.htmlEscape(s == null ? "" : s, "UTF-8");
  }

  private static String abbreviate(String body) {
    String s = body == null ? "" : body.replaceAll("\\s+", " ").strip();
    return s.length() <= 200 ? s : s.substring(0, 197) + "…";
  }
}
