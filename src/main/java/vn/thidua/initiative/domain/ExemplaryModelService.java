package vn.thidua.initiative.domain;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.thidua.initiative.ExemplaryModelCommand;
import vn.thidua.initiative.ExemplaryModelView;
import vn.thidua.initiative.ExemplaryModelView.Kind;
import vn.thidua.initiative.ExemplaryModelView.Status;
import vn.thidua.initiative.PublicModel;
import vn.thidua.kernel.AuditTrail;
import vn.thidua.kernel.BusinessRuleViolation;
import vn.thidua.kernel.ConcurrentChange;
import vn.thidua.kernel.NotFound;
import vn.thidua.kernel.StateChange;
import vn.thidua.kernel.StateChanges;
import vn.thidua.kernel.VietnameseDates;
import vn.thidua.kernel.VietnameseText;
import vn.thidua.movement.Plans;
import vn.thidua.organization.Actor;
import vn.thidua.organization.OrganizationDirectory;
import vn.thidua.organization.OrganizationView;
import vn.thidua.organization.Permission;

/**
 * Exemplary models and people: nominated by a unit with story, figures and photos, approved by the
 * standing office, published to the public portal (a person only with the name and unit they agreed
 * to publish), with the places that replicated them.
 */
@Service
public class ExemplaryModelService {

  public static final int MAX_PHOTO_BYTES = 5 * 1024 * 1024;

  private final JdbcClient jdbc;
  private final OrganizationDirectory organizations;
  private final InitiativeService initiatives;
  private final Plans plans;
  private final AuditTrail audit;
  private final StateChanges changes;
  private final Clock clock;

  ExemplaryModelService(
      JdbcClient jdbc,
      OrganizationDirectory organizations,
      InitiativeService initiatives,
      Plans plans,
      AuditTrail audit,
      StateChanges changes,
      Clock clock) {
    this.changes = changes;
    this.jdbc = jdbc;
    this.organizations = organizations;
    this.initiatives = initiatives;
    this.plans = plans;
    this.audit = audit;
    this.clock = clock;
  }

  @Transactional
  public ExemplaryModelView create(Actor actor, ExemplaryModelCommand command) {
    OrganizationView org = organization(actor, command.organizationId());
    Map<String, Object> p = clean(actor, command, org);
    long id =
        jdbc.sql(
                """
                insert into exemplary_model (kind, title, title_folded, story, figures, movement_id, theme, organization_id,
                  unit_code, path, year, person_id, public_name, public_unit, consent, status, created_by, updated_by)
                values (:kind, :title, :tf, :story, :figures, :m, :theme, :o, :u, :p, :y, :person, :pn, :pu, :consent,
                  'DRAFT', :who, :who) returning id
                """)
            .params(p)
            .param("o", org.id())
            .param("u", org.unitCode())
            .param("p", org.path())
            .param("y", LocalDate.now(clock.withZone(VietnameseDates.ZONE)).getYear())
            .param("who", actor.getUsername())
            .query(Long.class)
            .single();
    ExemplaryModelView after = get(id);
    changes.record(
        ExemplaryModelWorkflow.TRACKED,
        id,
        ExemplaryModelWorkflow.Action.CREATE.name(),
        null,
        Status.DRAFT.name(),
        actor.getUsername(),
        null,
        null,
        after);
    return after;
  }

  @Transactional
  public ExemplaryModelView update(Actor actor, long id, ExemplaryModelCommand command) {
    ExemplaryModelView before = reachable(actor, id);
    requireNominator(actor, before);
    if (!before.open()) {
      throw new BusinessRuleViolation("model.not-editable");
    }
    if (command.version() != null && command.version() != before.version()) {
      throw new ConcurrentChange("exemplary_model");
    }
    OrganizationView org = organizations.organization(before.organizationId()).orElseThrow();
    Map<String, Object> p = clean(actor, command, org);
    int changed =
        jdbc.sql(
                """
                update exemplary_model set kind = :kind, title = :title, title_folded = :tf, story = :story,
                  figures = :figures, movement_id = :m, theme = :theme, person_id = :person, public_name = :pn,
                  public_unit = :pu, consent = :consent, version = version + 1, updated_at = now(), updated_by = :who
                where id = :id and version = :v
                """)
            .params(p)
            .param("who", actor.getUsername())
            .param("id", id)
            .param("v", before.version())
            .update();
    if (changed == 0) {
      throw new ConcurrentChange("exemplary_model");
    }
    ExemplaryModelView after = get(id);
    audit.record("model.edit", "exemplary_model", id, before, after);
    return after;
  }

