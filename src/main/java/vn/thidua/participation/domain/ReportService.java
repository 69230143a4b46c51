package vn.thidua.participation.domain;

import java.math.BigDecimal;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.ObjectMapper;
import vn.thidua.kernel.AuditTrail;
import vn.thidua.kernel.BusinessRuleViolation;
import vn.thidua.kernel.ConcurrentChange;
import vn.thidua.kernel.NotFound;
import vn.thidua.kernel.StateChange;
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
import vn.thidua.participation.IndicatorValueCommand;
import vn.thidua.participation.ReportCommand;
import vn.thidua.participation.ReportView;
import vn.thidua.participation.ReportView.Kind;
import vn.thidua.participation.ReportView.Status;

/**
 * Periodic reports. Each unit of a plan reports once a year to the plan's standing office by the
 * plan's first annual deadline ("trước ngày 12/12" falls due on 11/12); the office returns it with
 * a reason or accepts it; late submissions are accepted and marked. The office then drafts the
 * level's aggregated report from the units' reports and the kept totals, edits it and sends it up
 * by the plan's last annual deadline to the office of the plan it was derived from.
 */
@Service
public class ReportService implements vn.thidua.participation.ReportDeadlines {

  /** Largest evidence file. */
  public static final int MAX_ATTACHMENT_BYTES = 10 * 1024 * 1024;

  /** Evidence file types: documents, spreadsheets and photographs. */
  private final JdbcClient jdbc;

  private final StateChanges changes;
  private final Plans plans;
  private final OrganizationDirectory organizations;
  private final UnitDirectory units;
  private final IndicatorValueService values;
  private final ObjectMapper json;
  private final AuditTrail audit;
  private final Clock clock;

  ReportService(
      JdbcClient jdbc,
      Plans plans,
      OrganizationDirectory organizations,
      UnitDirectory units,
      IndicatorValueService values,
      ObjectMapper json,
      AuditTrail audit,
      StateChanges changes,
      Clock clock) {
    this.jdbc = jdbc;
    this.changes = changes;
    this.plans = plans;
    this.organizations = organizations;
    this.units = units;
    this.values = values;
    this.json = json;
    this.audit = audit;
    this.clock = clock;
  }

  /** The plan, if the actor may read it. */
  public MovementView plan(Actor actor, long movementId) {
    return plans.readable(actor, movementId).orElseThrow(() -> new NotFound("movement.not-found"));
  }

  private String pathOf(String unitCode) {
    return units.unit(unitCode).map(UnitDirectory.Unit::path).orElseThrow();
  }

  private LocalDate today() {
    return LocalDate.now(clock.withZone(VietnameseDates.ZONE));
  }

  /**
   * The day a report of this kind falls due: units report by the plan's earliest annual deadline,
   * the level's aggregated report by its latest ("trước ngày 12/12" → 11/12).
   */
  public Optional<LocalDate> dueOn(long movementId, int year, Kind kind) {
    List<PlanDocument.Deadline> annual =
        plans.currentDocument(movementId).deadlines().stream()
            .filter(d -> d.kind() == PlanDocument.DeadlineKind.ANNUAL_REPORT)
            .filter(d -> d.day() != null && d.month() != null)
            .sorted(
                Comparator.comparing(PlanDocument.Deadline::month)
                    .thenComparing(PlanDocument.Deadline::day))
            .toList();
    if (annual.isEmpty()) {
      return Optional.empty();
    }
    PlanDocument.Deadline d = kind == Kind.UNIT ? annual.getFirst() : annual.getLast();
    try {
      return Optional.of(LocalDate.of(year, d.month(), d.day()).minusDays(1));
    } catch (java.time.DateTimeException e) {
      return Optional.empty();
    }
  }

  private static void checkYear(MovementView m, Integer year) {
    if (year == null
        || (m.periodFrom() != null && year < m.periodFrom())
        || (m.periodTo() != null && year > m.periodTo())) {
      throw BusinessRuleViolation.onField("year", "registration.year-invalid");
    }
  }

