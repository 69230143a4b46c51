package vn.thidua.participation;

import java.time.LocalDate;
import java.util.List;

/** Reports not yet sent that fall due on a day: what reminders are made of. */
public interface ReportDeadlines {

  /**
   * Every unit report and every aggregated report of an issued plan that falls due on this day and
   * is neither submitted nor accepted.
   */
  List<Outstanding> outstandingDueOn(LocalDate dueOn);

  /**
   * One report still to send: the plan, the kind, the reporting organisation (null for a level's
   * aggregated report), who reports, where the reporter sits (the path its reminders go to) and the
   * link to the form or the board.
   */
  record Outstanding(
      long movementId,
      String movementName,
      String planUnitName,
      ReportView.Kind kind,
      Long organizationId,
      String reporterName,
      String path,
      int year,
      LocalDate dueOn,
      String link) {}
}
