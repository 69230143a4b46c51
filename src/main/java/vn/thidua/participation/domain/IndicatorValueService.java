package vn.thidua.participation.domain;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.thidua.document.Spreadsheets;
import vn.thidua.kernel.AuditTrail;
import vn.thidua.kernel.BusinessRuleViolation;
import vn.thidua.kernel.NotFound;
import vn.thidua.kernel.VietnameseNumbers;
import vn.thidua.kernel.VietnameseText;
import vn.thidua.movement.MovementView;
import vn.thidua.movement.PlanDocument;
import vn.thidua.movement.Plans;
import vn.thidua.organization.Actor;
import vn.thidua.organization.OrganizationDirectory;
import vn.thidua.organization.OrganizationView;
import vn.thidua.organization.Permission;
import vn.thidua.organization.UnitDirectory;
import vn.thidua.participation.IndicatorTotal;
import vn.thidua.participation.IndicatorValueCommand;
import vn.thidua.participation.IndicatorValueView;
import vn.thidua.participation.ReportView;

/**
 * Indicator values entered by units, by form or in bulk from .xlsx (all rows checked first, then
 * all saved or none). Every change adds its difference to the totals of the commune, the province
 * and the nation in the same transaction: totals are never recomputed per request.
 */
@Service
public class IndicatorValueService {

  private static final Locale VI = Locale.forLanguageTag("vi");
  public static final List<String> COLUMNS =
      List.of(
          "values.col.organizationId",
          "values.col.indicatorCode",
          "values.col.year",
          "values.col.value",
          "values.col.note");

  private final JdbcClient jdbc;
  private final Plans plans;
  private final OrganizationDirectory organizations;
  private final UnitDirectory units;
  private final AuditTrail audit;
  private final MessageSource messages;
  private final javax.sql.DataSource dataSource;

  IndicatorValueService(
      JdbcClient jdbc,
      Plans plans,
      OrganizationDirectory organizations,
      UnitDirectory units,
      AuditTrail audit,
      MessageSource messages,
      javax.sql.DataSource dataSource) {
    this.dataSource = dataSource;
    this.jdbc = jdbc;
    this.plans = plans;
    this.organizations = organizations;
    this.units = units;
    this.audit = audit;
    this.messages = messages;
  }

  /** One refused row and column of an import. */
  public record ImportError(int row, String column, String header, String message) {}

  /** The whole import is refused; nothing was saved. */
  public static final class ImportRefused extends RuntimeException {
    private final transient List<ImportError> errors;

    ImportRefused(List<ImportError> errors) {
      super("values.import-refused");
      this.errors = List.copyOf(errors);
    }

    public List<ImportError> errors() {
      return errors;
    }
  }

  private MovementView plan(Actor actor, long movementId) {
    return plans.readable(actor, movementId).orElseThrow(() -> new NotFound("movement.not-found"));
  }

  private static Map<String, PlanDocument.Indicator> indicators(PlanDocument d) {
    Map<String, PlanDocument.Indicator> byCode = new LinkedHashMap<>();
    for (PlanDocument.Indicator i : d.indicators()) {
      if (i.code() != null) {
        byCode.put(i.code(), i);
      }
    }
    return byCode;
  }

  @Transactional
  public IndicatorValueView record(Actor actor, long movementId, IndicatorValueCommand command) {
    MovementView m = plan(actor, movementId);
    Map<String, PlanDocument.Indicator> known = indicators(plans.currentDocument(movementId));
    OrganizationView org = checkedOrganization(actor, command.organizationId());
    if (command.indicatorCode() == null || !known.containsKey(command.indicatorCode().strip())) {
      throw BusinessRuleViolation.onField(
          "indicatorCode", "values.indicator-unknown", String.valueOf(command.indicatorCode()));
    }
    checkYear(m, command.year());
    if (command.value() == null) {
      throw BusinessRuleViolation.onField("value", "values.value-required");
    }
    checkValue(
        m,
        org,
        known.get(command.indicatorCode().strip()),
        command.year(),
        command.value(),
        command.isConfirmed(),
        "value");
    return save(
        actor,
        m,
        org,
        command.indicatorCode().strip(),
        command.year(),
        command.value(),
        VietnameseText.cleanOrNull(command.note()));
  }

