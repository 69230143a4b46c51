package vn.thidua.organization;

import java.time.LocalDate;

/**
 * Working days in Việt Nam: not Saturday or Sunday, not a public holiday of Bộ luật Lao động 2019
 * (Đ112, Tết and Giỗ Tổ from the lunar calendar), with the corrections an administrator records.
 */
public interface WorkingCalendar {

  boolean working(LocalDate day);

  /** The day that ends a period of this many working days after the given day. */
  LocalDate addWorkingDays(LocalDate from, int days);
}
