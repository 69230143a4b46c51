package vn.thidua.organization;

import java.time.LocalDate;
import java.util.List;
import vn.thidua.kernel.WorkItem;

/**
 * What a module has waiting for a person: each module that runs a workflow implements it from its
 * own records and its own rules of who acts; the home page's work list asks every implementation
 * and never reads a module's tables itself.
 */
public interface WorkItems {

  /** The items awaiting this person's action. */
  List<WorkItem> waitingFor(Actor actor, LocalDate today);

  /** Coming deadlines of the person's plans (not actions yet), nearest first. */
  default List<WorkItem> upcoming(Actor actor, LocalDate today) {
    return List.of();
  }
}