  /** Saves a unit's draft or returned report: its narrative per theme and its values. */
  @Transactional
  public ReportView save(Actor actor, long movementId, ReportCommand command) {
    MovementView m = plan(actor, movementId);
    if (m.status() != MovementView.Status.ISSUED) {
      throw new BusinessRuleViolation("report.plan-not-issued");
    }
    if (command.organizationId() == null) {
      throw BusinessRuleViolation.onField("organizationId", "person.organization-required");
    }
    OrganizationView org =
        organizations
            .organization(command.organizationId())
            .filter(OrganizationView::active)
            .orElseThrow(() ->
                BusinessRuleViolation.onField("organizationId", "person.organization-unknown"));
    if (!actor.may(Permission.RECORD_VALUES, org.path())) {
      throw new AccessDeniedException("error.forbidden");
    }
    if (!org.path().startsWith(pathOf(m.unitCode()))) {
      throw BusinessRuleViolation.onField(
          "organizationId", "registration.outside-plan", org.name(), m.unitName());
    }
    checkYear(m, command.year());
    int year = command.year();
    Optional<ReportView> existing = findUnit(movementId, org.id(), year);
    if (existing.isPresent() && !existing.get().open()) {
      throw new BusinessRuleViolation("report.not-editable");
    }
    if (existing.isPresent()
        && command.version() != null
        && command.version() != existing.get().version()) {
      throw new ConcurrentChange("report");
    }
    List<ReportView.Narrative> narrative =
        command.narrative() == null
            ? existing.map(ReportView::narrative).orElse(List.of())
            : narrative(m, command.narrative());
    // Every value's error at once, beside its field (issue 12); the transaction keeps none of them.
    vn.thidua.kernel.FieldChecks checks = new vn.thidua.kernel.FieldChecks();
    for (var e : command.values().entrySet()) {
      if (e.getValue() == null) {
        continue;
      }
      try {
        values.record(
            actor,
            movementId,
            new IndicatorValueCommand(
                org.id(),
                e.getKey(),
                year,
                e.getValue(),
                null,
                Boolean.TRUE.equals(command.confirmed())));
      } catch (BusinessRuleViolation v) {
        if (!"value".equals(v.field())) {
          throw v;
        }
        checks.reject(true, "value_" + e.getKey(), v.code(), v.args());
      }
    }
    checks.check();
    long id;
    if (existing.isEmpty()) {
      id =
          jdbc.sql(
                  """
                  insert into report (movement_id, kind, organization_id, unit_code, path, year, due_on, status, narrative, created_by, updated_by)
                  values (:m, 'UNIT', :o, :u, :p, :y, :due, 'DRAFT', :n, :who, :who) returning id
                  """)
              .param("m", movementId)
              .param("o", org.id())
              .param("u", org.unitCode())
              .param("p", org.path())
              .param("y", year)
              .param("due", dueOn(movementId, year, Kind.UNIT).map(Date::valueOf).orElse(null))
              .param("n", json.writeValueAsString(narrative))
              .param("who", actor.getUsername())
              .query(Long.class)
              .single();
    } else {
      id = existing.get().id();
      updateNarrative(actor, existing.get(), narrative);
    }
    ReportView after = get(id);
    if (existing.isEmpty()) {
      created(actor, id, after);
    } else {
      audit.record("report.edit", "report", id, existing.get(), after);
    }
    return after;
  }

  private void updateNarrative(Actor actor, ReportView r, List<ReportView.Narrative> narrative) {
    changedOtherwise(r.id());
    int changed =
        jdbc.sql(
                "update report set narrative = :n, version = version + 1, updated_at = now(), updated_by = :who where id = :id and version = :v")
            .param("n", json.writeValueAsString(narrative))
            .param("who", actor.getUsername())
            .param("id", r.id())
            .param("v", r.version())
            .update();
    if (changed == 0) {
      throw new ConcurrentChange("report");
    }
  }

  /** Keeps the plan's themes in order; text for an unknown theme is refused. */
  private List<ReportView.Narrative> narrative(MovementView m, List<ReportView.Narrative> given) {
    List<String> themes = themes(m.id());
    List<ReportView.Narrative> out = new ArrayList<>();
    for (ReportView.Narrative n : given) {
      String theme = VietnameseText.cleanOrNull(n.theme());
      String text = VietnameseText.cleanOrNull(n.text());
      if (text == null) {
        continue;
      }
      if (theme != null && !themes.contains(theme)) {
        throw BusinessRuleViolation.onField("narrative", "report.theme-unknown", theme);
      }
      if (text.length() > 20_000) {
        throw BusinessRuleViolation.onField("narrative", "report.text-too-long", 20_000);
      }
      out.add(new ReportView.Narrative(theme, text));
    }
    return out;
  }

