package vn.thidua.kernel;

import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;

/** Numbers as Vietnamese documents write them: 1.234,5 (dot for thousands, comma for decimals). */
public final class VietnameseNumbers {

  private VietnameseNumbers() {}

  public static String format(BigDecimal value) {
    if (value == null) {
      return "";
    }
    DecimalFormatSymbols symbols = new DecimalFormatSymbols(Locale.ROOT);
    symbols.setGroupingSeparator('.');
    symbols.setDecimalSeparator(',');
    return new DecimalFormat("#,##0.####", symbols).format(value);
  }
}
