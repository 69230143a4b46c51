package vn.thidua.oversight.domain;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.thidua.kernel.AuditTrail;
import vn.thidua.kernel.BusinessRuleViolation;
import vn.thidua.kernel.ConcurrentChange;
import vn.thidua.kernel.NotFound;
import vn.thidua.kernel.StateChange;
import vn.thidua.kernel.StateChanged;
import vn.thidua.kernel.StateChanges;
import vn.thidua.kernel.VietnameseDates;
import vn.thidua.kernel.VietnameseText;
import vn.thidua.movement.MovementView;
import vn.thidua.movement.PlanDocument;
import vn.thidua.movement.Plans;
import vn.thidua.organization.Actor;
import vn.thidua.organization.OrganizationDirectory;
import vn.thidua.organization.OrganizationView;
import vn.thidua.organization.Permission;
import vn.thidua.organization.UnitDirectory;
import vn.thidua.oversight.Duty;
import vn.thidua.oversight.Field;
import vn.thidua.oversight.TaskView;
import vn.thidua.oversight.TaskView.Status;
import vn.thidua.oversight.ThemeLead;
import vn.thidua.oversight.ThemeLeads;

/**
 * Tasks from a plan's responsibilities: made when the plan is issued (and for new duties when it is
 * amended), owned by the organisation the plan names, due by the plan's own deadlines or the day
 * the office sets; reported by the owner with evidence, closed or returned by the office. The
 * office sees overdue tasks per body and per commune; the lead bodies of each field are answered to
 * other modules ({@link ThemeLeads}).
 */
@Service
public class TaskService implements ThemeLeads {

  private static final String SELECT = "select t.* from oversight_task t";

  private final JdbcClient jdbc;
  private final Plans plans;
  private final OrganizationDirectory organizations;
  private final UnitDirectory units;
  private final StateChanges changes;
  private final AuditTrail audit;
  private final OversightFiles files;
  private final Clock clock;

