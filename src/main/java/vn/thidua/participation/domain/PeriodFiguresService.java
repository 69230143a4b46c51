package vn.thidua.participation.domain;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.thidua.movement.PlanDocument;
import vn.thidua.movement.Plans;
import vn.thidua.participation.IndicatorTotal;
import vn.thidua.participation.PeriodFigures;

/** The period figures of a plan, read from this module's kept totals, registrations and reports. */
@Service
class PeriodFiguresService implements PeriodFigures {

  private final JdbcClient jdbc;
  private final Plans plans;

  PeriodFiguresService(JdbcClient jdbc, Plans plans) {
    this.jdbc = jdbc;
    this.plans = plans;
  }

  @Override
  @Transactional(readOnly = true)
  public List<IndicatorTotal> totals(long movementId, String unitCode, int year) {
    Map<String, Object[]> rows = new HashMap<>();
    jdbc.sql(
            "select indicator_code, total, reporting from indicator_total where movement_id = :m and unit_code = :u and year = :y")
        .param("m", movementId)
        .param("u", unitCode)
        .param("y", year)
        .query(rs -> {
          rows.put(rs.getString(1), new Object[] {rs.getBigDecimal(2), rs.getInt(3)});
        });
    List<IndicatorTotal> out = new ArrayList<>();
    for (PlanDocument.Indicator i : plans.currentDocument(movementId).indicators()) {
      Object[] r = rows.getOrDefault(i.code(), new Object[] {BigDecimal.ZERO, 0});
      BigDecimal total = ((BigDecimal) r[0]).stripTrailingZeros();
      out.add(
          new IndicatorTotal(
              i.code(),
              i.name(),
              i.unit(),
              year,
              total.scale() < 0 ? total.setScale(0) : total,
              (Integer) r[1],
              i.targets().get(year)));
    }
    return out;
  }

  @Override
  @Transactional(readOnly = true)
  public Activity activity(long movementId, String unitPath, int year) {
    int registrations =
        jdbc.sql(
                "select count(*) from registration where movement_id = :m and year = :y and path like :p and status in ('SUBMITTED', 'ACCEPTED')")
            .param("m", movementId)
            .param("y", year)
            .param("p", unitPath + "%")
            .query(Integer.class)
            .single();
    Object[] reports =
        jdbc.sql(
                """
                select count(*) filter (where status in ('SUBMITTED', 'ACCEPTED')),
                  count(*) filter (where status in ('SUBMITTED', 'ACCEPTED') and (due_on is null
                    or (submitted_at at time zone 'Asia/Ho_Chi_Minh')::date <= due_on))
                from report where movement_id = :m and year = :y and kind = 'UNIT' and path like :p
                """)
            .param("m", movementId)
            .param("y", year)
            .param("p", unitPath + "%")
            .query((rs, i) -> new Object[] {rs.getInt(1), rs.getInt(2)})
            .single();
    return new Activity(year, registrations, (Integer) reports[0], (Integer) reports[1]);
  }
}
