package vn.thidua.participation.domain;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * The read a dashboard makes of the kept totals, as plain SQL so that the benchmark in {@code
 * bench/} times exactly what the application runs.
 */
public final class DashboardQueries {

  private DashboardQueries() {}

  /** Totals of a plan and year over {@code units} unit codes (the unit and its children). */
  public static String totals(int units) {
    return "select unit_code, indicator_code, total, reporting from indicator_total"
        + " where movement_id = ? and year = ? and unit_code in ("
        + String.join(", ", Collections.nCopies(units, "?"))
        + ")";
  }

  /** The positional parameters of {@link #totals(int)}. */
  public static List<Object> totalsParams(long planId, int year, List<String> unitCodes) {
    List<Object> params = new ArrayList<>(unitCodes.size() + 2);
    params.add(planId);
    params.add(year);
    params.addAll(unitCodes);
    return params;
  }

  /**
   * The version of a plan's kept totals for a year over one unit: plan, year, unit. The sum of the
   * rows' revisions, which grows with every change of any of them (see the migration
   * V202612061700).
   */
  public static final String TOTALS_VERSION =
      "select coalesce(sum(revision), 0) from indicator_total where movement_id = ? and year = ? and unit_code = ?";

  /**
   * {@link #TOTALS_VERSION} and {@link #LAST_VISIT} in one statement: plan, year, unit, then user,
   * plan, unit.
   */
  public static final String VERSION_AND_VISIT =
      "select (select coalesce(sum(revision), 0) from indicator_total where movement_id = ? and year = ? and unit_code = ?),"
          + " (select visited_at from dashboard_visit where user_id = ? and movement_id = ? and unit_code = ?)";

  /** The user's last visit of a dashboard: user, plan, unit. */
  public static final String LAST_VISIT =
      "select visited_at from dashboard_visit where user_id = ? and movement_id = ? and unit_code = ?";

  /** Stores a visit: user, plan, unit, time. */
  public static final String RECORD_VISIT =
      """
      insert into dashboard_visit (user_id, movement_id, unit_code, visited_at)
      values (?, ?, ?, ?)
      on conflict (user_id, movement_id, unit_code) do update set visited_at = excluded.visited_at
      """;

  /**
   * Values of a year inside a unit path changed after a time, newest first: year, since, path
   * prefix with {@code %}; the organisations' names are joined to those rows only. The caller keeps
   * those counted in the plan (by its lineage).
   */
  public static final String CHANGES =
      """
      select v.movement_id, v.organization_id, o.name, v.indicator_code, v.value, v.updated_at, v.updated_by
      from (select id, movement_id, organization_id, indicator_code, value, updated_at, updated_by
            from indicator_value
            where year = ? and updated_at > ? and path like ?
            order by updated_at desc, id desc
            limit 500) v
      join organization o on o.id = v.organization_id
      order by v.updated_at desc, v.id desc
      """;
}
