package vn.thidua.participation;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.thidua.movement.PlanDocument;
import vn.thidua.movement.PlanDocument.Direction;
import vn.thidua.participation.domain.Progress;

/** Progress against a target: direction, rates as averages, targets shared among child units. */
class ProgressTest {

  private static BigDecimal n(String v) {
    return new BigDecimal(v);
  }

  private static PlanDocument.Indicator indicator(String unit, Direction direction) {
    return new PlanDocument.Indicator("X", "X", unit, direction, Map.of(2027, n("80")));
  }

  @Test
  void anIncreaseIsTheValueOverTheTarget() {
    assertThat(Progress.percent(Direction.INCREASE, n("60"), n("80"))).isEqualTo(75);
    assertThat(Progress.percent(Direction.INCREASE, n("100"), n("80"))).isEqualTo(125);
  }

  @Test
  void aDecreaseIsMetAtOrUnderTheCeilingAndShrinksAboveIt() {
    assertThat(Progress.percent(Direction.DECREASE, n("5"), n("10"))).isEqualTo(100);
    assertThat(Progress.percent(Direction.DECREASE, n("10"), n("10"))).isEqualTo(100);
    assertThat(Progress.percent(Direction.DECREASE, n("20"), n("10"))).isEqualTo(50);
    assertThat(Progress.Band.of(Progress.percent(Direction.DECREASE, n("40"), n("10"))))
        .isEqualTo(Progress.Band.FAR_BEHIND);
  }

  @Test
  void withoutAValueOrATargetThereIsNoProgress() {
    assertThat(Progress.percent(Direction.INCREASE, null, n("10"))).isNull();
    assertThat(Progress.percent(Direction.INCREASE, n("10"), null)).isNull();
    assertThat(Progress.Band.of(null)).isEqualTo(Progress.Band.NO_DATA);
  }

  @Test
  void aRateIsComparedAsTheAverageOfTheReportingOrganisations() {
    var rate = indicator("%", Direction.INCREASE);
    assertThat(Progress.compared(rate, n("160"), 2)).isEqualByComparingTo("80");
    assertThat(Progress.compared(indicator("cây", Direction.INCREASE), n("160"), 2))
        .isEqualByComparingTo("160");
    assertThat(Progress.compared(rate, n("0"), 0)).isNull();
  }

  @Test
  void aCountTargetIsSharedAmongChildUnitsButARateIsNot() {
    assertThat(Progress.share(indicator("cây", Direction.INCREASE), n("2000"), 100))
        .isEqualByComparingTo("20");
    assertThat(Progress.share(indicator("%", Direction.INCREASE), n("80"), 100))
        .isEqualByComparingTo("80");
  }

  @Test
  void theMeanCapsEachIndicatorAtAHundred() {
    assertThat(Progress.mean(Arrays.asList(150, 50, null))).isEqualTo(75);
    assertThat(Progress.mean(Arrays.asList((Integer) null))).isNull();
    assertThat(Progress.Band.of(100)).isEqualTo(Progress.Band.MET);
    assertThat(Progress.Band.of(70)).isEqualTo(Progress.Band.ON_TRACK);
    assertThat(Progress.Band.of(40)).isEqualTo(Progress.Band.BEHIND);
  }
}
