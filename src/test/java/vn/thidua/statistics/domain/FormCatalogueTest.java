package vn.thidua.statistics.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;
import vn.thidua.kernel.NotFound;

/** The forms as data: the version in force for a year, the five forms, the matching rule. */
class FormCatalogueTest {

  static final FormCatalogue CATALOGUE = new FormCatalogue(JsonMapper.builder().build());

  @Test
  void theYearPicksTheCircularInForce() {
    assertThat(CATALOGUE.version(2026).circular()).isEqualTo("Thông tư số 02/2023/TT-BNV");
    assertThat(CATALOGUE.version(2023).circular()).isEqualTo("Thông tư số 02/2023/TT-BNV");
    // Before 2023 the forms of the earlier circular applied: not kept here.
    assertThatThrownBy(() -> CATALOGUE.version(2022)).isInstanceOf(NotFound.class);
  }

  @Test
  void theFiveFormsHaveRowsColumnsAndCodes() {
    assertThat(CATALOGUE.version(2026).forms())
        .extracting(FormCatalogue.Form::code)
        .containsExactly("0601", "0602", "0603", "0604", "0605");
    FormCatalogue.Form f = CATALOGUE.form(2026, "0602");
    assertThat(f.symbol()).isEqualTo("Biểu số 0602.N/BNV-TĐKT");
    assertThat(f.columns()).hasSize(19);
    assertThat(f.rows().get(5).heading()).isTrue();
    assertThat(f.rows().get(1).indent()).isEqualTo(1);
  }

  @Test
  void aCellMatchesEveryKeyOfItsRowAndColumnAndAStarIsAPrefix() {
    Map<String, String> fact =
        Map.of("award", "HUAN_CHUONG_LAO_DONG_HANG_BA", "subjectKind", "INDIVIDUAL");
    assertThat(StatisticsService.matches(Map.of("award", java.util.List.of("HUAN_CHUONG*")), fact))
        .isTrue();
    assertThat(
            StatisticsService.matches(
                Map.of(
                    "award", java.util.List.of("HUAN_CHUONG*"),
                    "subjectKind", java.util.List.of("COLLECTIVE")),
                fact))
        .isFalse();
    assertThat(
            StatisticsService.matches(Map.of("rewardKind", java.util.List.of("CONG_TRANG")), fact))
        .isFalse();
    assertThat(StatisticsService.ageBand(29)).isEqualTo("U30");
    assertThat(StatisticsService.ageBand(60)).isEqualTo("60UP");
    assertThat(StatisticsService.seniorityBand(10)).isEqualTo("10_20");
  }
}
