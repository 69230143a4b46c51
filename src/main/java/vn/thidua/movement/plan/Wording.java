package vn.thidua.movement.plan;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.thidua.kernel.VietnameseText;

/** Fixed wording rules: modern tone placement, known OCR slips, titles written in capitals. */
final class Wording {

  private static final Locale VI = Locale.forLanguageTag("vi");

  /** OCR slips in fixed terms, corrected in structured fields and reported. */
  static final Map<String, String> OCR_SLIPS =
      Map.of(
          "chuyên đổi",
          "chuyển đổi",
          "chuyên biến",
          "chuyển biến",
          "chuyễn đổi",
          "chuyển đổi",
          "chuyển đôi số",
          "chuyển đổi số",
          "chuyển đôi xanh",
          "chuyển đổi xanh",
          "đổi mởi sáng tạo",
          "đổi mới sáng tạo");

  /** Capitalised titles of signature blocks, in the case documents write them in running text. */
  private static final Map<String, String> TITLES =
      Map.ofEntries(
          Map.entry("CHU TICH", "Chủ tịch"),
          Map.entry("PHO CHU TICH", "Phó Chủ tịch"),
          Map.entry("UY BAN NHAN DAN", "Ủy ban nhân dân"),
          Map.entry("UBND", "Ủy ban nhân dân"),
          Map.entry("GIAM DOC", "Giám đốc"),
          Map.entry("PHO GIAM DOC", "Phó Giám đốc"),
          Map.entry("TRUONG BAN", "Trưởng ban"),
          Map.entry("PHO TRUONG BAN", "Phó Trưởng ban"),
          Map.entry("TRUONG PHONG", "Trưởng phòng"),
          Map.entry("PHO TRUONG PHONG", "Phó Trưởng phòng"),
          Map.entry("CHANH VAN PHONG", "Chánh Văn phòng"),
          Map.entry("PHO CHANH VAN PHONG", "Phó Chánh Văn phòng"),
          Map.entry("BO TRUONG", "Bộ trưởng"),
          Map.entry("THU TRUONG", "Thứ trưởng"),
          Map.entry("THU TUONG", "Thủ tướng"),
          Map.entry("PHO THU TUONG", "Phó Thủ tướng"),
          Map.entry("CHINH PHU", "Chính phủ"),
          Map.entry("HOI DONG THI DUA - KHEN THUONG", "Hội đồng Thi đua - Khen thưởng"),
          Map.entry("HOI DONG THI DUA KHEN THUONG", "Hội đồng Thi đua - Khen thưởng"),
          Map.entry("CHU TICH HOI DONG", "Chủ tịch Hội đồng"),
          Map.entry("BI THU", "Bí thư"),
          Map.entry("PHO BI THU", "Phó Bí thư"),
          Map.entry("BAN THUONG VU", "Ban Thường vụ"),
          Map.entry("DANG UY", "Đảng ủy"));

  private static final Pattern OLD_TONE_OA =
      Pattern.compile("(?<![qQ])([oO])([áàảãạÁÀẢÃẠéèẻẽẹÉÈẺẼẸ])(?![\\p{L}])");
  private static final Pattern OLD_TONE_UY =
      Pattern.compile("(?<![qQ])([uU])([ýỳỷỹỵÝỲỶỸỴ])(?![\\p{L}])");

  private Wording() {}

  /** "hoá" → "hóa", "Uỷ" → "Ủy": the tone mark on the first vowel of oa, oe, uy at a word's end. */
  static String modernTone(String text) {
    if (text == null) {
      return null;
    }
    String s = moveTone(OLD_TONE_OA.matcher(text));
    s = moveTone(OLD_TONE_UY.matcher(s));
    // "Uỷ" inside a word such as "Uỷ ban" has its tone on y followed by a space: handled above.
    return s;
  }

  private static String moveTone(Matcher m) {
    StringBuilder sb = new StringBuilder();
    while (m.find()) {
      String first = m.group(1);
      String second = m.group(2);
      String decomposed = Normalizer.normalize(second, Normalizer.Form.NFD);
      char base = decomposed.charAt(0);
      String tone = decomposed.substring(1);
      String replacement = Normalizer.normalize(first + tone, Normalizer.Form.NFC) + base;
      m.appendReplacement(sb, Matcher.quoteReplacement(replacement));
    }
    m.appendTail(sb);
    return sb.toString();
  }

  /** Corrects the known OCR slips; each kind found is added to {@code found}. */
  static String fixOcr(String text, Set<String> found) {
    if (text == null) {
      return null;
    }
    String s = text;
    for (Map.Entry<String, String> e : OCR_SLIPS.entrySet()) {
      Pattern p =
          Pattern.compile(
              Pattern.quote(e.getKey()), Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
      Matcher m = p.matcher(s);
      if (m.find()) {
        found.add(e.getKey());
        StringBuilder sb = new StringBuilder();
        m.reset();
        while (m.find()) {
          String hit = m.group();
          String fixed = e.getValue();
          if (Character.isUpperCase(hit.charAt(0))) {
            fixed = Character.toUpperCase(fixed.charAt(0)) + fixed.substring(1);
          }
          m.appendReplacement(sb, Matcher.quoteReplacement(fixed));
        }
        m.appendTail(sb);
        s = sb.toString();
      }
    }
    return s;
  }

  /** A title written in capitals, in running-text case ("PHÓ CHỦ TỊCH" → "Phó Chủ tịch"). */
  static String titleCase(String caps) {
    if (caps == null) {
      return null;
    }
    String clean = VietnameseText.clean(caps).replaceAll("[.:]+$", "");
    String key = VietnameseText.fold(clean).toUpperCase(Locale.ROOT);
    String known = TITLES.get(key);
    if (known != null) {
      return known;
    }
    // A known title followed by more words: "PHÓ CHỦ TỊCH THƯỜNG TRỰC" → "Phó Chủ tịch thường
    // trực".
    String longest = null;
    for (String title : TITLES.keySet()) {
      if (key.startsWith(title + " ") && (longest == null || title.length() > longest.length())) {
        longest = title;
      }
    }
    if (longest != null) {
      int words = longest.split(" ").length;
      String[] original = clean.split(" ");
      String rest =
          String.join(" ", java.util.Arrays.copyOfRange(original, words, original.length));
      return modernTone(
          TITLES.get(longest) + " " + (PlanText.isUpperCase(rest) ? rest.toLowerCase(VI) : rest));
    }
    if (!PlanText.isUpperCase(clean)) {
      return modernTone(clean);
    }
    String lower = clean.toLowerCase(VI);
    return modernTone(Character.toUpperCase(lower.charAt(0)) + lower.substring(1));
  }
}
