package vn.thidua.oversight.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.thidua.kernel.VietnameseText;
import vn.thidua.movement.Recipients;
import vn.thidua.oversight.Duty;
import vn.thidua.oversight.Field;

/**
 * How a duty written in a plan reads: what it asks (publish assessment criteria, compile and select
 * nominations, report, or another task), the fields it concerns, who leads ("Chủ trì") and who
 * coordinates ("phối hợp với …"). Plain Java, tested without Spring.
 */
final class Duties {

  /** A duty as read. */
  record Read(Duty duty, Set<Field> fields, String lead, List<String> coordinating) {}

  private static final Pattern COORDINATE =
      Pattern.compile(
          "phối hợp với\\s+(.+?)(?=\\s+(?:xây dựng|thẩm định|tham mưu|hướng dẫn|kiểm tra|tổ chức|triển khai|tuyên truyền|đánh giá|tổng hợp|thực hiện|để|trong|làm|vận động|giám sát)\\b|[;:.]|$)",
          Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE | Pattern.UNICODE_CHARACTER_CLASS);
  private static final Pattern CRITERIA =
      Pattern.compile(
          ".*\\b(xay dung|ban hanh|huong dan|de xuat)( cac| bo)? (tieu chi|chi tieu|bo chi so|bo tieu chi)\\b.*");
  private static final Pattern SELECTION =
      Pattern.compile(
          ".*\\b(lua chon|tuyen chon|binh chon|xet chon)\\b.*\\b(tap the|ca nhan|sang kien|dien hinh|de nghi khen thuong)\\b.*");
  private static final Pattern REPORT =
      Pattern.compile(
          "^(tong hop|bao cao|dinh ky).*|.*\\b(bao cao ket qua|gui bao cao|tong hop bao cao|tong hop, bao cao)\\b.*");

  private Duties() {}

  static Read read(String body, String text) {
    String f = VietnameseText.fold(text == null ? "" : text);
    Duty duty;
    if (CRITERIA.matcher(f).matches()) {
      duty = Duty.CRITERIA;
    } else if (SELECTION.matcher(f).matches()) {
      duty = Duty.SELECTION;
    } else if (REPORT.matcher(f).matches()) {
      duty = Duty.REPORT;
    } else {
      duty = Duty.TASK;
    }
    Set<Field> fields = Field.named(text);
    String lead = body;
    List<String> coordinating = new ArrayList<>();
    Matcher c = COORDINATE.matcher(text == null ? "" : text);
    if (c.find()) {
      String with = c.group(1).strip().replaceAll("[,;]+$", "").strip();
      if (f.startsWith("phoi hop")) {
        // "Phối hợp với phòng Văn hóa - Xã hội hướng dẫn …": the other body leads, this one helps.
        lead = capital(with);
        coordinating.add(body);
      } else {
        for (String b : Recipients.split(with)) {
          coordinating.add(capital(b));
        }
      }
    }
    return new Read(duty, fields, lead, coordinating);
  }

  private static String capital(String s) {
    return s.isEmpty() ? s : s.substring(0, 1).toUpperCase(java.util.Locale.ROOT) + s.substring(1);
  }
}
