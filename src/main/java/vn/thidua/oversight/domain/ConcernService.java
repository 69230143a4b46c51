package vn.thidua.oversight.domain;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.thidua.kernel.AuditTrail;
import vn.thidua.kernel.BusinessRuleViolation;
import vn.thidua.kernel.MessageKey;
import vn.thidua.kernel.NotFound;
import vn.thidua.kernel.StateChange;
import vn.thidua.kernel.StateChanges;
import vn.thidua.kernel.VietnameseText;
import vn.thidua.movement.MovementView;
import vn.thidua.movement.PlanAmended;
import vn.thidua.movement.Plans;
import vn.thidua.organization.Actor;
import vn.thidua.organization.OrganizationDirectory;
import vn.thidua.organization.OrganizationView;
import vn.thidua.organization.Permission;
import vn.thidua.organization.UnitDirectory;
import vn.thidua.oversight.ConcernView;
import vn.thidua.oversight.ConcernView.Kind;
import vn.thidua.oversight.ConcernView.Status;
import vn.thidua.oversight.RemarkView;

/**
 * Difficulties, obstacles and proposals raised by units on a plan, and the supervisors'
 * recommendations: the office of the plan's level answers, or forwards up with its own opinion and
 * the answer comes back down; the unit closes or reopens. A unit sees only its own; the office its
 * level's; the level above those forwarded to it and the counts. A proposal may start an amendment
 * of the plan, which answers it with the new version. Supervisors also comment on plans.
 */
@Service
public class ConcernService {

  private final JdbcClient jdbc;
  private final Plans plans;
  private final OrganizationDirectory organizations;
  private final UnitDirectory units;
  private final StateChanges changes;
  private final AuditTrail audit;
  private final OversightFiles files;
  private final Clock clock;

  ConcernService(
      JdbcClient jdbc,
      Plans plans,
      OrganizationDirectory organizations,
      UnitDirectory units,
      StateChanges changes,
      AuditTrail audit,
      OversightFiles files,
      Clock clock) {
    this.jdbc = jdbc;
    this.plans = plans;
    this.organizations = organizations;
    this.units = units;
    this.changes = changes;
    this.audit = audit;
    this.files = files;
    this.clock = clock;
  }

  /** What a unit (or a supervisor) raises. */
  public record RaiseCommand(
      Long movementId,
      Long organizationId,
      Kind kind,
      ConcernView.Category category,
      String title,
      String text,
      String subject) {}

  // --- Raising --------------------------------------------------------------------------------

