package vn.thidua.participation.domain;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.thidua.kernel.BusinessRuleViolation;
import vn.thidua.kernel.NotFound;
import vn.thidua.kernel.VietnameseDates;
import vn.thidua.movement.MovementView;
import vn.thidua.movement.PlanDocument;
import vn.thidua.movement.Plans;
import vn.thidua.organization.Actor;
import vn.thidua.organization.AdministrativeLevel;
import vn.thidua.organization.Permission;
import vn.thidua.organization.UnitDirectory;
import vn.thidua.participation.DashboardView;
import vn.thidua.participation.DashboardView.Cell;
import vn.thidua.participation.DashboardView.Change;
import vn.thidua.participation.DashboardView.IndicatorProgress;
import vn.thidua.participation.DashboardView.PartKind;
import vn.thidua.participation.DashboardView.PartProgress;
import vn.thidua.participation.DashboardView.Place;

/**
 * Dashboards of a plan: progress against the targets over a unit and its child units, read from the
 * kept totals ({@code indicator_total}) in one query; a commune's organisations from their own
 * values; and what changed since the user's last visit.
 */
@Service
public class DashboardService {

  /** How many changes since the last visit a dashboard lists. */
  static final int CHANGES_SHOWN = 50;

  private final JdbcClient jdbc;
  private final Plans plans;
  private final UnitDirectory units;
  private final Clock clock;

  DashboardService(JdbcClient jdbc, Plans plans, UnitDirectory units, Clock clock) {
    this.jdbc = jdbc;
    this.plans = plans;
    this.units = units;
    this.clock = clock;
  }

  /** How many dashboards (plan, year, unit and totals version) the cache keeps. */
  static final int CACHED = 2_000;

  /** Parts per page of the compact answer when the request names no size; the most it allows. */
  public static final int PAGE_SIZE = 50;

  public static final int MAX_PAGE_SIZE = 200;

  /**
   * The dashboard of a plan for a year over a unit (the plan's own unit when null, or the actor's
   * unit inside it). {@code recordVisit} stores now as the user's last visit of this dashboard
   * after reading the previous one (the page does; the API only reads).
   */
  @Transactional
  public DashboardView dashboard(
      Actor actor, long planId, Integer year, String unitCode, boolean recordVisit) {
    Opened o = open(actor, planId, year, unitCode, recordVisit);
    return answer(o, Shape.FULL);
  }

  /** What of the parts an answer carries: all with their cells, or a page of tiles. */
  public record Shape(boolean cells, int page, Integer size) {
    public static final Shape FULL = new Shape(true, 0, null);

    /**
     * Checks a request's page and size (a page from 0, a size from 1 to {@link #MAX_PAGE_SIZE}).
     */
    public static Shape of(String view, Integer page, Integer size) {
      boolean tiles;
      if (view == null || view.isBlank() || view.strip().equals("full")) {
        tiles = false;
      } else if (view.strip().equals("tiles")) {
        tiles = true;
      } else {
        throw BusinessRuleViolation.onField("view", "dashboard.view-unknown", view.strip());
      }
      if (page != null && page < 0) {
        throw BusinessRuleViolation.onField("page", "dashboard.page-invalid", page);
      }
      if (size != null && (size < 1 || size > MAX_PAGE_SIZE)) {
        throw BusinessRuleViolation.onField("size", "dashboard.size-invalid", size, MAX_PAGE_SIZE);
      }
      Integer s = size != null ? size : tiles || page != null ? Integer.valueOf(PAGE_SIZE) : null;
      return new Shape(!tiles, page == null ? 0 : page, s);
    }

    String tag() {
      return (cells ? "f" : "t") + page + "x" + (size == null ? "all" : size);
    }
  }

