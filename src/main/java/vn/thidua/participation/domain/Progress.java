package vn.thidua.participation.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import vn.thidua.movement.PlanDocument;

/**
 * How far a total is from its target, as a plain policy (no Spring).
 *
 * <ul>
 *   <li>A rate (unit "%") is compared as the average of the reporting organisations; any other
 *       indicator as the sum of their values.
 *   <li>INCREASE: progress is value ÷ target. DECREASE: the target is a ceiling, so a value at or
 *       under it is 100 %, and above it progress is target ÷ value.
 *   <li>Below the plan's own unit a count target is shared equally among the child units (a
 *       province's 2,000 trees over 100 communes is 20 per commune); a rate target applies as it
 *       is.
 * </ul>
 */
public final class Progress {

  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

  private Progress() {}

  /** The colour bands of the tile view, each with a text label. */
  public enum Band {
    MET,
    ON_TRACK,
    BEHIND,
    FAR_BEHIND,
    NO_DATA;

    public static Band of(Integer percent) {
      if (percent == null) {
        return NO_DATA;
      }
      if (percent >= 100) {
        return MET;
      }
      if (percent >= 70) {
        return ON_TRACK;
      }
      if (percent >= 40) {
        return BEHIND;
      }
      return FAR_BEHIND;
    }
  }

  /** Whether the indicator is a rate, compared as an average. */
  public static boolean isRate(PlanDocument.Indicator indicator) {
    return indicator.unit() != null && indicator.unit().strip().equals("%");
  }

  /** The figure compared with the target: the total, or the average of a rate; null if none. */
  public static BigDecimal compared(
      PlanDocument.Indicator indicator, BigDecimal total, int reporting) {
    if (reporting <= 0) {
      return null;
    }
    if (isRate(indicator)) {
      return total.divide(BigDecimal.valueOf(reporting), 2, RoundingMode.HALF_UP);
    }
    return total;
  }

  /** The target of a part when the plan's target is shared among {@code parts} child units. */
  public static BigDecimal share(PlanDocument.Indicator indicator, BigDecimal target, int parts) {
    if (target == null || isRate(indicator) || parts <= 1) {
      return target;
    }
    return target.divide(BigDecimal.valueOf(parts), 4, RoundingMode.HALF_UP);
  }

  /** Progress in whole percent (may pass 100), or null without a value or a target. */
  public static Integer percent(
      PlanDocument.Direction direction, BigDecimal value, BigDecimal target) {
    if (value == null || target == null) {
      return null;
    }
    if (direction == PlanDocument.Direction.DECREASE) {
      if (value.compareTo(target) <= 0) {
        return 100;
      }
      return target.multiply(HUNDRED).divide(value, 0, RoundingMode.DOWN).intValue();
    }
    if (target.signum() <= 0) {
      return 100;
    }
    return value.multiply(HUNDRED).divide(target, 0, RoundingMode.DOWN).intValue();
  }

  /** The mean of progress figures, each capped at 100, or null when there is none. */
  public static Integer mean(Iterable<Integer> percents) {
    int n = 0;
    long sum = 0;
    for (Integer p : percents) {
      if (p != null) {
        n++;
        sum += Math.min(100, p);
      }
    }
    return n == 0 ? null : (int) (sum / n);
  }
}
