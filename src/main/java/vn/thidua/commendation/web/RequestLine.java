package vn.thidua.commendation.web;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import tools.jackson.databind.ObjectReader;
import vn.thidua.rulebook.EligibilityRequest;

/**
 * Reads one line of the eligibility stream (issue 16): the plain shape every client sends (each
 * field of {@link EligibilityRequest} with a value of its own JSON type, or null, written without
 * escapes) scanned byte by byte, several times faster than a general JSON parser; any other line (a
 * number as text, an unknown field, an escape, a syntax error…) is read by Jackson's data binding,
 * so that every line ends exactly as the single check's request would. {@code RequestLineTest}
 * holds the two readers to the same results, on valid lines and on thousands of altered ones.
 */
final class RequestLine {

  private RequestLine() {}

  /** A line the scanner leaves to data binding. */
  private static final class Unusual extends RuntimeException {
    Unusual() {
      super(null, null, false, false);
    }
  }

  private static final Unusual UNUSUAL = new Unusual();

  /** The request of a line, as {@code binding} reads it. */
  static EligibilityRequest read(ObjectReader binding, byte[] line) {
    try {
      return plain(line);
    } catch (RuntimeException e) {
      // anything but the plain shape (Unusual), or a value a constructor refuses: data binding
      // decides
    }
    return binding.readValue(line);
  }

  /** The plain shape, or {@link #UNUSUAL}. */
  static EligibilityRequest plain(byte[] line) {
    Scan p = new Scan(line);
    if (!p.object()) {
      throw UNUSUAL;
    }
    String award = null;
    String occasion = null;
    String asOf = null;
    String receivedOn = null;
    Integer year = null;
    String province = null;
    EligibilityRequest.Subject subject = null;
    List<EligibilityRequest.HistoryEntry> history = null;
    EligibilityRequest.Members members = null;
    List<EligibilityRequest.AnnualRating> ratings = null;
    List<EligibilityRequest.InitiativeFact> initiatives = null;
    Boolean disciplined = null;
    EligibilityRequest.Vote vote = null;
    List<EligibilityRequest.DisciplinePeriod> periods = null;
    for (String n; (n = p.property()) != null; ) {
      switch (n) {
        case "award" -> award = p.string();
        case "occasion" -> occasion = p.string();
        case "asOf" -> asOf = p.string();
        case "receivedOn" -> receivedOn = p.string();
        case "year" -> year = p.integer();
        case "province" -> province = p.string();
        case "subject" -> subject = p.object() ? subject(p) : null;
        case "history" -> history = p.array() ? history(p) : null;
        case "members" -> members = p.object() ? members(p) : null;
        case "annualRatings" -> ratings = p.array() ? ratings(p) : null;
        case "initiatives" -> initiatives = p.array() ? initiatives(p) : null;
        case "disciplined" -> disciplined = p.bool();
        case "vote" -> vote = p.object() ? vote(p) : null;
        case "disciplinePeriods" -> periods = p.array() ? periods(p) : null;
        default -> throw UNUSUAL;
      }
    }
    p.end();
    return new EligibilityRequest(
        award,
        occasion,
        asOf,
        receivedOn,
        year,
        province,
        subject,
        history,
        members,
        ratings,
        initiatives,
        disciplined,
        vote,
        periods);
  }

  /**
   * The property names of the plain shape, by length: a name is read as one of these constants (no
   * new string), any other name is {@link #UNUSUAL}.
   */
  private static final String[][] NAMES =
      names(
          "award",
          "occasion",
          "asOf",
          "receivedOn",
          "year",
          "province",
          "subject",
          "history",
          "members",
          "annualRatings",
          "initiatives",
          "disciplined",
          "vote",
          "disciplinePeriods",
          "kind",
          "category",
          "directWorker",
          "total",
          "completedTasks",
          "laoDongTienTien",
          "chienSiThiDuaCoSo",
          "disciplinedWarningOrAbove",
          "rating",
          "scope",
          "present",
          "inFavour",
          "measure",
          "from",
          "to");

