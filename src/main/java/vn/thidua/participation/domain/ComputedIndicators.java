package vn.thidua.participation.domain;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.springframework.context.MessageSource;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import vn.thidua.initiative.InitiativeRecords;
import vn.thidua.kernel.StateChanged;
import vn.thidua.kernel.VietnameseDates;
import vn.thidua.movement.MovementView;
import vn.thidua.movement.PlanDocument;
import vn.thidua.movement.Plans;
import vn.thidua.organization.OrganizationDirectory;
import vn.thidua.organization.OrganizationView;
import vn.thidua.participation.ReportView;

/**
 * Indicators the system fills from its own records, so nobody types them: initiatives recognised,
 * exemplary models published and replicated, units registered, reports sent on time and people
 * trained. When a record moves, the figure of its organisation for the year concerned is recounted
 * under the nearest issued plan of the organisation's unit, and the kept totals of that unit and
 * every level above move with it in the same transaction. The value says where it comes from; a
 * person's entry overrides it and the computed figure is kept beside it.
 *
 * <p>Which indicator a computation fills is the indicator's source in the plan ({@link
 * PlanDocument.Indicator#source()}, chosen in the plan editor). Plans written before the source
 * existed keep the behaviour their codes had ({@link #LEGACY}).
 */
@Component
class ComputedIndicators {

  /** Indicator code → what computes it, for indicators whose plan names no source. */
  static final Map<String, String> LEGACY =
      Map.of("SANG_KIEN", "INITIATIVES_RECOGNISED", "BINH_DAN_HOC_VU_SO", "PEOPLE_TRAINED");

  private static final Locale VI = Locale.forLanguageTag("vi");

  private final InitiativeRecords initiatives;
  private final OrganizationDirectory organizations;
  private final Plans plans;
  private final IndicatorValueService values;
  private final MessageSource messages;
  private final JdbcClient jdbc;
  private final Clock clock;
  private final ReportService reports;

  ComputedIndicators(
      InitiativeRecords initiatives,
      OrganizationDirectory organizations,
      Plans plans,
      IndicatorValueService values,
      MessageSource messages,
      JdbcClient jdbc,
      Clock clock,
      ReportService reports) {
    this.reports = reports;
    this.initiatives = initiatives;
    this.organizations = organizations;
    this.plans = plans;
    this.values = values;
    this.messages = messages;
    this.jdbc = jdbc;
    this.clock = clock;
  }

  /** Where an indicator's values come from: its plan's choice, else what its code meant before. */
  static String sourceOf(PlanDocument.Indicator i) {
    return i.source() != null ? i.source() : LEGACY.get(i.code());
  }

  @EventListener
  void on(StateChanged e) {
    switch (e.record()) {
      case "initiative" -> {
        if ("RECOGNISED".equals(e.to())) {
          initiatives.counted(e.id()).ifPresent(c -> recount(c.organizationId(), c.year()));
        }
      }
      case "exemplary_model" ->
          initiatives
              .modelCounted(e.id())
              .ifPresent(c -> {
                for (int y : c.years()) {
                  recountModels(c.organizationId(), y);
                }
              });
      case "registration" -> {
        if (e.from() != null) {
          owner("registration", e.id()).ifPresent(o -> recountRegistered(o.org(), o.year()));
        }
      }
      case "report" -> {
        if (e.from() != null) {
          // The report as its step wrote it (no read when it moved in this transaction).
          ReportView r = reports.withoutFiles(e.id());
          if (r.organizationId() != null) {
            recountReports(r.organizationId(), r.year());
          }
        }
      }
      default -> {}
    }
  }

  private record Owner(long org, int year) {}

  private Optional<Owner> owner(String table, long id) {
    return jdbc.sql(
            "select organization_id, year from "
                + table
                + " where id = :id and organization_id is not null")
        .param("id", id)
        .query((rs, n) -> new Owner(rs.getLong(1), rs.getInt(2)))
        .optional();
  }

  /** Recounts the recognised initiatives of an organisation in a year. */
  void recount(long organizationId, int year) {
    int n = initiatives.recognisedCount(organizationId, year);
    fill(organizationId, year, "INITIATIVES_RECOGNISED", n, "values.computed.initiatives");
  }

  /** Recounts the published models and the replications of an organisation's models in a year. */
  void recountModels(long organizationId, int year) {
    fill(
        organizationId,
        year,
        "MODELS_PUBLISHED",
        initiatives.publishedModelCount(organizationId, year),
        "values.computed.models-published");
    fill(
        organizationId,
        year,
        "MODELS_REPLICATED",
        initiatives.replicationCount(organizationId, year),
        "values.computed.models-replicated");
  }

  /** Whether an organisation registered for a year (sent or accepted): 1 or 0. */
  void recountRegistered(long organizationId, int year) {
    int n =
        jdbc.sql(
                """
                select count(*) from registration
                where organization_id = :o and year = :y and status in ('SUBMITTED', 'ACCEPTED')
                """)
            .param("o", organizationId)
            .param("y", year)
            .query(Integer.class)
            .single();
    fill(organizationId, year, "UNITS_REGISTERED", Math.min(n, 1), "values.computed.registered");
  }

  /** Whether an organisation's report of a year was sent by its deadline (and not given back). */
  void recountReports(long organizationId, int year) {
    fill(
        organizationId,
        year,
        "REPORTS_ON_TIME",
        () ->
            Math.min(
                jdbc.sql(
                        """
                        select count(*) from report
                        where kind = 'UNIT' and organization_id = :o and year = :y
                          and status in ('SUBMITTED', 'ACCEPTED') and not late
                        """)
                    .param("o", organizationId)
                    .param("y", year)
                    .query(Integer.class)
                    .single(),
                1),
        "values.computed.reports");
  }

  /**
   * Fills the indicators a source computes for an organisation and a year, under the nearest issued
   * plan of its unit, with the provenance {@code noteKey} ({0} the figure, {1} the year, {2} the
   * day it was computed).
   */
  void fill(long organizationId, int year, String source, int figure, String noteKey) {
    fill(organizationId, year, source, () -> figure, noteKey);
  }

  /**
   * As {@link #fill(long, int, String, int, String)}, the figure counted only when the plan has an
   * indicator it fills (most plans have none for most sources: a count saved at every step).
   */
  void fill(
      long organizationId,
      int year,
      String source,
      java.util.function.IntSupplier count,
      String noteKey) {
    OrganizationView org = organizations.organization(organizationId).orElse(null);
    if (org == null) {
      return;
    }
    Optional<MovementView> plan = plans.nearestIssuedUnitPlan(org.path());
    if (plan.isEmpty()) {
      return;
    }
    MovementView m = plan.get();
    if ((m.periodFrom() != null && year < m.periodFrom())
        || (m.periodTo() != null && year > m.periodTo())) {
      return;
    }
    Integer counted = null;
    for (PlanDocument.Indicator i : plans.currentDocument(m.id()).indicators()) {
      if (!source.equals(sourceOf(i))) {
        continue;
      }
      if (counted == null) {
        counted = count.getAsInt();
      }
      int figure = counted;
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
}
