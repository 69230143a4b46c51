package vn.thidua.movement.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.thidua.movement.PlanDocument;
import vn.thidua.movement.PlanDocument.ParticipantType;

/** The plan editor's text asks for no code: groups and indicators are written in Vietnamese. */
class PlanEditorTextTest {

  @Test
  void criteriaGroupsAreWrittenAndReadInVietnamese() {
    assertThat(PlanDraftForm.group("Mặt trận, đoàn thể"))
        .isEqualTo(ParticipantType.FRONT_AND_MASS_ORG);
    assertThat(PlanDraftForm.group("doanh nghiệp, HTX")).isEqualTo(ParticipantType.ENTERPRISE);
    assertThat(PlanDraftForm.group("Cá nhân")).isEqualTo(ParticipantType.INDIVIDUAL);
    assertThat(PlanDraftForm.group("INDIVIDUAL")).isEqualTo(ParticipantType.INDIVIDUAL);
    assertThat(PlanDraftForm.GROUPS.get(ParticipantType.AGENCY)).isEqualTo("Cơ quan, đơn vị");
  }

  @Test
  void anIndicatorKeepsItsCodeByNameAndANewOneGetsOneFromItsName() {
    List<PlanDocument.Indicator> before =
        List.of(
            new PlanDocument.Indicator(
                "TRONG_CAY",
                "Số cây xanh trồng mới",
                "cây",
                PlanDocument.Direction.INCREASE,
                Map.of()));
    List<PlanDocument.Indicator> read =
        PlanDraftForm.indicators(
            "Số cây xanh trồng mới | cây | tăng | 2026=1.200; 2027=1.234,5\n"
                + "Tỷ lệ hộ phân loại rác | % | tăng | 2026=80",
            before);
    assertThat(read).hasSize(2);
    assertThat(read.get(0).code()).isEqualTo("TRONG_CAY");
    assertThat(read.get(0).targets().get(2026)).isEqualByComparingTo(new BigDecimal("1200"));
    assertThat(read.get(0).targets().get(2027)).isEqualByComparingTo(new BigDecimal("1234.5"));
    assertThat(read.get(1).code()).isEqualTo("TY_LE_HO_PHAN_LOAI_RAC");
    assertThat(read.get(1).name()).isEqualTo("Tỷ lệ hộ phân loại rác");
    // The older way, code first, is still read.
    assertThat(
            PlanDraftForm.indicators("PHAN_LOAI_RAC | Tỷ lệ | % | tăng | 2026=80")
                .getFirst()
                .code())
        .isEqualTo("PHAN_LOAI_RAC");
  }

  @Test
  void anIndicatorsSourceIsWrittenInWordsAndUnknownWordsAreRefusedNamingTheLine() {
    List<PlanDocument.Indicator> read =
        PlanDraftForm.indicators(
            "Số mô hình được công bố | mô hình | tăng | 2026=2 | 3 | Mô hình được công bố\n"
                + "Số báo cáo đúng hạn | báo cáo | tăng | 2026=10 | | bao cao dung han\n"
                + "Tỷ lệ hồ sơ trực tuyến | % | tăng | 2026=80 | 4 | hệ thống khác\n"
                + "Số cây xanh | cây | tăng | 2026=100 | 5");
    assertThat(read.get(0).source()).isEqualTo("MODELS_PUBLISHED");
    assertThat(read.get(0).theme()).isEqualTo(3);
    assertThat(read.get(1).source()).isEqualTo("REPORTS_ON_TIME");
    assertThat(read.get(1).theme()).isNull();
    assertThat(read.get(2).source()).isEqualTo(PlanDocument.Indicator.IMPORTED);
    assertThat(read.get(3).source()).isNull();
    // Written back in words, and read again the same.
    String written = PlanDraftForm.SOURCE_WORDS.get("REPORTS_ON_TIME");
    assertThat(written).isEqualTo("báo cáo đúng hạn");
    assertThat(PlanDraftForm.sourceOf(written)).contains("REPORTS_ON_TIME");
    org.assertj.core.api.Assertions.assertThatThrownBy(
            () -> PlanDraftForm.indicators("Số cây | cây | tăng | 2026=1 | 5 | máy tính đoán"))
        .isInstanceOf(vn.thidua.kernel.BusinessRuleViolation.class)
        .satisfies(e ->
            assertThat(((vn.thidua.kernel.BusinessRuleViolation) e).code())
                .isEqualTo("movement.indicator-source-invalid"));
  }
}
