package vn.thidua.participation;

import java.util.List;

/**
 * What a plan's units did over a period, for other modules (the review rounds freeze it): the kept
 * indicator totals and how many registrations and reports there were. No read check: the caller has
 * checked that the actor may read the plan.
 */
public interface PeriodFigures {

  /** Totals of every indicator of the plan over an administrative unit for a year. */
  List<IndicatorTotal> totals(long movementId, String unitCode, int year);

  /** Registrations and unit reports of the plan at and below a unit path in a year. */
  Activity activity(long movementId, String unitPath, int year);

  /**
   * One year's activity: registrations sent (submitted or accepted), unit reports sent, and of
   * those the ones sent by their due day.
   */
  record Activity(int year, int registrations, int reportsSent, int reportsOnTime) {}
}
