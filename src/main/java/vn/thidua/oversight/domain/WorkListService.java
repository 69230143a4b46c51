package vn.thidua.oversight.domain;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.thidua.organization.Actor;
import vn.thidua.oversight.WorkList;

/**
 * The oversight part of a person's work list: tasks, concerns and recommendations waiting for them
 * (the product's work list gathers it with the other modules' items).
 */
@Service
public class WorkListService {

  private final TaskService tasks;
  private final ConcernService concerns;
  private final InspectionService inspections;

  WorkListService(TaskService tasks, ConcernService concerns, InspectionService inspections) {
    this.tasks = tasks;
    this.concerns = concerns;
    this.inspections = inspections;
  }

  @Transactional(readOnly = true)
  public WorkList of(Actor actor) {
    return new WorkList(
        tasks.toReport(actor),
        tasks.toClose(actor),
        tasks.overdue(actor, null),
        concerns.toAnswer(actor),
        concerns.toClose(actor),
        inspections.toAnswer(actor),
        inspections.toClose(actor));
  }

  /** How many items wait for the actor (the navigation's badge). */
  @Transactional(readOnly = true)
  public int count(Actor actor) {
    return actor == null ? 0 : of(actor).total();
  }
}