  /** The themes a report speaks to: the plan's contents, else one general theme. */
  public List<String> themes(long movementId) {
    List<String> themes = new ArrayList<>();
    for (PlanDocument.Theme t : plans.currentDocument(movementId).themes()) {
      if (t.title() != null) {
        themes.add(t.title());
      }
    }
    return themes;
  }

  /** Adds an evidence file to a report that is still open. */
  @Transactional
  public ReportView attach(
      Actor actor, long reportId, String fileName, String contentType, byte[] content) {
    ReportView r = reachable(actor, reportId);
    requireAuthor(actor, r);
    if (!r.open()) {
      throw new BusinessRuleViolation("report.not-editable");
    }
    vn.thidua.document.Uploads.Checked file =
        vn.thidua.document.Uploads.check(
            fileName,
            content,
            MAX_ATTACHMENT_BYTES,
            vn.thidua.document.Uploads.DOCUMENTS,
            "report.file-type");
    String name = file.fileName();
    long id =
        jdbc.sql(
                """
                insert into report_attachment (report_id, file_name, content_type, size_bytes, content, uploaded_by)
                values (:r, :n, :t, :s, :c, :who) returning id
                """)
            .param("r", reportId)
            .param("n", name)
            .param("t", file.contentType())
            .param("s", content.length)
            .param("c", content)
            .param("who", actor.getUsername())
            .query(Long.class)
            .single();
    changedOtherwise(reportId);
    jdbc.sql("update report set version = version + 1, updated_at = now() where id = :id")
        .param("id", reportId)
        .update();
    audit.record(
        "report.attach", "report", reportId, null, Map.of("attachment", id, "fileName", name));
    return get(reportId);
  }

  /**
   * Removes an evidence file while the report is still its author's (a draft, or returned to be
   * fixed); once sent, its files are part of the record and stay.
   */
  @Transactional
  public ReportView detach(Actor actor, long reportId, long attachmentId) {
    ReportView r = reachable(actor, reportId);
    requireAuthor(actor, r);
    if (!r.open()) {
      throw new BusinessRuleViolation("report.not-editable");
    }
    String name =
        jdbc.sql(
                "delete from report_attachment where id = :a and report_id = :r returning file_name")
            .param("a", attachmentId)
            .param("r", reportId)
            .query(String.class)
            .optional()
            .orElseThrow(() -> new vn.thidua.kernel.NotFound("error.not-found"));
    changedOtherwise(reportId);
    jdbc.sql("update report set version = version + 1, updated_at = now() where id = :id")
        .param("id", reportId)
        .update();
    audit.record(
        "report.detach",
        "report",
        reportId,
        Map.of("attachment", attachmentId, "fileName", name),
        null);
    return get(reportId);
  }

  /** An evidence file: name, type and bytes. */
  public record File(String fileName, String contentType, byte[] content) {}

  @Transactional(readOnly = true)
  public File attachment(Actor actor, long reportId, long attachmentId) {
    view(actor, reportId);
    return jdbc.sql(
            "select file_name, content_type, content from report_attachment where id = :a and report_id = :r")
        .param("a", attachmentId)
        .param("r", reportId)
        .query((rs, i) -> new File(rs.getString(1), rs.getString(2), rs.getBytes(3)))
        .optional()
        .orElseThrow(() -> new NotFound("report.not-found"));
  }

  @Transactional
  public ReportView submit(Actor actor, long id, long version) {
    ReportView r = reachable(actor, id);
    requireAuthor(actor, r);
    boolean late = r.dueOn() != null && today().isAfter(r.dueOn());
    return move(
        actor,
        r,
        version,
        ReportWorkflow.Action.SUBMIT,
        null,
        Map.of("late", late, "submitted_at", Timestamp.from(clock.instant())));
  }

