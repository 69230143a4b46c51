package vn.thidua.participation;

import java.math.BigDecimal;

/** Sets a unit's value of an indicator for a year. */
public record IndicatorValueCommand(
    Long organizationId, String indicatorCode, Integer year, BigDecimal value, String note) {}