  private OrganizationView organization(Actor actor, Long organizationId) {
    if (organizationId == null) {
      throw BusinessRuleViolation.onField("organizationId", "person.organization-required");
    }
    OrganizationView org =
        organizations
            .organization(organizationId)
            .filter(OrganizationView::active)
            .orElseThrow(() ->
                BusinessRuleViolation.onField("organizationId", "person.organization-unknown"));
    if (!actor.may(Permission.FILE_INITIATIVES, org.path())) {
      throw new AccessDeniedException("error.forbidden");
    }
    return org;
  }

  private Map<String, Object> clean(Actor actor, ExemplaryModelCommand c, OrganizationView org) {
    String title = VietnameseText.cleanOrNull(c.title());
    if (title == null) {
      throw BusinessRuleViolation.onField("title", "initiative.title-required");
    }
    if (title.length() > 500) {
      throw BusinessRuleViolation.onField("title", "initiative.text-too-long", 500);
    }
    String story = c.story() == null ? null : VietnameseText.nfc(c.story()).strip();
    if (story == null || story.isEmpty()) {
      throw BusinessRuleViolation.onField("story", "model.story-required");
    }
    if (story.length() > 20_000) {
      throw BusinessRuleViolation.onField("story", "initiative.text-too-long", 20_000);
    }
    String figures = c.figures() == null ? null : VietnameseText.nfc(c.figures()).strip();
    Kind kind = c.kind() == null ? Kind.MODEL : c.kind();
    Long personId = null;
    String publicName = null;
    String publicUnit = VietnameseText.cleanOrNull(c.publicUnit());
    if (kind == Kind.PERSON) {
      if (c.personId() != null) {
        InitiativeService.Person person =
            initiatives
                .person(c.personId())
                .filter(InitiativeService.Person::active)
                .orElseThrow(
                    () -> BusinessRuleViolation.onField("personId", "initiative.author-unknown"));
        if (!person.path().startsWith(org.path().substring(0, org.path().indexOf("/o") + 1))) {
          throw BusinessRuleViolation.onField("personId", "initiative.author-unknown");
        }
        personId = person.id();
        publicName = person.fullName();
        if (publicUnit == null) {
          publicUnit = person.organizationName();
        }
      }
      String given = VietnameseText.cleanOrNull(c.publicName());
      if (given != null) {
        publicName = given;
      }
      if (publicName == null) {
        throw BusinessRuleViolation.onField("publicName", "model.name-required");
      }
    } else if (publicUnit == null) {
      publicUnit = org.name();
    }
    if (c.movementId() != null && plans.readable(actor, c.movementId()).isEmpty()) {
      throw BusinessRuleViolation.onField("movementId", "movement.not-found");
    }
    Map<String, Object> p = new LinkedHashMap<>();
    p.put("kind", kind.name());
    p.put("title", title);
    p.put("tf", VietnameseText.fold(title));
    p.put("story", story);
    p.put("figures", figures == null || figures.isEmpty() ? null : figures);
    p.put("m", c.movementId());
    p.put("theme", VietnameseText.cleanOrNull(c.theme()));
    p.put("person", personId);
    p.put("pn", publicName);
    p.put("pu", publicUnit);
    p.put("consent", kind == Kind.PERSON && Boolean.TRUE.equals(c.consent()));
    return p;
  }

  @Transactional
  public ExemplaryModelView nominate(Actor actor, long id, long version) {
    ExemplaryModelView m = reachable(actor, id);
    requireNominator(actor, m);
    return move(actor, m, version, ExemplaryModelWorkflow.Action.NOMINATE, null);
  }

