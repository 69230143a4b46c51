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
    if (counts.size() > 10_000) {
      counts.clear();
    }
    counts.put(actor.getUsername(), new Count(sorted.size(), clock.instant()));
    if (request != null) {
      request.setAttribute(KEY, sorted, RequestAttributes.SCOPE_REQUEST);
    }
    return sorted;
  }

  /**
   * How many items wait for the person (the menu's count on every page): kept for a minute per
   * person and forgotten at every committed workflow step, so that pages do not recompute the whole
   * work list; the home page always counts afresh.
   */
  public int count(Actor actor) {
    Count c = counts.get(actor.getUsername());
    java.time.Instant now = clock.instant();
    if (c != null && c.at().plus(COUNT_TTL).isAfter(now)) {
      return c.n();
    }
    return waitingFor(actor).size();
  }

  @org.springframework.transaction.event.TransactionalEventListener
  void forget(vn.thidua.kernel.StateChanged step) {
    counts.clear();
  }

  private record Count(int n, java.time.Instant at) {}

  private static final java.time.Duration COUNT_TTL = java.time.Duration.ofSeconds(60);

  private final java.util.Map<String, Count> counts =
      new java.util.concurrent.ConcurrentHashMap<>();

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
