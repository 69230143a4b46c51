package vn.thidua.organization.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.LocalDate;
import java.util.List;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.thidua.organization.Actor;
import vn.thidua.organization.domain.CalendarDays;

/** The working calendar: the year's holidays, and an administrator's corrections. */
@RestController
@Tag(name = "Lịch ngày làm việc")
class CalendarDayApiController {

  private final CalendarDays days;

  CalendarDayApiController(CalendarDays days) {
    this.days = days;
  }

  @GetMapping("/api/v1/working-calendar/{year}")
  @Operation(
      summary =
          "Ngày nghỉ lễ, tết của một năm (âm lịch tính sẵn theo Bộ luật Lao động Đ112) và các"
              + " ngày đã được điều chỉnh")
  List<CalendarDays.Day> year(@PathVariable int year) {
    return days.year(year);
  }

  @PutMapping("/api/v1/working-calendar/days/{day}")
  @Operation(
      summary = "Quản trị điều chỉnh một ngày thành ngày nghỉ hoặc ngày làm việc theo thông báo")
  List<CalendarDays.Day> correct(
      @AuthenticationPrincipal Actor actor,
      @PathVariable @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate day,
      @RequestParam boolean working,
      @RequestParam(required = false) String note) {
    days.correct(actor, day, working, note);
    return days.year(day.getYear());
  }
}