  private static final byte[][][] NAME_BYTES = new byte[NAMES.length][][];

  static {
    for (int n = 0; n < NAMES.length; n++) {
      if (NAMES[n] != null) {
        NAME_BYTES[n] = new byte[NAMES[n].length][];
        for (int k = 0; k < NAMES[n].length; k++) {
          NAME_BYTES[n][k] = NAMES[n][k].getBytes(StandardCharsets.ISO_8859_1);
        }
      }
    }
  }

  private static String[][] names(String... all) {
    int longest = 0;
    for (String n : all) {
      longest = Math.max(longest, n.length());
    }
    String[][] out = new String[longest + 1][];
    for (String n : all) {
      String[] same = out[n.length()];
      same = same == null ? new String[1] : Arrays.copyOf(same, same.length + 1);
      same[same.length - 1] = n;
      out[n.length()] = same;
    }
    return out;
  }

  /**
   * A cursor over the bytes of one line that accepts only what a JSON parser accepts (RFC 8259, no
   * escapes, integers that fit nine digits); anything else is {@link #UNUSUAL}.
   */
  private static final class Scan {
    private final byte[] b;
    private int i;

    /** Just after an opening brace or bracket (where a comma may not come). */
    private boolean opened;

    Scan(byte[] b) {
      this.b = b;
    }

    // The loops below work on local copies of the array and the position, which the compiler
    // keeps in registers (a field written at every byte is written to memory at every byte).

    private int next() {
      byte[] b = this.b;
      int j = i;
      while (j < b.length) {
        byte c = b[j];
        if (c != ' ' && c != '\t' && c != '\n' && c != '\r') {
          i = j;
          return c;
        }
        j++;
      }
      i = j;
      return -1;
    }

    /** The end of the line: only blanks may follow the object. */
    void end() {
      if (next() != -1) {
        throw UNUSUAL;
      }
    }

    /** True after an opening brace, false after null. */
    boolean object() {
      return open('{');
    }

    /** True after an opening bracket, false after null. */
    boolean array() {
      return open('[');
    }

    private boolean open(char bracket) {
      if (next() == bracket) {
        i++;
        opened = true;
        return true;
      }
      literal(NULL);
      return false;
    }

    /** The name of the next property of the current object, or null at its end. */
    String property() {
      if (!more('}')) {
        return null;
      }
      if (next() != '"') {
        throw UNUSUAL;
      }
      byte[] b = this.b;
      int from = i + 1;
      int j = Bytes.special(b, from);
      if (j >= b.length || b[j] != '"') {
        throw UNUSUAL; // an escape or a byte no name of the shape has
      }
      int to = j;
      i = j + 1;
      if (next() != ':') {
        throw UNUSUAL;
      }
      i++;
      int length = to - from;
      if (length < NAMES.length && NAMES[length] != null) {
        String[] same = NAMES[length];
        for (int k = 0; k < same.length; k++) {
          if (same(b, from, NAME_BYTES[length][k])) {
            return same[k];
          }
        }
      }
      throw UNUSUAL;
    }

    /** True at the start of the next element (an object), false at the array's end. */
    boolean element() {
      if (!more(']')) {
        return false;
      }
      if (next() != '{') {
        throw UNUSUAL;
      }
      i++;
      opened = true;
      return true;
    }

    /** False at the closing bracket; else true, past the comma that separates two members. */
    private boolean more(char close) {
      int c = next();
      if (c == close) {
        i++;
        opened = false;
        return false;
      }
      if (!opened) {
        if (c != ',') {
          throw UNUSUAL;
        }
        i++;
      }
      opened = false;
      return true;
    }

