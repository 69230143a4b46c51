package vn.thidua.statistics.domain;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.ObjectMapper;
import vn.thidua.kernel.BusinessRuleViolation;
import vn.thidua.kernel.NotFound;
import vn.thidua.kernel.StateChange;
import vn.thidua.kernel.StateChanges;
import vn.thidua.kernel.VietnameseText;
import vn.thidua.organization.Actor;
import vn.thidua.organization.Permission;
import vn.thidua.organization.UnitDirectory;
import vn.thidua.statistics.FormTable;
import vn.thidua.statistics.domain.ReturnWorkflow.Action;
import vn.thidua.statistics.domain.ReturnWorkflow.Status;

/**
 * A level's statistics forms of a year sent up like a report: the office of the level sends them
 * (their figures frozen as computed at that moment), the office of the level above — never the
 * sender — accepts them or returns them with a reason. Every step goes through {@link
 * StateChanges}.
 */
@Service
public class ReturnService {

  /** A level's forms of a year as sent, with the figures frozen at sending. */
  public record Sent(
      long id,
      String unitCode,
      String unitName,
      int year,
      String circular,
      Status status,
      Instant sentAt,
      String sentBy,
      long version,
      List<FormTable> figures) {}

  /** A level below and where its forms of the year stand (null: not sent yet). */
  public record Below(UnitDirectory.Unit unit, Sent sent) {}

  private static final TypeReference<List<FormTable>> TABLES = new TypeReference<>() {};

  private final JdbcClient jdbc;
  private final StatisticsService statistics;
  private final UnitDirectory units;
  private final StateChanges changes;
  private final ObjectMapper json;
  private final Clock clock;

  ReturnService(
      JdbcClient jdbc,
      StatisticsService statistics,
      UnitDirectory units,
      StateChanges changes,
      ObjectMapper json,
      Clock clock) {
    this.jdbc = jdbc;
    this.statistics = statistics;
    this.units = units;
    this.changes = changes;
    this.json = json;
    this.clock = clock;
  }

  /** Whether the actor is the office of this level (it sends the level's forms). */
  public boolean maySend(Actor actor, UnitDirectory.Unit unit) {
    return actor.mayAt(Permission.OVERSEE, unit.path())
        && parent(unit).map(p -> !actor.mayAt(Permission.OVERSEE, p.path())).orElse(true);
  }

  /** Whether the actor is the office of the level above this one (it receives its forms). */
  public boolean mayReceive(Actor actor, UnitDirectory.Unit unit) {
    return parent(unit).map(p -> actor.mayAt(Permission.OVERSEE, p.path())).orElse(false);
  }

  /** The level's forms of the year as sent, if they were. */
  @Transactional(readOnly = true)
  public Optional<Sent> of(UnitDirectory.Unit unit, int year) {
    return jdbc.sql(SELECT + " where r.unit_code = :u and r.year = :y")
        .param("u", unit.code())
        .param("y", year)
        .query((rs, i) -> row(rs, true))
        .optional();
  }

  /** A set of sent forms the actor may read (the sender's level or a level above it). */
  @Transactional(readOnly = true)
  public Sent get(Actor actor, long id) {
    return find(id)
        .filter(s -> readable(actor, s))
        .orElseThrow(() -> new NotFound("error.not-found"));
  }

  /** The levels directly below, each with its forms of the year as sent (or not yet). */
  @Transactional(readOnly = true)
  public List<Below> below(UnitDirectory.Unit unit, int year) {
    Map<String, Sent> sent = new java.util.HashMap<>();
    jdbc.sql(SELECT + " where r.parent_path = :p and r.year = :y")
        .param("p", unit.path())
        .param("y", year)
        .query((rs, i) -> row(rs, false))
        .list()
        .forEach(s -> sent.put(s.unitCode(), s));
    List<Below> out = new ArrayList<>();
    for (UnitDirectory.Unit c : units.childrenOf(unit.code())) {
      out.add(new Below(c, sent.get(c.code())));
    }
    return out;
  }

