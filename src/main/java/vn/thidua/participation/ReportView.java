package vn.thidua.participation;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A periodic report: a unit's annual report to the standing office, or the level's aggregated
 * report sent up (organisation absent: the plan's administrative unit reports).
 */
public record ReportView(
    long id,
    long movementId,
    Kind kind,
    Long organizationId,
    String reporterName,
    String unitCode,
    int year,
    LocalDate dueOn,
    Status status,
    List<Narrative> narrative,
    boolean late,
    String reason,
    Instant submittedAt,
    long version,
    List<Attachment> attachments) {

  /** A unit's report, or the aggregated report of a level. */
  public enum Kind {
    UNIT,
    ROLLUP
  }

  /** DRAFT → SUBMITTED → ACCEPTED, or SUBMITTED → RETURNED (reason) → SUBMITTED. */
  public enum Status {
    DRAFT,
    SUBMITTED,
    ACCEPTED,
    RETURNED
  }

  /** What the report says about one theme of the plan. */
  public record Narrative(String theme, String text) {}

  /** An evidence file. */
  public record Attachment(long id, String fileName, String contentType, int sizeBytes) {}

  /** One indicator's figure in a report, with the year's target. */
  public record Figure(
      String code,
      String name,
      String unit,
      BigDecimal value,
      BigDecimal target,
      int reporting,
      String provenance,
      BigDecimal computed) {

    /** A figure without provenance (typed, or a total). */
    public Figure(
        String code, String name, String unit, BigDecimal value, BigDecimal target, int reporting) {
      this(code, name, unit, value, target, reporting, null, null);
    }

    /**
     * The value came from a computation or another system and still stands: its note says where
     * from ("Tự tính: …", "Nguồn: …").
     */
    public boolean fromRecords() {
      return provenance != null;
    }

    /** A person's entry overrode a computed or imported figure, kept beside it. */
    public boolean overridden() {
      return provenance == null && computed != null;
    }

    public String computedText() {
      return vn.thidua.kernel.VietnameseNumbers.format(computed);
    }

    /** The value as Vietnamese write it (1.234,5), empty when none was entered. */
    public String valueText() {
      return vn.thidua.kernel.VietnameseNumbers.format(value);
    }

    public String targetText() {
      return vn.thidua.kernel.VietnameseNumbers.format(target);
    }
  }

  /** The state of one unit on the report board. */
  public record BoardRow(
      long organizationId,
      String organizationName,
      Long reportId,
      Status status,
      boolean late,
      Instant submittedAt,
      boolean overdue,
      boolean mayReport) {}

  /** One commune (or province) as the level above sees it: its aggregated report and totals. */
  public record Child(
      long movementId,
      String unitCode,
      String unitName,
      Long rollupId,
      Status rollupStatus,
      boolean late,
      List<Figure> totals) {}

  public boolean open() {
    return status == Status.DRAFT || status == Status.RETURNED;
  }
}
