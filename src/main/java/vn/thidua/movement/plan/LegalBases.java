package vn.thidua.movement.plan;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.thidua.kernel.VietnameseText;
import vn.thidua.movement.PlanDocument.LegalBasis;

/**
 * Legal bases of a preamble: every document named at the head of a clause ("Căn cứ", "Thực hiện",
 * after ";", "," or "và"), not those mentioned inside another document's description.
 */
final class LegalBases {

  private static final String TYPES =
      "Bộ luật|Luật|Hiến pháp|Pháp lệnh|Nghị định|Nghị quyết|Quyết định|Thông tư liên tịch|Thông tư|Chỉ thị|Kế hoạch"
          + "|Chương trình|Công văn|Hướng dẫn|Đề án|Kết luận|Thông báo|Văn bản|Điều lệ|Quy định|Quy chế|Chiến lược";
  private static final Pattern NUMBERED =
      Pattern.compile(
          "(?<type>"
              + TYPES
              + ")(?:(?:\\s+\\p{Ll}+){0,3}?\\s+số)?\\s+(?<number>\\d{1,5})(?:/(?<year>\\d{4}))?\\s*[/-]\\s*"
              + "(?<symbol>[A-ZĐ][A-Za-zĐđ0-9]*(?:\\s*[-/]\\s*[A-ZĐ][A-Za-zĐđ0-9]*)*)");
  private static final Pattern LAW =
      Pattern.compile(
          "(?<type>Bộ luật|Luật|Hiến pháp)\\s+(?<name>[\\p{Lu}][^;(]*?)(?=\\s+ngày\\b|\\s+số\\b|;|$)",
          Pattern.UNICODE_CHARACTER_CLASS);
  private static final Pattern LAW_NUMBER =
      Pattern.compile(
          "^\\s+số\\s+(\\d{1,5})(?:/\\d{4})?\\s*/\\s*([A-ZĐ][A-Za-zĐđ0-9]*(?:\\s*[-/]\\s*[A-ZĐ][A-Za-zĐđ0-9]*)*)");
  private static final Pattern DATE_AFTER =
      Pattern.compile(
          "^\\s*,?\\s*(?:ban hành\\s+)?ngày\\s+(?:(\\d{1,2})\\s*[/.-]\\s*(\\d{1,2})\\s*[/.-]\\s*(\\d{4})|(\\d{1,2})\\s+tháng\\s+(\\d{1,2})\\s+năm\\s+(\\d{4}))",
          Pattern.UNICODE_CHARACTER_CLASS);
  private static final Pattern ISSUER_AFTER =
      Pattern.compile(
          "^\\s*,?\\s*của\\s+(.+?)(?=\\s+(?:về|quy định|ban hành|hướng dẫn|thực hiện|phê duyệt|triển khai|sửa đổi|v/v)\\b"
              // The issuer stops at the next document: "của Ban Thường vụ Tỉnh ủy và Kế hoạch số
              // …".
              + "|\\s+(?:và|cùng)\\s+(?:các\\s+)?(?:"
              + TYPES
              + ")\\b|\\s+(?:"
              + TYPES
              + ")\\s+(?:số\\s+)?\\d|[;,(“\"]|$)",
          Pattern.UNICODE_CHARACTER_CLASS);
  private static final Pattern DESCRIPTION =
      Pattern.compile(
          "\\b(về|quy định|hướng dẫn|thực hiện|ban hành|phê duyệt|triển khai|sửa đổi|bổ sung|thi hành|chỉ đạo)\\b",
          Pattern.UNICODE_CHARACTER_CLASS);
  private static final Pattern OPENER =
      Pattern.compile("^(Căn cứ|Thực hiện|Xét đề nghị)\\b", Pattern.UNICODE_CHARACTER_CLASS);

  private LegalBases() {}

  static boolean opensBasis(String paragraph) {
    return OPENER.matcher(paragraph).find();
  }

  static List<LegalBasis> read(List<String> paragraphs) {
    Map<String, LegalBasis> bases = new LinkedHashMap<>();
    for (String p : paragraphs) {
      for (LegalBasis b : readParagraph(p)) {
        String key =
            b.number() == null
                ? "L|" + VietnameseText.fold(b.text())
                : b.number() + "|" + b.symbol();
        bases.putIfAbsent(key, b);
      }
    }
    return new ArrayList<>(bases.values());
  }

