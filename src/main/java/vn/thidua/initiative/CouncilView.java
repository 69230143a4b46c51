package vn.thidua.initiative;

import java.util.List;

/**
 * The initiative review council of a level: the weights of its rubric (novelty, effect,
 * replicability), how many members must score before a decision, and its members (only their scores
 * count). {@code members} is ignored when the weights are set.
 */
public record CouncilView(
    String unitCode,
    int noveltyWeight,
    int effectWeight,
    int replicabilityWeight,
    int minReviews,
    long version,
    List<Member> members) {

  public CouncilView {
    members = members == null ? List.of() : List.copyOf(members);
  }

  /** A member of the council: the user account and the name shown. */
  public record Member(String username, String displayName) {}
}
