package vn.thidua.participation.domain;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.springframework.context.MessageSource;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import vn.thidua.initiative.InitiativeRecords;
import vn.thidua.kernel.StateChanged;
import vn.thidua.kernel.VietnameseDates;
import vn.thidua.movement.MovementView;
import vn.thidua.movement.PlanDocument;
import vn.thidua.movement.Plans;
import vn.thidua.organization.OrganizationDirectory;
import vn.thidua.organization.OrganizationView;

/**
 * Indicators the system fills from its own records, so nobody types them: when an initiative is
 * recognised (or its recognition widened), the "initiatives recognised" indicator of its
 * organisation for the decision's year is recounted under the nearest issued plan of the
 * organisation's unit, and the kept totals of that unit and every level above move with it in the
 * same transaction. The value says where it comes from; a person's entry overrides it and the
 * computed figure is kept beside it.
 *
 * <p>Which indicator a computation fills is read from the indicator's code ({@link #SOURCES}): the
 * seeds' plans name "SANG_KIEN"; a plan editor choosing the source per indicator is still to come.
 */
@Component
class ComputedIndicators {

  /** Indicator code → what computes it. */
  static final Map<String, String> SOURCES =
      Map.of("SANG_KIEN", "INITIATIVES_RECOGNISED", "BINH_DAN_HOC_VU_SO", "PEOPLE_TRAINED");

  private static final Locale VI = Locale.forLanguageTag("vi");

  private final InitiativeRecords initiatives;
  private final OrganizationDirectory organizations;
  private final Plans plans;
  private final IndicatorValueService values;
  private final MessageSource messages;
  private final Clock clock;

  ComputedIndicators(
      InitiativeRecords initiatives,
      OrganizationDirectory organizations,
      Plans plans,
      IndicatorValueService values,
      MessageSource messages,
      Clock clock) {
    this.initiatives = initiatives;
    this.organizations = organizations;
    this.plans = plans;
    this.values = values;
    this.messages = messages;
    this.clock = clock;
  }

  @EventListener
  void on(StateChanged e) {
    if (!"initiative".equals(e.record()) || !"RECOGNISED".equals(e.to())) {
      return;
    }
    initiatives.counted(e.id()).ifPresent(c -> recount(c.organizationId(), c.year()));
  }

  /** Recounts the recognised initiatives of an organisation in a year. */
  void recount(long organizationId, int year) {
    int n = initiatives.recognisedCount(organizationId, year);
    fill(organizationId, year, "INITIATIVES_RECOGNISED", n, "values.computed.initiatives");
  }

  /**
   * Fills the indicators a source computes for an organisation and a year, under the nearest issued
   * plan of its unit, with the provenance {@code noteKey} ({0} the figure, {1} the year, {2} the
   * day it was computed).
   */
  void fill(long organizationId, int year, String source, int figure, String noteKey) {
    OrganizationView org = organizations.organization(organizationId).orElse(null);
    if (org == null) {
      return;
    }
    Optional<MovementView> plan = nearestPlan(org);
    if (plan.isEmpty()) {
      return;
    }
    MovementView m = plan.get();
    if ((m.periodFrom() != null && year < m.periodFrom())
        || (m.periodTo() != null && year > m.periodTo())) {
      return;
    }
    for (PlanDocument.Indicator i : plans.currentDocument(m.id()).indicators()) {
      if (!source.equals(SOURCES.get(i.code()))) {
        continue;
      }
      String note =
          messages.getMessage(
              noteKey,
              new Object[] {
                figure,
                String.valueOf(year),
                VietnameseDates.shortForm(LocalDate.now(clock.withZone(VietnameseDates.ZONE)))
              },
              VI);
      values.saveComputed(m, org, i.code(), year, BigDecimal.valueOf(figure), source, note);
    }
  }

  /**
   * The issued plan of an administrative unit nearest above the organisation (the longest path).
   */
  private Optional<MovementView> nearestPlan(OrganizationView org) {
    MovementView best = null;
    String bestPath = "";
    for (MovementView m : plans.issued()) {
      if (m.organizationPlan()) {
        continue;
      }
      String path = plans.pathOf(m.id());
      if (org.path().startsWith(path) && path.length() > bestPath.length()) {
        best = m;
        bestPath = path;
      }
    }
    return Optional.ofNullable(best);
  }
}