  @Transactional
  public ExemplaryModelView approve(Actor actor, long id, long version) {
    ExemplaryModelView m = reachable(actor, id);
    requirePublisher(actor, m);
    return move(actor, m, version, ExemplaryModelWorkflow.Action.APPROVE, null);
  }

  @Transactional
  public ExemplaryModelView giveBack(Actor actor, long id, long version, String reason) {
    ExemplaryModelView m = reachable(actor, id);
    requirePublisher(actor, m);
    String r = VietnameseText.cleanOrNull(reason);
    if (r == null) {
      throw BusinessRuleViolation.onField("reason", "movement.reason-required");
    }
    return move(actor, m, version, ExemplaryModelWorkflow.Action.RETURN, r);
  }

  /** Publishes an approved model; a person is published only with their consent. */
  @Transactional
  public ExemplaryModelView publish(Actor actor, long id, long version) {
    ExemplaryModelView m = reachable(actor, id);
    requirePublisher(actor, m);
    if (m.kind() == Kind.PERSON && !m.consent()) {
      throw new BusinessRuleViolation("model.consent-required");
    }
    return move(actor, m, version, ExemplaryModelWorkflow.Action.PUBLISH, null);
  }

  @Transactional
  public ExemplaryModelView withdraw(Actor actor, long id, long version, String reason) {
    ExemplaryModelView m = reachable(actor, id);
    requirePublisher(actor, m);
    return move(
        actor,
        m,
        version,
        ExemplaryModelWorkflow.Action.WITHDRAW,
        VietnameseText.cleanOrNull(reason));
  }

  /** One step of the table: version, state, then the shared state change. */
  private ExemplaryModelView move(
      Actor actor,
      ExemplaryModelView m,
      long version,
      ExemplaryModelWorkflow.Action action,
      String reason) {
    StateChange.requireVersion(version, m.version(), "exemplary_model");
    Status to = ExemplaryModelWorkflow.TABLE.transition(m.status(), action).to();
    Map<String, Object> set =
        to == Status.PUBLISHED ? Map.of("published_at", Timestamp.from(clock.instant())) : Map.of();
    return changes.move(
        new StateChange(
            ExemplaryModelWorkflow.TRACKED,
            m.id(),
            version,
            m.status().name(),
            to.name(),
            action.name(),
            actor.getUsername(),
            reason,
            set),
        m,
        () -> get(m.id()));
  }

  /** Adds a photograph (JPEG or PNG, at most 5 MB) while the model is not published. */
  @Transactional
  public ExemplaryModelView addPhoto(
      Actor actor, long id, String fileName, String contentType, byte[] content) {
    ExemplaryModelView m = reachable(actor, id);
    requireNominator(actor, m);
    if (m.status() == Status.PUBLISHED) {
      throw new BusinessRuleViolation("model.not-editable");
    }
    vn.thidua.document.Uploads.Checked file =
        vn.thidua.document.Uploads.check(
            fileName,
            content,
            MAX_PHOTO_BYTES,
            vn.thidua.document.Uploads.IMAGES,
            "model.photo-type");
    String name = file.fileName();
    long photo =
        jdbc.sql(
                """
                insert into exemplary_model_photo (model_id, file_name, content_type, size_bytes, content, uploaded_by)
                values (:m, :n, :t, :s, :c, :who) returning id
                """)
            .param("m", id)
            .param("n", name)
            .param("t", file.contentType())
            .param("s", content.length)
            .param("c", content)
            .param("who", actor.getUsername())
            .query(Long.class)
            .single();
    jdbc.sql("update exemplary_model set version = version + 1, updated_at = now() where id = :id")
        .param("id", id)
        .update();
    audit.record(
        "model.photo", "exemplary_model", id, null, Map.of("photo", photo, "fileName", name));
    return get(id);
  }

