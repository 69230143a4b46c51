package vn.thidua.kernel;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;

/** Dates as Vietnamese state documents write them (Nghị định 30/2020/NĐ-CP, Phụ lục I). */
public final class VietnameseDates {

  /** All dates and deadlines are in this zone. */
  public static final ZoneId ZONE = ZoneId.of("Asia/Ho_Chi_Minh");

  private static final DateTimeFormatter SHORT = DateTimeFormatter.ofPattern("dd/MM/yyyy");

  /** Day/month/year as people write it: 1/2/1990, 01/02/1990, 01-02-1990, 01.02.1990. */
  private static final java.util.List<DateTimeFormatter> WRITTEN =
      java.util.List.of("d/M/uuuu", "d-M-uuuu", "d.M.uuuu").stream()
          .map(p -> DateTimeFormatter.ofPattern(p).withResolverStyle(ResolverStyle.STRICT))
          .toList();

  private VietnameseDates() {}

  /**
   * Parses a date written day/month/year (or ISO yyyy-MM-dd), strictly: a day that does not exist
   * in its month (31/02/1990) is an error, never moved to the month's last day.
   *
   * @throws DateTimeParseException when the text is not a real date
   */
  public static LocalDate parse(String text) {
    if (text == null || text.isBlank()) {
      throw new DateTimeParseException("empty date", String.valueOf(text), 0);
    }
    String t = text.strip();
    if (t.length() == 10 && t.charAt(4) == '-') {
      return LocalDate.parse(t, DateTimeFormatter.ISO_LOCAL_DATE);
    }
    DateTimeParseException last = null;
    for (DateTimeFormatter f : WRITTEN) {
      try {
        return LocalDate.parse(t, f);
      } catch (DateTimeParseException e) {
        last = e;
      }
    }
    throw last;
  }

  /** "ngày 09 tháng 6 năm 2026": days below 10 and the months 1 and 2 take a leading zero. */
  public static String longForm(LocalDate date) {
    if (date == null) {
      return "";
    }
    return "ngày "
        + day(date.getDayOfMonth())
        + " tháng "
        + month(date.getMonthValue())
        + " năm "
        + date.getYear();
  }

  /** The day with a leading zero below 10. */
  public static String day(int day) {
    return day < 10 ? "0" + day : Integer.toString(day);
  }

  /** The month with a leading zero for January and February only. */
  public static String month(int month) {
    return month <= 2 ? "0" + month : Integer.toString(month);
  }

  /** "09/06/2026". */
  public static String shortForm(LocalDate date) {
    return date == null ? "" : SHORT.format(date);
  }
}