  /**
   * A dashboard request checked and located, before any figure is computed: the plan, year and unit
   * the actor may see, the version of their kept totals, and the actor's last visit. Its {@link
   * #etag()} names the answer, so a repeat view is told "not modified" without computing.
   */
  public record Opened(
      Actor actor,
      MovementView plan,
      int year,
      UnitDirectory.Unit unit,
      List<UnitDirectory.Unit> levels,
      List<PlanDocument.Indicator> indicators,
      long totalsVersion,
      Instant lastVisit) {

    /** The version of everything the answer shows to this actor, in the given shape. */
    public String etag(Shape shape) {
      return "\"d"
          + plan.id()
          + "."
          + plan.version()
          + "."
          + plan.currentVersion()
          + "-"
          + year
          + "-"
          + unit.code()
          + "-"
          + totalsVersion
          + "-"
          + actor.userId()
          + "."
          + Integer.toHexString(actor.scopesFor(Permission.VIEW_PLANS).hashCode())
          + "-"
          + (lastVisit == null ? "0" : Long.toString(lastVisit.toEpochMilli(), 36))
          + "-"
          + shape.tag()
          + "\"";
    }
  }

  /**
   * Checks and locates a dashboard request (the plan readable, the unit inside the plan and the
   * actor's scope) and reads the version of its totals and the actor's last visit: a few indexed
   * reads, no figure.
   */
  @Transactional
  public Opened open(Actor actor, long planId, Integer year, String unitCode, boolean recordVisit) {
    MovementView m =
        plans.readable(actor, planId).orElseThrow(() -> new NotFound("movement.not-found"));
    int y = yearOf(m, year);
    String planPath = plans.lineage(planId).getFirst().unitPath();
    UnitDirectory.Unit unit = resolveUnit(actor, m, planPath, unitCode);
    if (actor.scopesFor(Permission.VIEW_PLANS).stream().noneMatch(unit.path()::startsWith)) {
      throw new AccessDeniedException("error.forbidden");
    }
    List<PlanDocument.Indicator> indicators = indicators(m);

    List<UnitDirectory.Unit> levels = chain(m.unitCode(), unit);
    if (recordVisit) {
      long version = totalsVersion(planId, y, unit.code());
      Instant lastVisit = lastVisit(actor, planId, unit.code(), true);
      return new Opened(actor, m, y, unit, levels, indicators, version, lastVisit);
    }
    // A read only: the version of the totals and the last visit in one round trip.
    record VersionAndVisit(long version, Instant visit) {}
    VersionAndVisit vv =
        jdbc.sql(DashboardQueries.VERSION_AND_VISIT)
            .params(List.of(planId, y, unit.code(), actor.userId(), planId, unit.code()))
            .query((rs, i) -> {
              Timestamp t = rs.getTimestamp(2);
              return new VersionAndVisit(rs.getLong(1), t == null ? null : t.toInstant());
            })
            .single();
    return new Opened(actor, m, y, unit, levels, indicators, vv.version(), vv.visit());
  }

  /**
   * The version of a plan's totals for a year over a unit: the sum of the revisions of the unit's
   * kept totals, which moves whenever a value inside the unit is entered, on any instance.
   */
  private long totalsVersion(long planId, int year, String unitCode) {
    return jdbc.sql(DashboardQueries.TOTALS_VERSION)
        .params(List.of(planId, year, unitCode))
        .query(Long.class)
        .single();
  }

  /** What a dashboard shows to everyone, kept per plan, year, unit and version of the totals. */
  record Figures(
      List<IndicatorProgress> rows,
      PartKind kind,
      List<PartProgress> parts,
      List<DashboardView.ThemeProgress> themes,
      List<Place> children) {}

  private final java.util.concurrent.ConcurrentMap<String, Figures> figures =
      new java.util.concurrent.ConcurrentHashMap<>();

