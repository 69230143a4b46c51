package vn.thidua.commendation.domain;

import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import vn.thidua.commendation.NominationView;
import vn.thidua.organization.Actor;
import vn.thidua.organization.Permission;
import vn.thidua.oversight.Field;
import vn.thidua.oversight.ThemeLead;
import vn.thidua.oversight.ThemeLeads;

/**
 * The field a nomination names and the body that compiles and selects the field's nominations
 * before the level's office (issue 13): the selection lead the plan — or the nearest plan it was
 * derived from — names for the field, when that body is an organisation within the level (a
 * province's Sở for a province-level nomination). A commune-level nomination is not held up by a
 * province's Sở; forwarded to the province, it is.
 */
@Component
class NominationLeads {

  private final JdbcClient jdbc;
  private final ThemeLeads themeLeads;
  private final NominationLevels levels;

  NominationLeads(JdbcClient jdbc, ThemeLeads themeLeads, NominationLevels levels) {
    this.jdbc = jdbc;
    this.themeLeads = themeLeads;
    this.levels = levels;
  }

  /** The field the nomination names, if any. */
  Optional<Field> field(long nominationId) {
    return jdbc.sql("select field from nomination_field where nomination_id = :id")
        .param("id", nominationId)
        .query(String.class)
        .optional()
        .map(Field::valueOf);
  }

  void name(long nominationId, Field field) {
    if (field == null) {
      return;
    }
    jdbc.sql(
            "insert into nomination_field (nomination_id, field) values (:id, :f)"
                + " on conflict (nomination_id) do update set field = excluded.field")
        .param("id", nominationId)
        .param("f", field.name())
        .update();
  }

  /** A forwarded nomination carries its field to the level above. */
  void carry(long fromId, long toId) {
    jdbc.sql(
            "insert into nomination_field (nomination_id, field)"
                + " select :to, field from nomination_field where nomination_id = :from")
        .param("to", toId)
        .param("from", fromId)
        .update();
  }

  /**
   * The plan's selection lead of the nomination's field when it is an organisation within the
   * nomination's level (not the level's own agency); else empty: the office receives directly.
   */
  Optional<ThemeLead> leadFor(NominationView n) {
    if (n.movementId() == null) {
      return Optional.empty();
    }
    Optional<Field> field = field(n.id());
    if (field.isEmpty()) {
      return Optional.empty();
    }
    String levelPath = levels.of(n.levelUnitCode(), n.levelOrganizationId()).path();
    return themeLeads
        .nearestSelectionLeadFor(n.movementId(), field.get())
        .filter(l -> l.organizationId() != null && l.organizationPath() != null)
        .filter(l ->
            l.organizationPath().startsWith(levelPath) && !l.organizationPath().equals(levelPath));
  }

  /** Whether the actor works for the lead body (records values or manages nominations there). */
  static boolean worksFor(Actor actor, ThemeLead lead) {
    return actor.mayAt(Permission.RECORD_VALUES, lead.organizationPath())
        || actor.mayAt(Permission.MANAGE_NOMINATIONS, lead.organizationPath());
  }

  /** Whether the actor selects for the nomination's field at its level. */
  boolean maySelect(Actor actor, NominationView n) {
    if (!actor.may(Permission.RECORD_VALUES) && !actor.may(Permission.MANAGE_NOMINATIONS)) {
      return false;
    }
    return leadFor(n).map(l -> worksFor(actor, l)).orElse(false);
  }

  /** Nominations with a field waiting at some level (SUBMITTED), newest first. */
  List<Long> submittedWithField() {
    return jdbc.sql(
            """
            select n.id from nomination n join nomination_field f on f.nomination_id = n.id
            where n.status = 'SUBMITTED' order by n.id desc limit 500
            """)
        .query(Long.class)
        .list();
  }
}
