package vn.thidua.kernel;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * Vietnamese text rules: NFC normalisation before storing, diacritic folding for search and the
 * collation officers expect for names (given name first, then middle names, then family name; the
 * Vietnamese alphabet a ă â b c d đ e ê … with tones ordered ngang, huyền, hỏi, ngã, sắc, nặng).
 */
public final class VietnameseText {

  /** The 29 letters of the Vietnamese alphabet in order, followed by f, j, w, z for loan words. */
  private static final String ALPHABET = "aăâbcdđeêghiklmnoôơpqrstuưvxyfjwz";

  private static final java.util.regex.Pattern SPACES =
      java.util.regex.Pattern.compile("[\\s\\u00A0\\u200B\\uFEFF]+");
  private static final java.util.regex.Pattern WHITESPACE = java.util.regex.Pattern.compile("\\s+");

  /**
   * Control characters and the bidirectional marks and overrides (U+202A–U+202E, U+2066–U+2069,
   * U+200E, U+200F, U+061C), which would print a name reversed on a certificate: removed from
   * single-line text.
   */
  private static final java.util.regex.Pattern UNSAFE =
      java.util.regex.Pattern.compile(
          "[\\p{Cc}\\u202A-\\u202E\\u2066-\\u2069\\u200E\\u200F\\u061C]");

  private VietnameseText() {}

  /** NFC-normalises, trims and collapses white space; null stays null. */
  public static String clean(String text) {
    if (text == null) {
      return null;
    }
    if (alreadyClean(text)) {
      return text;
    }
    String nfc = Normalizer.normalize(text, Normalizer.Form.NFC);
    String spaced = SPACES.matcher(nfc).replaceAll(" ");
    return UNSAFE.matcher(spaced).replaceAll("").strip();
  }

  /**
   * True when {@link #clean} would return the text unchanged: no control or direction character, no
   * white space but single inner spaces, and already NFC (checked last, the costly part). The fast
   * path of bulk imports, where nearly every cell is clean already.
   */
  private static boolean alreadyClean(String text) {
    int n = text.length();
    if (n == 0) {
      return true;
    }
    boolean ascii = true;
    char previous = 'x';
    for (int i = 0; i < n; i++) {
      char c = text.charAt(i);
      if (c == ' ') {
        if (i == 0 || i == n - 1 || previous == ' ') {
          return false;
        }
      } else if (c < 0x20 || c == 0x7f) {
        return false;
      } else if (c >= 0x80) {
        ascii = false;
        if (c <= 0xa0
            || Character.isWhitespace(c)
            || Character.isSpaceChar(c)
            || (c >= 0x202a && c <= 0x202e)
            || (c >= 0x2066 && c <= 0x2069)
            || c == 0x200b
            || c == 0x200e
            || c == 0x200f
            || c == 0xfeff
            || c == 0x061c) {
          return false;
        }
      }
      previous = c;
    }
    return ascii || Normalizer.isNormalized(text, Normalizer.Form.NFC);
  }

  /** Like {@link #clean(String)} but turns blank text into null. */
  public static String cleanOrNull(String text) {
    String cleaned = clean(text);
    return cleaned == null || cleaned.isEmpty() ? null : cleaned;
  }

  /** NFC only, keeping line breaks (for long free text). */
  public static String nfc(String text) {
    return text == null ? null : Normalizer.normalize(text, Normalizer.Form.NFC);
  }

  /**
   * Folds text for search: lower case, tone and vowel marks removed, "đ" to "d", white space
   * collapsed. "Xã Hà Bắc" and "xa ha bac" fold to the same string.
   */
  public static String fold(String text) {
    if (text == null) {
      return "";
    }
    String decomposed = Normalizer.normalize(text, Normalizer.Form.NFD);
    StringBuilder out = new StringBuilder(decomposed.length());
    for (int i = 0; i < decomposed.length(); i++) {
      char c = decomposed.charAt(i);
      if (Character.getType(c) == Character.NON_SPACING_MARK) {
        continue;
      }
      if (c == 'đ' || c == 'Đ') {
        out.append('d');
      } else {
        out.append(Character.toLowerCase(c));
      }
    }
    return WHITESPACE.matcher(out).replaceAll(" ").strip();
  }

