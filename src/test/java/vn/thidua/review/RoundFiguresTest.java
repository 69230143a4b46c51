package vn.thidua.review;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The round's figures: a rate is the mean of the units' rates, progress by theme is capped. */
class RoundFiguresTest {

  private static RoundView.Figure figure(
      String unit, Integer theme, String total, int n, String t) {
    return new RoundView.Figure(
        "X",
        "X",
        unit,
        theme,
        2027,
        new BigDecimal(total),
        n,
        t == null ? null : new BigDecimal(t));
  }

  @Test
  void aRateIsComparedAsTheMeanOfTheReportingUnits() {
    RoundView.Figure rate = figure("%", 1, "170", 2, "90");
    assertThat(rate.value()).isEqualByComparingTo("85");
    assertThat(rate.percent()).isEqualTo(94);
  }

  @Test
  void aCountIsComparedAsItsTotalAndHasNoProgressWithoutATarget() {
    assertThat(figure("cây", 2, "1500", 3, "2000").percent()).isEqualTo(75);
    assertThat(figure("cây", 2, "1500", 3, null).percent()).isNull();
  }

  @Test
  void figuresAreGroupedByThemeAndThemeProgressCapsEachIndicatorAtAHundred() {
    RoundView.Snapshot s =
        new RoundView.Snapshot(
            List.of("Một", "Hai"),
            List.of(
                figure("cây", 2, "3000", 1, "1000"),
                figure("cây", 2, "500", 1, "1000"),
                figure("cây", null, "1", 1, "1")),
            List.of(),
            List.of(),
            List.of());
    var byTheme = s.byTheme(2027);
    assertThat(byTheme.keySet()).containsExactly(2, 0);
    assertThat(s.themeTitle(2)).isEqualTo("Hai");
    assertThat(s.themePercent(byTheme.get(2))).isEqualTo(75);
  }
}
