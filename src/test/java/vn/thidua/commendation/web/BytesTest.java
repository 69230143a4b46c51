package vn.thidua.commendation.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** The stream's eight-bytes-at-a-time searches find what byte-by-byte ones find, wherever it is. */
class BytesTest {

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
      assertThat(Bytes.newline(b, from, to))
          .as("%s [%d, %d)", java.util.Arrays.toString(b), from, to)
          .isEqualTo(plainSearch(b, from, to));
    }
  }

  @Test
  void theEndOfAPlainStringIsFoundAsByteByByteWhereverItIs() {
    SplittableRandom r = new SplittableRandom(5);
    byte[] near = {
      '"',
      '"' - 1,
      '"' + 1,
      '\\',
      '\\' - 1,
      '\\' + 1,
      0x1f,
      0x20,
      0x00,
      0x7f,
      (byte) 0x80,
      (byte) 0xa2,
      (byte) 0xdc,
      (byte) 0xff,
      'A',
      '2'
    };
    for (int n = 0; n < 50_000; n++) {
      byte[] b = new byte[r.nextInt(30)];
      for (int i = 0; i < b.length; i++) {
        b[i] = r.nextInt(3) == 0 ? near[r.nextInt(near.length)] : (byte) ('A' + r.nextInt(26));
      }
      int from = r.nextInt(b.length + 1);
      int expected = b.length;
      for (int i = from; i < b.length; i++) {
        if (b[i] == '"' || b[i] == '\\' || (b[i] & 0xff) < 0x20 || (b[i] & 0xff) >= 0x80) {
          expected = i;
          break;
        }
      }
      assertThat(Bytes.special(b, from))
          .as("%s from %d", java.util.Arrays.toString(b), from)
          .isEqualTo(expected);
    }
  }
}
