package vn.thidua.initiative;

/**
 * The initiative review council of a level: the weights of its rubric (novelty, effect,
 * replicability) and how many reviewers must score before a decision.
 */
public record CouncilView(
    String unitCode,
    int noveltyWeight,
    int effectWeight,
    int replicabilityWeight,
    int minReviews,
    long version) {}
