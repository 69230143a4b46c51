package vn.thidua.movement.plan;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The numbering grammar of state documents: I., 1., 1.1., a), -, +, "Điều 1.". {@code key} groups
 * labels of the same kind and depth, so that siblings can be recognised whatever their value.
 */
record Marker(Kind kind, String label, String key, String body) {

  enum Kind {
    ROMAN,
    DECIMAL,
    LETTER,
    DASH,
    PLUS,
    ARTICLE,
    NONE
  }

  private static final Pattern ROMAN = Pattern.compile("^([IVXL]{1,6})\\s*[.)]\\s*(\\S.*)$");
  private static final Pattern DECIMAL =
      Pattern.compile("^(\\d{1,2}(?:\\.\\d{1,2}){0,4})(\\.|\\)|(?=\\s))\\s*(\\S.*)$");
  private static final Pattern LETTER = Pattern.compile("^([a-zđ])\\s*[).]\\s+(\\S.*)$");
  private static final Pattern DASH = Pattern.compile("^[-–—•·●▪◦‣⁃]\\s*(\\S.*)$");
  private static final Pattern PLUS = Pattern.compile("^\\+\\s*(\\S.*)$");
  private static final Pattern ARTICLE = Pattern.compile("^(Điều\\s+\\d+)\\s*[.:]?\\s*(.*)$");
  private static final Pattern PART =
      Pattern.compile(
          "^((?:Phần|PHẦN|Chương|CHƯƠNG|Mục|MỤC)\\s+(?:[IVXL]+|\\d+))\\s*[.:\\-–]?\\s*(\\S.*)$");
  private static final Pattern UPPER_LETTER = Pattern.compile("^([A-ZĐ])\\s*[.)]\\s+(\\S.*)$");
  private static final Pattern NAMED =
      Pattern.compile(
          "^((?:Nội dung|Chỉ tiêu|Tiêu chí|Nhiệm vụ)\\s+(?:\\d+|[IVX]+))\\s*[:.]\\s*(\\S.*)$");

  static Marker of(String text) {
    Matcher m = ARTICLE.matcher(text);
    if (m.matches()) {
      return new Marker(Kind.ARTICLE, m.group(1) + ".", "A", m.group(2));
    }
    m = PART.matcher(text);
    if (m.matches()) {
      return new Marker(Kind.ROMAN, m.group(1) + ".", "P", m.group(2));
    }
    m = NAMED.matcher(text);
    if (m.matches()) {
      return new Marker(Kind.DECIMAL, m.group(1) + ":", "N", m.group(2));
    }
    m = ROMAN.matcher(text);
    if (m.matches() && validRoman(m.group(1))) {
      return new Marker(Kind.ROMAN, m.group(1) + ".", "R", m.group(2));
    }
    m = DECIMAL.matcher(text);
    if (m.matches()) {
      String number = m.group(1);
      int depth = number.split("\\.").length;
      boolean explicit = !m.group(2).isEmpty() || depth > 1;
      if (explicit && !m.group(3).matches("^[-–/].*")) {
        String label = number + (m.group(2).equals(")") ? ")" : ".");
        return new Marker(
            Kind.DECIMAL, label, "D" + depth + (m.group(2).equals(")") ? ")" : ""), m.group(3));
      }
    }
    m = LETTER.matcher(text);
    if (m.matches()) {
      return new Marker(Kind.LETTER, m.group(1) + ")", "L", m.group(2));
    }
    m = UPPER_LETTER.matcher(text);
    if (m.matches() && PlanText.isUpperCase(m.group(2))) {
      // "A. MỤC ĐÍCH" as a top-level heading (only in capitals: "A. Nguyễn" is a name).
      return new Marker(Kind.ROMAN, m.group(1) + ".", "UL", m.group(2));
    }
    m = DASH.matcher(text);
    if (m.matches() && !text.matches("^[-–—_=.]{3,}$")) {
      return new Marker(Kind.DASH, "-", "-", m.group(1));
    }
    m = PLUS.matcher(text);
    if (m.matches()) {
      return new Marker(Kind.PLUS, "+", "+", m.group(1));
    }
    return new Marker(Kind.NONE, "", "", text);
  }

  boolean none() {
    return kind == Kind.NONE;
  }

  boolean numbered() {
    return kind == Kind.ROMAN
        || kind == Kind.DECIMAL
        || kind == Kind.LETTER
        || kind == Kind.ARTICLE;
  }

  private static boolean validRoman(String s) {
    return s.matches("^(XL|L?X{0,3})(IX|IV|V?I{0,3})$") && !s.isEmpty();
  }
}
