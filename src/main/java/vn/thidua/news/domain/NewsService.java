package vn.thidua.news.domain;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.thidua.kernel.BusinessRuleViolation;
import vn.thidua.kernel.ConcurrentChange;
import vn.thidua.kernel.FileTooLarge;
import vn.thidua.kernel.NotFound;
import vn.thidua.kernel.StateChange;
import vn.thidua.kernel.StateChanges;
import vn.thidua.kernel.VietnameseDates;
import vn.thidua.kernel.VietnameseText;
import vn.thidua.news.ArticleCommand;
import vn.thidua.news.ArticleView;
import vn.thidua.news.ArticleView.Status;
import vn.thidua.news.NewsArticles;
import vn.thidua.organization.Actor;
import vn.thidua.organization.OrganizationDirectory;
import vn.thidua.organization.OrganizationView;
import vn.thidua.organization.Permission;

/**
 * News articles: written for an organisation in the writer's scope, edited while not published,
 * published and withdrawn through the shared state changes; images (JPEG, PNG, WebP up to 5 MB)
 * with an alternative text; the published ones read by the portal and counted as an indicator.
 */
@Service
public class NewsService implements NewsArticles {

  public static final int MAX_IMAGE_BYTES = 5 * 1024 * 1024;

  private static final String SELECT = "select a.* from news_article a";

  private final JdbcClient jdbc;
  private final OrganizationDirectory organizations;
  private final StateChanges changes;
  private final Clock clock;

  NewsService(
      JdbcClient jdbc, OrganizationDirectory organizations, StateChanges changes, Clock clock) {
    this.jdbc = jdbc;
    this.organizations = organizations;
    this.changes = changes;
    this.clock = clock;
  }

  // ----- writers

  /** The articles the actor reaches, newest first. */
  @Transactional(readOnly = true)
  public List<ArticleView> list(Actor actor) {
    List<ArticleView> out = new ArrayList<>();
    for (ArticleView a :
        jdbc.sql(SELECT + " order by a.updated_at desc, a.id desc limit 500")
            .query((rs, i) -> row(rs))
            .list()) {
      if (actor.reaches(pathOf(a.id()))) {
        out.add(full(a));
      }
    }
    return out;
  }

  /** The organisations the actor may write for (its grants' organisations and units). */
  @Transactional(readOnly = true)
  public List<OrganizationView> writableOrganizations(Actor actor) {
    Set<String> units = new LinkedHashSet<>();
    for (String scope : actor.scopesFor(Permission.WRITE_NEWS)) {
      String[] parts = scope.split("/");
      for (int i = parts.length - 1; i >= 0; i--) {
        if (!parts[i].isEmpty() && !parts[i].startsWith("o")) {
          units.add(parts[i]);
          break;
        }
      }
    }
    List<OrganizationView> out = new ArrayList<>();
    for (String unit : units) {
      for (OrganizationView o : organizations.organizationsOf(unit)) {
        if (actor.may(Permission.WRITE_NEWS, o.path())) {
          out.add(o);
        }
      }
    }
    return out;
  }

  @Transactional(readOnly = true)
  public ArticleView get(Actor actor, long id) {
    String path = pathOf(id);
    if (path == null || !actor.reaches(path)) {
      throw new NotFound("error.not-found");
    }
    return full(find(id).orElseThrow(() -> new NotFound("error.not-found")));
  }

  @Transactional
  public ArticleView create(Actor actor, ArticleCommand command) {
    if (command.organizationId() == null) {
      throw BusinessRuleViolation.onField("organizationId", "news.organization-required");
    }
    OrganizationView org =
        organizations
            .organization(command.organizationId())
            .filter(o -> actor.reaches(o.path()))
            .orElseThrow(() ->
                BusinessRuleViolation.onField("organizationId", "news.organization-required"));
    if (!actor.may(Permission.WRITE_NEWS, org.path())) {
      throw new AccessDeniedException("error.forbidden");
    }
    Clean c = clean(command);
    long id =
        jdbc.sql(
                """
                insert into news_article (organization_id, author_body, unit_code, path, title, summary,
                  body, status, created_by, updated_by)
                values (:o, :author, :u, :p, :title, :summary, :body, 'DRAFT', :who, :who)
                returning id
                """)
            .param("o", org.id())
            .param("author", authorBody(org))
            .param("u", org.unitCode())
            .param("p", org.path())
            .param("title", c.title())
            .param("summary", c.summary())
            .param("body", c.body())
            .param("who", actor.getUsername())
            .query(Long.class)
            .single();
    saveTags(id, c);
    ArticleView after = full(find(id).orElseThrow());
    changes.record(
        ArticleWorkflow.TRACKED,
        id,
        ArticleWorkflow.Action.CREATE.name(),
        null,
        Status.DRAFT.name(),
        actor.getUsername(),
        null,
        null,
        after);
    return after;
  }