  @Transactional
  public ReportView accept(Actor actor, long id, long version) {
    ReportView r = reachable(actor, id);
    requireReviewer(actor, r);
    return move(
        actor,
        r,
        version,
        ReportWorkflow.Action.ACCEPT,
        null,
        Map.of("decided_at", Timestamp.from(clock.instant())));
  }

  @Transactional
  public ReportView giveBack(Actor actor, long id, long version, String reason) {
    ReportView r = reachable(actor, id);
    requireReviewer(actor, r);
    StateChange.requireVersion(version, r.version(), "report");
    ReportWorkflow.TABLE.transition(r.status(), ReportWorkflow.Action.RETURN);
    if (reason == null || reason.isBlank()) {
      throw BusinessRuleViolation.onField("reason", "movement.reason-required");
    }
    return move(
        actor,
        r,
        version,
        ReportWorkflow.Action.RETURN,
        VietnameseText.clean(reason),
        Map.of("decided_at", Timestamp.from(clock.instant())));
  }

  /** Every active organisation under the plan's unit (in the actor's scope) with its report. */
  @Transactional(readOnly = true)
  public List<ReportView.BoardRow> board(Actor actor, long movementId, int year) {
    MovementView m = plan(actor, movementId);
    String path = pathOf(m.unitCode());
    LocalDate due = dueOn(movementId, year, Kind.UNIT).orElse(null);
    boolean pastDue = due != null && today().isAfter(due);
    List<ReportView.BoardRow> rows =
        jdbc.sql(
                """
                select o.id, o.name, o.path, r.id as rid, r.status, r.late, r.submitted_at
                from organization o
                left join report r on r.organization_id = o.id and r.movement_id = :m and r.year = :y and r.kind = 'UNIT'
                where o.active and o.path like :p
                order by o.sort_key
                """)
            .param("m", movementId)
            .param("y", year)
            .param("p", path.replace("%", "\\%").replace("_", "\\_") + "%")
            .query((rs, i) -> {
              if (!actor.may(Permission.VIEW_ORGANIZATIONS, rs.getString("path"))) {
                return null;
              }
              Status status =
                  rs.getString("status") == null ? null : Status.valueOf(rs.getString("status"));
              Timestamp at = rs.getTimestamp("submitted_at");
              boolean sent = status == Status.SUBMITTED || status == Status.ACCEPTED;
              return new ReportView.BoardRow(
                  rs.getLong("id"),
                  rs.getString("name"),
                  rs.getObject("rid", Long.class),
                  status,
                  rs.getBoolean("late"),
                  at == null ? null : at.toInstant(),
                  pastDue && !sent,
                  actor.may(Permission.RECORD_VALUES, rs.getString("path")));
            })
            .list();
    return rows.stream().filter(java.util.Objects::nonNull).toList();
  }

  @Transactional(readOnly = true)
  public ReportView view(Actor actor, long id) {
    ReportView r = reachable(actor, id);
    String path =
        r.kind() == Kind.UNIT
            ? organizations.organization(r.organizationId()).orElseThrow().path()
            : pathOf(r.unitCode());
    boolean reviewer = r.kind() == Kind.ROLLUP && mayReview(actor, r);
    if (!actor.may(Permission.VIEW_ORGANIZATIONS, path)
        && !actor.may(Permission.VIEW_PLANS, path)
        && !reviewer) {
      throw new AccessDeniedException("error.forbidden");
    }
    return r;
  }

  /** A unit's report for a plan and year, if one was started. */
  @Transactional(readOnly = true)
  public Optional<ReportView> reportOf(
      Actor actor, long movementId, long organizationId, int year) {
    return findUnit(movementId, organizationId, year).map(r -> view(actor, r.id()));
  }

  /** The indicator figures of a report: a unit's values, or the kept totals of the level. */
  @Transactional(readOnly = true)
  public List<ReportView.Figure> figures(ReportView r) {
    return r.kind() == Kind.UNIT
        ? values.figures(r.movementId(), r.organizationId(), r.year())
        : values.unitTotals(r.movementId(), r.unitCode(), r.year());
  }

  /** The indicators of a plan with an organisation's values (for the report form). */
  @Transactional(readOnly = true)
  public List<ReportView.Figure> figures(long movementId, long organizationId, int year) {
    return values.figures(movementId, organizationId, year);
  }