  @Transactional
  public ConcernView raise(Actor actor, RaiseCommand c) {
    if (c.movementId() == null) {
      throw BusinessRuleViolation.onField("movementId", "movement.not-found");
    }
    MovementView plan =
        plans.readable(actor, c.movementId()).orElseThrow(() -> new NotFound("movement.not-found"));
    if (plan.status() != MovementView.Status.ISSUED) {
      throw BusinessRuleViolation.onField("movementId", "oversight.concern.plan-not-issued");
    }
    String planPath = plans.pathOf(plan.id());
    Kind kind = c.kind() == null ? Kind.DIFFICULTY : c.kind();
    String path;
    String raiser;
    Long org = null;
    if (kind == Kind.SUPERVISION) {
      // A supervisor's recommendation: raised over the supervisor's own scope within the plan's.
      path =
          actor.scopesFor(Permission.SUPERVISE).stream()
              .filter(s -> s.startsWith(planPath) || planPath.startsWith(s))
              .map(s -> s.startsWith(planPath) ? s : planPath)
              .findFirst()
              .orElseThrow(() -> new AccessDeniedException("error.forbidden"));
      raiser = actor.displayName();
    } else {
      if (c.organizationId() == null) {
        throw BusinessRuleViolation.onField("organizationId", "oversight.concern.unit-required");
      }
      OrganizationView o =
          organizations
              .organization(c.organizationId())
              .filter(OrganizationView::active)
              .orElseThrow(() ->
                  BusinessRuleViolation.onField(
                      "organizationId", "oversight.concern.unit-required"));
      Scopes.require(actor, Permission.RAISE_CONCERNS, o.path());
      if (!o.path().startsWith(planPath)) {
        throw BusinessRuleViolation.onField("organizationId", "oversight.concern.unit-outside");
      }
      path = o.path();
      raiser = o.name();
      org = o.id();
    }
    String title = VietnameseText.cleanOrNull(c.title());
    if (title == null) {
      throw BusinessRuleViolation.onField("title", "oversight.concern.title-required");
    }
    String text = VietnameseText.cleanOrNull(c.text());
    if (text == null) {
      throw BusinessRuleViolation.onField("text", "oversight.concern.text-required");
    }
    long id =
        jdbc.sql(
                """
                insert into concern (movement_id, kind, category, organization_id, raiser_name, path, unit_code,
                  origin_path, holder_path, holder_name, title, text, subject, status, created_by, updated_by)
                values (:m, :kind, :cat, :org, :raiser, :path, :unit, :origin, :origin, :holder, :title, :text,
                  :subject, 'OPEN', :who, :who) returning id
                """)
            .param("m", plan.id())
            .param("kind", kind.name())
            .param("cat", (c.category() == null ? ConcernView.Category.OTHER : c.category()).name())
            .param("org", org)
            .param("raiser", raiser)
            .param("path", path)
            .param("unit", plan.unitCode())
            .param(
                "origin",
                units.unit(plan.unitCode()).map(UnitDirectory.Unit::path).orElse(planPath))
            .param("holder", plan.ownerName())
            .param("title", title)
            .param("text", text)
            .param("subject", VietnameseText.cleanOrNull(c.subject()))
            .param("who", actor.getUsername())
            .query(Long.class)
            .single();
    ConcernView created = get(id);
    changes.record(
        ConcernWorkflow.TRACKED,
        id,
        ConcernWorkflow.Action.RAISE.name(),
        null,
        Status.OPEN.name(),
        actor.getUsername(),
        null,
        null,
        created);
    return created;
  }

  /** Attachments of the raiser while the concern waits for an answer. */
  @Transactional
  public ConcernView attach(
      Actor actor, long id, String fileName, String contentType, byte[] content) {
    Row row = readable(actor, id);
    requireRaiser(actor, row);
    if (row.view().status() == Status.CLOSED) {
      throw new BusinessRuleViolation(
          "oversight.concern.closed", new MessageKey("concern.status.CLOSED"));
    }
    files.store(
        OversightFiles.Owner.CONCERN, id, fileName, contentType, content, actor.getUsername());
    jdbc.sql("update concern set version = version + 1, updated_at = now() where id = :id")
        .param("id", id)
        .update();
    return view(actor, id);
  }

  // --- The office's answer, the forwarding, the unit's close ----------------------------------

  @Transactional
  public ConcernView answer(Actor actor, long id, long version, String answer) {
    Row row = readable(actor, id);
    Scopes.require(actor, Permission.OVERSEE, row.holderPath());
    ConcernView c = row.view();
    StateChange.requireVersion(version, c.version(), "concern");
    ConcernWorkflow.TABLE.transition(c.status(), ConcernWorkflow.Action.ANSWER);
    String text = VietnameseText.cleanOrNull(answer);
    if (text == null) {
      throw BusinessRuleViolation.onField("answer", "oversight.answer-required");
    }
    Map<String, Object> set = new LinkedHashMap<>();
    set.put("answer", text);
    set.put("answered_by", actor.getUsername());
    set.put("answered_by_name", holderName(row));
    set.put("answered_at", Timestamp.from(clock.instant()));
    return move(actor, c, version, ConcernWorkflow.Action.ANSWER, null, set);
  }

