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
}
