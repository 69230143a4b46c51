package vn.thidua.commendation.domain;

import java.util.LinkedHashMap;
import java.util.Map;
import vn.thidua.kernel.VietnameseText;

/**
 * Disciplinary measures as the contract codes them (Luật Cán bộ, công chức; ND 152/2025 Đ4 k4 reads
 * their periods), from their Vietnamese names or their codes.
 */
final class Measures {

  static final Map<String, String> NAMES = new LinkedHashMap<>();

  static {
    NAMES.put("KHIEN_TRACH", "Khiển trách");
    NAMES.put("CANH_CAO", "Cảnh cáo");
    NAMES.put("HA_BAC_LUONG", "Hạ bậc lương");
    NAMES.put("GIANG_CHUC", "Giáng chức");
    NAMES.put("CACH_CHUC", "Cách chức");
    NAMES.put("BUOC_THOI_VIEC", "Buộc thôi việc");
  }

  private Measures() {}

  /** The code of a measure written as its code or its name, or null when unknown. */
  static String codeOrNull(String text) {
    if (text == null) {
      return null;
    }
    String t = text.strip();
    if (NAMES.containsKey(t)) {
      return t;
    }
    String folded = VietnameseText.fold(t);
    for (Map.Entry<String, String> e : NAMES.entrySet()) {
      if (VietnameseText.fold(e.getValue()).equals(folded)) {
        return e.getKey();
      }
    }
    return null;
  }

  /** The code of a stored measure (older free-text rows read as the lightest, "khiển trách"). */
  static String code(String text) {
    String c = codeOrNull(text);
    return c == null ? "KHIEN_TRACH" : c;
  }
}
