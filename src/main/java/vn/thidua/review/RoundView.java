package vn.thidua.review;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A review round as its page shows it: the plan and level, the occasion and period, the forms open
 * with their quotas, the deadlines, who takes part, the frozen snapshot, the report and the state.
 */
public record RoundView(
    long id,
    long movementId,
    String planTitle,
    String unitCode,
    String unitName,
    String path,
    String occasion,
    Integer phase,
    int fromYear,
    int toYear,
    String title,
    List<String> forms,
    Map<String, Integer> quotas,
    LocalDate nominationsDue,
    LocalDate reportDue,
    String participants,
    Snapshot snapshot,
    Instant frozenAt,
    Report report,
    Status status,
    String reason,
    long version) {

  /** OPEN → REPORTED → RECEIVED → CLOSED (a report given back returns to OPEN). */
  public enum Status {
    OPEN,
    REPORTED,
    RECEIVED,
    CLOSED
  }

  /** Whether the office may still edit the report. */
  public boolean reportEditable() {
    return status == Status.OPEN;
  }

  /**
   * The period as it stood when the round opened: the plan's themes, every indicator's figure of
   * every year of the period, registrations and reports per year, the initiatives recognised and
   * the models published in the period.
   */
  public record Snapshot(
      List<String> themes,
      List<Figure> figures,
      List<Activity> activity,
      List<Initiative> initiatives,
      List<String> models,
      List<PeriodHonours.Count> honours) {

    /** A snapshot without the period's commendations (rounds frozen before they were kept). */
    public Snapshot(
        List<String> themes,
        List<Figure> figures,
        List<Activity> activity,
        List<Initiative> initiatives,
        List<String> models) {
      this(themes, figures, activity, initiatives, models, List.of());
    }

    public Snapshot {
      honours = honours == null ? List.of() : List.copyOf(honours);
      themes = themes == null ? List.of() : List.copyOf(themes);
      figures = figures == null ? List.of() : List.copyOf(figures);
      activity = activity == null ? List.of() : List.copyOf(activity);
      initiatives = initiatives == null ? List.of() : List.copyOf(initiatives);
      models = models == null ? List.of() : List.copyOf(models);
    }

    /** The figures of one year, by theme number (0: not tied to a theme), in plan order. */
    public Map<Integer, List<Figure>> byTheme(int year) {
      Map<Integer, List<Figure>> out = new LinkedHashMap<>();
      for (int t = 1; t <= themes.size(); t++) {
        out.put(t, new ArrayList<>());
      }
      for (Figure f : figures) {
        if (f.year() == year) {
          int t = f.theme() == null || f.theme() < 1 || f.theme() > themes.size() ? 0 : f.theme();
          out.computeIfAbsent(t, k -> new ArrayList<>()).add(f);
        }
      }
      out.values().removeIf(List::isEmpty);
      return out;
    }

    /** The title of a theme by its number, or null for 0. */
    public String themeTitle(int number) {
      return number < 1 || number > themes.size() ? null : themes.get(number - 1);
    }

    /** Mean progress of a theme's figures that have a target, in percent, or null. */
    public Integer themePercent(List<Figure> list) {
      int n = 0;
      int sum = 0;
      for (Figure f : list) {
        Integer p = f.percent();
        if (p != null) {
          n++;
          sum += Math.min(p, 100);
        }
      }
      return n == 0 ? null : Math.round((float) sum / n);
    }
  }

  /**
   * One indicator in one year: the total over the level's units, how many reported, the figure
   * compared with the target (a rate is the mean of the units' rates) and the target.
   */
  public record Figure(
      String code,
      String name,
      String unit,
      Integer theme,
      int year,
      BigDecimal total,
      int reporting,
      BigDecimal target) {

    /** The figure compared with the target: the total, or the mean of a rate. */
    public BigDecimal value() {
      if ("%".equals(unit) && reporting > 0) {
        return total
            .divide(BigDecimal.valueOf(reporting), 1, RoundingMode.HALF_UP)
            .stripTrailingZeros();
      }
      return total;
    }

    public String valueText() {
      return vn.thidua.kernel.VietnameseNumbers.format(value());
    }

    public String targetText() {
      return target == null ? "—" : vn.thidua.kernel.VietnameseNumbers.format(target);
    }

    /** Progress against the target in percent, or null without a target. */
    public Integer percent() {
      if (target == null || target.signum() == 0) {
        return null;
      }
      return value()
          .multiply(BigDecimal.valueOf(100))
          .divide(target, 0, RoundingMode.HALF_UP)
          .intValue();
    }
  }

  /** One year's registrations and unit reports sent, and of those the ones on time. */
  public record Activity(int year, int registrations, int reportsSent, int reportsOnTime) {}

  /** A recognised initiative of the period. */
  public record Initiative(String title, String unit, String scope, LocalDate decisionDate) {}

  /** The report's parts the office writes (the figures come from the snapshot). */
  public record Report(String overview, String difficulties, String lessons, String nextTasks) {}

  /** A figure whose value now differs from the frozen one. */
  public record Change(
      String code, String name, String unit, int year, BigDecimal frozen, BigDecimal now) {

    public String frozenText() {
      return vn.thidua.kernel.VietnameseNumbers.format(frozen);
    }

    public String nowText() {
      return vn.thidua.kernel.VietnameseNumbers.format(now);
    }
  }

  /** A round a plan's phases and the rulebook allow to open, as the form offers it. */
  public record Option(String key, String occasion, Integer phase, int fromYear, int toYear) {}
}
