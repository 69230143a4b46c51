package vn.thidua.initiative.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import vn.thidua.initiative.ExemplaryModelView;
import vn.thidua.initiative.InitiativeView;
import vn.thidua.initiative.InitiativeView.Status;
import vn.thidua.kernel.WorkItem;
import vn.thidua.organization.Accounts;
import vn.thidua.organization.Actor;
import vn.thidua.organization.Permission;
import vn.thidua.organization.WorkItems;

/**
 * What waits in initiatives: authors send or fix, the level's office starts the review, council
 * members who have not scored yet score, the authority decides. Nobody is offered their own case.
 */
@Component
class InitiativeWork implements WorkItems {

  private static final Locale VI = Locale.forLanguageTag("vi");
  private static final String GROUP = "nav.group.initiatives";

  private final JdbcClient jdbc;
  private final InitiativeService initiatives;
  private final ExemplaryModelService models;
  private final MessageSource messages;
  private final Accounts accounts;

  InitiativeWork(
      JdbcClient jdbc,
      InitiativeService initiatives,
      ExemplaryModelService models,
      MessageSource messages,
      Accounts accounts) {
    this.accounts = accounts;
    this.models = models;
    this.jdbc = jdbc;
    this.initiatives = initiatives;
    this.messages = messages;
  }

  @Override
  public List<WorkItem> waitingFor(Actor actor, LocalDate today) {
    List<WorkItem> out = new ArrayList<>();
    for (long id :
        jdbc.sql(
                "select id from initiative where status in ('DRAFT', 'SUBMITTED', 'RETURNED', 'UNDER_REVIEW') order by id")
            .query(Long.class)
            .list()) {
      try {
        InitiativeView i = initiatives.get(id);
        if (!actor.covers(i.path()) && !actor.covers(i.unitPath())) {
          continue;
        }
        String action = action(actor, i);
        if (action != null) {
          out.add(
              new WorkItem(
                  action,
                  msg("work.initiative.title", i.title()),
                  "/initiatives/" + i.id(),
                  null,
                  GROUP));
        }
      } catch (RuntimeException unreadable) {
        // not this person's
      }
    }
    for (long id :
        jdbc.sql(
                "select id from exemplary_model where status in ('NOMINATED', 'APPROVED', 'RETURNED') order by id")
            .query(Long.class)
            .list()) {
      try {
        ExemplaryModelView m = models.get(id);
        String action = modelAction(actor, m);
        if (action != null) {
          out.add(
              new WorkItem(
                  action, msg("work.model.title", m.title()), "/models/" + m.id(), null, GROUP));
        }
      } catch (RuntimeException unreadable) {
        // not this person's
      }
    }
    return out;
  }

  /** The office approves and publishes; the nominator fixes a returned one. */
  private String modelAction(Actor actor, ExemplaryModelView m) {
    if (!actor.covers(m.path())) {
      return null;
    }
    return switch (m.status()) {
      case NOMINATED ->
          nearest(actor, Permission.PUBLISH_MODELS, m.path()) ? "work.model.approve" : null;
      case APPROVED ->
          nearest(actor, Permission.PUBLISH_MODELS, m.path()) ? "work.model.publish" : null;
      case RETURNED ->
          nearest(actor, Permission.FILE_INITIATIVES, m.path()) ? "work.model.fix" : null;
      default -> null;
    };
  }

  private boolean nearest(Actor actor, Permission permission, String path) {
    return actor.may(permission, path)
        && accounts.nearestHolders(permission, path).stream()
            .anyMatch(r -> r.username().equals(actor.getUsername()));
  }

  private String action(Actor actor, InitiativeView i) {
    if (i.status() == Status.DRAFT) {
      return filer(actor, i) ? "work.initiative.send" : null;
    }
    if (i.status() == Status.RETURNED) {
      return filer(actor, i) ? "work.initiative.fix" : null;
    }
    if (i.status() == Status.SUBMITTED) {
      return initiatives.mayManage(actor, i) ? "work.initiative.start" : null;
    }
    if (initiatives.mayReview(actor, i)
        && initiatives.reviewRefusal(actor, i).isEmpty()
        && !scored(actor, i.id())) {
      return "work.initiative.review";
    }
    boolean authority = actor.mayAt(Permission.DECIDE_INITIATIVES, i.unitPath());
    return authority
            && initiatives.mayDecide(actor, i, InitiativeView.Scope.BASE)
            && initiatives.decideRefusal(actor, i, InitiativeView.Scope.BASE).isEmpty()
        ? "work.initiative.decide"
        : null;
  }

  /** One of its authors, or the nearest holder of the right to file for its organisation. */
  private boolean filer(Actor actor, InitiativeView i) {
    if (!initiatives.mayFile(actor, i)) {
      return false;
    }
    if (actor.personId() != null
        && i.authors().stream().anyMatch(a -> actor.personId().equals(a.personId()))) {
      return true;
    }
    return accounts.nearestHolders(Permission.FILE_INITIATIVES, i.path()).stream()
        .anyMatch(r -> r.username().equals(actor.getUsername()));
  }

  private boolean scored(Actor actor, long id) {
    return jdbc.sql(
                "select count(*) from initiative_review where initiative_id = :i and reviewer_user_id = :u")
            .param("i", id)
            .param("u", actor.userId())
            .query(Integer.class)
            .single()
        > 0;
  }

  private String msg(String key, Object... args) {
    return messages.getMessage(key, args, key, VI);
  }
}