  /** The office forwards up to the level above, with its own opinion. */
  @Transactional
  public ConcernView forward(Actor actor, long id, long version, String opinion) {
    Row row = readable(actor, id);
    Scopes.require(actor, Permission.OVERSEE, row.holderPath());
    ConcernView c = row.view();
    StateChange.requireVersion(version, c.version(), "concern");
    ConcernWorkflow.TABLE.transition(c.status(), ConcernWorkflow.Action.FORWARD);
    String text = VietnameseText.cleanOrNull(opinion);
    if (text == null) {
      throw BusinessRuleViolation.onField("opinion", "oversight.concern.opinion-required");
    }
    MovementView plan = plans.readable(Actor.system(), c.movementId()).orElseThrow();
    if (plan.parentId() == null) {
      throw new BusinessRuleViolation("oversight.concern.no-level-above");
    }
    MovementView above = plans.readable(Actor.system(), plan.parentId()).orElseThrow();
    Map<String, Object> set = new LinkedHashMap<>();
    set.put("holder_path", plans.pathOf(above.id()));
    set.put("holder_name", above.ownerName());
    set.put("forward_opinion", text);
    set.put("forwarded_by", actor.getUsername());
    return move(actor, c, version, ConcernWorkflow.Action.FORWARD, text, set);
  }

  @Transactional
  public ConcernView close(Actor actor, long id, long version) {
    Row row = readable(actor, id);
    requireRaiser(actor, row);
    return move(actor, row.view(), version, ConcernWorkflow.Action.CLOSE, null, Map.of());
  }

  /** The unit is not satisfied: the concern goes back to the office of its level. */
  @Transactional
  public ConcernView reopen(Actor actor, long id, long version, String reason) {
    Row row = readable(actor, id);
    requireRaiser(actor, row);
    ConcernView c = row.view();
    StateChange.requireVersion(version, c.version(), "concern");
    ConcernWorkflow.TABLE.transition(c.status(), ConcernWorkflow.Action.REOPEN);
    String why = VietnameseText.cleanOrNull(reason);
    if (why == null) {
      throw BusinessRuleViolation.onField("reason", "movement.reason-required");
    }
    Map<String, Object> set = new LinkedHashMap<>();
    set.put("holder_path", row.originPath());
    set.put(
        "holder_name",
        plans.readable(Actor.system(), c.movementId()).map(MovementView::ownerName).orElse(""));
    return move(actor, c, version, ConcernWorkflow.Action.REOPEN, why, set);
  }

  /**
   * A plan amended for a proposal ("concern:42"): the change is recorded against the concern, which
   * is answered with the new version.
   */
  @EventListener
  void on(PlanAmended amended) {
    planNames.remove(amended.movementId());
    if (amended.ref() == null || !amended.ref().startsWith("concern:")) {
      return;
    }
    long id = Long.parseLong(amended.ref().substring("concern:".length()));
    Row row = rowOrNull(id);
    if (row == null || row.view().movementId() != amended.movementId()) {
      return;
    }
    jdbc.sql("update concern set amended_version = :v where id = :id")
        .param("v", amended.versionNo())
        .param("id", id)
        .update();
    ConcernView c = get(id);
    if (ConcernWorkflow.TABLE.allows(c.status(), ConcernWorkflow.Action.AMEND)) {
      String text =
          "Đã sửa đổi, bổ sung kế hoạch (phiên bản "
              + amended.versionNo()
              + ")"
              + (amended.note() == null ? "." : ": " + amended.note());
      Map<String, Object> set = new LinkedHashMap<>();
      set.put("answer", text);
      set.put("answered_by", amended.actor());
      set.put("answered_by_name", c.holderName());
      set.put("answered_at", Timestamp.from(clock.instant()));
      set.put("holder_path", row.originPath());
      changes.move(
          new StateChange(
              ConcernWorkflow.TRACKED,
              id,
              c.version(),
              c.status().name(),
              Status.ANSWERED.name(),
              ConcernWorkflow.Action.AMEND.name(),
              amended.actor(),
              text,
              set),
          c,
          () -> get(id));
    }
  }

  private ConcernView move(
      Actor actor,
      ConcernView c,
      long version,
      ConcernWorkflow.Action action,
      String reason,
      Map<String, Object> set) {
    StateChange.requireVersion(version, c.version(), "concern");
    Status to = ConcernWorkflow.TABLE.transition(c.status(), action).to();
    return changes.move(
        new StateChange(
            ConcernWorkflow.TRACKED,
            c.id(),
            version,
            c.status().name(),
            to.name(),
            action.name(),
            actor.getUsername(),
            reason,
            set),
        c,
        () -> get(c.id()));
  }

