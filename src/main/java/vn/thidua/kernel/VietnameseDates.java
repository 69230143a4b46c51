package vn.thidua.kernel;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/** Dates as Vietnamese state documents write them (Nghị định 30/2020/NĐ-CP, Phụ lục I). */
public final class VietnameseDates {

  /** All dates and deadlines are in this zone. */
  public static final ZoneId ZONE = ZoneId.of("Asia/Ho_Chi_Minh");

  private static final DateTimeFormatter SHORT = DateTimeFormatter.ofPattern("dd/MM/yyyy");

  private VietnameseDates() {}

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
