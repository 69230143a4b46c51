package vn.thidua.kernel;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Set;
import java.util.TreeSet;

/**
 * The Vietnamese lunar calendar (UTC+7, the astronomical method in common use for Việt Nam: new
 * moons and solar terms after Meeus) and the public holidays of Bộ luật Lao động 2019, Điều 112:
 * 1/1; Tết Nguyên đán, five days (by default the last day of the lunar year and the first four of
 * the new one); 10/3 lunar (Giỗ Tổ Hùng Vương); 30/4; 1/5; 2/9 and one adjacent day (by default
 * 1/9). A holiday on a Saturday or Sunday gives the next working day off (Đ112 k3). The days each
 * year's announcement moves are corrected as data by an administrator; this class is the default.
 */
public final class VietnameseCalendar {

  private static final double TZ = 7.0;

  private VietnameseCalendar() {}

  static long jdFromDate(int dd, int mm, int yy) {
    long a = (14 - mm) / 12;
    long y = yy + 4800 - a;
    long m = mm + 12 * a - 3;
    long jd = dd + (153 * m + 2) / 5 + 365 * y + y / 4 - y / 100 + y / 400 - 32045;
    if (jd < 2299161) {
      jd = dd + (153 * m + 2) / 5 + 365 * y + y / 4 - 32083;
    }
    return jd;
  }

  static LocalDate dateFromJd(long jd) {
    long a;
    long b;
    long c;
    if (jd > 2299160) {
      a = jd + 32044;
      b = (4 * a + 3) / 146097;
      c = a - (b * 146097) / 4;
    } else {
      b = 0;
      c = jd + 32082;
    }
    long d = (4 * c + 3) / 1461;
    long e = c - (1461 * d) / 4;
    long m = (5 * e + 2) / 153;
    int day = (int) (e - (153 * m + 2) / 5 + 1);
    int month = (int) (m + 3 - 12 * (m / 10));
    int year = (int) (b * 100 + d - 4800 + m / 10);
    return LocalDate.of(year, month, day);
  }

  private static double newMoon(long k) {
    double t = k / 1236.85;
    double t2 = t * t;
    double t3 = t2 * t;
    double dr = Math.PI / 180;
    double jd1 = 2415020.75933 + 29.53058868 * k + 0.0001178 * t2 - 0.000000155 * t3;
    jd1 += 0.00033 * Math.sin((166.56 + 132.87 * t - 0.009173 * t2) * dr);
    double m = 359.2242 + 29.10535608 * k - 0.0000333 * t2 - 0.00000347 * t3;
    double mpr = 306.0253 + 385.81691806 * k + 0.0107306 * t2 + 0.00001236 * t3;
    double f = 21.2964 + 390.67050646 * k - 0.0016528 * t2 - 0.00000239 * t3;
    double c1 = (0.1734 - 0.000393 * t) * Math.sin(m * dr) + 0.0021 * Math.sin(2 * dr * m);
    c1 = c1 - 0.4068 * Math.sin(mpr * dr) + 0.0161 * Math.sin(dr * 2 * mpr);
    c1 = c1 - 0.0004 * Math.sin(dr * 3 * mpr);
    c1 = c1 + 0.0104 * Math.sin(dr * 2 * f) - 0.0051 * Math.sin(dr * (m + mpr));
    c1 = c1 - 0.0074 * Math.sin(dr * (m - mpr)) + 0.0004 * Math.sin(dr * (2 * f + m));
    c1 = c1 - 0.0004 * Math.sin(dr * (2 * f - m)) - 0.0006 * Math.sin(dr * (2 * f + mpr));
    c1 = c1 + 0.0010 * Math.sin(dr * (2 * f - mpr)) + 0.0005 * Math.sin(dr * (2 * mpr + m));
    double deltat;
    if (t < -11) {
      deltat = 0.001 + 0.000839 * t + 0.0002261 * t2 - 0.00000845 * t3 - 0.000000081 * t * t3;
    } else {
      deltat = -0.000278 + 0.000265 * t + 0.000262 * t2;
    }
    return jd1 + c1 - deltat;
  }