  /**
   * A key whose plain (binary) order is the Vietnamese order of the given text: letters by the
   * Vietnamese alphabet first, then tones, then case.
   */
  public static String collationKey(String text) {
    String nfc = clean(text);
    if (nfc == null) {
      return "";
    }
    StringBuilder primary = new StringBuilder();
    StringBuilder tones = new StringBuilder();
    StringBuilder cases = new StringBuilder();
    for (int i = 0; i < nfc.length(); i++) {
      char c = nfc.charAt(i);
      // An ASCII character has no marks to decompose (the common case, kept cheap).
      String decomposed =
          c < 0x80 ? null : Normalizer.normalize(String.valueOf(c), Normalizer.Form.NFD);
      char base = decomposed == null ? c : decomposed.charAt(0);
      int tone = 0;
      boolean breve = false;
      boolean circumflex = false;
      boolean horn = false;
      for (int j = 1; decomposed != null && j < decomposed.length(); j++) {
        switch (decomposed.charAt(j)) {
          case '\u0300' -> tone = 1; // huyền
          case '\u0309' -> tone = 2; // hỏi
          case '\u0303' -> tone = 3; // ngã
          case '\u0301' -> tone = 4; // sắc
          case '\u0323' -> tone = 5; // nặng
          case '\u0306' -> breve = true;
          case '\u0302' -> circumflex = true;
          case '\u031B' -> horn = true;
          default -> {}
        }
      }
      char lower = Character.toLowerCase(base);
      String letter = String.valueOf(lower);
      if (lower == 'đ' || base == 'Đ') {
        letter = "đ";
      } else if (breve && lower == 'a') {
        letter = "ă";
      } else if (circumflex) {
        letter =
            switch (lower) {
              case 'a' -> "â";
              case 'e' -> "ê";
              case 'o' -> "ô";
              default -> letter;
            };
      } else if (horn) {
        letter =
            switch (lower) {
              case 'o' -> "ơ";
              case 'u' -> "ư";
              default -> letter;
            };
      }
      int index = ALPHABET.indexOf(letter);
      if (index >= 0) {
        primary.append((char) ('A' + index));
      } else if (Character.isWhitespace(c)) {
        primary.append(' ');
      } else if (Character.isDigit(c)) {
        primary.append('!').append(c);
      } else {
        primary.append('~').append(lower);
      }
      tones.append((char) ('0' + tone));
      cases.append(Character.isUpperCase(base) ? '1' : '0');
    }
    return primary + "\u0001" + tones + "\u0001" + cases;
  }

  /**
   * The key that sorts a person's full name the Vietnamese way: given name, then middle names, then
   * family name ("Trần Thị An" before "Nguyễn Văn Bình").
   */
  public static String personNameKey(String fullName) {
    String cleaned = clean(fullName);
    if (cleaned == null || cleaned.isEmpty()) {
      return "";
    }
    String[] words = cleaned.split(" ");
    List<String> reordered = new ArrayList<>(words.length);
    reordered.add(words[words.length - 1]);
    for (int i = 1; i < words.length - 1; i++) {
      reordered.add(words[i]);
    }
    if (words.length > 1) {
      reordered.add(words[0]);
    }
    // Compare word by word: the separator sorts below every letter.
    return collationKey(String.join(" ", reordered));
  }

  /** A comparator in Vietnamese order. */
  public static Comparator<String> collator() {
    return Comparator.comparing(VietnameseText::collationKey);
  }

  /** A comparator of full names in Vietnamese order (given name first). */
  public static Comparator<String> personNameCollator() {
    return Comparator.comparing(VietnameseText::personNameKey);
  }

  /** Upper case in Vietnamese. */
  public static String upper(String text) {
    return text == null ? null : clean(text).toUpperCase(Locale.forLanguageTag("vi"));
  }
}
