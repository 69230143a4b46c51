package vn.thidua.oversight.domain;

import static vn.thidua.oversight.ConcernView.Status.ANSWERED;
import static vn.thidua.oversight.ConcernView.Status.CLOSED;
import static vn.thidua.oversight.ConcernView.Status.FORWARDED;
import static vn.thidua.oversight.ConcernView.Status.OPEN;
import static vn.thidua.oversight.ConcernView.Status.REOPENED;

import vn.thidua.kernel.Tracked;
import vn.thidua.kernel.Workflow;
import vn.thidua.oversight.ConcernView.Status;

/**
 * The moves of a concern raised by a unit (docs: workflows, "Concern raised by a unit"): the office
 * that holds it answers it or forwards it up; an amendment of the plan made for a proposal answers
 * it too; the unit closes it or reopens it.
 */
final class ConcernWorkflow {

  enum Action {
    RAISE,
    ANSWER,
    FORWARD,
    AMEND,
    CLOSE,
    REOPEN
  }

  static final Tracked TRACKED = Tracked.of("concern");

  static final Workflow<Status, Action> TABLE =
      Workflow.of("concern", Status.class, Action.class)
          .on(Action.ANSWER, "HOLDER", ANSWERED, OPEN, FORWARDED, REOPENED)
          .on(Action.FORWARD, "HOLDER", FORWARDED, OPEN, REOPENED)
          .on(Action.AMEND, "OFFICE", ANSWERED, OPEN, FORWARDED, REOPENED)
          .on(Action.CLOSE, "RAISER", CLOSED, ANSWERED)
          .on(Action.REOPEN, "RAISER", REOPENED, ANSWERED)
          .build();

  private ConcernWorkflow() {}
}
