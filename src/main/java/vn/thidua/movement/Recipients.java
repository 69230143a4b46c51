package vn.thidua.movement;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The bodies a deadline's "về …" names, one by one: "Sở Khoa học và Công nghệ, Sở Nội vụ (qua Ban
 * Thi đua - Khen thưởng)" is two recipients, "Sở Khoa học và Công nghệ" one. A list splits only
 * where the next words start a body's name, never inside parentheses.
 */
public final class Recipients {

  private static final Pattern BODY_START =
      Pattern.compile(
          "^(Sở|Bộ|Ban|Phòng|Ủy ban|Uỷ ban|UBND|HĐND|Hội đồng|Văn phòng|Trung tâm|Thường trực|Thanh tra|Công an|Đảng ủy|Tỉnh ủy|Thành ủy|Cục|Tổng cục|Vụ|Chi cục|Kho bạc|Ngân hàng|Liên đoàn|Hội|Đoàn|Mặt trận|MTTQ|Chủ tịch|Giám đốc|Thủ tướng|Chính phủ|Trường|Viện|Tòa án|Bảo hiểm|Cơ quan)\\b",
          Pattern.UNICODE_CHARACTER_CLASS);
  private static final Pattern SEPARATOR =
      Pattern.compile("\\s*[,;]\\s+|\\s+(?:và|cùng)\\s+", Pattern.UNICODE_CHARACTER_CLASS);

  private Recipients() {}

  /** The recipients of {@code to}; empty for null. */
  public static List<String> split(String to) {
    List<String> out = new ArrayList<>();
    if (to == null || to.isBlank()) {
      return out;
    }
    String text = to.strip();
    Matcher m = SEPARATOR.matcher(text);
    int start = 0;
    while (m.find()) {
      if (depth(text, m.start()) > 0) {
        continue;
      }
      String rest = text.substring(m.end());
      String head = text.substring(start, m.start()).strip();
      if (!head.isEmpty() && BODY_START.matcher(rest).find()) {
        out.add(head);
        start = m.end();
      }
    }
    String last = text.substring(start).strip().replaceAll("[.,;:]$", "").strip();
    if (!last.isEmpty()) {
      out.add(last);
    }
    return out;
  }

  private static int depth(String s, int at) {
    int depth = 0;
    for (int i = 0; i < at; i++) {
      char c = s.charAt(i);
      if (c == '(') {
        depth++;
      } else if (c == ')' && depth > 0) {
        depth--;
      }
    }
    return depth;
  }
}
