package vn.thidua.kernel;

import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The product's one reader and writer of numbers as Vietnamese documents write them: 1.234,5 (dot
 * for thousands, comma for decimals). What it writes it reads back; integers are written without
 * ",00". Reading "1.200" gives one thousand two hundred (a dot followed by groups of three digits
 * groups thousands); a single dot before other than three digits ("72.5", as spreadsheets write) is
 * a decimal point. Values are checked for the kinds of figures the forms ask: a percentage stays
 * within 0–100, a count is not negative, nothing has more digits than the database keeps, and a
 * value more than ten times last year's or the target asks for confirmation.
 */
public final class VietnameseNumbers {

  /** Most digits before the decimal comma a figure may have (the database keeps 14). */
  public static final int MAX_INTEGER_DIGITS = 14;

  /** A value this many times last year's or the target is implausible until confirmed. */
  public static final BigDecimal IMPLAUSIBLE_FACTOR = BigDecimal.TEN;

  private static final Pattern GROUPED = Pattern.compile("-?\\d{1,3}(\\.\\d{3})+(,\\d+)?");
  private static final Pattern COMMA_DECIMAL = Pattern.compile("-?\\d+(,\\d+)?");
  private static final Pattern POINT_DECIMAL = Pattern.compile("-?\\d+\\.\\d+");
  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

  private VietnameseNumbers() {}

  /** Why a text or a value was refused: the message key of the bundle and its arguments. */
  public static final class Refused extends IllegalArgumentException {
    private final String key;
    private final transient Object[] args;

    Refused(String key, Object... args) {
      super(key);
      this.key = key;
      this.args = args;
    }

    public String key() {
      return key;
    }

    public Object[] args() {
      return args.clone();
    }

    /** The same refusal as a field error of a form. */
    public BusinessRuleViolation onField(String field) {
      return BusinessRuleViolation.onField(field, key, args);
    }
  }

  public static String format(BigDecimal value) {
    if (value == null) {
      return "";
    }
    DecimalFormatSymbols symbols = new DecimalFormatSymbols(Locale.ROOT);
    symbols.setGroupingSeparator('.');
    symbols.setDecimalSeparator(',');
    return new DecimalFormat("#,##0.####", symbols).format(value);
  }

  /**
   * Reads a number as people type it ("1.200", "1.234,5", "72,5", "72.5", "1 200"); null for an
   * empty text.
   *
   * @throws Refused "number.invalid" for what is not a number, "number.too-large" past {@link
   *     #MAX_INTEGER_DIGITS} digits
   */
  public static BigDecimal parse(String text) {
    if (text == null) {
      return null;
    }
    String t =
        text.strip()
            .replace(" ", "")
            .replace("\u00a0", "")
            .replace("\u202f", "")
            .replace('\u2212', '-');
    if (t.isEmpty()) {
      return null;
    }
    String plain;
    if (GROUPED.matcher(t).matches()) {
      plain = t.replace(".", "").replace(',', '.');
    } else if (COMMA_DECIMAL.matcher(t).matches()) {
      plain = t.replace(',', '.');
    } else if (POINT_DECIMAL.matcher(t).matches()) {
      plain = t;
    } else {
      throw new Refused("number.invalid", text.strip());
    }
    BigDecimal value = new BigDecimal(plain);
    checkSize(value);
    return value.scale() > 0 ? value.stripTrailingZeros() : value;
  }

  /** Refuses a value with more integer digits than a figure may have. */
  public static BigDecimal checkSize(BigDecimal value) {
    if (value != null && value.abs().compareTo(BigDecimal.TEN.pow(MAX_INTEGER_DIGITS)) >= 0) {
      throw new Refused("number.too-large", MAX_INTEGER_DIGITS);
    }
    return value;
  }

  /** A percentage: 0 to 100. */
  public static BigDecimal checkPercentage(BigDecimal value) {
    if (value != null && (value.signum() < 0 || value.compareTo(HUNDRED) > 0)) {
      throw new Refused("number.percentage-range", format(value));
    }
    return value;
  }

  /** A count or an amount: never negative. */
  public static BigDecimal checkNotNegative(BigDecimal value) {
    if (value != null && value.signum() < 0) {
      throw new Refused("number.negative", format(value));
    }
    return value;
  }

  /** Whether a unit of measure is a percentage ("%", "tỷ lệ %", "phần trăm"). */
  public static boolean percentUnit(String unit) {
    if (unit == null) {
      return false;
    }
    String u = VietnameseText.fold(unit).toLowerCase(Locale.ROOT);
    return u.contains("%") || u.contains("phan tram");
  }

  /**
   * Whether a value is implausible: more than {@link #IMPLAUSIBLE_FACTOR} times last year's value
   * or the target, whichever is known and positive (the larger of the two when both are).
   */
  public static boolean implausible(BigDecimal value, BigDecimal lastYear, BigDecimal target) {
    if (value == null) {
      return false;
    }
    BigDecimal reference = null;
    for (BigDecimal r : new BigDecimal[] {lastYear, target}) {
      if (r != null && r.signum() > 0 && (reference == null || r.compareTo(reference) > 0)) {
        reference = r;
      }
    }
    return reference != null && value.compareTo(reference.multiply(IMPLAUSIBLE_FACTOR)) > 0;
  }
}
