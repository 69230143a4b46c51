package vn.thidua.oversight.domain;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import vn.thidua.kernel.BusinessRuleViolation;
import vn.thidua.kernel.VietnameseText;
import vn.thidua.movement.PlanDocument;

/**
 * Indicators a lead body publishes with its criteria, one a line: "CODE | name | unit | 2026=40;
 * 2027=55" (decimal commas accepted). Plain Java.
 */
final class CriteriaText {

  private CriteriaText() {}

  static List<PlanDocument.Indicator> indicators(String text) {
    List<PlanDocument.Indicator> out = new ArrayList<>();
    if (text == null) {
      return out;
    }
    int line = 0;
    for (String raw : text.split("\\R")) {
      line++;
      if (raw.isBlank()) {
        continue;
      }
      String[] parts = raw.split("\\|");
      if (parts.length < 2) {
        throw BusinessRuleViolation.onField("indicators", "oversight.indicator-line", line);
      }
      String code =
          VietnameseText.fold(parts[0].strip())
              .toUpperCase(java.util.Locale.ROOT)
              .replaceAll("[^A-Z0-9_]", "_");
      String name = VietnameseText.cleanOrNull(parts[1]);
      if (code.isBlank() || name == null) {
        throw BusinessRuleViolation.onField("indicators", "oversight.indicator-line", line);
      }
      String unit = parts.length > 2 ? VietnameseText.cleanOrNull(parts[2]) : null;
      Map<Integer, BigDecimal> targets = new TreeMap<>();
      if (parts.length > 3) {
        for (String t : parts[3].split(";")) {
          if (t.isBlank()) {
            continue;
          }
          String[] kv = t.split("=");
          try {
            targets.put(
                Integer.parseInt(kv[0].strip()),
                new BigDecimal(kv[1].strip().replace(".", "").replace(',', '.')));
          } catch (RuntimeException e) {
            throw BusinessRuleViolation.onField("indicators", "oversight.indicator-line", line);
          }
        }
      }
      out.add(
          new PlanDocument.Indicator(code, name, unit, PlanDocument.Direction.INCREASE, targets));
    }
    return out;
  }
}