    String string() {
      int c = next();
      if (c != '"') {
        literal(NULL);
        return null;
      }
      byte[] b = this.b;
      int from = i + 1;
      int j = Bytes.special(b, from);
      boolean ascii = true;
      while (true) {
        if (j >= b.length) {
          throw UNUSUAL;
        }
        byte x = b[j];
        if (x == '"') {
          break;
        }
        if (x == '\\' || (x >= 0 && x < 0x20)) {
          throw UNUSUAL;
        }
        ascii &= x >= 0;
        j++;
      }
      int to = j;
      i = j + 1;
      if (ascii) {
        return to - from <= Value.LONGEST ? Value.of(b, from, to) : latin(b, from, to);
      }
      // UTF-8 as a parser reads it, or left to the parser (which refuses what is not UTF-8)
      String s = new String(b, from, to - from, StandardCharsets.UTF_8);
      byte[] again = s.getBytes(StandardCharsets.UTF_8);
      if (again.length != to - from || !same(b, from, again)) {
        throw UNUSUAL;
      }
      return s;
    }

    Integer integer() {
      int c = next();
      if (c != '-' && (c < '0' || c > '9')) {
        literal(NULL);
        return null;
      }
      boolean negative = c == '-';
      if (negative) {
        i++;
      }
      byte[] b = this.b;
      int from = i;
      int j = from;
      int n = 0;
      while (j < b.length && b[j] >= '0' && b[j] <= '9') {
        n = n * 10 + (b[j] - '0');
        j++;
      }
      i = j;
      int digits = j - from;
      if (digits == 0 || digits > 9 || (digits > 1 && b[from] == '0')) {
        throw UNUSUAL;
      }
      delimiter();
      return negative ? -n : n;
    }

    Boolean bool() {
      int c = next();
      if (c == 't') {
        literal(TRUE);
        return Boolean.TRUE;
      }
      if (c == 'f') {
        literal(FALSE);
        return Boolean.FALSE;
      }
      literal(NULL);
      return null;
    }

    private void literal(byte[] word) {
      if (i + word.length > b.length || !same(b, i, word)) {
        throw UNUSUAL;
      }
      i += word.length;
      delimiter();
    }

    /** After a number or a literal: the end, a blank, a comma or a closing bracket. */
    private void delimiter() {
      if (i < b.length) {
        byte c = b[i];
        if (c != ',' && c != '}' && c != ']' && c != ' ' && c != '\t' && c != '\n' && c != '\r') {
          throw UNUSUAL;
        }
      }
      opened = false;
    }
  }

  /** True if {@code word} is at {@code from} in {@code b} (which is long enough). */
  private static boolean same(byte[] b, int from, byte[] word) {
    for (int k = 0; k < word.length; k++) {
      if (b[from + k] != word[k]) {
        return false;
      }
    }
    return true;
  }

  private static String latin(byte[] b, int from, int to) {
    return new String(b, from, to - from, StandardCharsets.ISO_8859_1);
  }

  /**
   * The short ASCII values of the lines (award codes, kinds, ratings, dates…) as one string each,
   * its hash computed once: a bounded table of the last value seen in each slot, shared by the
   * judging threads (an entry is immutable, so a slot read while another thread writes it yields
   * either entry, both correct).
   */
  private record Value(byte[] bytes, String text) {

    static final int LONGEST = 40;

    private static final Value[] TABLE = new Value[4096];

    static String of(byte[] b, int from, int to) {
      int length = to - from;
      long h = length;
      if (length >= 8) {
        h = (h * MIX + Bytes.word(b, from)) * MIX + Bytes.word(b, to - 8);
      } else {
        for (int k = from; k < to; k++) {
          h = h * 31 + b[k];
        }
      }
      h *= MIX;
      int slot = (int) (h >>> 52) & (TABLE.length - 1);
      Value v = TABLE[slot];
      if (v != null && v.bytes.length == to - from && same(b, from, v.bytes)) {
        return v.text;
      }
      String text = latin(b, from, to);
      text.hashCode(); // kept in the string: every look-up of it after this one is cheaper
      TABLE[slot] = new Value(Arrays.copyOfRange(b, from, to), text);
      return text;
    }
  }

  private static final long MIX = 0x9E3779B97F4A7C15L;

  private static final byte[] NULL = "null".getBytes(StandardCharsets.ISO_8859_1);
  private static final byte[] TRUE = "true".getBytes(StandardCharsets.ISO_8859_1);
  private static final byte[] FALSE = "false".getBytes(StandardCharsets.ISO_8859_1);

