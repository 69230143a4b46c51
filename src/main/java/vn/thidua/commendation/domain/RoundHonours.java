package vn.thidua.commendation.domain;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import vn.thidua.organization.OrganizationDirectory;
import vn.thidua.organization.OrganizationView;
import vn.thidua.organization.UnitDirectory;
import vn.thidua.review.PeriodHonours;
import vn.thidua.rulebook.Rulebook;

/**
 * The commendations of a review round's period, from this module's award records (revoked ones left
 * out): the organisations of the round's unit and of the units below it, asked of the organisation
 * module.
 */
@Component
class RoundHonours implements PeriodHonours {

  private final JdbcClient jdbc;
  private final OrganizationDirectory organizations;
  private final UnitDirectory units;
  private final Rulebook rulebook;

  RoundHonours(
      JdbcClient jdbc,
      OrganizationDirectory organizations,
      UnitDirectory units,
      Rulebook rulebook) {
    this.jdbc = jdbc;
    this.organizations = organizations;
    this.units = units;
    this.rulebook = rulebook;
  }

  @Override
  @Transactional(readOnly = true)
  public List<Count> counted(String unitCode, int fromYear, int toYear) {
    List<Long> ids = new ArrayList<>();
    List<String> todo = new ArrayList<>(List.of(unitCode));
    while (!todo.isEmpty()) {
      String code = todo.removeLast();
      organizations.organizationsOf(code).stream().map(OrganizationView::id).forEach(ids::add);
      units.childrenOf(code).forEach(u -> todo.add(u.code()));
    }
    if (ids.isEmpty()) {
      return List.of();
    }
    Map<String, int[]> byAward = new LinkedHashMap<>();
    jdbc.sql(
            """
            select award, count(*) filter (where subject_kind <> 'COLLECTIVE'),
              count(*) filter (where subject_kind = 'COLLECTIVE')
            from award_record where organization_id = any(:o) and not revoked
              and year between :f and :t
            group by award
            """)
        .param("o", ids.toArray(new Long[0]))
        .param("f", fromYear)
        .param("t", toYear)
        .query(rs -> {
          byAward.put(rs.getString(1), new int[] {rs.getInt(2), rs.getInt(3)});
        });
    List<Count> out = new ArrayList<>();
    for (String code : rulebook.codes()) {
      int[] n = byAward.remove(code);
      if (n != null) {
        out.add(new Count(code, rulebook.shortName(code), n[0], n[1]));
      }
    }
    byAward.forEach((code, n) -> out.add(new Count(code, code, n[0], n[1])));
    return out;
  }
}
