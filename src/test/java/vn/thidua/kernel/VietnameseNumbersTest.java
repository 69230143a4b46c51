package vn.thidua.kernel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class VietnameseNumbersTest {

  private static BigDecimal n(String s) {
    return new BigDecimal(s);
  }

  @Test
  void aDotBeforeGroupsOfThreeDigitsGroupsThousands() {
    assertThat(VietnameseNumbers.parse("1.200")).isEqualByComparingTo(n("1200"));
    assertThat(VietnameseNumbers.parse("5.000")).isEqualByComparingTo(n("5000"));
    assertThat(VietnameseNumbers.parse("2.530.000")).isEqualByComparingTo(n("2530000"));
  }

  @Test
  void theCommaIsTheDecimalSeparator() {
    assertThat(VietnameseNumbers.parse("1.234,5")).isEqualByComparingTo(n("1234.5"));
    assertThat(VietnameseNumbers.parse("72,5")).isEqualByComparingTo(n("72.5"));
    assertThat(VietnameseNumbers.parse(" 1 200 ")).isEqualByComparingTo(n("1200"));
  }

  @Test
  void aSpreadsheetDecimalPointIsReadWhenItCannotBeAThousandsDot() {
    assertThat(VietnameseNumbers.parse("72.5")).isEqualByComparingTo(n("72.5"));
    assertThat(VietnameseNumbers.parse("0.45")).isEqualByComparingTo(n("0.45"));
  }

  @Test
  void whatIsDisplayedIsReadBackTheSame() {
    for (String s : new String[] {"1.200", "1.234,5", "5.000", "0,45", "2.530.000", "7"}) {
      assertThat(VietnameseNumbers.format(VietnameseNumbers.parse(s))).as(s).isEqualTo(s);
    }
  }

  @Test
  void integersAreShownWithoutDecimals() {
    assertThat(VietnameseNumbers.format(n("1200.00"))).isEqualTo("1.200");
    assertThat(VietnameseNumbers.format(n("150.0000"))).isEqualTo("150");
    assertThat(VietnameseNumbers.format(n("1234.5000"))).isEqualTo("1.234,5");
  }

  @Test
  void emptyIsNoValueAndTextIsRefused() {
    assertThat(VietnameseNumbers.parse("  ")).isNull();
    assertThatThrownBy(() -> VietnameseNumbers.parse("mười"))
        .isInstanceOf(VietnameseNumbers.Refused.class)
        .extracting(e -> ((VietnameseNumbers.Refused) e).key())
        .isEqualTo("number.invalid");
    assertThatThrownBy(() -> VietnameseNumbers.parse("1,2,3"))
        .isInstanceOf(VietnameseNumbers.Refused.class);
  }

  @Test
  void aSixteenDigitValueIsAFieldErrorNotACrash() {
    assertThatThrownBy(() -> VietnameseNumbers.parse("1234567890123456"))
        .isInstanceOf(VietnameseNumbers.Refused.class)
        .extracting(e -> ((VietnameseNumbers.Refused) e).onField("value").field())
        .isEqualTo("value");
    assertThatThrownBy(() -> VietnameseNumbers.checkSize(n("1234567890123456")))
        .extracting(e -> ((VietnameseNumbers.Refused) e).key())
        .isEqualTo("number.too-large");
    assertThat(VietnameseNumbers.parse("99.999.999.999.999")).isNotNull();
  }

  @Test
  void aPercentageStaysWithinZeroAndAHundred() {
    assertThat(VietnameseNumbers.checkPercentage(n("100"))).isEqualByComparingTo("100");
    assertThat(VietnameseNumbers.checkPercentage(n("0"))).isEqualByComparingTo("0");
    assertThatThrownBy(() -> VietnameseNumbers.checkPercentage(n("150")))
        .extracting(e -> ((VietnameseNumbers.Refused) e).key())
        .isEqualTo("number.percentage-range");
    assertThatThrownBy(() -> VietnameseNumbers.checkPercentage(n("-5")))
        .isInstanceOf(VietnameseNumbers.Refused.class);
    assertThat(VietnameseNumbers.percentUnit("%")).isTrue();
    assertThat(VietnameseNumbers.percentUnit("Phần trăm")).isTrue();
    assertThat(VietnameseNumbers.percentUnit("người")).isFalse();
  }

  @Test
  void countsAreNotNegative() {
    assertThatThrownBy(() -> VietnameseNumbers.checkNotNegative(VietnameseNumbers.parse("-5")))
        .extracting(e -> ((VietnameseNumbers.Refused) e).key())
        .isEqualTo("number.negative");
    assertThat(VietnameseNumbers.checkNotNegative(n("0"))).isEqualByComparingTo("0");
  }

  @Test
  void moreThanTenTimesLastYearOrTheTargetIsImplausible() {
    assertThat(VietnameseNumbers.implausible(n("1500"), n("150"), null)).isFalse();
    assertThat(VietnameseNumbers.implausible(n("1501"), n("150"), null)).isTrue();
    assertThat(VietnameseNumbers.implausible(n("1501"), null, n("150"))).isTrue();
    assertThat(VietnameseNumbers.implausible(n("1501"), n("150"), n("200"))).isFalse();
    assertThat(VietnameseNumbers.implausible(n("1000000"), null, null)).isFalse();
    assertThat(VietnameseNumbers.implausible(n("10"), n("0"), null)).isFalse();
  }
}
