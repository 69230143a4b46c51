package vn.thidua.participation.domain;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import vn.thidua.participation.ScoreSheetView;

/**
 * Ranks the members of a block by total, highest first. Equal totals share a rank and the next rank
 * skips (1, 2, 2, 4); each of them is marked tied (đồng hạng). Plain Java, no Spring.
 */
public final class Ranking {

  private Ranking() {}

  /** A member and its total. */
  public record Total(long organizationId, String organizationName, BigDecimal total) {}

  public static List<ScoreSheetView.Ranked> rank(List<Total> totals) {
    List<Total> sorted = new ArrayList<>(totals);
    // Stable: members with the same total keep the block's order.
    sorted.sort(Comparator.comparing(Total::total).reversed());
    List<ScoreSheetView.Ranked> ranked = new ArrayList<>();
    for (int i = 0; i < sorted.size(); i++) {
      Total t = sorted.get(i);
      int rank = 1;
      int same = 0;
      for (Total o : sorted) {
        int c = o.total().compareTo(t.total());
        if (c > 0) {
          rank++;
        } else if (c == 0) {
          same++;
        }
      }
      ranked.add(
          new ScoreSheetView.Ranked(
              rank, same > 1, t.organizationId(), t.organizationName(), t.total()));
    }
    return ranked;
  }

  /** The effective score of an entry: council if given, else block, else self, else zero. */
  public static BigDecimal effective(BigDecimal self, BigDecimal block, BigDecimal council) {
    if (council != null) {
      return council;
    }
    if (block != null) {
      return block;
    }
    return self == null ? BigDecimal.ZERO : self;
  }
}