  @Transactional
  public ArticleView update(Actor actor, long id, ArticleCommand command) {
    ArticleView before = writable(actor, id);
    if (!before.editable()) {
      throw new BusinessRuleViolation("news.not-editable");
    }
    if (command.version() != null && command.version() != before.version()) {
      throw new ConcurrentChange("news_article");
    }
    Clean c = clean(command);
    int changed =
        jdbc.sql(
                """
                update news_article set title = :title, summary = :summary, body = :body,
                  version = version + 1, updated_at = now(), updated_by = :who
                where id = :id and version = :v
                """)
            .param("title", c.title())
            .param("summary", c.summary())
            .param("body", c.body())
            .param("who", actor.getUsername())
            .param("id", id)
            .param("v", before.version())
            .update();
    if (changed == 0) {
      throw new ConcurrentChange("news_article");
    }
    jdbc.sql("delete from news_tag where article_id = :id").param("id", id).update();
    saveTags(id, c);
    return full(find(id).orElseThrow());
  }

  @Transactional
  public ArticleView publish(Actor actor, long id, long version) {
    ArticleView a = writable(actor, id);
    return move(actor, a, version, ArticleWorkflow.Action.PUBLISH, null);
  }

  @Transactional
  public ArticleView withdraw(Actor actor, long id, long version, String reason) {
    ArticleView a = writable(actor, id);
    return move(
        actor, a, version, ArticleWorkflow.Action.WITHDRAW, VietnameseText.cleanOrNull(reason));
  }

  @Transactional
  public ArticleView reopen(Actor actor, long id, long version) {
    ArticleView a = writable(actor, id);
    return move(actor, a, version, ArticleWorkflow.Action.REOPEN, null);
  }

  @Transactional(readOnly = true)
  public List<StateChanges.Entry> history(Actor actor, long id) {
    get(actor, id);
    return changes.history(ArticleWorkflow.TRACKED, id);
  }

  /** Adds an image (JPEG, PNG or WebP, at most 5 MB) with its alternative text. */
  @Transactional
  public ArticleView addImage(Actor actor, long id, String fileName, String alt, byte[] content) {
    ArticleView a = writable(actor, id);
    if (content == null || content.length == 0) {
      throw BusinessRuleViolation.onField("file", "news.image-required");
    }
    if (content.length > MAX_IMAGE_BYTES) {
      throw new FileTooLarge(5);
    }
    String type = imageType(content);
    if (type == null) {
      throw BusinessRuleViolation.onField("file", "news.image-type");
    }
    String text = VietnameseText.cleanOrNull(alt);
    if (text == null) {
      throw BusinessRuleViolation.onField("alt", "news.image-alt-required");
    }
    String name = fileName == null || fileName.isBlank() ? "anh" : fileName.strip();
    jdbc.sql(
            """
            insert into news_image (article_id, file_name, content_type, size_bytes, content, alt, uploaded_by)
            values (:a, :n, :t, :s, :c, :alt, :who)
            """)
        .param("a", a.id())
        .param("n", name.length() > 300 ? name.substring(0, 300) : name)
        .param("t", type)
        .param("s", content.length)
        .param("c", content)
        .param("alt", text.length() > 300 ? text.substring(0, 300) : text)
        .param("who", actor.getUsername())
        .update();
    jdbc.sql(
            "update news_article set version = version + 1, updated_at = now(), updated_by = :who where id = :id")
        .param("who", actor.getUsername())
        .param("id", id)
        .update();
    return full(find(id).orElseThrow());
  }

  /** An image of an article the actor reaches. */
  @Transactional(readOnly = true)
  public ImageFile image(Actor actor, long id, long imageId) {
    get(actor, id);
    return imageOf(id, imageId).orElseThrow(() -> new NotFound("error.not-found"));
  }

  // ----- the public side

