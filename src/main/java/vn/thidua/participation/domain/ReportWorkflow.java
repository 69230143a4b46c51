package vn.thidua.participation.domain;

import static vn.thidua.participation.ReportView.Status.ACCEPTED;
import static vn.thidua.participation.ReportView.Status.DRAFT;
import static vn.thidua.participation.ReportView.Status.RETURNED;
import static vn.thidua.participation.ReportView.Status.SUBMITTED;

import vn.thidua.kernel.Tracked;
import vn.thidua.kernel.Workflow;
import vn.thidua.participation.ReportView.Status;

/** The moves of a periodic report (docs: workflows, "Periodic report"), in one table. */
final class ReportWorkflow {

  enum Action {
    CREATE,
    REDRAFT,
    SUBMIT,
    ACCEPT,
    RETURN
  }

  static final Tracked TRACKED = Tracked.of("report");

  static final Workflow<Status, Action> TABLE =
      Workflow.of("report", Status.class, Action.class)
          .on(Action.SUBMIT, "UNIT", SUBMITTED, DRAFT, RETURNED)
          .on(Action.ACCEPT, "OFFICE", ACCEPTED, SUBMITTED)
          .on(Action.RETURN, "OFFICE", RETURNED, SUBMITTED)
          .build();

  private ReportWorkflow() {}
}
