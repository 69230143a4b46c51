package vn.thidua.participation.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import vn.thidua.kernel.StateChanged;
import vn.thidua.movement.Plans;
import vn.thidua.organization.OrganizationDirectory;
import vn.thidua.organization.OrganizationView;
import vn.thidua.organization.Permission;
import vn.thidua.organization.StepNotices;
import vn.thidua.participation.RegistrationView;
import vn.thidua.participation.ReportView;

/**
 * Who hears of a step of a report or a registration: the unit that wrote it (its focal point, else
 * the office of its commune) and the office that reviews it; a level's aggregated report goes to
 * the office of the level above.
 */
@Component
class ParticipationNotices implements StepNotices {

  private static final Locale VI = Locale.forLanguageTag("vi");

  private final ReportService reports;
  private final RegistrationService registrations;
  private final OrganizationDirectory organizations;
  private final Plans plans;
  private final MessageSource messages;

  ParticipationNotices(
      ReportService reports,
      RegistrationService registrations,
      OrganizationDirectory organizations,
      Plans plans,
      MessageSource messages) {
    this.reports = reports;
    this.registrations = registrations;
    this.organizations = organizations;
    this.plans = plans;
    this.messages = messages;
  }

  @Override
  public Optional<StepNotice> of(StateChanged step) {
    if (step.record().equals(ReportWorkflow.TRACKED.table())) {
      return Optional.of(report(reports.withoutFiles(step.id())));
    }
    if (step.record().equals(RegistrationWorkflow.TRACKED.table())) {
      return Optional.of(registration(registrations.get(step.id())));
    }
    return Optional.empty();
  }

  private StepNotice report(ReportView r) {
    List<Audience> audience = new ArrayList<>();
    List<Plans.Lineage> lineage = plans.lineage(r.movementId());
    if (r.kind() == ReportView.Kind.UNIT) {
      organizations
          .organization(r.organizationId())
          .map(OrganizationView::path)
          .ifPresent(p -> audience.add(new Audience(Permission.RECORD_VALUES, p)));
      audience.add(new Audience(Permission.MANAGE_PLANS, lineage.getFirst().unitPath()));
    } else {
      audience.add(new Audience(Permission.MANAGE_PLANS, lineage.getFirst().unitPath()));
      if (lineage.size() > 1) {
        audience.add(new Audience(Permission.MANAGE_PLANS, lineage.get(1).unitPath()));
      }
    }
    return new StepNotice(
        msg(
            r.kind() == ReportView.Kind.UNIT ? "work.report.title" : "work.report.title.rollup",
            r.year(),
            r.reporterName()),
        "/reports/" + r.id(),
        audience);
  }

  private StepNotice registration(RegistrationView r) {
    List<Audience> audience = new ArrayList<>();
    organizations
        .organization(r.organizationId())
        .map(OrganizationView::path)
        .ifPresent(p -> audience.add(new Audience(Permission.RECORD_VALUES, p)));
    audience.add(
        new Audience(Permission.MANAGE_PLANS, plans.lineage(r.movementId()).getFirst().unitPath()));
    return new StepNotice(
        msg("work.registration.title", r.year(), r.organizationName()),
        "/registrations/" + r.id(),
        audience);
  }

  private String msg(String key, Object... args) {
    return messages.getMessage(key, args, key, VI);
  }
}