  private static EligibilityRequest.Subject subject(Scan p) {
    String kind = null;
    String category = null;
    Boolean directWorker = null;
    for (String n; (n = p.property()) != null; ) {
      switch (n) {
        case "kind" -> kind = p.string();
        case "category" -> category = p.string();
        case "directWorker" -> directWorker = p.bool();
        default -> throw UNUSUAL;
      }
    }
    return new EligibilityRequest.Subject(kind, category, directWorker);
  }

  private static List<EligibilityRequest.HistoryEntry> history(Scan p) {
    List<EligibilityRequest.HistoryEntry> out = new ArrayList<>();
    while (p.element()) {
      String award = null;
      Integer year = null;
      String occasion = null;
      for (String n; (n = p.property()) != null; ) {
        switch (n) {
          case "award" -> award = p.string();
          case "year" -> year = p.integer();
          case "occasion" -> occasion = p.string();
          default -> throw UNUSUAL;
        }
      }
      out.add(new EligibilityRequest.HistoryEntry(award, year, occasion));
    }
    return out;
  }

  private static EligibilityRequest.Members members(Scan p) {
    Integer total = null;
    Integer completed = null;
    Integer ldtt = null;
    Integer cstdcs = null;
    Integer disciplined = null;
    for (String n; (n = p.property()) != null; ) {
      switch (n) {
        case "total" -> total = p.integer();
        case "completedTasks" -> completed = p.integer();
        case "laoDongTienTien" -> ldtt = p.integer();
        case "chienSiThiDuaCoSo" -> cstdcs = p.integer();
        case "disciplinedWarningOrAbove" -> disciplined = p.integer();
        default -> throw UNUSUAL;
      }
    }
    return new EligibilityRequest.Members(total, completed, ldtt, cstdcs, disciplined);
  }

  private static List<EligibilityRequest.AnnualRating> ratings(Scan p) {
    List<EligibilityRequest.AnnualRating> out = new ArrayList<>();
    while (p.element()) {
      Integer year = null;
      String rating = null;
      for (String n; (n = p.property()) != null; ) {
        switch (n) {
          case "year" -> year = p.integer();
          case "rating" -> rating = p.string();
          default -> throw UNUSUAL;
        }
      }
      out.add(new EligibilityRequest.AnnualRating(year, rating));
    }
    return out;
  }

  private static List<EligibilityRequest.InitiativeFact> initiatives(Scan p) {
    List<EligibilityRequest.InitiativeFact> out = new ArrayList<>();
    while (p.element()) {
      Integer year = null;
      String scope = null;
      for (String n; (n = p.property()) != null; ) {
        switch (n) {
          case "year" -> year = p.integer();
          case "scope" -> scope = p.string();
          default -> throw UNUSUAL;
        }
      }
      out.add(new EligibilityRequest.InitiativeFact(year, scope));
    }
    return out;
  }

  private static EligibilityRequest.Vote vote(Scan p) {
    Integer members = null;
    Integer present = null;
    Integer inFavour = null;
    for (String n; (n = p.property()) != null; ) {
      switch (n) {
        case "members" -> members = p.integer();
        case "present" -> present = p.integer();
        case "inFavour" -> inFavour = p.integer();
        default -> throw UNUSUAL;
      }
    }
    return new EligibilityRequest.Vote(members, present, inFavour);
  }

  private static List<EligibilityRequest.DisciplinePeriod> periods(Scan p) {
    List<EligibilityRequest.DisciplinePeriod> out = new ArrayList<>();
    while (p.element()) {
      String measure = null;
      String from = null;
      String to = null;
      for (String n; (n = p.property()) != null; ) {
        switch (n) {
          case "measure" -> measure = p.string();
          case "from" -> from = p.string();
          case "to" -> to = p.string();
          default -> throw UNUSUAL;
        }
      }
      out.add(new EligibilityRequest.DisciplinePeriod(measure, from, to));
    }
    return out;
  }
}
