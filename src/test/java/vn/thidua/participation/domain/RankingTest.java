package vn.thidua.participation.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.thidua.participation.ScoreSheetView;

class RankingTest {

  private static Ranking.Total t(long id, String total) {
    return new Ranking.Total(id, "Đơn vị " + id, new BigDecimal(total));
  }

  @Test
  void equalTotalsShareARankAndTheNextRankSkips() {
    List<ScoreSheetView.Ranked> r =
        Ranking.rank(List.of(t(1, "70"), t(2, "90"), t(3, "70"), t(4, "60.5")));
    assertThat(r)
        .extracting(ScoreSheetView.Ranked::organizationId, ScoreSheetView.Ranked::rank)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(2L, 1),
            org.assertj.core.groups.Tuple.tuple(1L, 2),
            org.assertj.core.groups.Tuple.tuple(3L, 2),
            org.assertj.core.groups.Tuple.tuple(4L, 4));
    assertThat(r).extracting(ScoreSheetView.Ranked::tied).containsExactly(false, true, true, false);
  }

  @Test
  void theCouncilScoreWinsOverTheBlockScoreWhichWinsOverTheSelfScore() {
    BigDecimal self = new BigDecimal("40");
    BigDecimal block = new BigDecimal("35");
    BigDecimal council = new BigDecimal("30");
    assertThat(Ranking.effective(self, block, council)).isEqualByComparingTo("30");
    assertThat(Ranking.effective(self, block, null)).isEqualByComparingTo("35");
    assertThat(Ranking.effective(self, null, null)).isEqualByComparingTo("40");
    assertThat(Ranking.effective(null, null, null)).isEqualByComparingTo("0");
    assertThat(Ranking.effective(new BigDecimal("70.00"), null, null))
        .isEqualByComparingTo(new BigDecimal("70"));
  }
}