  TaskService(
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

  /** Today in Viet Nam by the application clock. */
  public LocalDate today() {
    return LocalDate.now(clock.withZone(VietnameseDates.ZONE));
  }

  // --- Made from the plan -------------------------------------------------------------------

  /** A plan issued (or amended): its duties become tasks, in the same transaction. */
  @EventListener
  void on(StateChanged e) {
    if ("movement".equals(e.record())) {
      planNames.remove(e.id());
    }
    if ("movement".equals(e.record())
        && "ISSUED".equals(e.to())
        && !"ISSUED".equals(e.from() == null ? "" : e.from())) {
      generate(e.id(), e.actor());
    } else if ("movement".equals(e.record()) && "AMEND".equals(e.action())) {
      generate(e.id(), e.actor());
    }
  }

  /**
   * Makes a task of every duty of the plan's responsibilities that has none yet; returns how many
   * were made. Known duties keep their state.
   */
  @Transactional
  public int generate(long movementId, String actor) {
    MovementView m = plans.readable(Actor.system(), movementId).orElseThrow();
    if (m.status() != MovementView.Status.ISSUED) {
      return 0;
    }
    PlanDocument d = plans.currentDocument(movementId);
    String planPath = plans.pathOf(movementId);
    List<OrganizationView> orgs =
        m.organizationPlan() ? List.of() : organizations.organizationsOf(m.unitCode());
    int made = 0;
    for (PlanDocument.Responsibility r : d.responsibilities()) {
      List<String> duties = r.tasks().isEmpty() ? List.of(r.body()) : r.tasks();
      OrganizationView owner = ownerOf(r.body(), orgs);
      for (String text : duties) {
        if (text == null || text.isBlank()) {
          continue;
        }
        String key = key(r.body(), text);
        boolean exists =
            jdbc.sql(
                        "select count(*) from oversight_task where movement_id = :m and source_key = :k")
                    .param("m", movementId)
                    .param("k", key)
                    .query(Integer.class)
                    .single()
                > 0;
        if (exists) {
          continue;
        }
        Duties.Read read = Duties.read(r.body(), text);
        Optional<LocalDate> due =
            TaskDue.of(
                text, d, m.issuedOn(), (event, year) -> plans.eventDate(movementId, event, year));
        long id =
            jdbc.sql(
                    """
                    insert into oversight_task (movement_id, plan_path, unit_code, source_key, body, owner_org_id,
                      owner_name, owner_path, text, lead_body, coordinating, duty, fields, due_on, due_source,
                      status, created_by, updated_by)
                    values (:m, :planPath, :unit, :key, :body, :org, :ownerName, :ownerPath, :text, :lead, :coord,
                      :duty, :fields, :due, :dueSource, 'OPEN', :who, :who)
                    returning id
                    """)
                .param("m", movementId)
                .param("planPath", planPath)
                .param("unit", m.unitCode())
                .param("key", key)
                .param("body", clip(r.body(), 600))
                .param("org", owner == null ? null : owner.id())
                .param("ownerName", clip(owner == null ? r.body() : owner.name(), 600))
                .param("ownerPath", owner == null ? planPath : owner.path())
                .param("text", clip(text, 4000))
                .param("lead", clip(read.lead(), 600))
                .param("coord", clip(String.join("\n", read.coordinating()), 2000))
                .param("duty", read.duty().name())
                .param("fields", fieldsText(read.fields()))
                .param("due", due.map(Date::valueOf).orElse(null))
                .param("dueSource", due.isPresent() ? TaskView.DueSource.PLAN.name() : null)
                .param("who", actor == null ? "system" : actor)
                .query(Long.class)
                .single();
        changes.record(
            TaskWorkflow.TRACKED,
            id,
            TaskWorkflow.Action.CREATE.name(),
            null,
            Status.OPEN.name(),
            actor == null ? "system" : actor,
            null,
            null,
            get(id));
        made++;
      }
    }
    return made;
  }

  /** The office makes the tasks of a plan issued before tasks existed (idempotent). */
  @Transactional
  public int generate(Actor actor, long movementId) {
    MovementView m = plan(actor, movementId);
    Scopes.require(actor, Permission.OVERSEE, plans.pathOf(m.id()));
    return generate(movementId, actor.getUsername());
  }

  /**
   * The organisation of the plan's level a body names: "Phòng Kinh tế", "Sở Nội vụ (Ban Thi đua -
   * Khen thưởng tỉnh)" (the longest name the body starts with); none for "Các sở, ban, ngành".
   */
  static OrganizationView ownerOf(String body, List<OrganizationView> orgs) {
    String b = VietnameseText.fold(body).replaceAll("^de nghi\\s+", "");
    OrganizationView best = null;
    for (OrganizationView o : orgs) {
      String n = VietnameseText.fold(o.name());
      if ((b.equals(n) || b.startsWith(n + " ") || b.startsWith(n + " ("))
          && (best == null || n.length() > VietnameseText.fold(best.name()).length())) {
        best = o;
      }
    }
    return best;
  }

  private static String key(String body, String text) {
    try {
      byte[] h =
          MessageDigest.getInstance("SHA-256")
              .digest(
                  (VietnameseText.fold(body) + "|" + VietnameseText.fold(text))
                      .getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(h, 0, 20);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  private static String fieldsText(Set<Field> fields) {
    return fields.isEmpty()
        ? null
        : String.join(",", fields.stream().map(Enum::name).sorted().toList());
  }

  private static String clip(String s, int max) {
    return s == null || s.length() <= max ? s : s.substring(0, max);
  }

  // --- Reading ------------------------------------------------------------------------------

  private MovementView plan(Actor actor, long movementId) {
    return plans.readable(actor, movementId).orElseThrow(() -> new NotFound("movement.not-found"));
  }

  /** The tasks of a plan the actor may read, in the plan's order. */
  @Transactional(readOnly = true)
  public List<TaskView> ofPlan(Actor actor, long movementId, LocalDate asOf) {
    plan(actor, movementId);
    LocalDate day = asOf == null ? today() : asOf;
    return jdbc.sql(SELECT + " where t.movement_id = :m order by t.id")
        .param("m", movementId)
        .query((rs, i) -> map(rs, day))
        .list();
  }

  /** A task, if the actor may read it (else the same 404 whether it exists or not). */
  @Transactional(readOnly = true)
  public TaskView view(Actor actor, long id) {
    Row row = row(id);
    if (!Scopes.seesPlan(actor, row.planPath()) && !Scopes.seesPlan(actor, row.ownerPath())) {
      throw new NotFound("oversight.task.not-found");
    }
    return withFiles(row.view());
  }

  private TaskView withFiles(TaskView t) {
    return new TaskView(
        t.id(),
        t.movementId(),
        t.planName(),
        t.unitCode(),
        t.body(),
        t.ownerOrganizationId(),
        t.ownerName(),
        t.text(),
        t.leadBody(),
        t.coordinating(),
        t.duty(),
        t.fields(),
        t.dueOn(),
        t.dueSource(),
        t.status(),
        t.report(),
        t.reportedAt(),
        t.reportedLate(),
        t.criteria(),
        t.reason(),
        t.version(),
        t.overdue(),
        files.list(OversightFiles.Owner.TASK, t.id()));
  }

  /** What the pages need to know of the actor and a task. */
  public record Rights(boolean report, boolean oversee) {}

  @Transactional(readOnly = true)
  public Rights rights(Actor actor, long id) {
    Row row = row(id);
    String level = unitPath(row.view().unitCode());
    return new Rights(
        Scopes.mayWithin(actor, Permission.REPORT_TASKS, row.ownerPath(), level),
        Scopes.mayWithin(actor, Permission.OVERSEE, row.planPath(), level));
  }

  /** The history of a task, oldest first. */
  @Transactional(readOnly = true)
  public List<StateChanges.Entry> history(Actor actor, long id) {
    view(actor, id);
    return changes.history(TaskWorkflow.TRACKED, id);
  }

  /** An evidence file of a task the actor may read. */
  @Transactional(readOnly = true)
  public OversightFiles.File file(Actor actor, long id, long fileId) {
    view(actor, id);
    return files.read(OversightFiles.Owner.TASK, id, fileId);
  }

  private record Row(TaskView view, String planPath, String ownerPath) {}

  private Row row(long id) {
    LocalDate day = today();
    return jdbc.sql(SELECT + " where t.id = :id")
        .param("id", id)
        .query(
            (rs, i) -> new Row(map(rs, day), rs.getString("plan_path"), rs.getString("owner_path")))
        .optional()
        .orElseThrow(() -> new NotFound("oversight.task.not-found"));
  }

  private TaskView get(long id) {
    return row(id).view();
  }

  private final Map<Long, String> planNames = new java.util.concurrent.ConcurrentHashMap<>();

  private String planName(long movementId) {
    return planNames.computeIfAbsent(
        movementId, k -> plans.readable(Actor.system(), k).map(MovementView::name).orElse(""));
  }

  TaskView map(ResultSet rs, LocalDate asOf) throws SQLException {
    Date due = rs.getDate("due_on");
    Timestamp reported = rs.getTimestamp("reported_at");
    Status status = Status.valueOf(rs.getString("status"));
    String coord = rs.getString("coordinating");
    String fields = rs.getString("fields");
    Set<Field> fieldSet = EnumSet.noneOf(Field.class);
    if (fields != null) {
      Arrays.stream(fields.split(",")).map(Field::valueOf).forEach(fieldSet::add);
    }
    LocalDate dueOn = due == null ? null : due.toLocalDate();
    String source = rs.getString("due_source");
    return new TaskView(
        rs.getLong("id"),
        rs.getLong("movement_id"),
        planName(rs.getLong("movement_id")),
        rs.getString("unit_code"),
        rs.getString("body"),
        rs.getObject("owner_org_id", Long.class),
        rs.getString("owner_name"),
        rs.getString("text"),
        rs.getString("lead_body"),
        coord == null || coord.isBlank() ? List.of() : List.of(coord.split("\n")),
        Duty.valueOf(rs.getString("duty")),
        fieldSet,
        dueOn,
        source == null ? null : TaskView.DueSource.valueOf(source),
        status,
        rs.getString("report"),
        reported == null ? null : reported.toInstant(),
        rs.getBoolean("reported_late"),
        rs.getString("criteria"),
        rs.getString("reason"),
        rs.getLong("version"),
        overdue(status, dueOn, asOf),
        List.of());
  }

  /** Open and past its day: "trước ngày 12/12" is due on 11/12 and overdue from 12/12. */
  static boolean overdue(Status status, LocalDate dueOn, LocalDate asOf) {
    return status == Status.OPEN && dueOn != null && asOf.isAfter(dueOn);
  }

  // --- The owner's and the office's steps ---------------------------------------------------

  /** The owner reports what was done. */
  @Transactional
  public TaskView report(Actor actor, long id, long version, String report) {
    Row row = readable(actor, id);
    requireOwner(actor, row);
    TaskView t = row.view();
    StateChange.requireVersion(version, t.version(), "oversight_task");
    TaskWorkflow.TABLE.transition(t.status(), TaskWorkflow.Action.REPORT);
    String text = VietnameseText.cleanOrNull(report);
    if (text == null) {
      throw BusinessRuleViolation.onField("report", "oversight.task.report-required");
    }
    Map<String, Object> set = new LinkedHashMap<>();
    set.put("report", text);
    set.put("reported_at", Timestamp.from(clock.instant()));
    set.put("reported_late", t.dueOn() != null && today().isAfter(t.dueOn()));
    return move(actor, t, version, TaskWorkflow.Action.REPORT, null, set);
  }

  /** The office accepts the report: the task is done. */
  @Transactional
  public TaskView close(Actor actor, long id, long version) {
    Row row = readable(actor, id);
    requireOffice(actor, row);
    return move(actor, row.view(), version, TaskWorkflow.Action.CLOSE, null, Map.of());
  }

  /** The office sends the report back with a reason: the task is open again. */
  @Transactional
  public TaskView giveBack(Actor actor, long id, long version, String reason) {
    Row row = readable(actor, id);
    requireOffice(actor, row);
    StateChange.requireVersion(version, row.view().version(), "oversight_task");
    TaskWorkflow.TABLE.transition(row.view().status(), TaskWorkflow.Action.RETURN);
    String why = VietnameseText.cleanOrNull(reason);
    if (why == null) {
      throw BusinessRuleViolation.onField("reason", "movement.reason-required");
    }
    return move(actor, row.view(), version, TaskWorkflow.Action.RETURN, why, Map.of());
  }

  private TaskView move(
      Actor actor,
      TaskView t,
      long version,
      TaskWorkflow.Action action,
      String reason,
      Map<String, Object> set) {
    StateChange.requireVersion(version, t.version(), "oversight_task");
    Status to = TaskWorkflow.TABLE.transition(t.status(), action).to();
    return changes.move(
        new StateChange(
            TaskWorkflow.TRACKED,
            t.id(),
            version,
            t.status().name(),
            to.name(),
            action.name(),
            actor.getUsername(),
            reason,
            set),
        t,
        () -> get(t.id()));
  }

  /** The office sets the day a task falls due (the plan gave none, or the office moves it). */
  @Transactional
  public TaskView setDue(Actor actor, long id, long version, LocalDate dueOn) {
    Row row = readable(actor, id);
    requireOffice(actor, row);
    TaskView before = row.view();
    StateChange.requireVersion(version, before.version(), "oversight_task");
    if (before.status() == Status.CLOSED) {
      throw new BusinessRuleViolation(
          "oversight.task.closed", new vn.thidua.kernel.MessageKey("task.status.CLOSED"));
    }
    if (dueOn == null) {
      throw BusinessRuleViolation.onField("dueOn", "oversight.task.due-required");
    }
    update(
        actor,
        id,
        version,
        "due_on = :due, due_source = 'OFFICE'",
        Map.of("due", Date.valueOf(dueOn)));
    TaskView after = get(id);
    audit.record("oversight_task.due", "oversight_task", id, before, after);
    return after;
  }

  /** The office names the organisation that owns a task the plan gave to several bodies. */
  @Transactional
  public TaskView setOwner(Actor actor, long id, long version, long organizationId) {
    Row row = readable(actor, id);
    requireOffice(actor, row);
    TaskView before = row.view();
    StateChange.requireVersion(version, before.version(), "oversight_task");
    OrganizationView org =
        organizations
            .organization(organizationId)
            .filter(OrganizationView::active)
            .filter(o -> o.path().startsWith(unitPath(before.unitCode())))
            .orElseThrow(() ->
                BusinessRuleViolation.onField("organizationId", "oversight.task.owner-outside"));
    Map<String, Object> p = new LinkedHashMap<>();
    p.put("org", org.id());
    p.put("name", org.name());
    p.put("path", org.path());
    update(actor, id, version, "owner_org_id = :org, owner_name = :name, owner_path = :path", p);
    TaskView after = get(id);
    audit.record("oversight_task.owner", "oversight_task", id, before, after);
    return after;
  }

  private String unitPath(String unitCode) {
    return units.unit(unitCode).map(UnitDirectory.Unit::path).orElse("/none/");
  }

  private void update(Actor actor, long id, long version, String set, Map<String, Object> params) {
    var spec =
        jdbc.sql(
                "update oversight_task set "
                    + set
                    + ", version = version + 1, updated_at = now(), updated_by = :who where id = :id and version = :version")
            .param("who", actor.getUsername())
            .param("id", id)
            .param("version", version);
    for (var e : params.entrySet()) {
      spec = spec.param(e.getKey(), e.getValue());
    }
    if (spec.update() == 0) {
      throw new ConcurrentChange("oversight_task");
    }
  }

  /** The owner (or the office) adds an evidence file while the task is open. */
  @Transactional
  public TaskView attach(
      Actor actor, long id, String fileName, String contentType, byte[] content) {
    Row row = readable(actor, id);
    if (!rights(actor, id).report() && !rights(actor, id).oversee()) {
      throw new AccessDeniedException("error.forbidden");
    }
    if (row.view().status() == Status.CLOSED) {
      throw new BusinessRuleViolation(
          "oversight.task.closed", new vn.thidua.kernel.MessageKey("task.status.CLOSED"));
    }
    files.store(OversightFiles.Owner.TASK, id, fileName, contentType, content, actor.getUsername());
    jdbc.sql("update oversight_task set version = version + 1, updated_at = now() where id = :id")
        .param("id", id)
        .update();
    return view(actor, id);
  }

  /**
   * The lead body publishes the assessment criteria of its field: they are added to the plan (its
   * criteria and indicators, as a new version of an issued plan), so that units register
   * commitments and report values against them; an open task is reported with them.
   */
  @Transactional
  public TaskView publishCriteria(
      Actor actor, long id, long version, String heading, String items, String indicators) {
    Row row = readable(actor, id);
    requireOwner(actor, row);
    TaskView t = row.view();
    StateChange.requireVersion(version, t.version(), "oversight_task");
    if (t.duty() != Duty.CRITERIA) {
      throw new BusinessRuleViolation("oversight.task.not-criteria");
    }
    if (t.status() == Status.CLOSED) {
      throw new BusinessRuleViolation(
          "oversight.task.closed", new vn.thidua.kernel.MessageKey("task.status.CLOSED"));
    }
    List<String> lines = new ArrayList<>();
    for (String l : (items == null ? "" : items).split("\\R")) {
      String c = VietnameseText.cleanOrNull(l.replaceFirst("^\\s*[-+•*]\\s*", ""));
      if (c != null) {
        lines.add(c);
      }
    }
    if (lines.isEmpty()) {
      throw BusinessRuleViolation.onField("items", "oversight.task.criteria-required");
    }
    List<PlanDocument.Indicator> parsed = CriteriaText.indicators(indicators);
    String title =
        VietnameseText.cleanOrNull(heading) == null
            ? "Tiêu chí do " + t.ownerName() + " ban hành"
            : VietnameseText.clean(heading);
    int versionNo =
        plans.publishCriteria(
            t.movementId(),
            new PlanDocument.Criterion(PlanDocument.ParticipantType.AGENCY, title, lines),
            parsed,
            "Bộ tiêu chí do " + t.ownerName() + " ban hành",
            actor.getUsername());
    String summary = title + "\n" + String.join("\n", lines);
    update(actor, id, version, "criteria = :c", Map.of("c", summary));
    audit.record(
        "oversight_task.criteria",
        "oversight_task",
        id,
        t,
        Map.of("criteria", lines.size(), "indicators", parsed.size(), "planVersion", versionNo));
    TaskView now = get(id);
    if (now.status() == Status.OPEN) {
      return report(
          actor,
          id,
          now.version(),
          "Đã ban hành bộ tiêu chí «"
              + title
              + "»: "
              + lines.size()
              + " tiêu chí, "
              + parsed.size()
              + " chỉ tiêu (kế hoạch phiên bản "
              + versionNo
              + ").");
    }
    return now;
  }

  /** The owner's side reports: its own organisation or the plan's level, never the level above. */
  private void requireOwner(Actor actor, Row row) {
    if (!Scopes.mayWithin(
        actor, Permission.REPORT_TASKS, row.ownerPath(), unitPath(row.view().unitCode()))) {
      throw new AccessDeniedException("error.forbidden");
    }
  }

  /**
   * The office of the plan's level follows its tasks (an organisation's plan: its level's office);
   * the level above only reads them.
   */
  private void requireOffice(Actor actor, Row row) {
    if (!Scopes.mayWithin(
        actor, Permission.OVERSEE, row.planPath(), unitPath(row.view().unitCode()))) {
      throw new AccessDeniedException("error.forbidden");
    }
  }

  private Row readable(Actor actor, long id) {
    Row row = row(id);
    if (!Scopes.seesPlan(actor, row.planPath()) && !Scopes.seesPlan(actor, row.ownerPath())) {
      throw new NotFound("oversight.task.not-found");
    }
    return row;
  }

  // --- Lists of the office and of the owner -------------------------------------------------

  /**
   * Open tasks of every plan under the actor's oversight that are overdue on {@code asOf}, per
   * commune (or level) and body: the office sees its own plan's, the level above its communes'.
   */
  @Transactional(readOnly = true)
  public List<TaskView> overdue(Actor actor, LocalDate asOf) {
    LocalDate day = asOf == null ? today() : asOf;
    Scopes.Clause scope = Scopes.planScope(actor, Permission.OVERSEE, "t.plan_path", false);
    var spec =
        jdbc.sql(
            SELECT
                + " where t.status = 'OPEN' and t.due_on < :day and "
                + scope.sql()
                + " order by t.unit_code, t.owner_name, t.due_on, t.id");
    spec = spec.param("day", Date.valueOf(day));
    for (var e : scope.params().entrySet()) {
      spec = spec.param(e.getKey(), e.getValue());
    }
    return spec.query((rs, i) -> map(rs, day)).list();
  }

  /** Overdue and open counts per commune (or level) and body, from {@link #overdue}. */
  @Transactional(readOnly = true)
  public List<TaskView.Tally> tallies(Actor actor, LocalDate asOf) {
    LocalDate day = asOf == null ? today() : asOf;
    Scopes.Clause scope = Scopes.planScope(actor, Permission.OVERSEE, "t.plan_path", false);
    var spec =
        jdbc.sql(
            """
            select t.unit_code, t.owner_name,
                   count(*) filter (where t.status = 'OPEN') as open,
                   count(*) filter (where t.status = 'OPEN' and t.due_on < :day) as overdue
            from oversight_task t where
            """
                + scope.sql()
                + " group by t.unit_code, t.owner_name having count(*) filter (where t.status = 'OPEN' and t.due_on < :day) > 0"
                + " order by t.unit_code, t.owner_name");
    spec = spec.param("day", Date.valueOf(day));
    for (var e : scope.params().entrySet()) {
      spec = spec.param(e.getKey(), e.getValue());
    }
    return spec.query((rs, i) ->
            new TaskView.Tally(
                rs.getString(1),
                units.unit(rs.getString(1)).map(UnitDirectory.Unit::name).orElse(rs.getString(1)),
                rs.getString(2),
                rs.getInt(3),
                rs.getInt(4)))
        .list();
  }

  /**
   * The tasks the actor's organisation must report (open or returned): those owned by an
   * organisation the actor is scoped to, and, for the office of a level, those the plan gave to
   * several bodies at once.
   */
  @Transactional(readOnly = true)
  public List<TaskView> toReport(Actor actor) {
    List<String> scopes = actor.scopesFor(Permission.REPORT_TASKS);
    if (scopes.isEmpty()) {
      return List.of();
    }
    LocalDate day = today();
    List<TaskView> out = new ArrayList<>();
    for (String scope : scopes) {
      out.addAll(
          jdbc.sql(
                  SELECT
                      + " where t.status = 'OPEN' and t.owner_path = :s order by t.due_on nulls last, t.id")
              .param("s", scope)
              .query((rs, i) -> map(rs, day))
              .list());
    }
    return out;
  }

  /** Reported tasks waiting for the actor's office to close or return them. */
  @Transactional(readOnly = true)
  public List<TaskView> toClose(Actor actor) {
    Scopes.Clause scope = Scopes.planScope(actor, Permission.OVERSEE, "t.plan_path", false);
    var spec =
        jdbc.sql(SELECT + " where t.status = 'REPORTED' and " + scope.sql() + " order by t.id");
    for (var e : scope.params().entrySet()) {
      spec = spec.param(e.getKey(), e.getValue());
    }
    LocalDate day = today();
    return spec.query((rs, i) -> map(rs, day)).list().stream()
        .filter(t ->
            Scopes.mayWithin(
                actor, Permission.OVERSEE, unitPath(t.unitCode()), unitPath(t.unitCode())))
        .toList();
  }

  // --- Lead bodies of each field --------------------------------------------------------------

  @Override
  @Transactional(readOnly = true)
  public List<ThemeLead> leads(long movementId) {
    List<ThemeLead> out = new ArrayList<>();
    LocalDate day = today();
    for (TaskView t :
        jdbc.sql(
                SELECT
                    + " where t.movement_id = :m and t.duty in ('CRITERIA', 'SELECTION') order by t.id")
            .param("m", movementId)
            .query((rs, i) -> map(rs, day))
            .list()) {
      String path = null;
      if (t.ownerOrganizationId() != null) {
        path =
            organizations
                .organization(t.ownerOrganizationId())
                .map(OrganizationView::path)
                .orElse(null);
      }
      for (Field f : t.fields()) {
        out.add(
            new ThemeLead(
                movementId, f, t.duty(), t.leadBody(), t.ownerOrganizationId(), path, t.id()));
      }
    }
    return out;
  }

  @Override
  @Transactional(readOnly = true)
  public Optional<ThemeLead> selectionLeadFor(long movementId, Field field) {
    return leads(movementId).stream()
        .filter(l -> l.field() == field && l.duty() == Duty.SELECTION)
        .findFirst();
  }

  @Override
  @Transactional(readOnly = true)
  public Optional<ThemeLead> nearestSelectionLeadFor(long movementId, Field field) {
    for (Plans.Lineage plan : plans.lineage(movementId)) {
      Optional<ThemeLead> lead = selectionLeadFor(plan.movementId(), field);
      if (lead.isPresent()) {
        return lead;
      }
    }
    return Optional.empty();
  }

  @Override
  @Transactional(readOnly = true)
  public Optional<ThemeLead> criteriaLeadFor(long movementId, Field field) {
    return leads(movementId).stream()
        .filter(l -> l.field() == field && l.duty() == Duty.CRITERIA)
        .findFirst();
  }
}
