package vn.thidua.statistics.domain;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.thidua.commendation.Honours;
import vn.thidua.kernel.NotFound;
import vn.thidua.movement.Plans;
import vn.thidua.organization.Actor;
import vn.thidua.organization.UnitDirectory;
import vn.thidua.statistics.FormTable;

/**
 * Computes a statistics form for a level (an administrative unit and everything below it) and a
 * year: each fact (a launched movement, an award, a body, a civil servant) becomes a set of
 * attributes; a cell counts the facts that match its row and its column as the form's data says.
 */
@Service
public class StatisticsService {

  private final FormCatalogue catalogue;
  private final Plans plans;
  private final Honours honours;
  private final UnitDirectory units;
  private final JdbcClient jdbc;

  StatisticsService(
      FormCatalogue catalogue, Plans plans, Honours honours, UnitDirectory units, JdbcClient jdbc) {
    this.catalogue = catalogue;
    this.plans = plans;
    this.honours = honours;
    this.units = units;
    this.jdbc = jdbc;
  }

  /**
   * The administrative unit of a scope path ("/VN/31/10816/o1001/" → "10816"): its last part that
   * is not an organisation; "VN" for the nation.
   */
  public static String unitCodeOf(String scopePath) {
    String[] parts = scopePath.split("/");
    for (int i = parts.length - 1; i >= 0; i--) {
      if (!parts[i].isEmpty() && !parts[i].startsWith("o")) {
        return parts[i];
      }
    }
    return "VN";
  }

  /** The unit if the actor may read its statistics (it lies in or above the actor's scope). */
  public UnitDirectory.Unit readableUnit(Actor actor, String unitCode) {
    UnitDirectory.Unit u =
        units
            .unit(unitCode == null ? "" : unitCode.strip())
            .orElseThrow(() -> new NotFound("error.not-found"));
    if (!actor.reaches(u.path())) {
      throw new NotFound("error.not-found");
    }
    return u;
  }

  @Transactional(readOnly = true)
  public FormTable compute(UnitDirectory.Unit unit, int year, String code) {
    FormCatalogue.Version version = catalogue.version(year);
    FormCatalogue.Form form = catalogue.form(year, code);
    List<Map<String, String>> facts =
        facts(form.source(), unit.path(), year).stream()
            .filter(f -> matches(form.filter(), f))
            .toList();
    List<List<Integer>> cells = new ArrayList<>();
    for (FormCatalogue.Line row : form.rows()) {
      List<Integer> line = new ArrayList<>();
      for (FormCatalogue.Line column : form.columns()) {
        if (Boolean.TRUE.equals(row.heading())) {
          line.add(null);
          continue;
        }
        int n = 0;
        for (Map<String, String> f : facts) {
          if (matches(row.match(), f) && matches(column.match(), f)) {
            n++;
          }
        }
        line.add(n);
      }
      cells.add(line);
    }
    return new FormTable(
        version.circular(),
        form.code(),
        form.symbol(),
        form.title(),
        form.unit(),
        unit.code(),
        unit.name(),
        year,
        form.rows().stream().map(StatisticsService::line).toList(),
        form.columns().stream().map(StatisticsService::line).toList(),
        cells);
  }

  /** The codes of the forms in force for a year. */
  public List<FormCatalogue.Form> forms(int year) {
    return catalogue.version(year).forms();
  }

  public FormCatalogue.Version version(int year) {
    return catalogue.version(year);
  }

  private static FormTable.Line line(FormCatalogue.Line l) {
    return new FormTable.Line(l.code(), l.label(), l.group(), l.indent(), l.heading());
  }

  /**
   * Whether a fact has, for every key of the match, one of the values listed ("X*": starting with
   * X). An empty match takes everything.
   */
  static boolean matches(Map<String, List<String>> match, Map<String, String> fact) {
    if (match == null) {
      return true;
    }
    for (Map.Entry<String, List<String>> e : match.entrySet()) {
      String v = fact.get(e.getKey());
      if (v == null) {
        return false;
      }
      boolean any = false;
      for (String allowed : e.getValue()) {
        if (allowed.endsWith("*")
            ? v.startsWith(allowed.substring(0, allowed.length() - 1))
            : v.equals(allowed)) {
          any = true;
          break;
        }
      }
      if (!any) {
        return false;
      }
    }
    return true;
  }

  private List<Map<String, String>> facts(String source, String path, int year) {
    return switch (source) {
      case "MOVEMENTS" ->
          plans.launched(path, year).stream()
              .map(m ->
                  Map.of(
                      "level", m.level().name(),
                      "owner", m.organizationPlan() ? "ORGANIZATION" : "UNIT",
                      "scope", m.scopeClass(),
                      "duration", m.durationClass(),
                      "method", m.organizingMethod()))
              .toList();
      case "AWARDS" ->
          honours.facts(path, year).stream()
              .map(a -> {
                Map<String, String> f = new HashMap<>();
                f.put("award", a.award());
                f.put("subjectKind", a.subjectKind());
                f.put("decidingLevel", a.decidingLevel());
                f.put("proposingLevel", a.proposingLevel());
                f.put("nomineeClass", a.nomineeClass());
                f.put("rewardKind", a.rewardKind());
                f.values().removeIf(java.util.Objects::isNull);
                return f;
              })
              .toList();
      case "BODIES" ->
          jdbc.sql(
                  """
                  select u.level, b.dedicated from emulation_body b
                  join administrative_unit u on u.code = b.unit_code
                  where b.path like :p and b.from_year <= :y and (b.to_year is null or b.to_year >= :y)
                  """)
              .param("p", path + "%")
              .param("y", year)
              .query((rs, i) ->
                  Map.of(
                      "level", rs.getString(1),
                      "dedicated", Boolean.toString(rs.getBoolean(2))))
              .list();
      case "OFFICERS" ->
          jdbc.sql(
                  """
                  select u.level, o.female, o.dedicated, o.birth_year, o.training, o.started_year
                  from emulation_officer o join emulation_body b on b.id = o.body_id
                  join administrative_unit u on u.code = b.unit_code
                  where b.path like :p and o.from_year <= :y and (o.to_year is null or o.to_year >= :y)
                  """)
              .param("p", path + "%")
              .param("y", year)
              .query((rs, i) ->
                  Map.of(
                      "level", rs.getString(1),
                      "female", Boolean.toString(rs.getBoolean(2)),
                      "dedicated", Boolean.toString(rs.getBoolean(3)),
                      "age", ageBand(year - rs.getInt(4)),
                      "training", rs.getString(5),
                      "seniority", seniorityBand(year - rs.getInt(6))))
              .list();
      default -> throw new IllegalStateException("unknown source " + source);
    };
  }

  /** Age on 31 December of the year judged, in the bands of form 0605. */
  static String ageBand(int age) {
    if (age < 30) {
      return "U30";
    }
    if (age < 40) {
      return "30_39";
    }
    if (age < 50) {
      return "40_49";
    }
    return age < 60 ? "50_59" : "60UP";
  }

  /** Years in emulation work at the end of the year judged, in the bands of form 0605. */
  static String seniorityBand(int years) {
    if (years < 5) {
      return "U5";
    }
    if (years < 10) {
      return "5_10";
    }
    return years < 20 ? "10_20" : "20UP";
  }
}
