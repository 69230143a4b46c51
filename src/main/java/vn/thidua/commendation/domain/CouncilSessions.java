package vn.thidua.commendation.domain;

import java.sql.Date;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
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

/**
 * Sessions of a level's council (Hội đồng Thi đua - Khen thưởng): the date, all members, those
 * present, who chaired. The office of that level opens them; nominations are put on their agenda.
 */
@Service
public class CouncilSessions {

  private final JdbcClient jdbc;
  private final NominationLevels levels;
  private final AuditTrail audit;

  CouncilSessions(JdbcClient jdbc, NominationLevels levels, AuditTrail audit) {
    this.jdbc = jdbc;
    this.levels = levels;
    this.audit = audit;
  }

  /** A council session of a level. */
  public record Session(
      long id,
      String unitCode,
      Long organizationId,
      LocalDate heldOn,
      int members,
      int present,
      String chair) {}

  @Transactional
  public Session open(
      Actor actor,
      String unitCode,
      Long organizationId,
      LocalDate heldOn,
      Integer members,
      Integer present,
      String chair) {
    if (unitCode == null || unitCode.isBlank()) {
      throw BusinessRuleViolation.onField("unitCode", "unit.not-found");
    }
    NominationLevels.Level level;
    try {
      level = levels.of(unitCode.strip(), organizationId);
    } catch (NotFound e) {
      throw BusinessRuleViolation.onField("unitCode", "unit.not-found");
    }
    if (!actor.mayAt(Permission.MANAGE_NOMINATIONS, level.path())) {
      throw new AccessDeniedException("error.forbidden");
    }
    if (heldOn == null) {
      throw BusinessRuleViolation.onField("heldOn", "nomination.session-date");
    }
    if (members == null || members < 1 || members > 500) {
      throw BusinessRuleViolation.onField("members", "nomination.session-members");
    }
    if (present == null || present < 0 || present > members) {
      throw BusinessRuleViolation.onField("present", "nomination.session-numbers");
    }
    String chairName = VietnameseText.cleanOrNull(chair);
    if (chairName != null && chairName.length() > 200) {
      throw BusinessRuleViolation.onField("chair", "common.too-long", 200);
    }
    long id =
        jdbc.sql(
                """
                insert into council_session (unit_code, level_organization_id, path, held_on, members, present, chair, created_by)
                values (:u, :o, :p, :d, :m, :pr, :c, :who) returning id
                """)
            .param("u", level.unitCode())
            .param("o", level.organizationId())
            .param("p", level.path())
            .param("d", Date.valueOf(heldOn))
            .param("m", members)
            .param("pr", present)
            .param("c", chairName)
            .param("who", actor.getUsername())
            .query(Long.class)
            .single();
    Session s = get(id);
    audit.record("council.session", "council_session", id, null, s);
    return s;
  }

  @Transactional(readOnly = true)
  public Session get(long id) {
    return jdbc.sql(
            "select id, unit_code, level_organization_id, held_on, members, present, chair from council_session where id = :id")
        .param("id", id)
        .query((rs, i) ->
            new Session(
                rs.getLong(1),
                rs.getString(2),
                rs.getObject(3, Long.class),
                rs.getDate(4).toLocalDate(),
                rs.getInt(5),
                rs.getInt(6),
                rs.getString(7)))
        .optional()
        .orElseThrow(() -> new NotFound("nomination.session-not-found"));
  }

  /** The sessions of a level, newest first (to choose from, never to type an id). */
  @Transactional(readOnly = true)
  public List<Session> ofLevel(String unitCode, Long organizationId) {
    return jdbc.sql(
            """
            select id, unit_code, level_organization_id, held_on, members, present, chair from council_session
            where unit_code = :u and coalesce(level_organization_id, 0) = coalesce(cast(:o as bigint), 0)
            order by held_on desc, id desc limit 50
            """)
        .params(Map.of("u", unitCode))
        .param("o", organizationId)
        .query((rs, i) ->
            new Session(
                rs.getLong(1),
                rs.getString(2),
                rs.getObject(3, Long.class),
                rs.getDate(4).toLocalDate(),
                rs.getInt(5),
                rs.getInt(6),
                rs.getString(7)))
        .list();
  }
}
