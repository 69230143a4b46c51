package vn.thidua.movement.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import vn.thidua.kernel.BusinessRuleViolation;
import vn.thidua.movement.PlanDocument;

/** An indicator line of the plan form may name the theme it belongs to, as its last part. */
class IndicatorThemeTest {

  @Test
  void theLastPartOfAnIndicatorLineIsItsThemeNumber() {
    List<PlanDocument.Indicator> read =
        PlanDraftForm.indicators(
            "VNEID | Tài khoản VNeID | tài khoản | tăng | 2026=5000; 2027=6000 | 4\n"
                + "TRONG_CAY | Cây xanh | cây | tăng | 2026=2000");
    assertThat(read.get(0).theme()).isEqualTo(4);
    assertThat(read.get(1).theme()).isNull();
  }

  @Test
  void aThemeThatIsNotANumberIsRefusedOnTheIndicatorsField() {
    assertThatThrownBy(() -> PlanDraftForm.indicators("X | Chỉ tiêu | % | tăng | 2026=1 | bốn"))
        .isInstanceOf(BusinessRuleViolation.class)
        .extracting(e -> ((BusinessRuleViolation) e).field())
        .isEqualTo("indicators");
  }
}