  /**
   * The checks of every value, through the kernel's one number policy: no more digits than kept, a
   * percentage within 0–100, no negative count, and a value more than ten times last year's or the
   * year's target only once confirmed.
   */
  void checkValue(
      MovementView m,
      OrganizationView org,
      PlanDocument.Indicator indicator,
      int year,
      BigDecimal value,
      boolean confirmed,
      String field) {
    checkValue(
        indicator,
        year,
        value,
        confirmed,
        field,
        () ->
            jdbc.sql(
                    "select value from indicator_value where movement_id = :m and indicator_code = :c and organization_id = :o and year = :y")
                .param("m", m.id())
                .param("c", indicator.code())
                .param("o", org.id())
                .param("y", year - 1)
                .query(BigDecimal.class)
                .optional()
                .orElse(null));
  }

  /** The checks of a value, last year's value read by {@code lastYearValue} when needed. */
  private void checkValue(
      PlanDocument.Indicator indicator,
      int year,
      BigDecimal value,
      boolean confirmed,
      String field,
      java.util.function.Supplier<BigDecimal> lastYearValue) {
    try {
      VietnameseNumbers.checkSize(value);
      VietnameseNumbers.checkNotNegative(value);
      if (VietnameseNumbers.percentUnit(indicator.unit())) {
        VietnameseNumbers.checkPercentage(value);
      }
    } catch (VietnameseNumbers.Refused r) {
      throw r.onField(field);
    }
    if (confirmed) {
      return;
    }
    BigDecimal lastYear = lastYearValue.get();
    BigDecimal target = indicator.targets().get(year);
    if (VietnameseNumbers.implausible(value, lastYear, target)) {
      throw BusinessRuleViolation.onField(
          field,
          "number.implausible",
          indicator.name(),
          VietnameseNumbers.format(value),
          VietnameseNumbers.format(lastYear != null ? lastYear : target));
    }
  }

  private OrganizationView checkedOrganization(Actor actor, Long id) {
    if (id == null) {
      throw BusinessRuleViolation.onField("organizationId", "person.organization-required");
    }
    OrganizationView org =
        organizations
            .organization(id)
            .filter(OrganizationView::active)
            .orElseThrow(() ->
                BusinessRuleViolation.onField("organizationId", "person.organization-unknown"));
    if (!actor.may(Permission.RECORD_VALUES, org.path())) {
      throw new AccessDeniedException("error.forbidden");
    }
    return org;
  }

  private static void checkYear(MovementView m, Integer year) {
    if (year == null) {
      throw BusinessRuleViolation.onField("year", "values.year-required");
    }
    if ((m.periodFrom() != null && year < m.periodFrom())
        || (m.periodTo() != null && year > m.periodTo())) {
      throw BusinessRuleViolation.onField(
          "year", "values.year-outside", year, m.periodFrom(), m.periodTo());
    }
  }

  private IndicatorValueView save(
      Actor actor,
      MovementView m,
      OrganizationView org,
      String code,
      int year,
      BigDecimal value,
      String note) {
    if (locked(m.id(), org.id(), year)) {
      throw BusinessRuleViolation.onField("value", "values.report-locked", org.name(), year);
    }
    Optional<BigDecimal> old =
        jdbc.sql(
                "select value from indicator_value where movement_id = :m and indicator_code = :c and organization_id = :o and year = :y for update")
            .param("m", m.id())
            .param("c", code)
            .param("o", org.id())
            .param("y", year)
            .query(BigDecimal.class)
            .optional();
    jdbc.sql(
            """
            insert into indicator_value (movement_id, indicator_code, organization_id, unit_code, path, year, value, note, created_by, updated_by)
            values (:m, :c, :o, :u, :p, :y, :v, :n, :who, :who)
            on conflict (movement_id, indicator_code, organization_id, year) do update
              set value = excluded.value, note = excluded.note, source = null,
                  version = indicator_value.version + 1,
                  updated_at = now(), updated_by = excluded.updated_by
            """)
        .param("m", m.id())
        .param("c", code)
        .param("o", org.id())
        .param("u", org.unitCode())
        .param("p", org.path())
        .param("y", year)
        .param("v", value)
        .param("n", note)
        .param("who", actor.getUsername())
        .update();
    BigDecimal delta = old.map(value::subtract).orElse(value);
    int newReport = old.isEmpty() ? 1 : 0;
    addToTotals(m.id(), code, year, org.unitCode(), delta, newReport);
    IndicatorValueView after = find(m.id(), code, org.id(), year).orElseThrow();
    audit.record(
        "indicator-value.set",
        "indicator_value",
        after.id(),
        old.map(v -> Map.of("value", v)).orElse(null),
        after);
    return after;
  }

