package vn.thidua.commendation.domain;

import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.thidua.commendation.Honours;

/** The honour lists read from the decided nominations: name, unit and form only. */
@Service
class HonourRoll implements Honours {

  private final JdbcClient jdbc;

  HonourRoll(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  @Override
  @Transactional(readOnly = true)
  public List<Honour> decided(String levelUnitCode, Integer year) {
    return jdbc.sql(
            """
            select n.id, n.decision_number, n.decision_date, n.decision_signer, n.level_unit_code,
              u.name as unit_name, u.level as unit_level, n.year, n.occasion, n.award,
              n.subject_kind, n.subject_name, n.subject_unit, n.certificate_code,
              n.level_organization_id, n.nominee_class, n.reward_kind, n.decision_authority
            from nomination n join administrative_unit u on u.code = n.level_unit_code
            where n.status = 'AWARDED' and n.revoked_at is null and n.decision_date is not null
              and (cast(:unit as varchar) is null or n.level_unit_code = :unit)
              and (cast(:year as integer) is null or extract(year from n.decision_date) = :year)
            order by n.decision_date desc, n.decision_number, n.award, n.subject_name, n.id
            """)
        .param("unit", levelUnitCode)
        .param("year", year)
        .query((rs, i) ->
            new Honour(
                rs.getLong("id"),
                rs.getString("decision_number"),
                rs.getDate("decision_date").toLocalDate(),
                rs.getString("decision_signer"),
                rs.getString("level_unit_code"),
                rs.getString("unit_name"),
                rs.getObject("level_organization_id") != null
                    ? "AGENCY"
                    : rs.getString("unit_level"),
                rs.getInt("year"),
                rs.getString("occasion"),
                rs.getString("award"),
                rs.getString("subject_kind"),
                rs.getString("subject_name"),
                rs.getString("subject_unit"),
                rs.getString("certificate_code"),
                rs.getString("nominee_class"),
                rs.getString("reward_kind"),
                rs.getString("decision_authority")))
        .list();
  }

  @Override
  @Transactional(readOnly = true)
  public List<Integer> years() {
    return jdbc.sql(
            """
            select distinct cast(extract(year from decision_date) as integer) y from nomination
            where status = 'AWARDED' and revoked_at is null and decision_date is not null
            order by y desc
            """)
        .query(Integer.class)
        .list();
  }

  @Override
  @Transactional(readOnly = true)
  public List<AwardFact> facts(String unitPath, int year) {
    return jdbc.sql(
            """
            with recursive chain as (
              select n.id as award_id, n.id, n.parent_id, n.level_unit_code, n.level_organization_id
              from nomination n
              where n.status = 'AWARDED' and n.revoked_at is null and n.decision_date is not null
                and extract(year from n.decision_date) = :y and n.path like :p
              union all
              select c.award_id, p.id, p.parent_id, p.level_unit_code, p.level_organization_id
              from chain c join nomination p on p.id = c.parent_id
            ), origin as (
              select distinct on (c.award_id) c.award_id, c.level_unit_code, c.level_organization_id
              from chain c where c.parent_id is null order by c.award_id
            )
            select n.id, n.award, n.subject_kind, u.level as unit_level, n.level_organization_id,
              ou.level as origin_level, o.level_organization_id as origin_org, n.nominee_class,
              n.reward_kind, n.decision_date, n.decision_number, n.level_unit_code, n.subject_name,
              n.subject_unit
            from nomination n
            join administrative_unit u on u.code = n.level_unit_code
            join origin o on o.award_id = n.id
            join administrative_unit ou on ou.code = o.level_unit_code
            order by n.id
            """)
        .param("y", year)
        .param("p", unitPath + "%")
        .query((rs, i) ->
            new AwardFact(
                rs.getLong("id"),
                rs.getString("award"),
                rs.getString("subject_kind"),
                rs.getObject("level_organization_id") != null
                    ? "AGENCY"
                    : rs.getString("unit_level"),
                rs.getObject("origin_org") != null ? "AGENCY" : rs.getString("origin_level"),
                rs.getString("nominee_class"),
                rs.getString("reward_kind"),
                rs.getDate("decision_date").toLocalDate(),
                rs.getString("decision_number"),
                rs.getString("level_unit_code"),
                rs.getString("subject_name"),
                rs.getString("subject_unit")))
        .list();
  }
}
