package vn.thidua.participation.domain;

import static vn.thidua.participation.RegistrationView.Status.ACCEPTED;
import static vn.thidua.participation.RegistrationView.Status.DRAFT;
import static vn.thidua.participation.RegistrationView.Status.RETURNED;
import static vn.thidua.participation.RegistrationView.Status.SUBMITTED;

import vn.thidua.kernel.Tracked;
import vn.thidua.kernel.Workflow;
import vn.thidua.participation.RegistrationView.Status;

/** The moves of a registration (docs: workflows, "Registration"), in one table. */
final class RegistrationWorkflow {

  enum Action {
    CREATE,
    SUBMIT,
    ACCEPT,
    RETURN
  }

  static final Tracked TRACKED = Tracked.of("registration");

  static final Workflow<Status, Action> TABLE =
      Workflow.of("registration", Status.class, Action.class)
          .on(Action.SUBMIT, "UNIT", SUBMITTED, DRAFT, RETURNED)
          .on(Action.ACCEPT, "OFFICE", ACCEPTED, SUBMITTED)
          .on(Action.RETURN, "OFFICE", RETURNED, SUBMITTED)
          .build();

  private RegistrationWorkflow() {}
}