  /** Whether the actor may write and submit this report. */
  public boolean mayAuthor(Actor actor, ReportView r) {
    if (r.kind() == Kind.UNIT) {
      return organizations
          .organization(r.organizationId())
          .map(o -> actor.may(Permission.RECORD_VALUES, o.path()))
          .orElse(false);
    }
    return actor.may(Permission.MANAGE_PLANS, pathOf(r.unitCode()));
  }

  /** Whether the actor may write the report of this organisation. */
  public boolean mayReport(Actor actor, long organizationId) {
    return organizations
        .organization(organizationId)
        .map(o -> actor.may(Permission.RECORD_VALUES, o.path()))
        .orElse(false);
  }

  /**
   * Whether the actor reviews this report: a unit's report by the plan's standing office, the
   * aggregated report by the office of the plan it was derived from.
   */
  public boolean mayReview(Actor actor, ReportView r) {
    if (r.kind() == Kind.UNIT) {
      MovementView m = plans.readable(actor, r.movementId()).orElse(null);
      return m != null && actor.may(Permission.MANAGE_PLANS, pathOf(m.unitCode()));
    }
    List<Plans.Lineage> lineage = plans.lineage(r.movementId());
    return lineage.size() > 1 && actor.may(Permission.MANAGE_PLANS, lineage.get(1).unitPath());
  }

  /**
   * A report within the actor's reach: another commune's answers the same 404 as an id that does
   * not exist, before any permission or version check.
   */
  private ReportView reachable(Actor actor, long id) {
    ReportView r = get(id);
    String path =
        r.kind() == Kind.UNIT
            ? organizations.organization(r.organizationId()).orElseThrow().path()
            : pathOf(r.unitCode());
    if (!actor.reaches(path)) {
      throw new vn.thidua.kernel.NotFound("report.not-found");
    }
    return r;
  }

  /** Whether the actor runs this plan's reports (its standing office). */
  public boolean mayManage(Actor actor, MovementView m) {
    return actor.may(Permission.MANAGE_PLANS, pathOf(m.unitCode()));
  }

  private void requireAuthor(Actor actor, ReportView r) {
    if (!mayAuthor(actor, r)) {
      throw new AccessDeniedException("error.forbidden");
    }
  }

  private void requireReviewer(Actor actor, ReportView r) {
    if (!mayReview(actor, r)) {
      throw new AccessDeniedException("error.forbidden");
    }
  }

  // ----- the level's aggregated report

  /** The level's aggregated report for a plan and year, if drafted. */
  @Transactional(readOnly = true)
  public Optional<ReportView> rollupOf(long movementId, int year) {
    return jdbc.sql(
            "select id from report where movement_id = :m and year = :y and kind = 'ROLLUP'")
        .param("m", movementId)
        .param("y", year)
        .query(Long.class)
        .optional()
        .map(this::get);
  }

