package vn.thidua.participation.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import vn.thidua.kernel.WorkItem;
import vn.thidua.movement.MovementView;
import vn.thidua.movement.Plans;
import vn.thidua.organization.Accounts;
import vn.thidua.organization.Actor;
import vn.thidua.organization.OrganizationDirectory;
import vn.thidua.organization.Permission;
import vn.thidua.organization.WorkItems;
import vn.thidua.participation.RegistrationView;
import vn.thidua.participation.ReportView;

/**
 * What waits in participation: reports to accept or return (the plan's office), reports to fix or
 * to send (the unit), registrations to accept (the office) or to fix (the unit). A report under
 * review falls due with the level's aggregated report, which needs it.
 */
@Component
class ParticipationWork implements WorkItems {

  private static final Locale VI = Locale.forLanguageTag("vi");
  private static final String GROUP = "nav.group.reports";

  private final JdbcClient jdbc;
  private final ReportService reports;
  private final RegistrationService registrations;
  private final Plans plans;
  private final MessageSource messages;
  private final Accounts accounts;
  private final OrganizationDirectory organizations;

  ParticipationWork(
      JdbcClient jdbc,
      ReportService reports,
      RegistrationService registrations,
      Plans plans,
      MessageSource messages,
      Accounts accounts,
      OrganizationDirectory organizations) {
    this.accounts = accounts;
    this.organizations = organizations;
    this.jdbc = jdbc;
    this.reports = reports;
    this.registrations = registrations;
    this.plans = plans;
    this.messages = messages;
  }

  @Override
  public List<WorkItem> waitingFor(Actor actor, LocalDate today) {
    List<WorkItem> out = new ArrayList<>();
    for (long id :
        jdbc.sql("select id from report where status in ('DRAFT', 'SUBMITTED', 'RETURNED')")
            .query(Long.class)
            .list()) {
      try {
        report(actor, reports.get(id), out);
      } catch (RuntimeException outOfReach) {
        // another level's report: not this person's work
      }
    }
    for (long id :
        jdbc.sql("select id from registration where status in ('SUBMITTED', 'RETURNED')")
            .query(Long.class)
            .list()) {
      try {
        registration(actor, registrations.get(id), out);
      } catch (RuntimeException outOfReach) {
        // another level's registration
      }
    }
    return out;
  }

  private void report(Actor actor, ReportView r, List<WorkItem> out) {
    {
      String title =
          msg(
              r.kind() == ReportView.Kind.UNIT ? "work.report.title" : "work.report.title.rollup",
              r.year(),
              r.reporterName());
      String link = "/reports/" + r.id();
      switch (r.status()) {
        case SUBMITTED -> {
          if (reports.mayReview(actor, r)) {
            LocalDate due =
                r.kind() == ReportView.Kind.UNIT
                    ? reports
                        .dueOn(r.movementId(), r.year(), ReportView.Kind.ROLLUP)
                        .orElse(r.dueOn())
                    : null;
            out.add(new WorkItem("work.report.review", title, link, due, GROUP));
          }
        }
        case RETURNED -> {
          if (reports.mayAuthor(actor, r) && writer(actor, r.organizationId())) {
            out.add(new WorkItem("work.report.fix", title, link, r.dueOn(), GROUP));
          }
        }
        case DRAFT -> {
          if (reports.mayAuthor(actor, r) && writer(actor, r.organizationId())) {
            out.add(new WorkItem("work.report.send", title, link, r.dueOn(), GROUP));
          }
        }
        default -> {}
      }
    }
  }

  private void registration(Actor actor, RegistrationView r, List<WorkItem> out) {
    {
      String title = msg("work.registration.title", r.year(), r.organizationName());
      String link = "/registrations/" + r.id();
      Optional<LocalDate> window = registrations.window(r.movementId(), r.year());
      if (r.status() == RegistrationView.Status.SUBMITTED) {
        Optional<MovementView> m = plans.readable(actor, r.movementId());
        if (m.isPresent() && registrations.mayDecide(actor, m.get())) {
          out.add(
              new WorkItem("work.registration.review", title, link, window.orElse(null), GROUP));
        }
      } else if (registrations.mayRegister(actor, r.organizationId())
          && writer(actor, r.organizationId())) {
        out.add(new WorkItem("work.registration.fix", title, link, window.orElse(null), GROUP));
      }
    }
  }

  /**
   * Whether the person is the one who writes for the organisation: its nearest holder of the right
   * (a village's focal point; the commune's office only for units without one). A unit's level
   * report (no organisation) is written by the office.
   */
  private boolean writer(Actor actor, Long organizationId) {
    if (organizationId == null) {
      return true;
    }
    return organizations
        .organization(organizationId)
        .map(o -> accounts.nearestHolders(Permission.RECORD_VALUES, o.path()))
        .map(list -> list.stream().anyMatch(r -> r.username().equals(actor.getUsername())))
        .orElse(false);
  }

  private String msg(String key, Object... args) {
    return messages.getMessage(key, args, key, VI);
  }
}
