package vn.thidua.commendation.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** The stream's line-feed search finds what a byte-by-byte search finds, wherever it is. */
class LinesTest {

  private static int plainSearch(byte[] b, int from, int to) {
    for (int i = from; i < to; i++) {
      if (b[i] == '\n') {
        return i;
      }
    }
    return -1;
  }

  @Test
  void everyPlaceOfALineFeedAndEveryByteBesideItIsFoundAsOneByOne() {
    SplittableRandom r = new SplittableRandom(12);
    byte[] near = {'\n' - 1, '\n' + 1, (byte) 0x8a, 0x0b, 0x00, (byte) 0xff, '{', '\r'};
    for (int n = 0; n < 20_000; n++) {
      byte[] b = new byte[r.nextInt(40)];
      for (int i = 0; i < b.length; i++) {
        b[i] = r.nextInt(6) == 0 ? (byte) '\n' : near[r.nextInt(near.length)];
      }
      int from = b.length == 0 ? 0 : r.nextInt(b.length + 1);
      int to = from + r.nextInt(b.length - from + 1);
      assertThat(EligibilityApiController.Lines.newline(b, from, to))
          .as("%s [%d, %d)", java.util.Arrays.toString(b), from, to)
          .isEqualTo(plainSearch(b, from, to));
    }
  }
}
