package vn.thidua.statistics.domain;

import static vn.thidua.statistics.domain.ReturnWorkflow.Status.ACCEPTED;
import static vn.thidua.statistics.domain.ReturnWorkflow.Status.RETURNED;
import static vn.thidua.statistics.domain.ReturnWorkflow.Status.SENT;

import vn.thidua.kernel.Tracked;
import vn.thidua.kernel.Workflow;

/**
 * The allowed moves of a level's statistics forms sent up for a year, in one table: the office of
 * the level sends them (the figures frozen then), the office of the level above accepts them or
 * returns them with a reason, and a returned set is sent again with its figures computed anew.
 */
public final class ReturnWorkflow {

  /** Where a level's forms of a year stand. */
  public enum Status {
    SENT,
    ACCEPTED,
    RETURNED
  }

  /** What the two offices do. */
  public enum Action {
    SEND,
    ACCEPT,
    RETURN,
    RESEND
  }

  static final Tracked TRACKED =
      new Tracked("statistics_return", "statistics_return_history", "return_id", "statistics");

  public static final Workflow<Status, Action> TABLE =
      Workflow.of("statistics.return", Status.class, Action.class)
          .on(Action.ACCEPT, "RECEIVER", ACCEPTED, SENT)
          .on(Action.RETURN, "RECEIVER", RETURNED, SENT)
          .on(Action.RESEND, "SENDER", SENT, RETURNED)
          .build();

  private ReturnWorkflow() {}
}
