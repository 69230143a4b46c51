package vn.thidua.oversight;

import java.util.EnumSet;
import java.util.Set;
import vn.thidua.kernel.VietnameseText;

/**
 * The fields (lĩnh vực) of the movement a duty or an inspector's assignment concerns: innovation,
 * science and technology, digital and green transformation; GENERAL for the rest.
 */
public enum Field {
  INNOVATION,
  SCIENCE_TECHNOLOGY,
  DIGITAL_TRANSFORMATION,
  GREEN_TRANSFORMATION,
  GENERAL;

  /** The fields a text names ("… mức độ chuyển đổi xanh, phát triển kinh tế tuần hoàn"). */
  public static Set<Field> named(String text) {
    Set<Field> out = EnumSet.noneOf(Field.class);
    if (text == null) {
      return out;
    }
    String f = VietnameseText.fold(text);
    if (f.contains("doi moi sang tao") || f.contains("doi moi, sang tao")) {
      out.add(INNOVATION);
    }
    if (f.contains("khoa hoc, cong nghe")
        || f.contains("khoa hoc cong nghe")
        || f.contains("khoa hoc va cong nghe")) {
      out.add(SCIENCE_TECHNOLOGY);
    }
    if (f.contains("chuyen doi so") || f.contains("cong nghe so")) {
      out.add(DIGITAL_TRANSFORMATION);
    }
    if (f.contains("chuyen doi xanh")
        || f.contains("kinh te tuan hoan")
        || f.contains("kinh te xanh")
        || f.contains("bao ve moi truong")) {
      out.add(GREEN_TRANSFORMATION);
    }
    return out;
  }

  public String labelKey() {
    return "oversight.field." + name();
  }
}