  /**
   * Saves a value the system computed from its records (its source and provenance in the note),
   * adding the change to the totals like an entry. A person's entry overrides it: the computed
   * value is then only kept beside it. A year whose report is sent is left as reported.
   */
  void saveComputed(
      MovementView m,
      OrganizationView org,
      String code,
      int year,
      BigDecimal value,
      String source,
      String note) {
    // A sent report locks its year's values; whether it was sent on time is the one figure its
    // sending itself makes, so that one is written all the same.
    if (!"REPORTS_ON_TIME".equals(source) && locked(m.id(), org.id(), year)) {
      return;
    }
    record Old(BigDecimal value, String source) {}
    Optional<Old> old =
        jdbc.sql(
                "select value, source from indicator_value where movement_id = :m and indicator_code = :c and organization_id = :o and year = :y for update")
            .param("m", m.id())
            .param("c", code)
            .param("o", org.id())
            .param("y", year)
            .query((rs, i) -> new Old(rs.getBigDecimal(1), rs.getString(2)))
            .optional();
    if (old.isPresent() && old.get().source() == null) {
      jdbc.sql(
              "update indicator_value set computed = :v where movement_id = :m and indicator_code = :c and organization_id = :o and year = :y")
          .param("v", value)
          .param("m", m.id())
          .param("c", code)
          .param("o", org.id())
          .param("y", year)
          .update();
      return;
    }
    jdbc.sql(
            """
            insert into indicator_value (movement_id, indicator_code, organization_id, unit_code, path, year, value, note,
              source, computed, created_by, updated_by)
            values (:m, :c, :o, :u, :p, :y, :v, :n, :s, :v, 'system', 'system')
            on conflict (movement_id, indicator_code, organization_id, year) do update
              set value = excluded.value, note = excluded.note, source = excluded.source,
                  computed = excluded.computed, version = indicator_value.version + 1,
                  updated_at = now(), updated_by = 'system'
            """)
        .param("m", m.id())
        .param("c", code)
        .param("o", org.id())
        .param("u", org.unitCode())
        .param("p", org.path())
        .param("y", year)
        .param("v", value)
        .param("n", note)
        .param("s", source)
        .update();
    BigDecimal delta = old.map(o -> value.subtract(o.value())).orElse(value);
    addToTotals(m.id(), code, year, org.unitCode(), delta, old.isEmpty() ? 1 : 0);
    IndicatorValueView after = find(m.id(), code, org.id(), year).orElseThrow();
    audit.record(
        "indicator-value.computed",
        "indicator_value",
        after.id(),
        old.map(o -> Map.of("value", o.value())).orElse(null),
        after);
  }

  /**
   * Adds a value's change to every total it counts in: for the plan it was entered under and every
   * plan that plan was derived from (commune, province, nation), over each administrative unit of
   * the organisation that lies within that plan's unit. A province plan's totals per commune are
   * what its dashboard and tile view read. Each changed row takes a new revision: the dashboards'
   * version of their totals (and so their cache and ETag) moves with it, on every instance.
   */
  private void addToTotals(
      long movementId, String code, int year, String unitCode, BigDecimal delta, int newReport) {
    List<UnitDirectory.Unit> chain = unitChain(unitCode);
    for (Plans.Lineage plan : plans.lineage(movementId)) {
      for (UnitDirectory.Unit unit : chain) {
        if (!unit.path().startsWith(plan.unitPath())) {
          continue;
        }
        jdbc.sql(
                """
                insert into indicator_total (movement_id, indicator_code, year, unit_code, total, reporting)
                values (:m, :c, :y, :u, :d, :r)
                on conflict (movement_id, indicator_code, year, unit_code) do update
                  set total = indicator_total.total + excluded.total, reporting = indicator_total.reporting + excluded.reporting,
                      revision = nextval('indicator_total_revision_seq')
                """)
            .param("m", plan.movementId())
            .param("c", code)
            .param("y", year)
            .param("u", unit.code())
            .param("d", delta)
            .param("r", newReport)
            .update();
      }
    }
  }