  private void requireRaiser(Actor actor, Row row) {
    Permission p =
        row.view().kind() == Kind.SUPERVISION ? Permission.SUPERVISE : Permission.RAISE_CONCERNS;
    Scopes.require(actor, p, row.path());
  }

  private String holderName(Row row) {
    return row.view().holderName();
  }

  // --- Reading --------------------------------------------------------------------------------

  private record Row(ConcernView view, String path, String originPath, String holderPath) {}

  private Row rowOrNull(long id) {
    return jdbc.sql("select * from concern where id = :id")
        .param("id", id)
        .query((rs, i) ->
            new Row(
                map(rs),
                rs.getString("path"),
                rs.getString("origin_path"),
                rs.getString("holder_path")))
        .optional()
        .orElse(null);
  }

  private ConcernView get(long id) {
    Row row = rowOrNull(id);
    if (row == null) {
      throw new NotFound("oversight.concern.not-found");
    }
    return row.view();
  }

  /**
   * Who reads a concern: the raising unit, the users of the plan's level (never another unit of it:
   * a unit's users are scoped to the unit), the level it was forwarded to.
   */
  static boolean mayRead(Actor actor, String path, String originPath, String holderPath) {
    return Scopes.coversWithin(actor, path, originPath)
        || (!holderPath.equals(originPath) && Scopes.coversWithin(actor, holderPath, holderPath));
  }

  private Row readable(Actor actor, long id) {
    Row row = rowOrNull(id);
    if (row == null || !mayRead(actor, row.path(), row.originPath(), row.holderPath())) {
      throw new NotFound("oversight.concern.not-found");
    }
    return row;
  }

  @Transactional(readOnly = true)
  public ConcernView view(Actor actor, long id) {
    ConcernView c = readable(actor, id).view();
    return withFiles(c);
  }

  private ConcernView withFiles(ConcernView c) {
    return new ConcernView(
        c.id(),
        c.movementId(),
        c.planName(),
        c.kind(),
        c.category(),
        c.organizationId(),
        c.raiserName(),
        c.unitCode(),
        c.title(),
        c.text(),
        c.subject(),
        c.holderName(),
        c.forwarded(),
        c.forwardOpinion(),
        c.answer(),
        c.answeredByName(),
        c.answeredAt(),
        c.amendedVersion(),
        c.status(),
        c.reason(),
        c.version(),
        c.createdAt(),
        c.createdBy(),
        files.list(OversightFiles.Owner.CONCERN, c.id()));
  }

  /** What the pages offer the actor on a concern. */
  public record Rights(boolean hold, boolean raiser, boolean amend) {}

  @Transactional(readOnly = true)
  public Rights rights(Actor actor, long id) {
    Row row = readable(actor, id);
    boolean raiser =
        Scopes.may(
            actor,
            row.view().kind() == Kind.SUPERVISION
                ? Permission.SUPERVISE
                : Permission.RAISE_CONCERNS,
            row.path());
    boolean hold = Scopes.may(actor, Permission.OVERSEE, row.holderPath());
    boolean amend =
        row.view().kind() == Kind.PROPOSAL
            && row.view().open()
            && Scopes.may(actor, Permission.MANAGE_PLANS, row.originPath());
    return new Rights(hold, raiser, amend);
  }

  @Transactional(readOnly = true)
  public List<StateChanges.Entry> history(Actor actor, long id) {
    readable(actor, id);
    return changes.history(ConcernWorkflow.TRACKED, id);
  }

  @Transactional(readOnly = true)
  public OversightFiles.File file(Actor actor, long id, long fileId) {
    readable(actor, id);
    return files.read(OversightFiles.Owner.CONCERN, id, fileId);
  }

