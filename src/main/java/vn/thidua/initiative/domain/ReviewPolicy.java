package vn.thidua.initiative.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * How the rubric adds up: each criterion is scored 0 to 10; the total is the weighted mean scaled
 * to 100. Who may score (members of the level's council without a conflict of interest) is decided
 * by {@link InitiativeService} with the organisation module's {@code Impartiality}.
 */
public final class ReviewPolicy {

  public static final int MAX_SCORE = 10;

  private ReviewPolicy() {}

  /** Weighted total on a 100 scale, two decimals. */
  public static BigDecimal total(
      int novelty, int effect, int replicability, int wNovelty, int wEffect, int wReplicability) {
    int weights = wNovelty + wEffect + wReplicability;
    BigDecimal sum =
        BigDecimal.valueOf(
            (long) novelty * wNovelty
                + (long) effect * wEffect
                + (long) replicability * wReplicability);
    return sum.multiply(BigDecimal.valueOf(100))
        .divide(BigDecimal.valueOf((long) weights * MAX_SCORE), 2, RoundingMode.HALF_UP);
  }
}
