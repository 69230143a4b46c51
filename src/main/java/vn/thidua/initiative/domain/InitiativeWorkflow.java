package vn.thidua.initiative.domain;

import static vn.thidua.initiative.InitiativeView.Status.DRAFT;
import static vn.thidua.initiative.InitiativeView.Status.NOT_RECOGNISED;
import static vn.thidua.initiative.InitiativeView.Status.RECOGNISED;
import static vn.thidua.initiative.InitiativeView.Status.RETURNED;
import static vn.thidua.initiative.InitiativeView.Status.SUBMITTED;
import static vn.thidua.initiative.InitiativeView.Status.UNDER_REVIEW;

import vn.thidua.initiative.InitiativeView.Status;
import vn.thidua.kernel.Tracked;
import vn.thidua.kernel.Workflow;

/** The allowed moves of an initiative, in one table (docs: workflows, Initiative). */
public final class InitiativeWorkflow {

  /** What people do to an initiative. */
  public enum Action {
    CREATE,
    SUBMIT,
    START_REVIEW,
    RETURN,
    REVIEW,
    CONFLICT,
    /** Refused for a conflict of interest (not a move: the history keeps who and why). */
    RECUSAL,
    RECOGNISE,
    WIDEN,
    REFUSE
  }

  static final Tracked TRACKED = Tracked.of("initiative");

  public static final Workflow<Status, Action> TABLE =
      Workflow.of("initiative", Status.class, Action.class)
          .on(Action.SUBMIT, "AUTHOR", SUBMITTED, DRAFT, RETURNED)
          .on(Action.START_REVIEW, "OFFICE", UNDER_REVIEW, SUBMITTED)
          .on(Action.RETURN, "OFFICE", RETURNED, SUBMITTED, UNDER_REVIEW)
          .on(Action.RECOGNISE, "LEADERSHIP", RECOGNISED, UNDER_REVIEW)
          .on(Action.REFUSE, "LEADERSHIP", NOT_RECOGNISED, UNDER_REVIEW)
          .on(Action.WIDEN, "LEADERSHIP", RECOGNISED, RECOGNISED)
          .build();

  private InitiativeWorkflow() {}
}
