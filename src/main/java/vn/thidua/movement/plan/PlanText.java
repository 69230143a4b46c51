package vn.thidua.movement.plan;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import vn.thidua.document.DocxReader;

/**
 * Turns a plan as offices send it (plain text with Markdown marks, lines broken by page breaks or
 * copying, or a Word file with automatic numbering) into clean paragraphs.
 */
final class PlanText {

  private static final Pattern PLACE_DATE =
      Pattern.compile("^[^,]{2,60},\\s*ngày\\b.*", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
  private static final Pattern STARTER =
      Pattern.compile(
          "^(Số\\s*:|Căn cứ|Thực hiện|Xét đề nghị|Theo đề nghị|Nơi nhận|Điều\\s+\\d|TM\\.|KT\\.|Q\\.|TL\\.|TUQ\\.|\\(Kèm theo).*");

  private PlanText() {}

  /** Paragraphs of a plain-text plan. */
  static List<Para> fromPlainText(String raw) {
    String text =
        Normalizer.normalize(raw, Normalizer.Form.NFC).replace("\r\n", "\n").replace('\r', '\n');
    List<String> lines = new ArrayList<>();
    for (String line : text.split("\n", -1)) {
      // A page laid out in two columns (copied from a PDF): columns are far apart.
      String[] columns =
          line.strip().isEmpty() ? new String[] {line} : line.strip().split("\\s{8,}");
      for (String column : columns) {
        lines.add(column);
      }
    }
    List<Para> out = new ArrayList<>();
    StringBuilder current = null;
    boolean currentBold = false;
    boolean blankBefore = false;
    boolean hardBreak = false;
    for (String raw0 : lines) {
      String line = raw0.replace('\u00A0', ' ').replace('\t', ' ');
      boolean hard = line.endsWith("  ") || line.stripTrailing().endsWith("\\");
      String t = line.strip();
      if (t.endsWith("\\")) {
        t = t.substring(0, t.length() - 1).strip();
      }
      t = t.replaceFirst("^#{1,6}\\s+", "");
      boolean bold = t.contains("**") || t.contains("__");
      t = stripEmphasis(t);
      if (t.isEmpty() || t.matches("^[-_=*~.]{3,}$")) {
        blankBefore = true;
        continue;
      }
      if (current == null) {
        current = new StringBuilder(t);
        currentBold = bold;
      } else if (joins(current.toString(), t, blankBefore, hardBreak)) {
        current.append(' ').append(t);
        currentBold = currentBold && bold;
      } else {
        out.add(Para.of(current.toString(), currentBold));
        current = new StringBuilder(t);
        currentBold = bold;
      }
      blankBefore = false;
      hardBreak = hard;
    }
    if (current != null) {
      out.add(Para.of(current.toString(), currentBold));
    }
    return out;
  }

  /**
   * Paragraphs of a Word document: automatic numbering labels restored, split paragraphs joined.
   */
  static List<Para> fromDocx(List<DocxReader.Paragraph> paragraphs) {
    List<Para> out = new ArrayList<>();
    StringBuilder current = null;
    boolean currentBold = false;
    for (DocxReader.Paragraph p : paragraphs) {
      String[] parts = p.text().split("\n");
      for (int i = 0; i < parts.length; i++) {
        String t = stripEmphasis(parts[i].replace('\u00A0', ' ').strip());
        if (t.isEmpty()) {
          continue;
        }
        if (i == 0 && p.numberLabel() != null && !p.numberLabel().isBlank()) {
          t = p.numberLabel().strip() + " " + t;
        }
        boolean continuation =
            current != null
                && i == 0
                && p.numberLabel() == null
                && joins(current.toString(), t, true, false);
        boolean softBreak = current != null && i > 0 && joins(current.toString(), t, false, false);
        if (continuation || softBreak) {
          current.append(' ').append(t);
        } else {
          if (current != null) {
            out.add(Para.of(current.toString(), currentBold));
          }
          current = new StringBuilder(t);
          currentBold = p.bold();
        }
      }
    }
    if (current != null) {
      out.add(Para.of(current.toString(), currentBold));
    }
    return out;
  }

  private static String stripEmphasis(String t) {
    String s = t.replace("**", "").replace("__", "");
    if (s.length() > 2 && s.startsWith("*") && s.endsWith("*")) {
      s = s.substring(1, s.length() - 1);
    }
    if (s.length() > 2 && s.startsWith("_") && s.endsWith("_")) {
      s = s.substring(1, s.length() - 1);
    }
    s = s.replaceAll("\\\\([-.*_#()\\[\\]+])", "$1");
    if (s.matches("^[*]\\s+\\S.*")) {
      s = "- " + s.substring(1).strip();
    }
    return s.strip();
  }

  /** Whether line {@code next} continues the paragraph {@code current}. */
  private static boolean joins(
      String current, String next, boolean blankBefore, boolean hardBreak) {
    if (hardBreak) {
      return false;
    }
    Marker marker = Marker.of(next);
    if (!marker.none() || STARTER.matcher(next).matches() || PLACE_DATE.matcher(next).matches()) {
      return false;
    }
    boolean currentUpper = isUpperCase(current);
    boolean nextUpper = isUpperCase(next);
    if (blankBefore) {
      // A page break or a copy from the web: the paragraph goes on in lower case, or with the rest
      // of a broken figure ("Quý" / "II/2026"), or a long unnumbered sentence goes on.
      if (currentUpper || nextUpper) {
        return false;
      }
      if (startsLowercase(next)) {
        return true;
      }
      boolean open = !current.matches(".*[.;:!?…)]$");
      if (open && next.matches("^[IVX\\d]+[/.-]\\d.*")) {
        return true;
      }
      if (open && next.matches("^[(,;].*")) {
        return true;
      }
      return open
          && Marker.of(current).none()
          && current.length() > 80
          && !next.matches("^[“\"«(].*");
    }
    if (startsLowercase(next) || next.matches("^[“\"«(,;].*")) {
      return !currentUpper || nextUpper;
    }
    if (currentUpper || nextUpper) {
      return false;
    }
    return !current.matches(".*[.;:!?]$");
  }

  static boolean startsLowercase(String s) {
    int cp = s.codePointAt(0);
    return Character.isLetter(cp) && Character.isLowerCase(cp);
  }

  /** All letters in upper case (at least two letters). */
  static boolean isUpperCase(String s) {
    int letters = 0;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (Character.isLetter(c)) {
        if (Character.isLowerCase(c)) {
          return false;
        }
        letters++;
      }
    }
    return letters >= 2;
  }
}
