package vn.thidua.kernel;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** The lunar calendar against dates every Vietnamese calendar prints. */
class VietnameseCalendarTest {

  @Test
  void tetFallsOnTheKnownDays() {
    assertThat(VietnameseCalendar.tet(2023)).isEqualTo(LocalDate.of(2023, 1, 22));
    assertThat(VietnameseCalendar.tet(2024)).isEqualTo(LocalDate.of(2024, 2, 10));
    assertThat(VietnameseCalendar.tet(2025)).isEqualTo(LocalDate.of(2025, 1, 29));
    assertThat(VietnameseCalendar.tet(2026)).isEqualTo(LocalDate.of(2026, 2, 17));
    assertThat(VietnameseCalendar.tet(2027)).isEqualTo(LocalDate.of(2027, 2, 6));
  }

  @Test
  void hungKingsDayAndHolidays() {
    assertThat(VietnameseCalendar.fromLunar(10, 3, 2024)).isEqualTo(LocalDate.of(2024, 4, 18));
    assertThat(VietnameseCalendar.fromLunar(10, 3, 2025)).isEqualTo(LocalDate.of(2025, 4, 7));
    assertThat(VietnameseCalendar.holidays(2026))
        .contains(
            LocalDate.of(2026, 1, 1),
            LocalDate.of(2026, 2, 16),
            LocalDate.of(2026, 2, 20),
            LocalDate.of(2026, 4, 30),
            LocalDate.of(2026, 5, 1),
            LocalDate.of(2026, 9, 2))
        // 2/5/2026 is no holiday; 1/5 is a Friday.
        .doesNotContain(LocalDate.of(2026, 5, 4));
  }
}
