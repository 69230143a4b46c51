package vn.thidua.organization;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;
import vn.thidua.support.ApplicationTest;
import vn.thidua.support.Http;

/**
 * Working days around Tết 2027 (Saturday 6/2): the five Tết days and the days off given for those
 * on the weekend, then an administrator's correction as the year's announcement would make it.
 */
class WorkingCalendarIT extends ApplicationTest {

  @Autowired WorkingCalendar calendar;

  @Test
  void tetTwentyTwentySevenAndACorrection() {
    Http admin = http().as("admin", password("admin"));
    JsonNode year = admin.json("/api/v1/working-calendar/2027");
    assertThat(year.toString())
        .contains("2027-02-05", "2027-02-06", "2027-02-09", "2027-02-10", "2027-02-11")
        .contains("2027-04-16");
    assertThat(calendar.working(LocalDate.of(2027, 2, 8))).isFalse();
    assertThat(calendar.addWorkingDays(LocalDate.of(2027, 2, 4), 3))
        .isEqualTo(LocalDate.of(2027, 2, 16));

    Http office = http().as("thuongtruc.habac", password("thuongtruc.habac"));
    assertThat(
            office
                .putJson("/api/v1/working-calendar/days/2027-02-11?working=true", Map.of())
                .status())
        .isEqualTo(403);
    assertThat(
            admin
                .putJson(
                    "/api/v1/working-calendar/days/2027-02-11?working=true&note=Thong%20bao%20nam%202027",
                    Map.of())
                .status())
        .isEqualTo(200);
    assertThat(calendar.addWorkingDays(LocalDate.of(2027, 2, 4), 3))
        .isEqualTo(LocalDate.of(2027, 2, 15));
  }
}
