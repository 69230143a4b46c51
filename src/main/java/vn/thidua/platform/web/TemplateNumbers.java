package vn.thidua.platform.web;

import java.math.BigDecimal;
import org.springframework.stereotype.Component;
import vn.thidua.kernel.VietnameseNumbers;

/**
 * Numbers for templates as Vietnamese write them ({@code ${@vnNumbers.format(x)}}: 2.530.000;
 * 0,45), through the kernel's one formatter.
 */
@Component("vnNumbers")
public class TemplateNumbers {

  public String format(Object value) {
    if (value == null) {
      return "";
    }
    if (value instanceof BigDecimal b) {
      return VietnameseNumbers.format(b);
    }
    if (value instanceof Double || value instanceof Float) {
      return VietnameseNumbers.format(BigDecimal.valueOf(((Number) value).doubleValue()));
    }
    if (value instanceof Number n) {
      return VietnameseNumbers.format(BigDecimal.valueOf(n.longValue()));
    }
    return value.toString();
  }
}
