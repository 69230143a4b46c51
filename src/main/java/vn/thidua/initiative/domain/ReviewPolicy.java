package vn.thidua.initiative.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Collection;
import java.util.Optional;

/**
 * Who may score an initiative and how the rubric adds up. An author cannot score, nor a colleague
 * of the same organisation as an author (docs: workflows, Initiative). Each criterion is scored 0
 * to 10; the total is the weighted mean scaled to 100.
 */
public final class ReviewPolicy {

  public static final int MAX_SCORE = 10;

  private ReviewPolicy() {}

  /**
   * The conflict that stops the reviewer, as a message key: the reviewer is an author, or works in
   * the same organisation as one. Reviewers outside the directory (no person) are judged by their
   * own declaration only.
   */
  public static Optional<String> conflict(
      Long reviewerPersonId,
      Long reviewerOrganizationId,
      Collection<Long> authorPersonIds,
      Collection<Long> authorOrganizationIds) {
    if (reviewerPersonId != null && authorPersonIds.contains(reviewerPersonId)) {
      return Optional.of("initiative.review.conflict-author");
    }
    if (reviewerOrganizationId != null && authorOrganizationIds.contains(reviewerOrganizationId)) {
      return Optional.of("initiative.review.conflict-colleague");
    }
    return Optional.empty();
  }

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
