package vn.thidua.initiative.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import vn.thidua.initiative.InitiativeView.Status;

class ReviewPolicyTest {

  @Test
  void theTotalIsTheWeightedMeanOnAHundredScale() {
    assertThat(ReviewPolicy.total(8, 9, 7, 40, 40, 20)).isEqualByComparingTo("82");
    assertThat(ReviewPolicy.total(10, 10, 10, 1, 1, 1)).isEqualByComparingTo("100");
    assertThat(ReviewPolicy.total(0, 0, 10, 0, 0, 5)).isEqualByComparingTo("100");
  }

  @Test
  void onlyListedMovesAreAllowed() {
    var table = InitiativeWorkflow.TABLE;
    assertThat(table.allows(Status.DRAFT, InitiativeWorkflow.Action.SUBMIT)).isTrue();
    assertThat(table.allows(Status.RETURNED, InitiativeWorkflow.Action.SUBMIT)).isTrue();
    assertThat(table.allows(Status.DRAFT, InitiativeWorkflow.Action.RECOGNISE)).isFalse();
    assertThat(table.allows(Status.SUBMITTED, InitiativeWorkflow.Action.RECOGNISE)).isFalse();
    assertThat(table.allows(Status.RECOGNISED, InitiativeWorkflow.Action.WIDEN)).isTrue();
    assertThat(table.allows(Status.NOT_RECOGNISED, InitiativeWorkflow.Action.SUBMIT)).isFalse();
    assertThat(table.transition(Status.UNDER_REVIEW, InitiativeWorkflow.Action.REFUSE).to())
        .isEqualTo(Status.NOT_RECOGNISED);
    assertThatThrownBy(() -> table.transition(Status.DRAFT, InitiativeWorkflow.Action.RECOGNISE))
        .isInstanceOf(vn.thidua.kernel.BusinessRuleViolation.class)
        .hasMessageContaining("workflow.not-allowed");
  }
}
