package vn.thidua.review.domain;

import static vn.thidua.review.RoundView.Status.CLOSED;
import static vn.thidua.review.RoundView.Status.OPEN;
import static vn.thidua.review.RoundView.Status.RECEIVED;
import static vn.thidua.review.RoundView.Status.REPORTED;

import vn.thidua.kernel.Tracked;
import vn.thidua.kernel.Workflow;
import vn.thidua.review.RoundView.Status;

/**
 * The allowed moves of a review round, in one table. OFFICE is the standing office of the round's
 * level, UPPER the office of the level above, which receives the round report or gives it back.
 */
public final class RoundWorkflow {

  /** What offices do to a round. */
  public enum Action {
    OPEN,
    SEND,
    RECEIVE,
    GIVE_BACK,
    CLOSE
  }

  static final Tracked TRACKED =
      new Tracked("review_round", "review_round_history", "round_id", "round");

  public static final Workflow<Status, Action> TABLE =
      Workflow.of("round", Status.class, Action.class)
          .on(Action.SEND, "OFFICE", REPORTED, OPEN)
          .on(Action.RECEIVE, "UPPER", RECEIVED, REPORTED)
          .on(Action.GIVE_BACK, "UPPER", OPEN, REPORTED)
          .on(Action.CLOSE, "OFFICE", CLOSED, OPEN, REPORTED, RECEIVED)
          .build();

  private RoundWorkflow() {}
}
