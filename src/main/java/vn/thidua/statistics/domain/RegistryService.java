package vn.thidua.statistics.domain;

import java.util.List;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.thidua.kernel.AuditTrail;
import vn.thidua.kernel.BusinessRuleViolation;
import vn.thidua.kernel.NotFound;
import vn.thidua.kernel.VietnameseText;
import vn.thidua.organization.Actor;
import vn.thidua.organization.Permission;
import vn.thidua.organization.UnitDirectory;

/**
 * The registry of the bodies and civil servants doing emulation and commendation work, which forms
 * 0604 and 0605 count: kept by the standing office of each level for its own unit.
 */
@Service
public class RegistryService {

  static final Set<String> TRAINING = Set.of("POSTGRADUATE", "UNIVERSITY", "COLLEGE", "OTHER");

  /** A body in the registry, with its civil servants. */
  public record Body(
      long id,
      String unitCode,
      String name,
      boolean dedicated,
      int fromYear,
      Integer toYear,
      List<Officer> officers) {}

  /** A civil servant in the registry (no name: the forms count, they do not list). */
  public record Officer(
      long id,
      boolean female,
      int birthYear,
      String training,
      int startedYear,
      boolean dedicated,
      int fromYear,
      Integer toYear) {}

  /** What the office gives for a body. */
  public record BodyCommand(
      String unitCode, String name, Boolean dedicated, Integer fromYear, Integer toYear) {}

  /** What the office gives for a civil servant. */
  public record OfficerCommand(
      Boolean female,
      Integer birthYear,
      String training,
      Integer startedYear,
      Boolean dedicated,
      Integer fromYear,
      Integer toYear) {}

  private final JdbcClient jdbc;
  private final UnitDirectory units;
  private final AuditTrail audit;

  RegistryService(JdbcClient jdbc, UnitDirectory units, AuditTrail audit) {
    this.jdbc = jdbc;
    this.units = units;
    this.audit = audit;
  }

  /** The bodies of a unit and everything below it. */
  @Transactional(readOnly = true)
  public List<Body> bodies(UnitDirectory.Unit unit) {
    return jdbc.sql(
            """
            select id, unit_code, name, dedicated, from_year, to_year from emulation_body
            where path like :p order by path, id
            """)
        .param("p", unit.path() + "%")
        .query((rs, i) ->
            new Body(
                rs.getLong(1),
                rs.getString(2),
                rs.getString(3),
                rs.getBoolean(4),
                rs.getInt(5),
                rs.getObject(6, Integer.class),
                officers(rs.getLong(1))))
        .list();
  }

  private List<Officer> officers(long body) {
    return jdbc.sql(
            """
            select id, female, birth_year, training, started_year, dedicated, from_year, to_year
            from emulation_officer where body_id = :b order by id
            """)
        .param("b", body)
        .query((rs, i) ->
            new Officer(
                rs.getLong(1),
                rs.getBoolean(2),
                rs.getInt(3),
                rs.getString(4),
                rs.getInt(5),
                rs.getBoolean(6),
                rs.getInt(7),
                rs.getObject(8, Integer.class)))
        .list();
  }

  @Transactional
  public Body addBody(Actor actor, BodyCommand c) {
    UnitDirectory.Unit unit =
        units
            .unit(c == null || c.unitCode() == null ? "" : c.unitCode().strip())
            .filter(u -> actor.reaches(u.path()))
            .orElseThrow(() -> BusinessRuleViolation.onField("unitCode", "registry.unit-required"));
    requireOffice(actor, unit.path());
    String name = VietnameseText.cleanOrNull(c.name());
    if (name == null) {
      throw BusinessRuleViolation.onField("name", "registry.name-required");
    }
    if (c.dedicated() == null || c.fromYear() == null) {
      throw BusinessRuleViolation.onField("fromYear", "registry.fields-required");
    }
    if (c.fromYear() < 1945 || c.fromYear() > 2100) {
      throw BusinessRuleViolation.onField("fromYear", "registry.from-year-invalid");
    }
    if (c.toYear() != null && c.toYear() < c.fromYear()) {
      throw BusinessRuleViolation.onField(
          "toYear", "registry.to-year-invalid", String.valueOf(c.fromYear()));
    }
    if (name.length() > 300) {
      throw BusinessRuleViolation.onField("name", "registry.name-too-long", 300);
    }
    long id =
        jdbc.sql(
                """
                insert into emulation_body (unit_code, path, name, dedicated, from_year, to_year, created_by)
                values (:u, :p, :n, :d, :f, :t, :who) returning id
                """)
            .param("u", unit.code())
            .param("p", unit.path())
            .param("n", name)
            .param("d", c.dedicated())
            .param("f", c.fromYear())
            .param("t", c.toYear())
            .param("who", actor.getUsername())
            .query(Long.class)
            .single();
    Body b = body(id);
    audit.record("registry.body", "emulation_body", id, null, b);
    return b;
  }

