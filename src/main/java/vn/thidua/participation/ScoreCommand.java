package vn.thidua.participation;

import java.math.BigDecimal;

/**
 * Sets one score of a member for a criterion at one layer. A reason is needed to change a score
 * already entered, and for a block or council score that differs from the score below it. {@code
 * version} is the entry's version when it already exists.
 */
public record ScoreCommand(
    Long criterionId,
    Long organizationId,
    ScoreSheetView.Layer layer,
    BigDecimal score,
    String evidenceNote,
    String reason,
    Long version) {}