  /**
   * Drafts (or redrafts, while still open) the level's aggregated report: per theme, what each unit
   * reported, from accepted reports first, then submitted ones. The figures are the kept totals and
   * are always read live.
   */
  @Transactional
  public ReportView draftRollup(Actor actor, long movementId, int year) {
    MovementView m = plan(actor, movementId);
    if (!mayManage(actor, m)) {
      throw new AccessDeniedException("error.forbidden");
    }
    checkYear(m, year);
    List<ReportView.Narrative> narrative = new ArrayList<>();
    List<String> themes = new ArrayList<>(themes(movementId));
    themes.add(null);
    List<ReportView> sent = unitReports(movementId, year);
    for (String theme : themes) {
      StringBuilder text = new StringBuilder();
      for (ReportView r : sent) {
        for (ReportView.Narrative n : r.narrative()) {
          if (java.util.Objects.equals(n.theme(), theme)) {
            if (!text.isEmpty()) {
              text.append('\n');
            }
            text.append(r.reporterName()).append(": ").append(n.text());
          }
        }
      }
      if (!text.isEmpty()) {
        narrative.add(new ReportView.Narrative(theme, text.toString()));
      }
    }
    Optional<ReportView> existing = rollupOf(movementId, year);
    if (existing.isPresent() && !existing.get().open()) {
      throw new BusinessRuleViolation("report.not-editable");
    }
    long id;
    if (existing.isEmpty()) {
      id =
          jdbc.sql(
                  """
                  insert into report (movement_id, kind, organization_id, unit_code, path, year, due_on, status, narrative, created_by, updated_by)
                  values (:m, 'ROLLUP', null, :u, :p, :y, :due, 'DRAFT', :n, :who, :who)
                  on conflict (movement_id, year) where kind = 'ROLLUP' do nothing returning id
                  """)
              .param("m", movementId)
              .param("u", m.unitCode())
              .param("p", pathOf(m.unitCode()))
              .param("y", year)
              .param("due", dueOn(movementId, year, Kind.ROLLUP).map(Date::valueOf).orElse(null))
              .param("n", json.writeValueAsString(narrative))
              .param("who", actor.getUsername())
              .query(Long.class)
              .optional()
              // Someone else drafted the level's report at the same moment: theirs stands.
              .orElseThrow(() -> new vn.thidua.kernel.ConcurrentChange("report"));
    } else {
      id = existing.get().id();
      updateNarrative(actor, existing.get(), narrative);
    }
    ReportView after = get(id);
    if (existing.isEmpty()) {
      created(actor, id, after);
    } else {
      String st = existing.get().status().name();
      changes.record(
          ReportWorkflow.TRACKED,
          id,
          ReportWorkflow.Action.REDRAFT.name(),
          st,
          st,
          actor.getUsername(),
          null,
          existing.get(),
          after);
    }
    return after;
  }

  /** The office edits the aggregated report's narrative before sending it up. */
  @Transactional
  public ReportView editRollup(
      Actor actor, long id, long version, List<ReportView.Narrative> narrative) {
    ReportView r = reachable(actor, id);
    if (r.kind() != Kind.ROLLUP) {
      throw new NotFound("report.not-found");
    }
    requireAuthor(actor, r);
    if (!r.open()) {
      throw new BusinessRuleViolation("report.not-editable");
    }
    if (version != r.version()) {
      throw new ConcurrentChange("report");
    }
    MovementView m = plan(actor, r.movementId());
    List<ReportView.Narrative> clean = new ArrayList<>();
    for (ReportView.Narrative n : narrative) {
      String text = VietnameseText.cleanOrNull(n.text());
      if (text != null) {
        clean.add(new ReportView.Narrative(VietnameseText.cleanOrNull(n.theme()), text));
      }
    }
    narrative(m, clean.stream().filter(n -> n.theme() != null).toList());
    updateNarrative(actor, r, clean);
    ReportView after = get(id);
    audit.record("report.edit", "report", id, r, after);
    return after;
  }

  /** Unit reports of a plan and year that were submitted or accepted, accepted first. */
  @Transactional(readOnly = true)
  public List<ReportView> unitReports(long movementId, int year) {
    return jdbc
        .sql(
            """
            select r.id from report r join organization o on o.id = r.organization_id
            where r.movement_id = :m and r.year = :y and r.kind = 'UNIT' and r.status in ('SUBMITTED', 'ACCEPTED')
            order by case r.status when 'ACCEPTED' then 0 else 1 end, o.sort_key
            """)
        .param("m", movementId)
        .param("y", year)
        .query(Long.class)
        .list()
        .stream()
        .map(this::get)
        .toList();
  }

  /** Values of every organisation of the plan's unit, by organisation id and indicator code. */
  @Transactional(readOnly = true)
  public Map<Long, Map<String, BigDecimal>> unitValues(MovementView m, int year) {
    return values.valuesUnder(m.id(), year, pathOf(m.unitCode()));
  }

  /**
   * The level above: each plan derived from this one (a commune's) with its aggregated report and
   * its totals, read from the totals this plan keeps per commune.
   */
  @Transactional(readOnly = true)
  public List<ReportView.Child> children(Actor actor, long movementId, int year) {
    MovementView m = plan(actor, movementId);
    List<ReportView.Child> out = new ArrayList<>();
    for (MovementView child : plans.derived(movementId)) {
      String path = pathOf(child.unitCode());
      if (actor.scopesFor(Permission.VIEW_PLANS).stream().noneMatch(path::startsWith)
          && actor.scopesFor(Permission.VIEW_PLANS).stream().noneMatch(s -> s.startsWith(path))) {
        continue;
      }
      Optional<ReportView> rollup = rollupOf(child.id(), year);
      out.add(
          new ReportView.Child(
              child.id(),
              child.unitCode(),
              child.unitName(),
              rollup.map(ReportView::id).orElse(null),
              rollup.map(ReportView::status).orElse(null),
              rollup.map(ReportView::late).orElse(false),
              values.unitTotals(m.id(), child.unitCode(), year)));
    }
    return out;
  }