  /** The commune, its province and the nation: every level whose totals a value counts in. */
  private List<UnitDirectory.Unit> unitChain(String unitCode) {
    List<UnitDirectory.Unit> chain = new ArrayList<>();
    String code = unitCode;
    while (code != null) {
      UnitDirectory.Unit unit = units.unit(code).orElse(null);
      if (unit == null) {
        break;
      }
      chain.add(unit);
      code = unit.parentCode();
    }
    return chain;
  }

  private Optional<IndicatorValueView> find(
      long movementId, String code, long organizationId, int year) {
    return jdbc.sql(
            """
            select v.id, v.movement_id, v.indicator_code, v.organization_id, o.name, v.year, v.value, v.note, v.version
            from indicator_value v join organization o on o.id = v.organization_id
            where v.movement_id = :m and v.indicator_code = :c and v.organization_id = :o and v.year = :y
            """)
        .param("m", movementId)
        .param("c", code)
        .param("o", organizationId)
        .param("y", year)
        .query(IndicatorValueService::map)
        .optional();
  }

  private static IndicatorValueView map(java.sql.ResultSet rs, int i) throws java.sql.SQLException {
    return new IndicatorValueView(
        rs.getLong(1),
        rs.getLong(2),
        rs.getString(3),
        rs.getLong(4),
        rs.getString(5),
        rs.getInt(6),
        tidy(rs.getBigDecimal(7)),
        rs.getString(8),
        rs.getLong(9));
  }

  /** Values of one organisation (in the actor's scope) for a year. */
  @Transactional(readOnly = true)
  public List<IndicatorValueView> values(
      Actor actor, long movementId, long organizationId, int year) {
    plan(actor, movementId);
    OrganizationView org =
        organizations
            .organization(organizationId)
            .orElseThrow(() -> new NotFound("organization.not-found"));
    if (!actor.may(Permission.VIEW_ORGANIZATIONS, org.path())) {
      throw new AccessDeniedException("error.forbidden");
    }
    return jdbc.sql(
            """
            select v.id, v.movement_id, v.indicator_code, v.organization_id, o.name, v.year, v.value, v.note, v.version
            from indicator_value v join organization o on o.id = v.organization_id
            where v.movement_id = :m and v.organization_id = :o and v.year = :y order by v.indicator_code
            """)
        .param("m", movementId)
        .param("o", organizationId)
        .param("y", year)
        .query(IndicatorValueService::map)
        .list();
  }

  /**
   * Totals of every indicator of the plan over an administrative unit, read from the kept totals.
   */
  @Transactional(readOnly = true)
  public List<IndicatorTotal> totals(Actor actor, long movementId, String unitCode, int year) {
    plan(actor, movementId);
    UnitDirectory.Unit unit =
        units.unit(unitCode).orElseThrow(() -> new NotFound("unit.not-found"));
    if (actor.scopesFor(Permission.VIEW_PLANS).stream().noneMatch(unit.path()::startsWith)) {
      throw new AccessDeniedException("error.forbidden");
    }
    Map<String, BigDecimal[]> rows = new HashMap<>();
    jdbc.sql(
            "select indicator_code, total, reporting from indicator_total where movement_id = :m and unit_code = :u and year = :y")
        .param("m", movementId)
        .param("u", unit.code())
        .param("y", year)
        .query(rs -> {
          rows.put(
              rs.getString(1),
              new BigDecimal[] {rs.getBigDecimal(2), BigDecimal.valueOf(rs.getInt(3))});
        });
    List<IndicatorTotal> out = new ArrayList<>();
    for (PlanDocument.Indicator i : plans.currentDocument(movementId).indicators()) {
      BigDecimal[] r =
          rows.getOrDefault(i.code(), new BigDecimal[] {BigDecimal.ZERO, BigDecimal.ZERO});
      out.add(
          new IndicatorTotal(
              i.code(),
              i.name(),
              i.unit(),
              year,
              tidy(r[0]),
              r[1].intValue(),
              i.targets().get(year)));
    }
    return out;
  }