  /** The answer of an opened request: the figures (computed once per version), then the actor's. */
  @Transactional
  public DashboardView answer(Opened o, Shape shape) {
    MovementView m = o.plan();
    String key =
        m.id()
            + ":"
            + m.version()
            + ":"
            + m.currentVersion()
            + ":"
            + o.year()
            + ":"
            + o.unit().code()
            + ":"
            + o.totalsVersion();
    Figures f = figures.get(key);
    if (f == null) {
      f = figures(o);
      if (figures.size() >= CACHED) {
        figures.clear();
      }
      figures.put(key, f);
    }
    List<Change> changes =
        o.lastVisit() == null
            ? List.of()
            : changes(m.id(), o.unit(), o.year(), o.lastVisit(), o.indicators());

    // The filter offers the levels the actor may see (a commune's office: not the city above it).
    List<String> scopes = o.actor().scopesFor(Permission.VIEW_PLANS);
    List<Place> places = new ArrayList<>();
    o.levels().stream()
        .filter(u -> scopes.stream().anyMatch(u.path()::startsWith))
        .forEach(u -> places.add(place(u)));
    places.addAll(f.children());

    List<PartProgress> parts = f.parts();
    int total = parts.size();
    int size = shape.size() == null ? Math.max(total, 1) : shape.size();
    if (shape.size() != null) {
      int from = (int) Math.min((long) shape.page() * size, total);
      parts = parts.subList(from, Math.min(total, from + size));
    }
    if (!shape.cells()) {
      parts =
          parts.stream()
              .map(p ->
                  new PartProgress(
                      p.code(), p.name(), p.reporting(), p.percent(), p.band(), List.of()))
              .toList();
    }
    return new DashboardView(
        m.id(),
        m.reference(),
        m.title() != null ? m.title() : m.name(),
        m.unitCode(),
        o.year(),
        years(m, o.year()),
        place(o.unit()),
        places,
        f.rows(),
        f.kind(),
        parts,
        o.lastVisit(),
        changes,
        f.themes(),
        total,
        shape.page(),
        size);
  }

  /** The figures of a dashboard from the kept totals (a commune's organisations: their values). */
  private Figures figures(Opened o) {
    MovementView m = o.plan();
    long planId = m.id();
    int y = o.year();
    UnitDirectory.Unit unit = o.unit();
    List<UnitDirectory.Unit> levels = o.levels();
    int divisor = 1;
    for (int i = 1; i < levels.size(); i++) {
      divisor *= Math.max(1, units.childrenOf(levels.get(i - 1).code()).size());
    }
    List<UnitDirectory.Unit> children =
        unit.level() == AdministrativeLevel.COMMUNE ? List.of() : units.childrenOf(unit.code());
    List<PlanDocument.Indicator> indicators = o.indicators();
    List<String> codes = new ArrayList<>();
    codes.add(unit.code());
    children.forEach(c -> codes.add(c.code()));
    Map<String, Map<String, Figure>> totals = totals(planId, y, codes);

    Map<String, Figure> own = totals.getOrDefault(unit.code(), Map.of());
    List<IndicatorProgress> rows = new ArrayList<>();
    for (PlanDocument.Indicator i : indicators) {
      Figure f = own.getOrDefault(i.code(), Figure.NONE);
      BigDecimal target = Progress.share(i, i.targets().get(y), divisor);
      BigDecimal value = Progress.compared(i, f.total(), f.reporting());
      Integer percent = Progress.percent(i.direction(), value, target);
      rows.add(
          new IndicatorProgress(
              i.code(),
              i.name(),
              i.unit(),
              direction(i).name(),
              target == null ? null : target.stripTrailingZeros(),
              f.total().stripTrailingZeros(),
              f.reporting(),
              value == null ? null : value.stripTrailingZeros(),
              percent,
              Progress.Band.of(percent).name()));
    }

    PartKind kind;
    List<PartProgress> parts = new ArrayList<>();
    if (!children.isEmpty()) {
      kind = PartKind.UNIT;
      for (UnitDirectory.Unit c : children) {
        parts.add(
            part(
                c.code(),
                c.name(),
                totals.getOrDefault(c.code(), Map.of()),
                indicators,
                y,
                divisor * children.size()));
      }
    } else {
      kind = PartKind.ORGANIZATION;
      parts.addAll(organizations(planId, unit, y, indicators, divisor));
    }
    return new Figures(
        List.copyOf(rows),
        kind,
        List.copyOf(parts),
        List.copyOf(themes(plans.currentDocument(m.id()), indicators, rows)),
        children.stream().map(DashboardService::place).toList());
  }