  @Transactional
  public Body addOfficer(Actor actor, long bodyId, OfficerCommand c) {
    String path =
        jdbc.sql("select path from emulation_body where id = :id")
            .param("id", bodyId)
            .query(String.class)
            .optional()
            .filter(actor::reaches)
            .orElseThrow(() -> new NotFound("error.not-found"));
    requireOffice(actor, path);
    if (c == null
        || c.female() == null
        || c.birthYear() == null
        || c.startedYear() == null
        || c.dedicated() == null
        || c.fromYear() == null) {
      throw BusinessRuleViolation.onField("birthYear", "registry.fields-required");
    }
    if (c.training() == null || !TRAINING.contains(c.training())) {
      throw BusinessRuleViolation.onField("training", "registry.training-invalid");
    }
    if (c.birthYear() < 1930 || c.startedYear() < c.birthYear() + 15) {
      throw BusinessRuleViolation.onField("startedYear", "registry.years-invalid");
    }
    if (c.fromYear() < c.startedYear() || c.fromYear() > 2100) {
      throw BusinessRuleViolation.onField("fromYear", "registry.officer-from-invalid");
    }
    if (c.toYear() != null && c.toYear() < c.fromYear()) {
      throw BusinessRuleViolation.onField(
          "toYear", "registry.to-year-invalid", String.valueOf(c.fromYear()));
    }
    long id =
        jdbc.sql(
                """
                insert into emulation_officer (body_id, female, birth_year, training, started_year,
                  dedicated, from_year, to_year, created_by)
                values (:b, :f, :born, :t, :s, :d, :from, :to, :who) returning id
                """)
            .param("b", bodyId)
            .param("f", c.female())
            .param("born", c.birthYear())
            .param("t", c.training())
            .param("s", c.startedYear())
            .param("d", c.dedicated())
            .param("from", c.fromYear())
            .param("to", c.toYear())
            .param("who", actor.getUsername())
            .query(Long.class)
            .single();
    audit.record("registry.officer", "emulation_officer", id, null, c);
    return body(bodyId);
  }

  /**
   * Ends a body's emulation work with a year (it stays counted in the years it worked); refused for
   * a year before it started.
   */
  @Transactional
  public Body endBody(Actor actor, long bodyId, Integer toYear) {
    Body before = readable(actor, bodyId);
    requireOffice(actor, pathOfBody(bodyId));
    if (toYear == null || toYear < before.fromYear() || toYear > 2100) {
      throw BusinessRuleViolation.onField(
          "toYear", "registry.to-year-invalid", String.valueOf(before.fromYear()));
    }
    jdbc.sql(
            "update emulation_body set to_year = :t, ended_by = :who, version = version + 1 where id = :id")
        .param("t", toYear)
        .param("who", actor.getUsername())
        .param("id", bodyId)
        .update();
    Body after = body(bodyId);
    audit.record("registry.body.end", "emulation_body", bodyId, before, after);
    return after;
  }

  /** Ends a civil servant's emulation work with a year; refused for a year before they started. */
  @Transactional
  public Body endOfficer(Actor actor, long officerId, Integer toYear) {
    Long bodyId =
        jdbc.sql("select body_id from emulation_officer where id = :id")
            .param("id", officerId)
            .query(Long.class)
            .optional()
            .orElseThrow(() -> new NotFound("error.not-found"));
    Body before = readable(actor, bodyId);
    requireOffice(actor, pathOfBody(bodyId));
    Officer officer =
        before.officers().stream().filter(o -> o.id() == officerId).findFirst().orElseThrow();
    if (toYear == null || toYear < officer.fromYear() || toYear > 2100) {
      throw BusinessRuleViolation.onField(
          "toYear", "registry.to-year-invalid", String.valueOf(officer.fromYear()));
    }
    jdbc.sql(
            "update emulation_officer set to_year = :t, ended_by = :who, version = version + 1 where id = :id")
        .param("t", toYear)
        .param("who", actor.getUsername())
        .param("id", officerId)
        .update();
    Body after = body(bodyId);
    audit.record("registry.officer.end", "emulation_officer", officerId, officer, after);
    return after;
  }

  /** A body the actor may read (its level lies within the actor's reach), else 404. */
  @Transactional(readOnly = true)
  public Body readable(Actor actor, long bodyId) {
    String path = pathOfBody(bodyId);
    if (path == null || !actor.reaches(path)) {
      throw new NotFound("error.not-found");
    }
    return body(bodyId);
  }

  private String pathOfBody(long id) {
    return jdbc.sql("select path from emulation_body where id = :id")
        .param("id", id)
        .query(String.class)
        .optional()
        .orElse(null);
  }

  private Body body(long id) {
    return jdbc.sql(
            "select id, unit_code, name, dedicated, from_year, to_year from emulation_body where id = :id")
        .param("id", id)
        .query((rs, i) ->
            new Body(
                rs.getLong(1),
                rs.getString(2),
                rs.getString(3),
                rs.getBoolean(4),
                rs.getInt(5),
                rs.getObject(6, Integer.class),
                officers(rs.getLong(1))))
        .single();
  }

  private static void requireOffice(Actor actor, String path) {
    if (!actor.may(Permission.OVERSEE, path)) {
      throw new AccessDeniedException("error.forbidden");
    }
  }
}