  /** Records a place that replicated the model ("nhân rộng"). */
  @Transactional
  public ExemplaryModelView addReplication(
      Actor actor, long id, String place, LocalDate startedOn, String note) {
    ExemplaryModelView m = reachable(actor, id);
    if (!actor.may(Permission.FILE_INITIATIVES, m.path())
        && !actor.may(Permission.PUBLISH_MODELS, m.path())) {
      throw new AccessDeniedException("error.forbidden");
    }
    if (m.status() != Status.APPROVED && m.status() != Status.PUBLISHED) {
      throw new BusinessRuleViolation("model.replication-not-approved");
    }
    String p = VietnameseText.cleanOrNull(place);
    if (p == null) {
      throw BusinessRuleViolation.onField("place", "model.place-required");
    }
    jdbc.sql(
            "insert into exemplary_model_replication (model_id, place, started_on, note, recorded_by) values (:m, :p, :d, :n, :who)")
        .param("m", id)
        .param("p", p.length() > 300 ? p.substring(0, 300) : p)
        .param("d", startedOn == null ? null : Date.valueOf(startedOn))
        .param("n", VietnameseText.cleanOrNull(note))
        .param("who", actor.getUsername())
        .update();
    ExemplaryModelView after = get(id);
    changes.record(
        ExemplaryModelWorkflow.TRACKED,
        id,
        ExemplaryModelWorkflow.Action.REPLICATE.name(),
        m.status().name(),
        m.status().name(),
        actor.getUsername(),
        p,
        m,
        after);
    return after;
  }

  @Transactional(readOnly = true)
  public List<StateChanges.Entry> history(Actor actor, long id) {
    view(actor, id);
    return changes.history(ExemplaryModelWorkflow.TRACKED, id);
  }

  public boolean mayNominate(Actor actor, ExemplaryModelView m) {
    return actor.may(Permission.FILE_INITIATIVES, m.path());
  }

  public boolean mayPublish(Actor actor, ExemplaryModelView m) {
    return actor.may(Permission.PUBLISH_MODELS, m.path());
  }

  private void requireNominator(Actor actor, ExemplaryModelView m) {
    if (!mayNominate(actor, m)) {
      throw new AccessDeniedException("error.forbidden");
    }
  }

  private void requirePublisher(Actor actor, ExemplaryModelView m) {
    if (!mayPublish(actor, m)) {
      throw new AccessDeniedException("error.forbidden");
    }
  }

  @Transactional(readOnly = true)
  public ExemplaryModelView view(Actor actor, long id) {
    ExemplaryModelView m = reachable(actor, id);
    if (!actor.covers(m.path())) {
      throw new NotFound("model.not-found");
    }
    return m;
  }

  /**
   * A model within the actor's reach: another commune's answers the same 404 as an id that does not
   * exist, before any permission or version check.
   */
  private ExemplaryModelView reachable(Actor actor, long id) {
    ExemplaryModelView m = get(id);
    if (actor != null && !actor.reaches(m.path())) {
      throw new NotFound("model.not-found");
    }
    return m;
  }

  /** Models the actor may read, with an optional text, theme, status and year; newest first. */
  @Transactional(readOnly = true)
  public List<ExemplaryModelView> search(
      Actor actor, String q, String theme, Status status, Integer year) {
    StringBuilder where = new StringBuilder(" where (false");
    Map<String, Object> p = new LinkedHashMap<>();
    int k = 0;
    for (var g : actor.grants()) {
      where.append(" or path like :s").append(k);
      p.put("s" + k++, g.scopePath().replace("%", "\\%").replace("_", "\\_") + "%");
    }
    where.append(")");
    String text = VietnameseText.cleanOrNull(q);
    if (text != null) {
      where.append(" and title_folded like :q");
      p.put("q", "%" + VietnameseText.fold(text).replace("%", "\\%").replace("_", "\\_") + "%");
    }
    if (VietnameseText.cleanOrNull(theme) != null) {
      where.append(" and theme = :theme");
      p.put("theme", VietnameseText.clean(theme));
    }
    if (status != null) {
      where.append(" and status = :status");
      p.put("status", status.name());
    }
    if (year != null) {
      where.append(" and year = :year");
      p.put("year", year);
    }
    return jdbc
        .sql("select id from exemplary_model" + where + " order by id desc limit 1000")
        .params(p)
        .query(Long.class)
        .list()
        .stream()
        .map(this::get)
        .toList();
  }