  /** Progress per theme of the plan, from the indicators tied to a theme. */
  static List<DashboardView.ThemeProgress> themes(
      PlanDocument doc, List<PlanDocument.Indicator> indicators, List<IndicatorProgress> rows) {
    List<DashboardView.ThemeProgress> out = new ArrayList<>();
    for (int t = 1; t <= doc.themes().size(); t++) {
      int count = 0;
      int withTarget = 0;
      int sum = 0;
      for (int k = 0; k < indicators.size() && k < rows.size(); k++) {
        if (indicators.get(k).theme() != null && indicators.get(k).theme() == t) {
          count++;
          Integer p = rows.get(k).percent();
          if (p != null) {
            withTarget++;
            sum += Math.min(100, p);
          }
        }
      }
      if (count == 0) {
        continue;
      }
      Integer percent = withTarget == 0 ? null : Math.round((float) sum / withTarget);
      out.add(
          new DashboardView.ThemeProgress(
              t,
              doc.themes().get(t - 1).title(),
              count,
              percent,
              Progress.Band.of(percent).name()));
    }
    return out;
  }

  /**
   * The plan's indicators, kept per plan, document version and row version (any change of the plan
   * moves one of them), so that a page view does not read and parse the document again.
   */
  private final java.util.concurrent.ConcurrentMap<String, List<PlanDocument.Indicator>>
      indicatorsByVersion = new java.util.concurrent.ConcurrentHashMap<>();

  private List<PlanDocument.Indicator> indicators(MovementView m) {
    if (indicatorsByVersion.size() > 10_000) {
      indicatorsByVersion.clear();
    }
    return indicatorsByVersion.computeIfAbsent(
        m.id() + ":" + m.currentVersion() + ":" + m.version(),
        k ->
            plans.currentDocument(m.id()).indicators().stream()
                .filter(i -> i.code() != null)
                .toList());
  }

  /** A sum and how many organisations reported it. */
  record Figure(BigDecimal total, int reporting) {
    static final Figure NONE = new Figure(BigDecimal.ZERO, 0);
  }

  private static PlanDocument.Direction direction(PlanDocument.Indicator i) {
    return i.direction() == null ? PlanDocument.Direction.INCREASE : i.direction();
  }

  private static Place place(UnitDirectory.Unit u) {
    return new Place(u.code(), u.name(), u.level().name());
  }

  private PartProgress part(
      String code,
      String name,
      Map<String, Figure> figures,
      List<PlanDocument.Indicator> indicators,
      int year,
      int parts) {
    List<Cell> cells = new ArrayList<>();
    List<Integer> percents = new ArrayList<>();
    int reporting = 0;
    for (PlanDocument.Indicator i : indicators) {
      Figure f = figures.getOrDefault(i.code(), Figure.NONE);
      BigDecimal target = Progress.share(i, i.targets().get(year), parts);
      Integer percent =
          Progress.percent(direction(i), Progress.compared(i, f.total(), f.reporting()), target);
      percents.add(percent);
      reporting = Math.max(reporting, f.reporting());
      cells.add(new Cell(i.code(), f.total().stripTrailingZeros(), f.reporting(), percent));
    }
    Integer mean = Progress.mean(percents);
    return new PartProgress(code, name, reporting, mean, Progress.Band.of(mean).name(), cells);
  }