  /** Every concern the actor may read, newest first. */
  @Transactional(readOnly = true)
  public List<ConcernView> list(Actor actor) {
    List<ConcernView> out = new ArrayList<>();
    // Only the rows some role of the actor covers (by the unit's path or the holder's), then the
    // reading rule itself.
    StringBuilder where = new StringBuilder();
    Map<String, Object> params = new LinkedHashMap<>();
    int k = 0;
    for (var g : actor.grants()) {
      String p = "g" + k++;
      where.append(where.isEmpty() ? "" : " or ");
      where
          .append("path like :")
          .append(p)
          .append(" || '%' or holder_path like :")
          .append(p)
          .append(" || '%'");
      params.put(p, g.scopePath());
    }
    if (where.isEmpty()) {
      return out;
    }
    var spec = jdbc.sql("select * from concern where " + where + " order by id desc");
    for (var e : params.entrySet()) {
      spec = spec.param(e.getKey(), e.getValue());
    }
    for (Row row :
        spec.query((rs, i) ->
                new Row(
                    map(rs),
                    rs.getString("path"),
                    rs.getString("origin_path"),
                    rs.getString("holder_path")))
            .list()) {
      if (mayRead(actor, row.path(), row.originPath(), row.holderPath())) {
        out.add(row.view());
      }
    }
    return out;
  }

  /** Concerns the actor's office holds and must answer or forward. */
  @Transactional(readOnly = true)
  public List<ConcernView> toAnswer(Actor actor) {
    List<ConcernView> out = new ArrayList<>();
    for (String scope : actor.scopesFor(Permission.OVERSEE)) {
      out.addAll(
          jdbc.sql(
                  "select * from concern where holder_path = :p and status in ('OPEN', 'FORWARDED', 'REOPENED') order by id")
              .param("p", scope)
              .query((rs, i) -> map(rs))
              .list());
    }
    return out;
  }

  /** Answered concerns the actor raised (or its unit did), to close or reopen. */
  @Transactional(readOnly = true)
  public List<ConcernView> toClose(Actor actor) {
    List<ConcernView> out = new ArrayList<>();
    for (Permission p : List.of(Permission.RAISE_CONCERNS, Permission.SUPERVISE)) {
      for (String scope : actor.scopesFor(p)) {
        out.addAll(
            jdbc.sql(
                    "select * from concern where path = :p and status = 'ANSWERED' and (kind = 'SUPERVISION') = :sup order by id")
                .param("p", scope)
                .param("sup", p == Permission.SUPERVISE)
                .query((rs, i) -> map(rs))
                .list());
      }
    }
    return out;
  }

  /**
   * Counts per commune (or level) of the concerns raised under the plans the actor oversees: what
   * the level above sees of the units' difficulties without reading them.
   */
  @Transactional(readOnly = true)
  public List<ConcernView.Count> counts(Actor actor) {
    Scopes.Clause scope = Scopes.planScope(actor, Permission.OVERSEE, "c.origin_path", false);
    var spec =
        jdbc.sql(
            """
            select c.unit_code,
                   count(*) filter (where c.status in ('OPEN', 'REOPENED')),
                   count(*) filter (where c.status = 'FORWARDED'),
                   count(*) filter (where c.status in ('ANSWERED', 'CLOSED'))
            from concern c where
            """
                + scope.sql()
                + " group by c.unit_code order by c.unit_code");
    for (var e : scope.params().entrySet()) {
      spec = spec.param(e.getKey(), e.getValue());
    }
    return spec.query((rs, i) ->
            new ConcernView.Count(
                rs.getString(1),
                units.unit(rs.getString(1)).map(UnitDirectory.Unit::name).orElse(rs.getString(1)),
                rs.getInt(2),
                rs.getInt(3),
                rs.getInt(4)))
        .list();
  }

  /** Open concerns raised on a plan (for its page and the board). */
  @Transactional(readOnly = true)
  public int openOn(long movementId) {
    return jdbc.sql(
            "select count(*) from concern where movement_id = :m and status in ('OPEN', 'FORWARDED', 'REOPENED')")
        .param("m", movementId)
        .query(Integer.class)
        .single();
  }

  private final Map<Long, String> planNames = new java.util.concurrent.ConcurrentHashMap<>();

