package vn.thidua.oversight.domain;

import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.Optional;
import java.util.function.BiFunction;
import vn.thidua.kernel.VietnameseText;
import vn.thidua.movement.PlanDocument;

/**
 * The day a task falls due from the plan itself: every deadline the plan states in the task's own
 * words counts, and the earliest binds ("trong vòng 15 ngày … và không muộn hơn Quý III/2026").
 * "Trước ngày 12/12" falls due on 11/12, the first time after the plan was issued; a report that
 * goes with an event falls due the day the office gave that event. Plain Java.
 */
final class TaskDue {

  private TaskDue() {}

  static Optional<LocalDate> of(
      String task,
      PlanDocument plan,
      LocalDate issuedOn,
      BiFunction<String, Integer, Optional<LocalDate>> eventDate) {
    if (task == null || issuedOn == null) {
      return Optional.empty();
    }
    String t = key(task);
    LocalDate earliest = null;
    for (PlanDocument.Deadline d : plan.deadlines()) {
      if (d.text() == null) {
        continue;
      }
      String k = key(d.text());
      if (k.isEmpty() || !(t.contains(k) || k.contains(t))) {
        continue;
      }
      LocalDate due = dueOf(d, issuedOn, eventDate);
      if (due != null && (earliest == null || due.isBefore(earliest))) {
        earliest = due;
      }
    }
    return Optional.ofNullable(earliest);
  }

  static LocalDate dueOf(
      PlanDocument.Deadline d,
      LocalDate issuedOn,
      BiFunction<String, Integer, Optional<LocalDate>> eventDate) {
    if (d.kind() == PlanDocument.DeadlineKind.ANNUAL_REPORT) {
      if (d.day() != null && d.month() != null) {
        for (int y = issuedOn.getYear(); y <= issuedOn.getYear() + 1; y++) {
          try {
            LocalDate due = LocalDate.of(y, d.month(), d.day()).minusDays(1);
            if (!due.isBefore(issuedOn)) {
              return due;
            }
          } catch (java.time.DateTimeException e) {
            return null;
          }
        }
        return null;
      }
      return d.event() == null ? null : eventDate.apply(d.event(), issuedOn.getYear()).orElse(null);
    }
    if (d.withinDays() != null) {
      return issuedOn.plusDays(d.withinDays());
    }
    if (d.byQuarter() != null && d.year() != null) {
      return LocalDate.of(d.year(), d.byQuarter() * 3, 1).with(TemporalAdjusters.lastDayOfMonth());
    }
    if (d.byMonth() != null && d.year() != null) {
      return LocalDate.of(d.year(), d.byMonth(), 1).with(TemporalAdjusters.lastDayOfMonth());
    }
    return null;
  }

  private static String key(String text) {
    return VietnameseText.fold(text).replaceAll("[^a-z0-9]+", " ").strip();
  }
}
