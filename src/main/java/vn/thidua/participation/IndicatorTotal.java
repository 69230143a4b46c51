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
    BigDecimal target) {

  /** The total as Vietnamese write it (1.234,5). */
  public String totalText() {
    return vn.thidua.kernel.VietnameseNumbers.format(total);
  }

  public String targetText() {
    return vn.thidua.kernel.VietnameseNumbers.format(target);
  }
}
