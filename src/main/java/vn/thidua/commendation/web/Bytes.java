package vn.thidua.commendation.web;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;

/**
 * Searches in the bytes of the eligibility stream eight bytes at a time (issue 16): a word of eight
 * bytes is read at once, and a byte of it that is searched for becomes zero; the borrow of a
 * subtraction then marks every zero byte — the lowest exactly, others above it possibly falsely,
 * which never matters since the lowest is the one returned. The last few bytes go one by one.
 * {@code LinesTest} and {@code RequestLineTest} hold both searches to byte-by-byte ones.
 */
final class Bytes {

  private Bytes() {}

  private static final VarHandle WORDS =
      MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);

  private static final long ONES = 0x0101010101010101L;
  private static final long HIGHS = 0x8080808080808080L;
  private static final long LINE_FEEDS = 0x0A0A0A0A0A0A0A0AL;
  private static final long QUOTES = 0x2222222222222222L;
  private static final long BACKSLASHES = 0x5C5C5C5C5C5C5C5CL;
  private static final long SPACES = 0x2020202020202020L;

  /** The eight bytes from {@code i} on as one number (the first byte lowest). */
  static long word(byte[] b, int i) {
    return (long) WORDS.get(b, i);
  }

  /** The first line feed in {@code b[from, to)}, or -1. */
  static int newline(byte[] b, int from, int to) {
    int i = from;
    for (; i + 8 <= to; i += 8) {
      long v = word(b, i) ^ LINE_FEEDS;
      long zero = (v - ONES) & ~v & HIGHS;
      if (zero != 0) {
        return i + (Long.numberOfTrailingZeros(zero) >>> 3);
      }
    }
    for (; i < to; i++) {
      if (b[i] == '\n') {
        return i;
      }
    }
    return -1;
  }

  /**
   * The first byte from {@code from} on that ends or interrupts a plain ASCII string: a quote, a
   * backslash, a control character or a byte of a multi-byte character (its high bit set, marked as
   * it is); {@code b.length} if none.
   */
  static int special(byte[] b, int from) {
    int i = from;
    for (; i + 8 <= b.length; i += 8) {
      long v = word(b, i);
      long quote = v ^ QUOTES;
      long backslash = v ^ BACKSLASHES;
      long found =
          ((quote - ONES) & ~quote) | ((backslash - ONES) & ~backslash) | ((v - SPACES) & ~v) | v;
      found &= HIGHS;
      if (found != 0) {
        return i + (Long.numberOfTrailingZeros(found) >>> 3);
      }
    }
    for (; i < b.length; i++) {
      byte x = b[i];
      if (x == '"' || x == '\\' || x < 0x20) { // negative: not ASCII
        return i;
      }
    }
    return b.length;
  }
}