  /** Whether the organisation's report for the year is submitted or accepted (values frozen). */
  boolean locked(long movementId, long organizationId, int year) {
    return jdbc.sql(
                "select count(*) from report where movement_id = :m and kind = 'UNIT' and organization_id = :o and year = :y and status in ('SUBMITTED', 'ACCEPTED')")
            .param("m", movementId)
            .param("o", organizationId)
            .param("y", year)
            .query(Long.class)
            .single()
        > 0;
  }

  /** The plan's indicators with one organisation's values for a year (no read check). */
  List<ReportView.Figure> figures(long movementId, long organizationId, int year) {
    Map<String, BigDecimal> values = new HashMap<>();
    Map<String, String> provenance = new HashMap<>();
    Map<String, BigDecimal> computed = new HashMap<>();
    jdbc.sql(
            "select indicator_code, value, source, note, computed from indicator_value where movement_id = :m and organization_id = :o and year = :y")
        .param("m", movementId)
        .param("o", organizationId)
        .param("y", year)
        .query(rs -> {
          values.put(rs.getString(1), tidy(rs.getBigDecimal(2)));
          if (rs.getString(3) != null) {
            provenance.put(rs.getString(1), rs.getString(4));
          }
          if (rs.getBigDecimal(5) != null) {
            computed.put(rs.getString(1), tidy(rs.getBigDecimal(5)));
          }
        });
    List<ReportView.Figure> out = new ArrayList<>();
    for (PlanDocument.Indicator i : plans.currentDocument(movementId).indicators()) {
      BigDecimal v = values.get(i.code());
      out.add(
          new ReportView.Figure(
              i.code(),
              i.name(),
              i.unit(),
              v,
              i.targets().get(year),
              v == null ? 0 : 1,
              provenance.get(i.code()),
              computed.get(i.code())));
    }
    return out;
  }

  /** The kept totals of a plan over one administrative unit (no read check). */
  List<ReportView.Figure> unitTotals(long movementId, String unitCode, int year) {
    Map<String, BigDecimal[]> rows = new HashMap<>();
    jdbc.sql(
            "select indicator_code, total, reporting from indicator_total where movement_id = :m and unit_code = :u and year = :y")
        .param("m", movementId)
        .param("u", unitCode)
        .param("y", year)
        .query(rs -> {
          rows.put(
              rs.getString(1),
              new BigDecimal[] {rs.getBigDecimal(2), BigDecimal.valueOf(rs.getInt(3))});
        });
    List<ReportView.Figure> out = new ArrayList<>();
    for (PlanDocument.Indicator i : plans.currentDocument(movementId).indicators()) {
      BigDecimal[] r = rows.get(i.code());
      out.add(
          new ReportView.Figure(
              i.code(),
              i.name(),
              i.unit(),
              r == null ? BigDecimal.ZERO : tidy(r[0]),
              i.targets().get(year),
              r == null ? 0 : r[1].intValue()));
    }
    return out;
  }

  /** Values of every organisation under a path, by organisation and indicator (for roll-ups). */
  Map<Long, Map<String, BigDecimal>> valuesUnder(long movementId, int year, String path) {
    Map<Long, Map<String, BigDecimal>> out = new HashMap<>();
    jdbc.sql(
            "select organization_id, indicator_code, value from indicator_value where movement_id = :m and year = :y and path like :p")
        .param("m", movementId)
        .param("y", year)
        .param("p", path.replace("%", "\\%").replace("_", "\\_") + "%")
        .query(rs -> {
          out.computeIfAbsent(rs.getLong(1), k -> new HashMap<>())
              .put(rs.getString(2), tidy(rs.getBigDecimal(3)));
        });
    return out;
  }

  /** The downloadable template of the bulk entry. */
  public byte[] template(Actor actor, long movementId) {
    plan(actor, movementId);
    List<List<Object>> examples = new ArrayList<>();
    List<String> notes = new ArrayList<>();
    notes.add(msg("values.help.1"));
    for (PlanDocument.Indicator i : plans.currentDocument(movementId).indicators()) {
      notes.add(i.code() + " — " + i.name() + (i.unit() == null ? "" : " (" + i.unit() + ")"));
    }
    return Spreadsheets.write(
        msg("values.sheet"), COLUMNS.stream().map(this::msg).toList(), examples, notes);
  }