  /** The kept totals of a plan and year over the given units, in one indexed read. */
  private Map<String, Map<String, Figure>> totals(long planId, int year, List<String> unitCodes) {
    Map<String, Map<String, Figure>> out = new HashMap<>();
    jdbc.sql(DashboardQueries.totals(unitCodes.size()))
        .params(DashboardQueries.totalsParams(planId, year, unitCodes))
        .query(rs -> {
          out.computeIfAbsent(rs.getString(1), k -> new HashMap<>())
              .put(rs.getString(2), new Figure(rs.getBigDecimal(3), rs.getInt(4)));
        });
    return out;
  }

  /**
   * A commune's organisations, from their values under this plan and the plans derived from it over
   * the commune (a few hundred rows at most).
   */
  private List<PartProgress> organizations(
      long planId,
      UnitDirectory.Unit commune,
      int year,
      List<PlanDocument.Indicator> indicators,
      int divisor) {
    List<Long> movements =
        plans.derivedOver(planId, commune.path()).stream().map(Plans.Lineage::movementId).toList();
    Map<Long, String> names = new LinkedHashMap<>();
    Map<Long, Map<String, Figure>> figures = new HashMap<>();
    jdbc.sql(
            """
            select v.organization_id, o.name, v.indicator_code, v.value
            from indicator_value v join organization o on o.id = v.organization_id
            where v.movement_id in (:m) and v.year = :y and v.path like :p
            order by o.sort_key, v.organization_id
            """)
        .param("m", movements)
        .param("y", year)
        .param("p", commune.path() + "%")
        .query(rs -> {
          long org = rs.getLong(1);
          names.putIfAbsent(org, rs.getString(2));
          figures
              .computeIfAbsent(org, k -> new HashMap<>())
              .merge(
                  rs.getString(3),
                  new Figure(rs.getBigDecimal(4), 1),
                  (a, b) -> new Figure(a.total().add(b.total()), 1));
        });
    List<PartProgress> out = new ArrayList<>();
    int parts = divisor * Math.max(1, names.size());
    names.forEach((id, name) ->
        out.add(part(String.valueOf(id), name, figures.get(id), indicators, year, parts)));
    return out;
  }

  private Instant lastVisit(Actor actor, long planId, String unitCode, boolean record) {
    Instant previous =
        jdbc.sql(DashboardQueries.LAST_VISIT)
            .params(List.of(actor.userId(), planId, unitCode))
            .query(Timestamp.class)
            .optional()
            .map(Timestamp::toInstant)
            .orElse(null);
    if (record) {
      jdbc.sql(DashboardQueries.RECORD_VISIT)
          .params(List.of(actor.userId(), planId, unitCode, Timestamp.from(clock.instant())))
          .update();
    }
    return previous;
  }

  /**
   * Values of the year inside the unit changed after {@code since}, newest first, that count in
   * this plan's totals (entered under it or a plan derived from it).
   */
  private List<Change> changes(
      long planId,
      UnitDirectory.Unit unit,
      int year,
      Instant since,
      List<PlanDocument.Indicator> indicators) {
    Map<String, String> names =
        indicators.stream()
            .collect(
                Collectors.toMap(
                    PlanDocument.Indicator::code,
                    i -> i.name() == null ? i.code() : i.name(),
                    (a, b) -> a));
    List<Change> out = new ArrayList<>();
    Map<Long, Boolean> counts = new HashMap<>();
    jdbc.sql(DashboardQueries.CHANGES)
        .params(List.of(year, Timestamp.from(since), unit.path() + "%"))
        .query(rs -> {
          long movement = rs.getLong(1);
          boolean counted =
              counts.computeIfAbsent(
                  movement, k -> plans.lineage(k).stream().anyMatch(l -> l.movementId() == planId));
          if (counted && out.size() < CHANGES_SHOWN) {
            String code = rs.getString(4);
            out.add(
                new Change(
                    rs.getLong(2),
                    rs.getString(3),
                    code,
                    names.getOrDefault(code, code),
                    rs.getBigDecimal(5).stripTrailingZeros(),
                    rs.getTimestamp(6).toInstant(),
                    rs.getString(7)));
          }
        });
    return out;
  }

