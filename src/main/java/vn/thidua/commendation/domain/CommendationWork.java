package vn.thidua.commendation.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import vn.thidua.commendation.NominationView;
import vn.thidua.commendation.NominationView.Status;
import vn.thidua.kernel.WorkItem;
import vn.thidua.organization.Accounts;
import vn.thidua.organization.Actor;
import vn.thidua.organization.Permission;
import vn.thidua.organization.WorkItems;
import vn.thidua.rulebook.Rulebook;

/**
 * What waits in commendation, by the nomination table's roles: the proposing unit sends or fixes,
 * the level's office receives, appraises and schedules (after the public notice), the council
 * records its ballot, the authority decides. Nobody is offered their own case.
 */
@Component
class CommendationWork implements WorkItems {

  private static final Locale VI = Locale.forLanguageTag("vi");
  private static final String GROUP = "nav.group.commendation";

  private final JdbcClient jdbc;
  private final NominationRepository rows;
  private final NominationAccess access;
  private final NominationService nominations;
  private final Rulebook rulebook;
  private final MessageSource messages;
  private final Accounts accounts;

  CommendationWork(
      JdbcClient jdbc,
      NominationRepository rows,
      NominationAccess access,
      NominationService nominations,
      Rulebook rulebook,
      MessageSource messages,
      Accounts accounts) {
    this.accounts = accounts;
    this.jdbc = jdbc;
    this.rows = rows;
    this.access = access;
    this.nominations = nominations;
    this.rulebook = rulebook;
    this.messages = messages;
  }

  @Override
  public List<WorkItem> waitingFor(Actor actor, LocalDate today) {
    List<WorkItem> out = new ArrayList<>();
    for (long id :
        jdbc.sql(
                "select id from nomination where status in ('DRAFT', 'SUBMITTED', 'RECEIVED', 'RETURNED', 'APPRAISED', 'ON_NOTICE', 'AT_COUNCIL', 'VOTED_FOR') order by id")
            .query(Long.class)
            .list()) {
      try {
        NominationView n = rows.get(id);
        String action = action(actor, n, today);
        if (action != null) {
          out.add(
              new WorkItem(
                  action,
                  msg("work.nomination.title", rulebook.shortName(n.award()), n.subjectName()),
                  "/nominations/" + n.id(),
                  n.status() == Status.ON_NOTICE ? n.noticeUntil() : null,
                  GROUP));
        }
      } catch (RuntimeException unreadable) {
        // a row this person has nothing to do with
      }
    }
    return out;
  }

  /** What this person does next on the nomination, or null. */
  private String action(Actor actor, NominationView n, LocalDate today) {
    return switch (n.status()) {
      case DRAFT -> author(actor, n) ? "work.nomination.send" : null;
      case RETURNED -> author(actor, n) ? "work.nomination.fix" : null;
      case SUBMITTED -> office(actor, n) ? "work.nomination.receive" : null;
      case RECEIVED -> office(actor, n) ? "work.nomination.appraise" : null;
      case APPRAISED -> {
        if (office(actor, n) && nominations.councilHere(n)) {
          yield "work.nomination.schedule";
        }
        yield lead(actor, n) && !nominations.councilHere(n) ? "work.nomination.decide" : null;
      }
      case ON_NOTICE ->
          office(actor, n) && n.noticeUntil() != null && today.isAfter(n.noticeUntil())
              ? "work.nomination.schedule"
              : null;
      case AT_COUNCIL ->
          access.mayVote(actor, n) && !access.conflicted(actor, n) ? "work.nomination.vote" : null;
      case VOTED_FOR -> lead(actor, n) ? "work.nomination.decide" : null;
      default -> null;
    };
  }

  /**
   * The proposer who writes it: for a forwarded one the office of the level below, else the nearest
   * holder of the right over the subject (a village's focal point before the commune's office).
   */
  private boolean author(Actor actor, NominationView n) {
    if (!access.mayAuthor(actor, n)) {
      return false;
    }
    if (n.parentId() != null) {
      return true;
    }
    return accounts.nearestHolders(Permission.RECORD_VALUES, rows.subjectPath(n.id())).stream()
        .anyMatch(r -> r.username().equals(actor.getUsername()));
  }

  private boolean office(Actor actor, NominationView n) {
    return access.mayOffice(actor, n) && !access.conflicted(actor, n);
  }

  private boolean lead(Actor actor, NominationView n) {
    return access.mayLead(actor, n) && !access.conflicted(actor, n);
  }

  private String msg(String key, Object... args) {
    return messages.getMessage(key, args, key, VI);
  }
}