  /** Imports values from .xlsx: every row checked, then all saved in this transaction, or none. */
  @Transactional
  public int importXlsx(Actor actor, long movementId, String fileName, byte[] content) {
    return importXlsx(actor, movementId, fileName, content, false);
  }

  /**
   * Imports with the form's own checks on every value (issue 12): a percentage within 0–100, no
   * negative count, and a value more than ten times last year's or the target refused until the
   * person confirms it ({@code confirmed}), each reported by row and column.
   */
  @Transactional
  public int importXlsx(
      Actor actor, long movementId, String fileName, byte[] content, boolean confirmed) {
    MovementView m = plan(actor, movementId);
    if (content == null || content.length == 0) {
      throw BusinessRuleViolation.onField("file", "import.file-empty");
    }
    if (fileName == null || !fileName.toLowerCase(Locale.ROOT).endsWith(".xlsx")) {
      throw BusinessRuleViolation.onField("file", "import.file-type");
    }
    Spreadsheets.Table table;
    try {
      table = Spreadsheets.table(content);
    } catch (Spreadsheets.InvalidSpreadsheet e) {
      throw new ImportRefused(List.of(new ImportError(0, "", "", msg("import.file-unreadable"))));
    } catch (vn.thidua.document.OfficeLimits.OfficeFileRefused e) {
      throw new ImportRefused(List.of(new ImportError(0, "", "", msg(e.code()))));
    }
    List<String> headers = COLUMNS.stream().map(this::msg).toList();
    List<ImportError> errors = new ArrayList<>();
    for (int c = 0; c < headers.size(); c++) {
      String found = c < table.headers().size() ? table.headers().get(c) : "";
      if (!VietnameseText.fold(headers.get(c)).equals(VietnameseText.fold(found))) {
        errors.add(
            new ImportError(
                1,
                Spreadsheets.columnLetter(c),
                headers.get(c),
                msg("import.header-mismatch", headers.get(c), found)));
      }
    }
    if (!errors.isEmpty()) {
      throw new ImportRefused(errors);
    }
    Map<String, PlanDocument.Indicator> known = indicators(plans.currentDocument(movementId));
    Map<Long, Optional<OrganizationView>> orgs = new HashMap<>();
    Set<String> seen = new HashSet<>();
    record Row(OrganizationView org, String code, int year, BigDecimal value, String note) {}
    List<Row> rows = new ArrayList<>();
    Map<String, Boolean> lockedCache = new HashMap<>();
    // The plan's values, read once (not once per row) for the "ten times last year's" check.
    java.util.function.Supplier<Map<String, BigDecimal>> existing =
        memo(() -> {
          Map<String, BigDecimal> byKey = new HashMap<>();
          jdbc.sql(
                  "select organization_id, indicator_code, year, value from indicator_value where movement_id = :m")
              .param("m", m.id())
              .query(rs -> {
                byKey.put(
                    rs.getLong(1) + "|" + rs.getString(2) + "|" + rs.getInt(3),
                    rs.getBigDecimal(4));
              });
          return byKey;
        });
    boolean implausible = false;
    for (Spreadsheets.SheetRow row : table.rows()) {
      int before = errors.size();
      OrganizationView org =
          organizationCell(actor, row, headers, orgs, organizations, messages, errors);
      String code = row.cell(1).text();
      if (!known.containsKey(code)) {
        errors.add(error(row, 1, headers, "values.indicator-unknown", code));
      }
      Integer year = null;
      try {
        year = Integer.valueOf(row.cell(2).text());
        if ((m.periodFrom() != null && year < m.periodFrom())
            || (m.periodTo() != null && year > m.periodTo())) {
          errors.add(
              error(row, 2, headers, "values.year-outside", year, m.periodFrom(), m.periodTo()));
        }
      } catch (NumberFormatException e) {
        errors.add(error(row, 2, headers, "import.not-a-number", row.cell(2).text()));
      }
      BigDecimal value = null;
      String valueText = row.cell(3).text();
      try {
        value = VietnameseNumbers.parse(valueText);
        if (value == null) {
          errors.add(error(row, 3, headers, "import.not-a-number", valueText));
        }
      } catch (VietnameseNumbers.Refused e) {
        errors.add(error(row, 3, headers, e.key(), e.args()));
      }
      if (errors.size() == before) {
        try {
          OrganizationView o = org;
          int y = year;
          checkValue(
              known.get(code),
              year,
              value,
              confirmed,
              "value",
              () -> existing.get().get(o.id() + "|" + code + "|" + (y - 1)));
        } catch (BusinessRuleViolation e) {
          errors.add(error(row, 3, headers, e.code(), e.args()));
          implausible |= "number.implausible".equals(e.code());
        }
      }
      final OrganizationView checkedOrg = org;
      final Integer checkedYear = year;
      if (errors.size() == before
          && lockedCache.computeIfAbsent(
              org.id() + "|" + year, k -> locked(m.id(), o(checkedOrg), checkedYear))) {
        errors.add(error(row, 0, headers, "values.report-locked", org.name(), year));
      }
      if (errors.size() == before && !seen.add(org.id() + "|" + code + "|" + year)) {
        errors.add(error(row, 1, headers, "values.duplicate-row", code));
      }
      if (errors.size() == before) {
        rows.add(new Row(org, code, year, value, VietnameseText.cleanOrNull(row.cell(4).text())));
      }
      if (errors.size() >= 200) {
        break;
      }
    }
    if (table.rows().isEmpty()) {
      errors.add(new ImportError(0, "", "", msg("import.no-rows")));
    }
    if (implausible) {
      errors.add(new ImportError(0, "", "", msg("values.import.confirm-hint")));
    }
    if (!errors.isEmpty()) {
      throw new ImportRefused(errors);
    }
    writeAll(
        actor,
        m,
        rows.stream()
            .map(r -> new Entry(r.org(), r.code(), r.year(), r.value(), r.note()))
            .toList());
    return rows.size();
  }

