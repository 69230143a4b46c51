package vn.thidua.participation;

import java.math.BigDecimal;

/**
 * The total of an indicator over every unit below an administrative unit, and how many reported.
 */
public record IndicatorTotal(
    String indicatorCode,
    String indicatorName,
    String unit,
    int year,
    BigDecimal total,
    int reporting,
    BigDecimal target) {}
