package vn.thidua.platform.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;
import vn.thidua.kernel.VietnameseDates;
import vn.thidua.kernel.WorkItem;
import vn.thidua.organization.Actor;
import vn.thidua.organization.WorkItems;

/**
 * The work list of a person: every module's {@link WorkItems}, overdue first, then by deadline;
 * asked once per request (the home page and the menu's count share it).
 */
@Component
public class WorkBoard {

  private static final Logger log = LoggerFactory.getLogger(WorkBoard.class);
  private static final String KEY = WorkBoard.class.getName() + ".items";

  private final List<WorkItems> providers;
  private final Clock clock;

  WorkBoard(List<WorkItems> providers, Clock clock) {
    this.providers = providers;
    this.clock = clock;
  }

  public LocalDate today() {
    return LocalDate.now(clock.withZone(VietnameseDates.ZONE));
  }

  /** What waits for the person, most urgent first. */
  @SuppressWarnings("unchecked")
  public List<WorkItem> waitingFor(Actor actor) {
    RequestAttributes request = RequestContextHolder.getRequestAttributes();
    if (request != null
        && request.getAttribute(KEY, RequestAttributes.SCOPE_REQUEST) instanceof List<?> cached) {
      return (List<WorkItem>) cached;
    }
    LocalDate today = today();
    List<WorkItem> items = new ArrayList<>();
    for (WorkItems p : providers) {
      try {
        items.addAll(p.waitingFor(actor, today));
      } catch (RuntimeException e) {
        log.warn("work items of {} failed: {}", p.getClass().getSimpleName(), e.toString());
      }
    }
    List<WorkItem> sorted = items.stream().distinct().sorted(WorkItem.URGENCY).toList();
    if (request != null) {
      request.setAttribute(KEY, sorted, RequestAttributes.SCOPE_REQUEST);
    }
    return sorted;
  }

  /** The coming deadlines of the person's plans, nearest first. */
  public List<WorkItem> upcoming(Actor actor) {
    LocalDate today = today();
    List<WorkItem> items = new ArrayList<>();
    for (WorkItems p : providers) {
      try {
        items.addAll(p.upcoming(actor, today));
      } catch (RuntimeException e) {
        log.warn("deadlines of {} failed: {}", p.getClass().getSimpleName(), e.toString());
      }
    }
    return items.stream().sorted(WorkItem.URGENCY).limit(8).toList();
  }
}