  private static long o(OrganizationView org) {
    return org.id();
  }

  private static <T> java.util.function.Supplier<T> memo(java.util.function.Supplier<T> source) {
    Object[] held = new Object[1];
    return () -> {
      if (held[0] == null) {
        held[0] = source.get();
      }
      @SuppressWarnings("unchecked")
      T value = (T) held[0];
      return value;
    };
  }

  /** A checked value of an import. */
  private record Entry(
      OrganizationView org, String code, int year, BigDecimal value, String note) {}

  /**
   * Writes an import's checked values set-based (issue 16), in the caller's transaction: the rows
   * copied (COPY) into a temporary table, the values before read in one statement (for the totals'
   * changes), all rows inserted or updated in one statement as {@link #save} does one, the kept
   * totals moved once per indicator, year and administrative unit, and one audit entry.
   */
  private void writeAll(Actor actor, MovementView m, List<Entry> entries) {
    jdbc.sql(
            """
            create temp table if not exists import_value (
              organization_id bigint, unit_code varchar(10), path varchar(400),
              indicator_code varchar(100), year int, value numeric(18,4), note text)
            on commit drop
            """)
        .update();
    vn.thidua.kernel.BulkCopy copy =
        vn.thidua.kernel.BulkCopy.into(
            org.springframework.jdbc.datasource.DataSourceUtils.getConnection(dataSource),
            "import_value",
            List.of(
                "organization_id", "unit_code", "path", "indicator_code", "year", "value", "note"));
    try {
      for (Entry e : entries) {
        copy.row(
            e.org().id(),
            e.org().unitCode(),
            e.org().path(),
            e.code(),
            e.year(),
            e.value().toPlainString(),
            e.note());
      }
      copy.finish();
    } catch (RuntimeException ex) {
      copy.cancel();
      throw ex;
    }
    Map<String, BigDecimal> before = new HashMap<>();
    jdbc.sql(
            """
            select v.organization_id, v.indicator_code, v.year, v.value
            from indicator_value v join import_value t
              on v.movement_id = :m and v.indicator_code = t.indicator_code
             and v.organization_id = t.organization_id and v.year = t.year
            for update of v
            """)
        .param("m", m.id())
        .query(rs -> {
          before.put(
              rs.getLong(1) + "|" + rs.getString(2) + "|" + rs.getInt(3), rs.getBigDecimal(4));
        });
    List<Long> ids =
        jdbc.sql(
                """
                insert into indicator_value (movement_id, indicator_code, organization_id, unit_code, path, year, value, note, created_by, updated_by)
                select :m, indicator_code, organization_id, unit_code, path, year, value, note, :who, :who
                from import_value
                on conflict (movement_id, indicator_code, organization_id, year) do update
                  set value = excluded.value, note = excluded.note, source = null,
                      version = indicator_value.version + 1,
                      updated_at = now(), updated_by = excluded.updated_by
                returning id
                """)
            .param("m", m.id())
            .param("who", actor.getUsername())
            .query(Long.class)
            .list();
    // The totals' changes, summed per indicator, year and the organisation's unit.
    record TotalKey(String code, int year, String unitCode) {}
    Map<TotalKey, BigDecimal> deltas = new LinkedHashMap<>();
    Map<TotalKey, Integer> newReports = new HashMap<>();
    for (Entry e : entries) {
      BigDecimal old = before.get(e.org().id() + "|" + e.code() + "|" + e.year());
      TotalKey k = new TotalKey(e.code(), e.year(), e.org().unitCode());
      deltas.merge(k, old == null ? e.value() : e.value().subtract(old), BigDecimal::add);
      newReports.merge(k, old == null ? 1 : 0, Integer::sum);
    }
    for (Map.Entry<TotalKey, BigDecimal> d : deltas.entrySet()) {
      TotalKey k = d.getKey();
      addToTotals(m.id(), k.code(), k.year(), k.unitCode(), d.getValue(), newReports.get(k));
    }
    Map<String, Object> entry = new LinkedHashMap<>();
    entry.put("table", "indicator_value");
    entry.put("written", entries.size());
    entry.put("created", entries.size() - before.size());
    entry.put("updated", before.size());
    entry.put("ids", vn.thidua.kernel.BulkCopy.idRanges(ids));
    entry.put("by", actor.getUsername());
    audit.record("indicator-value.import", "movement", m.id(), null, entry);
  }