  /** Sets waiting for the actor's acceptance: sent by the levels directly below its own. */
  @Transactional(readOnly = true)
  public List<Sent> waitingFor(Actor actor) {
    List<Sent> out = new ArrayList<>();
    for (String scope : actor.scopesFor(Permission.OVERSEE)) {
      if (scope.contains("/o")) {
        continue;
      }
      out.addAll(
          jdbc.sql(SELECT + " where r.parent_path = :p and r.status = 'SENT' order by r.sent_at")
              .param("p", scope)
              .query((rs, i) -> row(rs, false))
              .list());
    }
    return out;
  }

  /** Sets the actor's own level sent and got back. */
  @Transactional(readOnly = true)
  public List<Sent> returnedTo(Actor actor) {
    List<Sent> out = new ArrayList<>();
    for (String scope : actor.scopesFor(Permission.OVERSEE)) {
      out.addAll(
          jdbc.sql(SELECT + " where r.path = :p and r.status = 'RETURNED' order by r.year")
              .param("p", scope)
              .query((rs, i) -> row(rs, false))
              .list());
    }
    return out;
  }

  /**
   * Sends the level's forms of the year up (or sends them again once returned), the figures
   * computed now and frozen.
   */
  @Transactional
  public Sent send(Actor actor, UnitDirectory.Unit unit, int year, Long version) {
    if (!maySend(actor, unit)) {
      throw new AccessDeniedException("error.forbidden");
    }
    if (year < 2000 || year > yearNow()) {
      throw BusinessRuleViolation.onField(
          "year", "statistics.return.year-invalid", String.valueOf(yearNow()));
    }
    UnitDirectory.Unit above =
        parent(unit)
            .orElseThrow(() -> new BusinessRuleViolation("statistics.return.no-level-above"));
    List<FormTable> figures = new ArrayList<>();
    for (FormCatalogue.Form f : statistics.forms(year)) {
      figures.add(statistics.compute(unit, year, f.code()));
    }
    String frozen = json.writeValueAsString(figures);
    Timestamp now = Timestamp.from(clock.instant());
    Optional<Sent> existing = of(unit, year);
    if (existing.isEmpty()) {
      long id =
          jdbc.sql(
                  """
                  insert into statistics_return (unit_code, path, parent_path, year, circular, status,
                    figures, sent_at, sent_by)
                  values (:u, :p, :pp, :y, :c, 'SENT', cast(:f as jsonb), :at, :who) returning id
                  """)
              .param("u", unit.code())
              .param("p", unit.path())
              .param("pp", above.path())
              .param("y", year)
              .param("c", statistics.version(year).circular())
              .param("f", frozen)
              .param("at", now)
              .param("who", actor.getUsername())
              .query(Long.class)
              .single();
      Sent created = find(id).orElseThrow();
      changes.record(
          ReturnWorkflow.TRACKED,
          id,
          Action.SEND.name(),
          null,
          Status.SENT.name(),
          actor.getUsername(),
          null,
          null,
          summary(created));
      return created;
    }
    Sent s = existing.get();
    if (version == null) {
      throw new BusinessRuleViolation(
          "statistics.return.already-sent",
          new vn.thidua.kernel.MessageKey("statistics.return.status." + s.status().name()));
    }
    StateChange.requireVersion(version, s.version(), "statistics_return");
    Status to = ReturnWorkflow.TABLE.transition(s.status(), Action.RESEND).to();
    // The frozen figures are replaced by the statement of the step itself (a jsonb cast).
    jdbc.sql(
            "update statistics_return set figures = cast(:f as jsonb), sent_at = :at, sent_by = :who where id = :id")
        .param("f", frozen)
        .param("at", now)
        .param("who", actor.getUsername())
        .param("id", s.id())
        .update();
    changes.move(
        new StateChange(
            ReturnWorkflow.TRACKED,
            s.id(),
            version,
            s.status().name(),
            to.name(),
            Action.RESEND.name(),
            actor.getUsername(),
            null,
            Map.of()),
        summary(s),
        () -> summary(find(s.id()).orElseThrow()));
    return find(s.id()).orElseThrow();
  }