  @Override
  @Transactional(readOnly = true)
  public List<ArticleView> published(String theme, String place, int limit) {
    String t = theme == null || theme.isBlank() ? null : VietnameseText.fold(theme);
    String p = place == null || place.isBlank() ? null : VietnameseText.fold(place);
    return jdbc
        .sql(
            """
            select a.* from news_article a where a.status = 'PUBLISHED'
              and (cast(:t as varchar) is null or exists (select 1 from news_tag g
                where g.article_id = a.id and g.kind = 'THEME' and g.folded = :t))
              and (cast(:p as varchar) is null or exists (select 1 from news_tag g
                where g.article_id = a.id and g.kind = 'PLACE' and g.folded = :p))
            order by a.published_at desc, a.id desc limit :limit
            """)
        .param("t", t)
        .param("p", p)
        .param("limit", Math.max(1, Math.min(limit, 1000)))
        .query((rs, i) -> row(rs))
        .list()
        .stream()
        .map(this::full)
        .toList();
  }

  @Override
  @Transactional(readOnly = true)
  public Optional<ArticleView> publishedArticle(long id) {
    return find(id).filter(a -> a.status() == Status.PUBLISHED).map(this::full);
  }

  @Override
  @Transactional(readOnly = true)
  public Optional<ImageFile> publishedImage(long articleId, long imageId) {
    return publishedArticle(articleId).flatMap(a -> imageOf(articleId, imageId));
  }

  @Override
  @Transactional(readOnly = true)
  public long publishedCount(String unitPath, int year) {
    ZonedDateTime from = LocalDate.of(year, 1, 1).atStartOfDay(VietnameseDates.ZONE);
    return jdbc.sql(
            """
            select count(*) from news_article where status in ('PUBLISHED', 'WITHDRAWN')
              and published_at >= :from and published_at < :to and path like :p
            """)
        .param("from", Timestamp.from(from.toInstant()))
        .param("to", Timestamp.from(from.plusYears(1).toInstant()))
        .param("p", unitPath + "%")
        .query(Long.class)
        .single();
  }

  @Override
  @Transactional(readOnly = true)
  public List<String> tags(String kind) {
    return jdbc.sql(
            """
            select distinct g.value from news_tag g join news_article a on a.id = g.article_id
            where a.status = 'PUBLISHED' and g.kind = :k order by g.value
            """)
        .param("k", kind)
        .query(String.class)
        .list();
  }

  // ----- inside

  private ArticleView move(
      Actor actor, ArticleView a, long version, ArticleWorkflow.Action action, String reason) {
    StateChange.requireVersion(version, a.version(), "news_article");
    Status to = ArticleWorkflow.TABLE.transition(a.status(), action).to();
    Map<String, Object> set =
        to == Status.PUBLISHED && a.publishedAt() == null
            ? Map.of("published_at", Timestamp.from(clock.instant()))
            : Map.of();
    return changes.move(
        new StateChange(
            ArticleWorkflow.TRACKED,
            a.id(),
            version,
            a.status().name(),
            to.name(),
            action.name(),
            actor.getUsername(),
            reason,
            set),
        a,
        () -> full(find(a.id()).orElseThrow()));
  }

  private ArticleView writable(Actor actor, long id) {
    ArticleView a = get(actor, id);
    if (!actor.may(Permission.WRITE_NEWS, pathOf(id))) {
      throw new AccessDeniedException("error.forbidden");
    }
    return a;
  }

  /** The scope path of an article (its organisation's), or null. */
  @Transactional(readOnly = true)
  public String pathOfArticle(long id) {
    return pathOf(id);
  }

  private String pathOf(long id) {
    return jdbc.sql("select path from news_article where id = :id")
        .param("id", id)
        .query(String.class)
        .optional()
        .orElse(null);
  }

  private Optional<ArticleView> find(long id) {
    return jdbc.sql(SELECT + " where a.id = :id")
        .param("id", id)
        .query((rs, i) -> row(rs))
        .optional();
  }

  private Optional<ImageFile> imageOf(long articleId, long imageId) {
    return jdbc.sql(
            "select file_name, content_type, content from news_image where id = :i and article_id = :a")
        .param("i", imageId)
        .param("a", articleId)
        .query((rs, n) -> new ImageFile(rs.getString(1), rs.getString(2), rs.getBytes(3)))
        .optional();
  }

