package vn.thidua.initiative.domain;

import static vn.thidua.initiative.InitiativeView.Status.DRAFT;
import static vn.thidua.initiative.InitiativeView.Status.NOT_RECOGNISED;
import static vn.thidua.initiative.InitiativeView.Status.RECOGNISED;
import static vn.thidua.initiative.InitiativeView.Status.RETURNED;
import static vn.thidua.initiative.InitiativeView.Status.SUBMITTED;
import static vn.thidua.initiative.InitiativeView.Status.UNDER_REVIEW;

import java.util.Map;
import java.util.Set;
import vn.thidua.initiative.InitiativeView.Status;
import vn.thidua.kernel.BusinessRuleViolation;

/** The allowed moves of an initiative, in one place (docs: workflows, Initiative). */
public final class InitiativeWorkflow {

  private static final Map<Status, Set<Status>> MOVES =
      Map.of(
          DRAFT, Set.of(SUBMITTED),
          RETURNED, Set.of(SUBMITTED),
          SUBMITTED, Set.of(UNDER_REVIEW, RETURNED),
          UNDER_REVIEW, Set.of(RECOGNISED, NOT_RECOGNISED, RETURNED),
          RECOGNISED, Set.of(RECOGNISED),
          NOT_RECOGNISED, Set.of());

  private InitiativeWorkflow() {}

  public static boolean allows(Status from, Status to) {
    return MOVES.getOrDefault(from, Set.of()).contains(to);
  }

  /** Refuses a move the workflow does not allow. */
  public static void check(Status from, Status to) {
    if (!allows(from, to)) {
      throw new BusinessRuleViolation("initiative.wrong-state", from.name());
    }
  }
}
