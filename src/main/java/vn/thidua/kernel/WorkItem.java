package vn.thidua.kernel;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;

/**
 * One thing waiting for a person's action, as the work list shows it: what to do (a message key),
 * on what (the object's name as people read it), where to do it (a link to the object) and by when.
 *
 * @param action message key of what to do ("work.report.review")
 * @param title the object, in the reader's words ("Báo cáo năm 2026 của Thôn Đông")
 * @param link the object's page
 * @param due the day it falls due, or null when no deadline applies
 * @param group message key of the menu group it belongs to ("nav.group.reports")
 */
public record WorkItem(String action, String title, String link, LocalDate due, String group) {

  /** Overdue first (the oldest first), then the nearest deadlines, then those without one. */
  public static final Comparator<WorkItem> URGENCY =
      Comparator.comparing(WorkItem::due, Comparator.nullsLast(Comparator.naturalOrder()))
          .thenComparing(WorkItem::title, Comparator.nullsLast(Comparator.naturalOrder()));

  /** Days left until the deadline (negative once overdue), or null without one. */
  public Long daysLeft(LocalDate today) {
    return due == null ? null : ChronoUnit.DAYS.between(today, due);
  }

  public boolean overdue(LocalDate today) {
    return due != null && due.isBefore(today);
  }
}