  private ConcernView map(ResultSet rs) throws SQLException {
    Timestamp answered = rs.getTimestamp("answered_at");
    long movementId = rs.getLong("movement_id");
    return new ConcernView(
        rs.getLong("id"),
        movementId,
        planNames.computeIfAbsent(
            movementId, k -> plans.readable(Actor.system(), k).map(MovementView::name).orElse("")),
        Kind.valueOf(rs.getString("kind")),
        ConcernView.Category.valueOf(rs.getString("category")),
        rs.getObject("organization_id", Long.class),
        rs.getString("raiser_name"),
        rs.getString("unit_code"),
        rs.getString("title"),
        rs.getString("text"),
        rs.getString("subject"),
        rs.getString("holder_name"),
        rs.getString("forward_opinion") != null,
        rs.getString("forward_opinion"),
        rs.getString("answer"),
        rs.getString("answered_by_name"),
        answered == null ? null : answered.toInstant(),
        rs.getObject("amended_version", Integer.class),
        Status.valueOf(rs.getString("status")),
        rs.getString("reason"),
        rs.getLong("version"),
        rs.getTimestamp("created_at").toInstant(),
        rs.getString("created_by"),
        List.of());
  }

  // --- Supervisors' comments ------------------------------------------------------------------

  /** A supervisor comments on a plan, or on one of its reports or nominations by reference. */
  @Transactional
  public RemarkView remark(
      Actor actor, long movementId, RemarkView.Subject subject, String subjectRef, String text) {
    MovementView plan =
        plans.readable(actor, movementId).orElseThrow(() -> new NotFound("movement.not-found"));
    String planPath = plans.pathOf(plan.id());
    String path =
        actor.scopesFor(Permission.SUPERVISE).stream()
            .filter(s -> s.startsWith(planPath) || planPath.startsWith(s))
            .map(s -> s.startsWith(planPath) ? s : planPath)
            .findFirst()
            .orElseThrow(() -> new AccessDeniedException("error.forbidden"));
    String t = VietnameseText.cleanOrNull(text);
    if (t == null) {
      throw BusinessRuleViolation.onField("text", "oversight.remark-required");
    }
    RemarkView.Subject s = subject == null ? RemarkView.Subject.PLAN : subject;
    String ref = VietnameseText.cleanOrNull(subjectRef);
    if (s != RemarkView.Subject.PLAN && ref == null) {
      throw BusinessRuleViolation.onField("subjectRef", "oversight.remark-ref-required");
    }
    long id =
        jdbc.sql(
                """
                insert into oversight_remark (movement_id, path, subject, subject_ref, text, author, author_name, created_at)
                values (:m, :p, :s, :r, :t, :who, :name, :at) returning id
                """)
            .param("m", movementId)
            .param("p", path)
            .param("s", s.name())
            .param("r", ref)
            .param("t", t)
            .param("who", actor.getUsername())
            .param("name", actor.displayName())
            .param("at", Timestamp.from(clock.instant()))
            .query(Long.class)
            .single();
    RemarkView created =
        remarks(movementId).stream().filter(r -> r.id() == id).findFirst().orElseThrow();
    audit.record("oversight.remark", "movement", movementId, null, created);
    return created;
  }

  /** Comments on a plan the actor may read, oldest first. */
  @Transactional(readOnly = true)
  public List<RemarkView> remarks(Actor actor, long movementId) {
    plans.readable(actor, movementId).orElseThrow(() -> new NotFound("movement.not-found"));
    return remarks(movementId);
  }

  private List<RemarkView> remarks(long movementId) {
    return jdbc.sql(
            "select id, movement_id, subject, subject_ref, text, author_name, created_at from oversight_remark where movement_id = :m order by id")
        .param("m", movementId)
        .query((rs, i) ->
            new RemarkView(
                rs.getLong(1),
                rs.getLong(2),
                RemarkView.Subject.valueOf(rs.getString(3)),
                rs.getString(4),
                rs.getString(5),
                rs.getString(6),
                rs.getTimestamp(7).toInstant()))
        .list();
  }
}
