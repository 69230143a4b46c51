package vn.thidua.participation;

import java.math.BigDecimal;

/** A unit's value of an indicator for a year. */
public record IndicatorValueView(
    long id,
    long movementId,
    String indicatorCode,
    long organizationId,
    String organizationName,
    int year,
    BigDecimal value,
    String note,
    long version) {}
