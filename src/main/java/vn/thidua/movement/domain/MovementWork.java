package vn.thidua.movement.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import vn.thidua.kernel.WorkItem;
import vn.thidua.movement.DeadlineOccurrence;
import vn.thidua.movement.MovementView;
import vn.thidua.organization.Actor;
import vn.thidua.organization.Permission;
import vn.thidua.organization.WorkItems;

/**
 * What waits in plans: the level's office prepares a draft and submits it for signature (by the
 * deadline the plan above sets for sub-plans), the leadership issues it or sends it back; and the
 * coming deadlines of the plans the person reads.
 */
@Component
class MovementWork implements WorkItems {

  private static final Locale VI = Locale.forLanguageTag("vi");
  private static final String GROUP = "nav.group.plans";

  /** How far ahead the coming deadlines look, and how many the home page shows. */
  static final int HORIZON_DAYS = 120;

  static final int UPCOMING = 6;

  private final JdbcClient jdbc;
  private final MovementService movements;
  private final CalendarService calendar;
  private final MessageSource messages;

  MovementWork(
      JdbcClient jdbc,
      MovementService movements,
      CalendarService calendar,
      MessageSource messages) {
    this.jdbc = jdbc;
    this.movements = movements;
    this.calendar = calendar;
    this.messages = messages;
  }

  @Override
  public List<WorkItem> waitingFor(Actor actor, LocalDate today) {
    List<WorkItem> out = new ArrayList<>();
    for (long id :
        jdbc.sql(
                "select id from movement where status in ('DRAFT', 'AWAITING_SIGNATURE') order by id")
            .query(Long.class)
            .list()) {
      try {
        String path = movements.pathOf(id);
        MovementView m = movements.find(id).orElseThrow();
        String action = null;
        if (m.status() == MovementView.Status.DRAFT && actor.mayAt(Permission.MANAGE_PLANS, path)) {
          action = "work.plan.submit";
        } else if (m.status() == MovementView.Status.AWAITING_SIGNATURE
            && actor.mayAt(Permission.ISSUE_PLANS, path)) {
          action = "work.plan.issue";
        }
        if (action != null) {
          out.add(
              new WorkItem(
                  action,
                  msg("work.plan.title", m.ownerName(), m.name() == null ? m.title() : m.name()),
                  "/movements/" + m.id(),
                  parentDeadline(m),
                  GROUP));
        }
      } catch (RuntimeException gone) {
        // not readable
      }
    }
    return out;
  }

  /** The day the plan above wants this level's plan issued by, if it says. */
  private LocalDate parentDeadline(MovementView m) {
    if (m.parentId() == null) {
      return null;
    }
    return movements.find(m.parentId()).map(MovementView::subPlanDeadline).orElse(null);
  }

  @Override
  public List<WorkItem> upcoming(Actor actor, LocalDate today) {
    List<WorkItem> out = new ArrayList<>();
    for (DeadlineOccurrence o : calendar.occurrences(actor, today, today.plusDays(HORIZON_DAYS))) {
      out.add(
          new WorkItem(
              "deadline." + o.kind().name(),
              o.unitName() + " — " + o.movementName(),
              "/movements/" + o.movementId(),
              o.dueOn(),
              GROUP));
    }
    return out.stream().sorted(WorkItem.URGENCY).limit(UPCOMING).toList();
  }

  private String msg(String key, Object... args) {
    return messages.getMessage(key, args, key, VI);
  }
}
