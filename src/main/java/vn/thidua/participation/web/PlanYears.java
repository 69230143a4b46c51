package vn.thidua.participation.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import vn.thidua.kernel.VietnameseDates;
import vn.thidua.movement.MovementView;

/** The year a plan's page opens on (this year, kept inside the plan's period) and its choices. */
final class PlanYears {

  private PlanYears() {}

  static int yearOf(MovementView m, Integer year, Clock clock) {
    if (year != null) {
      return year;
    }
    int now = LocalDate.now(clock.withZone(VietnameseDates.ZONE)).getYear();
    if (m.periodFrom() != null && now < m.periodFrom()) {
      return m.periodFrom();
    }
    if (m.periodTo() != null && now > m.periodTo()) {
      return m.periodTo();
    }
    return now;
  }

  static List<Integer> years(MovementView m, int year) {
    List<Integer> years = new ArrayList<>();
    if (m.periodFrom() != null && m.periodTo() != null) {
      for (int y = m.periodFrom(); y <= m.periodTo(); y++) {
        years.add(y);
      }
    } else {
      years.add(year);
    }
    return years;
  }
}
