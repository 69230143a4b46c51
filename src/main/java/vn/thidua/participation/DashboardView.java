package vn.thidua.participation;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/**
 * A plan's dashboard for one year over one administrative unit: progress of every indicator against
 * its target, the same per child unit (communes of a province) or, for a commune, per organisation,
 * and the values changed since the user's last visit. Read from the kept totals.
 *
 * <p>{@code parts} is one page of {@code partsTotal} parts ({@code page} from 0, {@code pageSize}
 * per page); the whole list when the request asks for no page. In the compact form ({@code
 * view=tiles}) the parts carry no cells: only what the page's tiles show.
 */
public record DashboardView(
    long planId,
    String planReference,
    String planTitle,
    String planUnitCode,
    int year,
    List<Integer> years,
    Place unit,
    List<Place> levels,
    List<IndicatorProgress> indicators,
    PartKind partKind,
    List<PartProgress> parts,
    Instant lastVisit,
    List<Change> changes,
    List<ThemeProgress> themes,
    int partsTotal,
    int page,
    int pageSize) {

  /** A dashboard with every part on one page. */
  public DashboardView(
      long planId,
      String planReference,
      String planTitle,
      String planUnitCode,
      int year,
      List<Integer> years,
      Place unit,
      List<Place> levels,
      List<IndicatorProgress> indicators,
      PartKind partKind,
      List<PartProgress> parts,
      Instant lastVisit,
      List<Change> changes,
      List<ThemeProgress> themes) {
    this(
        planId,
        planReference,
        planTitle,
        planUnitCode,
        year,
        years,
        unit,
        levels,
        indicators,
        partKind,
        parts,
        lastVisit,
        changes,
        themes,
        parts.size(),
        0,
        Math.max(1, parts.size()));
  }

  /** A dashboard without progress by theme. */
  public DashboardView(
      long planId,
      String planReference,
      String planTitle,
      String planUnitCode,
      int year,
      List<Integer> years,
      Place unit,
      List<Place> levels,
      List<IndicatorProgress> indicators,
      PartKind partKind,
      List<PartProgress> parts,
      Instant lastVisit,
      List<Change> changes) {
    this(
        planId,
        planReference,
        planTitle,
        planUnitCode,
        year,
        years,
        unit,
        levels,
        indicators,
        partKind,
        parts,
        lastVisit,
        changes,
        List.of());
  }

  /**
   * Progress of one theme of the plan: how many of its indicators, the mean progress of those with
   * a target (each capped at 100%) and its band.
   */
  public record ThemeProgress(
      int number, String title, int indicators, Integer percent, String band) {}

  /** Whether the parts are administrative units (drill down) or the organisations of a commune. */
  public enum PartKind {
    UNIT,
    ORGANIZATION
  }

  /** An administrative unit the dashboard can be seen over. */
  public record Place(String code, String name, String level) {}

  /**
   * One indicator: the total of the values and how many organisations reported, the figure compared
   * (the total, or the average of a rate), the year's target, progress in percent and its band.
   */
  public record IndicatorProgress(
      String code,
      String name,
      String unit,
      String direction,
      BigDecimal target,
      BigDecimal total,
      int reporting,
      BigDecimal value,
      Integer percent,
      String band) {}

  /** One child unit or organisation: mean progress over the indicators with a target, per cell. */
  public record PartProgress(
      String code, String name, int reporting, Integer percent, String band, List<Cell> cells) {}

  /** An indicator's figure for one part. */
  public record Cell(String code, BigDecimal total, int reporting, Integer percent) {}

  /** An indicator value changed since the last visit. */
  public record Change(
      long organizationId,
      String organizationName,
      String indicatorCode,
      String indicatorName,
      BigDecimal value,
      Instant updatedAt,
      String updatedBy) {}
}