  private ArticleView full(ArticleView a) {
    List<String> themes = new ArrayList<>();
    List<String> places = new ArrayList<>();
    jdbc.sql("select kind, value from news_tag where article_id = :id order by kind, value")
        .param("id", a.id())
        .query((rs, i) -> {
          ("THEME".equals(rs.getString(1)) ? themes : places).add(rs.getString(2));
          return null;
        })
        .list();
    List<ArticleView.Image> images =
        jdbc.sql(
                "select id, file_name, content_type, alt from news_image where article_id = :id order by id")
            .param("id", a.id())
            .query((rs, i) ->
                new ArticleView.Image(
                    rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4)))
            .list();
    return new ArticleView(
        a.id(),
        a.organizationId(),
        a.authorBody(),
        a.unitCode(),
        a.title(),
        a.summary(),
        a.body(),
        a.status(),
        a.reason(),
        a.publishedAt(),
        themes,
        places,
        images,
        a.version(),
        a.updatedAt());
  }

  private static ArticleView row(java.sql.ResultSet rs) throws java.sql.SQLException {
    Timestamp published = rs.getTimestamp("published_at");
    return new ArticleView(
        rs.getLong("id"),
        rs.getLong("organization_id"),
        rs.getString("author_body"),
        rs.getString("unit_code"),
        rs.getString("title"),
        rs.getString("summary"),
        rs.getString("body"),
        Status.valueOf(rs.getString("status")),
        rs.getString("reason"),
        published == null ? null : published.toInstant(),
        List.of(),
        List.of(),
        List.of(),
        rs.getLong("version"),
        rs.getTimestamp("updated_at").toInstant());
  }

  private record Clean(
      String title, String summary, String body, List<String> themes, List<String> places) {}

  private static Clean clean(ArticleCommand c) {
    String title = VietnameseText.cleanOrNull(c.title());
    if (title == null) {
      throw BusinessRuleViolation.onField("title", "news.title-required");
    }
    if (title.length() > 300) {
      throw BusinessRuleViolation.onField("title", "news.title-too-long");
    }
    String body = c.body() == null ? null : VietnameseText.nfc(c.body()).strip();
    if (body == null || body.isEmpty()) {
      throw BusinessRuleViolation.onField("body", "news.body-required");
    }
    String summary = VietnameseText.cleanOrNull(c.summary());
    if (summary != null && summary.length() > 1000) {
      summary = summary.substring(0, 1000);
    }
    return new Clean(
        title, summary == null ? "" : summary, body, tags(c.themes()), tags(c.places()));
  }

  /** Tags as given, one per entry or separated by commas, cleaned, without duplicates. */
  static List<String> tags(List<String> given) {
    Set<String> out = new LinkedHashSet<>();
    if (given != null) {
      for (String g : given) {
        if (g == null) {
          continue;
        }
        for (String part : g.split("[,;]")) {
          String t = VietnameseText.cleanOrNull(part);
          if (t != null && t.length() <= 200) {
            out.add(t);
          }
        }
      }
    }
    return List.copyOf(out);
  }

  private void saveTags(long id, Clean c) {
    for (String t : c.themes()) {
      insertTag(id, "THEME", t);
    }
    for (String p : c.places()) {
      insertTag(id, "PLACE", p);
    }
  }

  private void insertTag(long id, String kind, String value) {
    jdbc.sql(
            """
            insert into news_tag (article_id, kind, value, folded) values (:a, :k, :v, :f)
            on conflict do nothing
            """)
        .param("a", id)
        .param("k", kind)
        .param("v", value)
        .param("f", VietnameseText.fold(value))
        .update();
  }

  /** "Trung tâm Dịch vụ sự nghiệp công xã Hà Bắc": the body and, when not named, its place. */
  private static String authorBody(OrganizationView o) {
    String name = o.name();
    String unit = o.unitName();
    if (unit == null || name.toLowerCase(Locale.ROOT).contains(unit.toLowerCase(Locale.ROOT))) {
      return name;
    }
    String place = unit.replaceFirst("^(Xã|Phường|Đặc khu|Thành phố|Tỉnh) ", "");
    return name + " " + place;
  }

  /** The image type from its first bytes; null when not JPEG, PNG or WebP. */
  static String imageType(byte[] b) {
    if (b.length > 3 && (b[0] & 0xff) == 0xff && (b[1] & 0xff) == 0xd8 && (b[2] & 0xff) == 0xff) {
      return "image/jpeg";
    }
    if (b.length > 8 && (b[0] & 0xff) == 0x89 && b[1] == 'P' && b[2] == 'N' && b[3] == 'G') {
      return "image/png";
    }
    if (b.length > 12
        && b[0] == 'R'
        && b[1] == 'I'
        && b[2] == 'F'
        && b[3] == 'F'
        && b[8] == 'W'
        && b[9] == 'E'
        && b[10] == 'B'
        && b[11] == 'P') {
      return "image/webp";
    }
    return null;
  }
}
