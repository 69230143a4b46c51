package vn.thidua.oversight.domain;

import static vn.thidua.oversight.InspectionView.Status.CLOSED;
import static vn.thidua.oversight.InspectionView.Status.IN_PROGRESS;
import static vn.thidua.oversight.InspectionView.Status.PLANNED;
import static vn.thidua.oversight.InspectionView.Status.REPORTED;
import static vn.thidua.oversight.RecommendationView.Status.ANSWERED;
import static vn.thidua.oversight.RecommendationView.Status.OPEN;

import vn.thidua.kernel.Tracked;
import vn.thidua.kernel.Workflow;
import vn.thidua.oversight.InspectionView;
import vn.thidua.oversight.RecommendationView;

/** The moves of an inspection and of its recommendations (docs: workflows, "Inspection"). */
final class InspectionWorkflow {

  enum Action {
    CREATE,
    START,
    REPORT,
    CLOSE
  }

  enum RecommendationAction {
    CREATE,
    ANSWER,
    CLOSE,
    RETURN
  }

  static final Tracked TRACKED = Tracked.of("inspection");
  static final Tracked RECOMMENDATION = Tracked.of("recommendation");

  static final Workflow<InspectionView.Status, Action> TABLE =
      Workflow.of("inspection", InspectionView.Status.class, Action.class)
          .on(Action.START, "TEAM", IN_PROGRESS, PLANNED)
          .on(Action.REPORT, "LEAD", REPORTED, IN_PROGRESS)
          .on(Action.CLOSE, "LEAD", CLOSED, REPORTED)
          .build();

  static final Workflow<RecommendationView.Status, RecommendationAction> RECOMMENDATIONS =
      Workflow.of("recommendation", RecommendationView.Status.class, RecommendationAction.class)
          .on(RecommendationAction.ANSWER, "TARGET", ANSWERED, OPEN)
          .on(RecommendationAction.CLOSE, "LEAD", RecommendationView.Status.CLOSED, ANSWERED)
          .on(RecommendationAction.RETURN, "LEAD", OPEN, ANSWERED)
          .build();

  private InspectionWorkflow() {}
}
