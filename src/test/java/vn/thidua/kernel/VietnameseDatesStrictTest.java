package vn.thidua.kernel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import org.junit.jupiter.api.Test;

class VietnameseDatesStrictTest {

  @Test
  void aDayThatDoesNotExistIsAnErrorNotTheLastDayOfTheMonth() {
    assertThatThrownBy(() -> VietnameseDates.parse("31/02/1990"))
        .isInstanceOf(DateTimeParseException.class);
    assertThatThrownBy(() -> VietnameseDates.parse("29/02/2023"))
        .isInstanceOf(DateTimeParseException.class);
    assertThatThrownBy(() -> VietnameseDates.parse("1990-02-31"))
        .isInstanceOf(DateTimeParseException.class);
    assertThatThrownBy(() -> VietnameseDates.parse("12/13/1990"))
        .isInstanceOf(DateTimeParseException.class);
  }

  @Test
  void writtenFormsParse() {
    assertThat(VietnameseDates.parse("29/02/2024")).isEqualTo(LocalDate.of(2024, 2, 29));
    assertThat(VietnameseDates.parse("1/2/1990")).isEqualTo(LocalDate.of(1990, 2, 1));
    assertThat(VietnameseDates.parse(" 01-02-1990 ")).isEqualTo(LocalDate.of(1990, 2, 1));
    assertThat(VietnameseDates.parse("01.02.1990")).isEqualTo(LocalDate.of(1990, 2, 1));
    assertThat(VietnameseDates.parse("1990-02-01")).isEqualTo(LocalDate.of(1990, 2, 1));
  }

  @Test
  void namesLoseBidirectionalOverridesAndControlCharacters() {
    assertThat(VietnameseText.clean("Nguyễn \u202EnA\u202C Văn")).isEqualTo("Nguyễn nA Văn");
    assertThat(VietnameseText.clean("Trần\u0000 Thị\u2067 An\u200F")).isEqualTo("Trần Thị An");
  }
}