  private record Ref(int start, int end, Integer number, String symbol, String name) {}

  static List<LegalBasis> readParagraph(String p) {
    List<Ref> refs = new ArrayList<>();
    Matcher m = NUMBERED.matcher(p);
    while (m.find()) {
      refs.add(
          new Ref(
              m.start(),
              m.end(),
              Integer.parseInt(m.group("number")),
              m.group("symbol").replaceAll("\\s+", ""),
              null));
    }
    Matcher law = LAW.matcher(p);
    while (law.find()) {
      boolean overlaps =
          refs.stream().anyMatch(r -> law.start() < r.end() && r.start() < law.end());
      if (!overlaps) {
        Matcher numbered = LAW_NUMBER.matcher(p.substring(law.end()));
        if (numbered.find()) {
          refs.add(
              new Ref(
                  law.start(),
                  law.end() + numbered.end(),
                  Integer.parseInt(numbered.group(1)),
                  numbered.group(2).replaceAll("\\s+", ""),
                  null));
        } else {
          refs.add(new Ref(law.start(), law.end(), null, null, law.group().strip()));
        }
      }
    }
    refs.sort((a, b) -> Integer.compare(a.start(), b.start()));
    List<LegalBasis> out = new ArrayList<>();
    Matcher opener = OPENER.matcher(p);
    int openerEnd = opener.find() ? opener.end() : 0;
    for (Ref ref : refs) {
      if (insideParentheses(p, ref.start())) {
        continue;
      }
      int clauseStart = Math.max(openerEnd, p.lastIndexOf(';', ref.start()) + 1);
      String before = p.substring(clauseStart, ref.start()).strip();
      String foldedBefore = VietnameseText.fold(before);
      boolean head =
          before.isEmpty()
              || before.endsWith(",")
              || foldedBefore.equals("va")
              || foldedBefore.endsWith(" va")
              || foldedBefore.endsWith(", va")
              || foldedBefore.matches("(.*[,;]\\s*)?(can cu|xet de nghi)$");
      if (!head) {
        continue;
      }
      String after = p.substring(ref.end());
      LocalDate date = null;
      Matcher dm = DATE_AFTER.matcher(after);
      int consumed = 0;
      if (dm.find()) {
        date = date(dm);
        consumed = dm.end();
      }
      String issuer = null;
      Matcher im = ISSUER_AFTER.matcher(after.substring(consumed));
      if (im.find()) {
        issuer = Wording.modernTone(im.group(1).strip());
      }
      int end = p.indexOf(';', ref.start());
      String text =
          p.substring(ref.start(), end < 0 ? p.length() : end).strip().replaceAll("[.;,]+$", "");
      out.add(new LegalBasis(ref.symbol(), ref.number(), date, issuer, Wording.modernTone(text)));
    }
    return out;
  }

  private static boolean insideParentheses(String p, int at) {
    int depth = 0;
    for (int i = 0; i < at; i++) {
      char c = p.charAt(i);
      if (c == '(') {
        depth++;
      } else if (c == ')' && depth > 0) {
        depth--;
      }
    }
    return depth > 0;
  }

  private static String stripDateAndIssuer(String between) {
    String s = between;
    Matcher dm = DATE_AFTER.matcher(s);
    if (dm.find()) {
      s = s.substring(dm.end());
    }
    Matcher im = ISSUER_AFTER.matcher(s);
    if (im.find()) {
      s = s.substring(im.end());
    }
    return s;
  }

  private static LocalDate date(Matcher dm) {
    try {
      if (dm.group(1) != null) {
        return LocalDate.of(
            Integer.parseInt(dm.group(3)),
            Integer.parseInt(dm.group(2)),
            Integer.parseInt(dm.group(1)));
      }
      return LocalDate.of(
          Integer.parseInt(dm.group(6)),
          Integer.parseInt(dm.group(5)),
          Integer.parseInt(dm.group(4)));
    } catch (DateTimeException e) {
      return null;
    }
  }
}
