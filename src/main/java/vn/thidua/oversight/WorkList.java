package vn.thidua.oversight;

import java.util.List;

/**
 * What a signed-in user has to do in oversight: tasks to report or to close, overdue tasks of the
 * level, concerns to answer or to close, recommendations to answer or to close.
 */
public record WorkList(
    List<TaskView> tasksToReport,
    List<TaskView> tasksToClose,
    List<TaskView> overdueTasks,
    List<ConcernView> concernsToAnswer,
    List<ConcernView> concernsToClose,
    List<RecommendationView> recommendationsToAnswer,
    List<RecommendationView> recommendationsToClose) {

  /** How many items in all (the work list's badge). */
  public int total() {
    return tasksToReport.size()
        + tasksToClose.size()
        + concernsToAnswer.size()
        + concernsToClose.size()
        + recommendationsToAnswer.size()
        + recommendationsToClose.size();
  }
}
