package vn.thidua.initiative.domain;

import static vn.thidua.initiative.ExemplaryModelView.Status.APPROVED;
import static vn.thidua.initiative.ExemplaryModelView.Status.DRAFT;
import static vn.thidua.initiative.ExemplaryModelView.Status.NOMINATED;
import static vn.thidua.initiative.ExemplaryModelView.Status.PUBLISHED;
import static vn.thidua.initiative.ExemplaryModelView.Status.RETURNED;
import static vn.thidua.initiative.ExemplaryModelView.Status.WITHDRAWN;

import vn.thidua.initiative.ExemplaryModelView.Status;
import vn.thidua.kernel.Tracked;
import vn.thidua.kernel.Workflow;

/** The moves of an exemplary model, nominated, approved and published, in one table. */
final class ExemplaryModelWorkflow {

  enum Action {
    CREATE,
    NOMINATE,
    APPROVE,
    RETURN,
    PUBLISH,
    WITHDRAW,
    REPLICATE
  }

  static final Tracked TRACKED =
      new Tracked("exemplary_model", "exemplary_model_history", "model_id", "model");

  static final Workflow<Status, Action> TABLE =
      Workflow.of("model", Status.class, Action.class)
          .on(Action.NOMINATE, "UNIT", NOMINATED, DRAFT, RETURNED)
          .on(Action.APPROVE, "OFFICE", APPROVED, NOMINATED)
          .on(Action.RETURN, "OFFICE", RETURNED, NOMINATED)
          .on(Action.PUBLISH, "OFFICE", PUBLISHED, APPROVED, WITHDRAWN)
          .on(Action.WITHDRAW, "OFFICE", WITHDRAWN, PUBLISHED)
          .build();

  private ExemplaryModelWorkflow() {}
}
