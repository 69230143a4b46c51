package vn.thidua.participation;

import java.math.BigDecimal;

/**
 * Adds or edits a criterion of a scoring sheet. {@code movementId} names the movement whose result
 * a MOVEMENT_RESULT criterion scores; {@code position} orders the criteria (last when absent).
 */
public record ScoreCriterionCommand(
    String code,
    String name,
    BigDecimal maxPoints,
    String evidenceRequired,
    ScoreSheetView.Kind kind,
    Long movementId,
    Integer position,
    Long version) {}