  private ImportError error(
      Spreadsheets.SheetRow row, int column, List<String> headers, String key, Object... args) {
    return cellError(messages, row.number(), column, headers, key, args);
  }

  /**
   * The organisation the first column of an import's row names by its code: active and one the
   * actor records values for; else the cell's error is added and the answer is null.
   */
  static OrganizationView organizationCell(
      Actor actor,
      Spreadsheets.SheetRow row,
      List<String> headers,
      Map<Long, Optional<OrganizationView>> cache,
      OrganizationDirectory organizations,
      MessageSource messages,
      List<ImportError> errors) {
    String text = row.cell(0).text().replace(".", "").trim();
    if (text.isEmpty()) {
      errors.add(cellError(messages, row.number(), 0, headers, "import.required"));
      return null;
    }
    long id;
    try {
      id = Long.parseLong(text);
    } catch (NumberFormatException e) {
      errors.add(
          cellError(messages, row.number(), 0, headers, "import.not-a-number", row.cell(0).text()));
      return null;
    }
    OrganizationView org =
        cache
            .computeIfAbsent(id, organizations::organization)
            .filter(OrganizationView::active)
            .orElse(null);
    if (org == null) {
      errors.add(
          cellError(messages, row.number(), 0, headers, "import.organization-unknown", text));
      return null;
    }
    if (!actor.may(Permission.RECORD_VALUES, org.path())) {
      errors.add(
          cellError(
              messages, row.number(), 0, headers, "import.organization-out-of-scope", org.name()));
      return null;
    }
    return org;
  }

  /**
   * An import's error in a cell: "Dòng n, cột X (header): message", the one wording of this
   * module's imports.
   */
  static ImportError cellError(
      MessageSource messages,
      int row,
      int column,
      List<String> headers,
      String key,
      Object... args) {
    String letter = Spreadsheets.columnLetter(column);
    String message = messages.getMessage(key, args, key, VI);
    return new ImportError(
        row,
        letter,
        headers.get(column),
        messages.getMessage(
            "import.cell-error",
            new Object[] {row, letter, headers.get(column), message},
            "import.cell-error",
            VI));
  }

  private String msg(String key, Object... args) {
    return messages.getMessage(key, args, key, VI);
  }

  /** 150 rather than 150.0000 or 1.5E+2. */
  static BigDecimal tidy(BigDecimal v) {
    if (v == null) {
      return null;
    }
    BigDecimal t = v.stripTrailingZeros();
    return t.scale() < 0 ? t.setScale(0) : t;
  }
}