  // ----- public portal

  /** Published models, newest first: only what may be public. */
  @Transactional(readOnly = true)
  public List<PublicModel> published() {
    return jdbc
        .sql(
            "select id from exemplary_model where status = 'PUBLISHED' order by published_at desc, id desc limit 500")
        .query(Long.class)
        .list()
        .stream()
        .map(this::get)
        .map(ExemplaryModelService::toPublic)
        .toList();
  }

  /** One published model, or not found (never an unpublished one). */
  @Transactional(readOnly = true)
  public PublicModel published(long id) {
    ExemplaryModelView m = get(id);
    if (m.status() != Status.PUBLISHED) {
      throw new NotFound("model.not-found");
    }
    return toPublic(m);
  }

  /** A photograph of a published model, or of one the actor may read. */
  @Transactional(readOnly = true)
  public InitiativeService.File photo(Actor actor, long id, long photoId) {
    ExemplaryModelView m = reachable(actor, id);
    if (m.status() != Status.PUBLISHED && (actor == null || !actor.covers(m.path()))) {
      throw new NotFound("model.not-found");
    }
    return jdbc.sql(
            "select file_name, content_type, content from exemplary_model_photo where id = :p and model_id = :m")
        .param("p", photoId)
        .param("m", id)
        .query(
            (rs, n) -> new InitiativeService.File(rs.getString(1), rs.getString(2), rs.getBytes(3)))
        .optional()
        .orElseThrow(() -> new NotFound("model.not-found"));
  }

  private static PublicModel toPublic(ExemplaryModelView m) {
    return new PublicModel(
        m.id(),
        m.kind(),
        m.title(),
        m.story(),
        m.figures(),
        m.theme(),
        m.kind() == Kind.PERSON ? m.publicName() : null,
        m.publicUnit(),
        m.unitName(),
        m.publishedAt(),
        m.photos().stream().map(ExemplaryModelView.Photo::id).toList(),
        m.replications());
  }

  ExemplaryModelView get(long id) {
    return jdbc.sql(
            """
            select m.*, o.name as org_name, u.name as unit_name from exemplary_model m
              join organization o on o.id = m.organization_id join administrative_unit u on u.code = m.unit_code
            where m.id = :id
            """)
        .param("id", id)
        .query((rs, n) -> map(rs))
        .optional()
        .orElseThrow(() -> new NotFound("model.not-found"));
  }

  private ExemplaryModelView map(ResultSet rs) throws SQLException {
    long id = rs.getLong("id");
    List<ExemplaryModelView.Photo> photos =
        jdbc.sql("select id, file_name from exemplary_model_photo where model_id = :m order by id")
            .param("m", id)
            .query((r, n) -> new ExemplaryModelView.Photo(r.getLong(1), r.getString(2)))
            .list();
    List<ExemplaryModelView.Replication> replications = new ArrayList<>();
    jdbc.sql(
            "select id, place, started_on, note from exemplary_model_replication where model_id = :m order by id")
        .param("m", id)
        .query((r, n) -> {
          Date d = r.getDate(3);
          return new ExemplaryModelView.Replication(
              r.getLong(1), r.getString(2), d == null ? null : d.toLocalDate(), r.getString(4));
        })
        .list()
        .forEach(replications::add);
    Timestamp published = rs.getTimestamp("published_at");
    return new ExemplaryModelView(
        id,
        Kind.valueOf(rs.getString("kind")),
        rs.getString("title"),
        rs.getString("story"),
        rs.getString("figures"),
        rs.getObject("movement_id", Long.class),
        rs.getString("theme"),
        rs.getLong("organization_id"),
        rs.getString("org_name"),
        rs.getString("unit_code"),
        rs.getString("unit_name"),
        rs.getInt("year"),
        rs.getObject("person_id", Long.class),
        rs.getString("public_name"),
        rs.getString("public_unit"),
        rs.getBoolean("consent"),
        Status.valueOf(rs.getString("status")),
        rs.getString("reason"),
        published == null ? null : published.toInstant(),
        photos,
        replications,
        rs.getLong("version"),
        rs.getString("path"));
  }
}
