package vn.thidua.oversight.domain;

import static vn.thidua.oversight.TaskView.Status.CLOSED;
import static vn.thidua.oversight.TaskView.Status.OPEN;
import static vn.thidua.oversight.TaskView.Status.REPORTED;

import vn.thidua.kernel.Tracked;
import vn.thidua.kernel.Workflow;
import vn.thidua.oversight.TaskView.Status;

/** The moves of a task from a plan's responsibilities, in one table. */
final class TaskWorkflow {

  enum Action {
    CREATE,
    REPORT,
    CLOSE,
    RETURN
  }

  static final Tracked TRACKED = Tracked.of("oversight_task");

  static final Workflow<Status, Action> TABLE =
      Workflow.of("task", Status.class, Action.class)
          .on(Action.REPORT, "OWNER", REPORTED, OPEN)
          .on(Action.CLOSE, "OFFICE", CLOSED, REPORTED)
          .on(Action.RETURN, "OFFICE", OPEN, REPORTED)
          .build();

  private TaskWorkflow() {}
}