  @Override
  @Transactional(readOnly = true)
  public List<Outstanding> outstandingDueOn(LocalDate day) {
    List<Outstanding> out = new ArrayList<>();
    int year = day.getYear();
    for (MovementView m : plans.issued()) {
      if ((m.periodFrom() != null && year < m.periodFrom())
          || (m.periodTo() != null && year > m.periodTo())) {
        continue;
      }
      String path = pathOf(m.unitCode());
      if (dueOn(m.id(), year, Kind.UNIT).filter(day::equals).isPresent()) {
        jdbc.sql(
                """
                select o.id, o.name, o.path from organization o
                where o.active and o.path like :p and not exists (
                  select 1 from report r where r.organization_id = o.id and r.movement_id = :m
                    and r.year = :y and r.kind = 'UNIT' and r.status in ('SUBMITTED', 'ACCEPTED'))
                order by o.sort_key
                """)
            .param("p", path.replace("%", "\\%").replace("_", "\\_") + "%")
            .param("m", m.id())
            .param("y", year)
            .query((rs, i) ->
                new Outstanding(
                    m.id(),
                    m.name(),
                    m.unitName(),
                    Kind.UNIT,
                    rs.getLong(1),
                    rs.getString(2),
                    rs.getString(3),
                    year,
                    day,
                    "/movements/"
                        + m.id()
                        + "/reports/form?organization="
                        + rs.getLong(1)
                        + "&year="
                        + year))
            .list()
            .forEach(out::add);
      }
      if (m.parentId() != null
          && dueOn(m.id(), year, Kind.ROLLUP).filter(day::equals).isPresent()
          && rollupOf(m.id(), year)
              .map(r -> r.status() != Status.SUBMITTED && r.status() != Status.ACCEPTED)
              .orElse(true)) {
        out.add(
            new Outstanding(
                m.id(),
                m.name(),
                m.unitName(),
                Kind.ROLLUP,
                null,
                m.unitName(),
                path,
                year,
                day,
                "/movements/" + m.id() + "/reports?year=" + year));
      }
    }
    return out;
  }

  // ----- state changes and reads

  /** One step of the table: version, state, then the shared state change. */
  private ReportView move(
      Actor actor,
      ReportView r,
      long version,
      ReportWorkflow.Action action,
      String reason,
      Map<String, Object> extra) {
    StateChange.requireVersion(version, r.version(), "report");
    Status to = ReportWorkflow.TABLE.transition(r.status(), action).to();
    // The row as just written (the update matched the version read), without reading it again.
    Timestamp submitted = (Timestamp) extra.get("submitted_at");
    ReportView after =
        new ReportView(
            r.id(),
            r.movementId(),
            r.kind(),
            r.organizationId(),
            r.reporterName(),
            r.unitCode(),
            r.year(),
            r.dueOn(),
            to,
            r.narrative(),
            extra.containsKey("late") ? (Boolean) extra.get("late") : r.late(),
            reason,
            submitted == null ? r.submittedAt() : submitted.toInstant(),
            version + 1,
            r.attachments());
    // Noted before the step: its listeners (computed figures, then the notice) ask for it.
    movedInTransaction().put(after.id(), after);
    return changes.move(
        new StateChange(
            ReportWorkflow.TRACKED,
            r.id(),
            version,
            r.status().name(),
            to.name(),
            action.name(),
            actor.getUsername(),
            reason,
            extra),
        r,
        () -> after);
  }

  private void created(Actor actor, long id, ReportView after) {
    changes.record(
        ReportWorkflow.TRACKED,
        id,
        ReportWorkflow.Action.CREATE.name(),
        null,
        Status.DRAFT.name(),
        actor.getUsername(),
        null,
        null,
        after);
  }

