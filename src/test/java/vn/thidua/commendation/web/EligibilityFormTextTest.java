package vn.thidua.commendation.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.thidua.kernel.BusinessRuleViolation;
import vn.thidua.kernel.VietnameseText;
import vn.thidua.rulebook.EligibilityRequest;

/** The eligibility form's lists are typed in Vietnamese, not in codes. */
class EligibilityFormTextTest {

  private static final Map<String, String> AWARDS =
      Map.of(VietnameseText.fold("Bằng khen cấp tỉnh"), "BANG_KHEN_CAP_TINH");

  @Test
  void historyRatingsAndInitiativesAreReadInVietnamese() {
    EligibilityForm form = new EligibilityForm();
    form.setHistory("2025 Bằng khen cấp tỉnh, theo đợt\n2024 bằng khen cấp tỉnh");
    form.setRatings("2029 hoàn thành tốt\n2030 Hoàn thành xuất sắc nhiệm vụ");
    form.setInitiatives("2028 cơ sở");
    EligibilityRequest r = form.toRequest(AWARDS);
    assertThat(r.history().get(0).award()).isEqualTo("BANG_KHEN_CAP_TINH");
    assertThat(r.history().get(0).year()).isEqualTo(2025);
    assertThat(r.history().get(0).occasion()).isEqualTo("THEMATIC");
    assertThat(r.history().get(1).occasion()).isNull();
    assertThat(r.annualRatings().get(0).rating()).isEqualTo("GOOD");
    assertThat(r.annualRatings().get(1).rating()).isEqualTo("EXCELLENT");
    assertThat(r.initiatives().get(0).scope()).isEqualTo("BASE");
  }

  @Test
  void anUnknownAwardNameIsAFieldErrorNamingTheLine() {
    EligibilityForm form = new EligibilityForm();
    form.setHistory("2025 Huân chương không có");
    assertThatThrownBy(() -> form.toRequest(AWARDS))
        .isInstanceOfSatisfying(
            BusinessRuleViolation.class,
            e -> {
              assertThat(e.field()).isEqualTo("history");
              assertThat(e.code()).isEqualTo("eligibility.form.award-unknown");
            });
  }
}