  /** The level above accepts the forms, or returns them with a reason. */
  @Transactional
  public Sent receive(Actor actor, long id, long version, Action action, String reason) {
    Sent s = get(actor, id);
    UnitDirectory.Unit unit =
        units.unit(s.unitCode()).orElseThrow(() -> new NotFound("error.not-found"));
    if (!mayReceive(actor, unit)) {
      throw new AccessDeniedException("error.forbidden");
    }
    if (action != Action.ACCEPT && action != Action.RETURN) {
      throw new IllegalArgumentException(action.name());
    }
    StateChange.requireVersion(version, s.version(), "statistics_return");
    String why = VietnameseText.cleanOrNull(reason);
    if (action == Action.RETURN && why == null) {
      throw BusinessRuleViolation.onField("reason", "statistics.return.reason-required");
    }
    if (why != null && why.length() > 2000) {
      throw BusinessRuleViolation.onField("reason", "statistics.return.reason-too-long", 2000);
    }
    Status to = ReturnWorkflow.TABLE.transition(s.status(), action).to();
    changes.move(
        new StateChange(
            ReturnWorkflow.TRACKED,
            s.id(),
            version,
            s.status().name(),
            to.name(),
            action.name(),
            actor.getUsername(),
            why,
            Map.of()),
        summary(s),
        () -> summary(find(s.id()).orElseThrow()));
    return find(s.id()).orElseThrow();
  }

  /** The steps of a set of sent forms, oldest first. */
  @Transactional(readOnly = true)
  public List<StateChanges.Entry> history(Actor actor, long id) {
    get(actor, id);
    return changes.history(ReturnWorkflow.TRACKED, id);
  }

  // ----- inside

  private static final String SELECT =
      """
      select r.id, r.unit_code, r.year, r.circular, r.status, r.sent_at, r.sent_by, r.version,
        r.figures::text as figures
      from statistics_return r\
      """;

  private boolean readable(Actor actor, Sent s) {
    return units.unit(s.unitCode()).map(u -> actor.reaches(u.path())).orElse(false);
  }

  private Optional<Sent> find(long id) {
    return jdbc.sql(SELECT + " where r.id = :id")
        .param("id", id)
        .query((rs, i) -> row(rs, true))
        .optional();
  }

  private Sent row(java.sql.ResultSet rs, boolean withFigures) throws java.sql.SQLException {
    String code = rs.getString("unit_code");
    return new Sent(
        rs.getLong("id"),
        code,
        units.unit(code).map(UnitDirectory.Unit::name).orElse(code),
        rs.getInt("year"),
        rs.getString("circular"),
        Status.valueOf(rs.getString("status")),
        rs.getTimestamp("sent_at").toInstant(),
        rs.getString("sent_by"),
        rs.getLong("version"),
        withFigures ? json.readValue(rs.getString("figures"), TABLES) : List.of());
  }

  /** What the audit keeps of a set: who, when, where it stands (the figures stay in the row). */
  private static Map<String, Object> summary(Sent s) {
    return Map.of(
        "unit", s.unitCode(),
        "year", s.year(),
        "status", s.status().name(),
        "sentAt", s.sentAt().toString(),
        "sentBy", s.sentBy());
  }

  private Optional<UnitDirectory.Unit> parent(UnitDirectory.Unit unit) {
    return unit.parentCode() == null ? Optional.empty() : units.unit(unit.parentCode());
  }

  private int yearNow() {
    return java.time.LocalDate.now(clock.withZone(vn.thidua.kernel.VietnameseDates.ZONE)).getYear();
  }
}
