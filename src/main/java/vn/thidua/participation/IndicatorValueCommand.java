package vn.thidua.participation;

import java.math.BigDecimal;

/**
 * Sets a unit's value of an indicator for a year; {@code confirmed} when the person has confirmed a
 * value more than ten times last year's or the target.
 */
public record IndicatorValueCommand(
    Long organizationId,
    String indicatorCode,
    Integer year,
    BigDecimal value,
    String note,
    Boolean confirmed) {

  public IndicatorValueCommand(
      Long organizationId, String indicatorCode, Integer year, BigDecimal value, String note) {
    this(organizationId, indicatorCode, year, value, note, null);
  }

  public boolean isConfirmed() {
    return Boolean.TRUE.equals(confirmed);
  }
}
