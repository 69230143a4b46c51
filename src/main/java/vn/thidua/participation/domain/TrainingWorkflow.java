package vn.thidua.participation.domain;

import vn.thidua.kernel.Tracked;
import vn.thidua.kernel.Workflow;
import vn.thidua.participation.TrainingView.Status;

/** The allowed moves of a training session, in one table. */
public final class TrainingWorkflow {

  /** What the organiser's recorder does. */
  public enum Action {
    RECORD,
    CANCEL
  }

  static final Tracked TRACKED =
      new Tracked("training_session", "training_session_history", "session_id", "training");

  public static final Workflow<Status, Action> TABLE =
      Workflow.of("training", Status.class, Action.class)
          .on(Action.CANCEL, "RECORDER", Status.CANCELLED, Status.HELD)
          .build();

  private TrainingWorkflow() {}
}
