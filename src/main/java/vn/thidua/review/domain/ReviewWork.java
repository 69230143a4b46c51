package vn.thidua.review.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Component;
import vn.thidua.kernel.WorkItem;
import vn.thidua.organization.Actor;
import vn.thidua.organization.Permission;
import vn.thidua.organization.WorkItems;
import vn.thidua.review.RoundView;

/**
 * Rounds waiting on someone: an open round waits on its level's office for its report (due on the
 * round's report day); a report sent up waits on the office of the level above.
 */
@Component
class ReviewWork implements WorkItems {

  private static final String GROUP = "nav.group.plans";

  private final ReviewService rounds;

  ReviewWork(ReviewService rounds) {
    this.rounds = rounds;
  }

  @Override
  public List<WorkItem> waitingFor(Actor actor, LocalDate today) {
    if (!actor.may(Permission.MANAGE_PLANS)) {
      return List.of();
    }
    List<WorkItem> out = new ArrayList<>();
    for (RoundView r : rounds.waiting()) {
      String link = "/rounds/" + r.id();
      if (r.status() == RoundView.Status.OPEN && actor.mayAt(Permission.MANAGE_PLANS, r.path())) {
        out.add(new WorkItem("work.round.report", r.title(), link, r.reportDue(), GROUP));
      } else if (r.status() == RoundView.Status.REPORTED) {
        String parent = ReviewService.parentPath(r.path());
        if (parent != null && actor.mayAt(Permission.MANAGE_PLANS, parent)) {
          out.add(
              new WorkItem(
                  "work.round.receive", r.unitName() + ": " + r.title(), link, null, GROUP));
        }
      }
    }
    return out;
  }
}
