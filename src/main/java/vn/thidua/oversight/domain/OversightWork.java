package vn.thidua.oversight.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Component;
import vn.thidua.kernel.WorkItem;
import vn.thidua.organization.Actor;
import vn.thidua.organization.WorkItems;
import vn.thidua.oversight.ConcernView;
import vn.thidua.oversight.RecommendationView;
import vn.thidua.oversight.TaskView;
import vn.thidua.oversight.WorkList;

/** The oversight work list (tasks, concerns, recommendations) as items of the home page. */
@Component
class OversightWork implements WorkItems {

  private static final String GROUP = "nav.group.plans";

  private final WorkListService work;

  OversightWork(WorkListService work) {
    this.work = work;
  }

  @Override
  public List<WorkItem> waitingFor(Actor actor, LocalDate today) {
    WorkList w = work.of(actor);
    List<WorkItem> out = new ArrayList<>();
    for (TaskView t : w.tasksToReport()) {
      out.add(task("work.task.report", t));
    }
    for (TaskView t : w.tasksToClose()) {
      out.add(task("work.task.close", t));
    }
    for (ConcernView c : w.concernsToAnswer()) {
      out.add(concern("work.concern.answer", c));
    }
    for (ConcernView c : w.concernsToClose()) {
      out.add(concern("work.concern.close", c));
    }
    for (RecommendationView r : w.recommendationsToAnswer()) {
      out.add(recommendation("work.recommendation.answer", r));
    }
    for (RecommendationView r : w.recommendationsToClose()) {
      out.add(recommendation("work.recommendation.close", r));
    }
    return out;
  }

  private static WorkItem task(String action, TaskView t) {
    return new WorkItem(
        action, abbreviate(t.text()), "/oversight/tasks/" + t.id(), t.dueOn(), GROUP);
  }

  private static WorkItem concern(String action, ConcernView c) {
    return new WorkItem(action, c.title(), "/oversight/concerns/" + c.id(), null, GROUP);
  }

  private static WorkItem recommendation(String action, RecommendationView r) {
    return new WorkItem(
        action, abbreviate(r.text()), "/oversight/recommendations/" + r.id(), r.dueOn(), GROUP);
  }

  private static String abbreviate(String text) {
    if (text == null) {
      return "";
    }
    return text.length() <= 140 ? text : text.substring(0, 139).stripTrailing() + "…";
  }
}
