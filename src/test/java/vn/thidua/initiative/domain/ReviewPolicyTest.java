package vn.thidua.initiative.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import vn.thidua.initiative.InitiativeView.Status;

class ReviewPolicyTest {

  @Test
  void anAuthorCannotScore() {
    assertThat(ReviewPolicy.conflict(7L, 100L, List.of(7L, 8L), List.of(100L)))
        .contains("initiative.review.conflict-author");
  }

  @Test
  void aColleagueOfTheSameOrganisationCannotScore() {
    assertThat(ReviewPolicy.conflict(9L, 100L, List.of(7L), List.of(100L)))
        .contains("initiative.review.conflict-colleague");
  }

  @Test
  void aMemberOfAnotherOrganisationOrWithoutPersonMayScore() {
    assertThat(ReviewPolicy.conflict(9L, 200L, List.of(7L), List.of(100L))).isEmpty();
    assertThat(ReviewPolicy.conflict(null, null, List.of(7L), List.of(100L))).isEmpty();
  }

  @Test
  void theTotalIsTheWeightedMeanOnAHundredScale() {
    assertThat(ReviewPolicy.total(8, 9, 7, 40, 40, 20)).isEqualByComparingTo("82");
    assertThat(ReviewPolicy.total(10, 10, 10, 1, 1, 1)).isEqualByComparingTo("100");
    assertThat(ReviewPolicy.total(0, 0, 10, 0, 0, 5)).isEqualByComparingTo("100");
  }

  @Test
  void onlyListedMovesAreAllowed() {
    assertThat(InitiativeWorkflow.allows(Status.DRAFT, Status.SUBMITTED)).isTrue();
    assertThat(InitiativeWorkflow.allows(Status.RETURNED, Status.SUBMITTED)).isTrue();
    assertThat(InitiativeWorkflow.allows(Status.DRAFT, Status.RECOGNISED)).isFalse();
    assertThat(InitiativeWorkflow.allows(Status.SUBMITTED, Status.RECOGNISED)).isFalse();
    assertThat(InitiativeWorkflow.allows(Status.RECOGNISED, Status.RECOGNISED)).isTrue();
    assertThat(InitiativeWorkflow.allows(Status.NOT_RECOGNISED, Status.SUBMITTED)).isFalse();
  }
}