  /** The history of a report, oldest first. */
  @Transactional(readOnly = true)
  public List<StateChanges.Entry> history(Actor actor, long id) {
    view(actor, id);
    return changes.history(ReportWorkflow.TRACKED, id);
  }

  private Optional<ReportView> findUnit(long movementId, long organizationId, int year) {
    return jdbc.sql(
            "select id from report where movement_id = :m and organization_id = :o and year = :y and kind = 'UNIT'")
        .param("m", movementId)
        .param("o", organizationId)
        .param("y", year)
        .query(Long.class)
        .optional()
        .map(this::get);
  }

  /**
   * The reports that moved in the current transaction, as they were written: the step's notice and
   * its computed figures ask for the report again before the commit. Any other change of a report
   * here takes it out.
   */
  @SuppressWarnings("unchecked")
  private static Map<Long, ReportView> movedInTransaction() {
    if (!TransactionSynchronizationManager.isSynchronizationActive()) {
      return new HashMap<>();
    }
    Map<Long, ReportView> moved =
        (Map<Long, ReportView>) TransactionSynchronizationManager.getResource(MOVED);
    if (moved == null) {
      moved = new HashMap<>();
      TransactionSynchronizationManager.bindResource(MOVED, moved);
      TransactionSynchronizationManager.registerSynchronization(
          new TransactionSynchronization() {
            @Override
            public void afterCompletion(int status) {
              TransactionSynchronizationManager.unbindResourceIfPossible(MOVED);
            }
          });
    }
    return moved;
  }

  /** The key of {@link #movedInTransaction} among the transaction's resources. */
  private static final Object MOVED = new Object();

  /** A report changed other than by a step: read again. */
  private static void changedOtherwise(long id) {
    Object moved = TransactionSynchronizationManager.getResource(MOVED);
    if (moved instanceof Map<?, ?> m) {
      m.remove(id);
    }
  }

  /**
   * A report by id without its files and without a read check (a notice names it, no more); as
   * written, if it moved in this transaction.
   */
  ReportView withoutFiles(long id) {
    ReportView known = movedInTransaction().get(id);
    if (known != null) {
      return known;
    }
    ReportView r =
        jdbc.sql(
                """
                select r.*, coalesce(o.name, u.name) as reporter_name
                from report r left join organization o on o.id = r.organization_id
                join administrative_unit u on u.code = r.unit_code
                where r.id = :id
                """)
            .param("id", id)
            .query((rs, i) -> {
              Timestamp submitted = rs.getTimestamp("submitted_at");
              Date due = rs.getDate("due_on");
              return new ReportView(
                  rs.getLong("id"),
                  rs.getLong("movement_id"),
                  Kind.valueOf(rs.getString("kind")),
                  rs.getObject("organization_id", Long.class),
                  rs.getString("reporter_name"),
                  rs.getString("unit_code"),
                  rs.getInt("year"),
                  due == null ? null : due.toLocalDate(),
                  Status.valueOf(rs.getString("status")),
                  json.readValue(
                      rs.getString("narrative"),
                      new TypeReference<List<ReportView.Narrative>>() {}),
                  rs.getBoolean("late"),
                  rs.getString("reason"),
                  submitted == null ? null : submitted.toInstant(),
                  rs.getLong("version"),
                  List.of());
            })
            .optional()
            .orElseThrow(() -> new NotFound("report.not-found"));
    return r;
  }

  /** A report by id, without a read check (for the other services of this module). */
  ReportView get(long id) {
    ReportView r = withoutFiles(id);
    List<ReportView.Attachment> files =
        jdbc.sql(
                "select id, file_name, content_type, size_bytes from report_attachment where report_id = :id order by id")
            .param("id", id)
            .query((rs, i) ->
                new ReportView.Attachment(
                    rs.getLong(1), rs.getString(2), rs.getString(3), rs.getInt(4)))
            .list();
    return new ReportView(
        r.id(),
        r.movementId(),
        r.kind(),
        r.organizationId(),
        r.reporterName(),
        r.unitCode(),
        r.year(),
        r.dueOn(),
        r.status(),
        r.narrative(),
        r.late(),
        r.reason(),
        r.submittedAt(),
        r.version(),
        files);
  }
}
