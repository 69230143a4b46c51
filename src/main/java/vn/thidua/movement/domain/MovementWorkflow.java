package vn.thidua.movement.domain;

import static vn.thidua.movement.MovementView.Status.AWAITING_SIGNATURE;
import static vn.thidua.movement.MovementView.Status.DRAFT;
import static vn.thidua.movement.MovementView.Status.ISSUED;

import vn.thidua.kernel.Tracked;
import vn.thidua.kernel.Workflow;
import vn.thidua.movement.MovementView.Status;

/** The moves of a plan (docs: workflows, "Plan"), in one table. */
final class MovementWorkflow {

  enum Action {
    CREATE,
    SUBMIT,
    SEND_BACK,
    ISSUE,
    RECORD_ISSUED,
    AMEND
  }

  static final Tracked TRACKED = Tracked.of("movement");

  static final Workflow<Status, Action> TABLE =
      Workflow.of("movement", Status.class, Action.class)
          .on(Action.SUBMIT, "OFFICE", AWAITING_SIGNATURE, DRAFT)
          .on(Action.SEND_BACK, "LEADERSHIP", DRAFT, AWAITING_SIGNATURE)
          .on(Action.ISSUE, "LEADERSHIP", ISSUED, AWAITING_SIGNATURE)
          // A document already issued outside the system (demo data, imports): straight to issued.
          .on(Action.RECORD_ISSUED, "SYSTEM", ISSUED, DRAFT)
          .build();

  private MovementWorkflow() {}
}
