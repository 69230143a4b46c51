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
}