  /**
   * The unit asked for (inside the plan's unit), else the plan's unit when the actor covers it,
   * else the actor's own unit inside the plan's.
   */
  private UnitDirectory.Unit resolveUnit(
      Actor actor, MovementView m, String planPath, String unitCode) {
    if (unitCode != null && !unitCode.isBlank()) {
      UnitDirectory.Unit unit =
          unit(unitCode.strip()).orElseThrow(() -> new NotFound("unit.not-found"));
      if (!unit.path().startsWith(planPath)) {
        throw BusinessRuleViolation.onField("unit", "dashboard.unit-outside", unit.name());
      }
      return unit;
    }
    UnitDirectory.Unit own = unit(m.unitCode()).orElseThrow(() -> new NotFound("unit.not-found"));
    Set<String> scopes = Set.copyOf(actor.scopesFor(Permission.VIEW_PLANS));
    if (scopes.stream().anyMatch(own.path()::startsWith)) {
      return own;
    }
    for (String scope : scopes) {
      if (!scope.startsWith(planPath)) {
        continue;
      }
      String[] segments = scope.split("/");
      for (int i = segments.length - 1; i > 0; i--) {
        var unit = unit(segments[i]).filter(u -> scope.startsWith(u.path()));
        if (unit.isPresent()) {
          return unit.get();
        }
      }
    }
    return own;
  }

  /**
   * Administrative units by code, kept once read: the official units are only ever inserted (never
   * renamed, moved or deleted), so a warm dashboard view reads none of them again.
   */
  private final java.util.concurrent.ConcurrentMap<String, UnitDirectory.Unit> unitsByCode =
      new java.util.concurrent.ConcurrentHashMap<>();

  private java.util.Optional<UnitDirectory.Unit> unit(String code) {
    UnitDirectory.Unit known = unitsByCode.get(code);
    if (known != null) {
      return java.util.Optional.of(known);
    }
    java.util.Optional<UnitDirectory.Unit> read = units.unit(code);
    read.ifPresent(u -> {
      if (unitsByCode.size() < 10_000) {
        unitsByCode.put(code, u);
      }
    });
    return read;
  }

  /** The units from the plan's unit down to {@code unit}, both included. */
  private List<UnitDirectory.Unit> chain(String planUnit, UnitDirectory.Unit unit) {
    List<UnitDirectory.Unit> chain = new ArrayList<>();
    UnitDirectory.Unit u = unit;
    while (u != null) {
      chain.addFirst(u);
      if (u.code().equals(planUnit) || u.parentCode() == null) {
        break;
      }
      u = unit(u.parentCode()).orElse(null);
    }
    return chain;
  }

  private int yearOf(MovementView m, Integer year) {
    if (year != null) {
      if ((m.periodFrom() != null && year < m.periodFrom())
          || (m.periodTo() != null && year > m.periodTo())) {
        throw BusinessRuleViolation.onField(
            "year", "values.year-outside", year, m.periodFrom(), m.periodTo());
      }
      return year;
    }
    int now = LocalDate.now(clock.withZone(VietnameseDates.ZONE)).getYear();
    if (m.periodFrom() != null && now < m.periodFrom()) {
      return m.periodFrom();
    }
    if (m.periodTo() != null && now > m.periodTo()) {
      return m.periodTo();
    }
    return now;
  }

  private static List<Integer> years(MovementView m, int year) {
    List<Integer> years = new ArrayList<>();
    if (m.periodFrom() != null && m.periodTo() != null) {
      for (int y = m.periodFrom(); y <= m.periodTo(); y++) {
        years.add(y);
      }
    } else {
      years.add(year);
    }
    return years;
  }
}