  private static long newMoonDay(long k) {
    return (long) Math.floor(newMoon(k) + 0.5 + TZ / 24);
  }

  private static int sunLongitude(long dayNumber) {
    double jdn = dayNumber - 0.5 - TZ / 24;
    double t = (jdn - 2451545.0) / 36525;
    double t2 = t * t;
    double dr = Math.PI / 180;
    double m = 357.52910 + 35999.05030 * t - 0.0001559 * t2 - 0.00000048 * t * t2;
    double l0 = 280.46645 + 36000.76983 * t + 0.0003032 * t2;
    double dl = (1.914600 - 0.004817 * t - 0.000014 * t2) * Math.sin(dr * m);
    dl = dl + (0.019993 - 0.000101 * t) * Math.sin(dr * 2 * m) + 0.000290 * Math.sin(dr * 3 * m);
    double l = (l0 + dl) * dr;
    l = l - Math.PI * 2 * Math.floor(l / (Math.PI * 2));
    return (int) Math.floor(l / Math.PI * 6);
  }

  private static long lunarMonth11(int yy) {
    long off = jdFromDate(31, 12, yy) - 2415021;
    long k = (long) Math.floor(off / 29.530588853);
    long nm = newMoonDay(k);
    if (sunLongitude(nm) >= 9) {
      nm = newMoonDay(k - 1);
    }
    return nm;
  }

  private static int leapMonthOffset(long a11) {
    long k = (long) Math.floor((a11 - 2415021.076998695) / 29.530588853 + 0.5);
    int last;
    int i = 1;
    int arc = sunLongitude(newMoonDay(k + i));
    do {
      last = arc;
      i++;
      arc = sunLongitude(newMoonDay(k + i));
    } while (arc != last && i < 14);
    return i - 1;
  }

  /** The solar date of a day of the lunar calendar (not a leap month). */
  public static LocalDate fromLunar(int day, int month, int year) {
    long a11;
    long b11;
    if (month < 11) {
      a11 = lunarMonth11(year - 1);
      b11 = lunarMonth11(year);
    } else {
      a11 = lunarMonth11(year);
      b11 = lunarMonth11(year + 1);
    }
    long k = (long) Math.floor(0.5 + (a11 - 2415021.076998695) / 29.530588853);
    int off = month - 11;
    if (off < 0) {
      off += 12;
    }
    if (b11 - a11 > 365) {
      int leapOff = leapMonthOffset(a11);
      if (off >= leapOff) {
        off += 1;
      }
    }
    long monthStart = newMoonDay(k + off);
    return dateFromJd(monthStart + day - 1);
  }

  /** Tết Nguyên đán: the first day of the lunar year that starts in this solar year. */
  public static LocalDate tet(int year) {
    return fromLunar(1, 1, year);
  }

  /** The public holidays of a year by default, with the days off given for those on a weekend. */
  public static Set<LocalDate> holidays(int year) {
    Set<LocalDate> days = new TreeSet<>();
    LocalDate tet = tet(year);
    days.add(LocalDate.of(year, 1, 1));
    for (int i = -1; i <= 3; i++) {
      days.add(tet.plusDays(i));
    }
    days.add(fromLunar(10, 3, year));
    days.add(LocalDate.of(year, 4, 30));
    days.add(LocalDate.of(year, 5, 1));
    days.add(LocalDate.of(year, 9, 1));
    days.add(LocalDate.of(year, 9, 2));
    Set<LocalDate> all = new TreeSet<>(days);
    for (LocalDate d : days) {
      if (weekend(d)) {
        LocalDate off = d.plusDays(1);
        while (weekend(off) || all.contains(off)) {
          off = off.plusDays(1);
        }
        all.add(off);
      }
    }
    return all;
  }

  public static boolean weekend(LocalDate d) {
    return d.getDayOfWeek() == DayOfWeek.SATURDAY || d.getDayOfWeek() == DayOfWeek.SUNDAY;
  }
}
