package vn.thidua.rulebook;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import vn.thidua.rulebook.domain.RulebookService;

/**
 * The rulebook on each side of every date that changes it: base salary (30/6/2024 → 1/7/2024,
 * 30/6/2026 → 1/7/2026), regime (30/6/2025 → 1/7/2025: Nghị định 98/2023 → 152/2025), with the
 * money, the councils' thresholds and the public notice that follow. Plain Java, no Spring.
 */
class RulebookTest {

  static final Rulebook RULES = new RulebookService();

  static FormRule form(String code, String on) {
    return RULES.form(code, LocalDate.parse(on), null).orElseThrow();
  }

  static long amount(String code, String kind, String on) {
    return form(code, on).bonus().of(kind).amount();
  }

  @Test
  void theBaseSalaryIsThatOfTheDecisionDate() {
    assertThat(form("GIAY_KHEN", "2024-06-30").baseSalary()).isEqualTo(1_800_000);
    assertThat(form("GIAY_KHEN", "2024-07-01").baseSalary()).isEqualTo(2_340_000);
    assertThat(form("GIAY_KHEN", "2026-06-30").baseSalary()).isEqualTo(2_340_000);
    assertThat(form("GIAY_KHEN", "2026-07-01").baseSalary()).isEqualTo(2_530_000);
  }

  @Test
  void moneyIsTheCoefficientTimesTheBaseRoundedUpToTenThousandOnce() {
    // 0,3 × 1.800.000 = 540.000; 0,3 × 2.340.000 = 702.000 → 710.000; × 2.530.000 → 760.000.
    assertThat(amount("GIAY_KHEN", "INDIVIDUAL", "2024-06-30")).isEqualTo(540_000);
    assertThat(amount("GIAY_KHEN", "INDIVIDUAL", "2024-07-01")).isEqualTo(710_000);
    assertThat(amount("GIAY_KHEN", "INDIVIDUAL", "2025-06-30")).isEqualTo(710_000);
    assertThat(amount("GIAY_KHEN", "INDIVIDUAL", "2025-07-01")).isEqualTo(710_000);
    assertThat(amount("GIAY_KHEN", "INDIVIDUAL", "2026-06-30")).isEqualTo(710_000);
    assertThat(amount("GIAY_KHEN", "INDIVIDUAL", "2026-07-01")).isEqualTo(760_000);
    // Collective twice, household one and a half times the individual, coefficient first.
    assertThat(amount("GIAY_KHEN", "COLLECTIVE", "2026-07-01")).isEqualTo(1_520_000);
    assertThat(amount("GIAY_KHEN", "HOUSEHOLD", "2026-07-01")).isEqualTo(1_140_000);
    assertThat(amount("BANG_KHEN_CAP_TINH", "INDIVIDUAL", "2026-07-15")).isEqualTo(3_800_000);
    assertThat(amount("BANG_KHEN_CAP_TINH", "COLLECTIVE", "2026-07-15")).isEqualTo(7_590_000);
    assertThat(amount("BANG_KHEN_CAP_TINH", "HOUSEHOLD", "2026-07-15")).isEqualTo(5_700_000);
    assertThat(form("BANG_KHEN_CAP_TINH", "2026-07-15").bonus().household().coefficient())
        .isEqualByComparingTo("2.25");
  }

  @Test
  void huanChuongLaoDongHasItsCoefficientsByClass() {
    assertThat(amount("HUAN_CHUONG_LAO_DONG_HANG_BA", "INDIVIDUAL", "2026-07-01"))
        .isEqualTo(11_390_000);
    assertThat(amount("HUAN_CHUONG_LAO_DONG_HANG_NHI", "INDIVIDUAL", "2026-07-01"))
        .isEqualTo(18_980_000);
    assertThat(amount("HUAN_CHUONG_LAO_DONG_HANG_NHAT", "INDIVIDUAL", "2026-07-01"))
        .isEqualTo(22_770_000);
    assertThat(amount("HUAN_CHUONG_LAO_DONG_HANG_NHAT", "COLLECTIVE", "2026-07-01"))
        .isEqualTo(45_540_000);
    assertThat(form("HUAN_CHUONG_LAO_DONG_HANG_NHI", "2026-07-01").bonus().citation())
        .contains("Điều 51, khoản 1, điểm g");
  }

  @Test
  void theRegimeChangesOnTheFirstOfJuly2025() {
    assertThat(form("GIAY_KHEN", "2025-06-30").regime()).isEqualTo("LAW_2022_ND_98_2023");
    assertThat(form("GIAY_KHEN", "2025-07-01").regime()).isEqualTo("LAW_2022_ND_152_2025");
    assertThat(form("GIAY_KHEN", "2025-06-30").bonus().citation()).contains("98/2023");
    assertThat(form("GIAY_KHEN", "2025-07-01").bonus().citation()).contains("152/2025");
    // Who decides: the commune chairman after the two-level reform, beside agency heads.
    assertThat(form("GIAY_KHEN", "2025-07-01").decidedBy())
        .containsExactly("COMMUNE_CHAIRMAN", "AGENCY_HEAD");
    assertThat(form("CHIEN_SI_THI_DUA_CO_SO", "2025-06-30").decidedBy())
        .contains("DISTRICT_CHAIRMAN");
    assertThat(form("CO_THI_DUA_CHINH_PHU", "2025-06-30").decidedBy())
        .containsExactly("GOVERNMENT");
    assertThat(form("CO_THI_DUA_CHINH_PHU", "2025-07-01").decidedBy())
        .containsExactly("PRIME_MINISTER");
  }

  @Test
  void councilThresholdsFollowTheRegime() {
    // ND 98/2023 Đ30 k7: 90 % for CSTĐ tỉnh; ND 152/2025 leaves it to the province (majority).
    FormRule.Council old =
        form("CHIEN_SI_THI_DUA_CAP_TINH", "2025-06-30").councilAt("PROVINCE").orElseThrow();
    assertThat(old.threshold()).isEqualTo(0.9);
    assertThat(old.strictlyAbove()).isFalse();
    FormRule.Council now =
        form("CHIEN_SI_THI_DUA_CAP_TINH", "2025-07-01").councilAt("PROVINCE").orElseThrow();
    assertThat(now.threshold()).isEqualTo(0.5);
    assertThat(now.strictlyAbove()).isTrue();
    assertThat(now.passes(20, 10)).isFalse();
    assertThat(now.passes(20, 11)).isTrue();
    // CSTĐ toàn quốc: 90 % of all members at every level (ND 152/2025 Đ33 k5).
    FormRule cstdtq = form("CHIEN_SI_THI_DUA_TOAN_QUOC", "2026-07-01");
    assertThat(cstdtq.councils())
        .extracting(FormRule.Council::level)
        .containsExactly("COMMUNE", "PROVINCE", "NATION");
    FormRule.Council province = cstdtq.councilAt("PROVINCE").orElseThrow();
    assertThat(province.passes(20, 17)).isFalse();
    assertThat(province.passes(20, 18)).isTrue();
    assertThat(province.quorum()).isEqualTo(0.8);
    assertThat(province.quorate(20, 15)).isFalse();
    assertThat(province.quorate(20, 16)).isTrue();
    assertThat(cstdtq.councilAt("COMMUNE").orElseThrow().quorum()).isEqualTo(0.6667);
    // Bằng khen cấp tỉnh: the proposing level's council; the province's standing body appraises.
    assertThat(form("BANG_KHEN_CAP_TINH", "2026-07-15").councils())
        .extracting(FormRule.Council::level)
        .containsExactly("COMMUNE");
  }

  @Test
  void publicNoticeFollowsTheRegime() {
    FormRule.PublicNotice old = form("CHIEN_SI_THI_DUA_TOAN_QUOC", "2025-06-30").publicNotice();
    assertThat(old.required()).isTrue();
    assertThat(old.level()).isEqualTo("NATION");
    FormRule.PublicNotice now = form("CHIEN_SI_THI_DUA_TOAN_QUOC", "2025-07-01").publicNotice();
    assertThat(now.required()).isTrue();
    assertThat(now.workingDays()).isEqualTo(10);
    assertThat(now.level()).isEqualTo("PROVINCE");
    assertThat(now.beforeCouncil()).isEqualTo("PROVINCE");
    assertThat(now.citation()).contains("Điều 44, khoản 2");
    assertThat(form("HUAN_CHUONG_LAO_DONG_HANG_BA", "2025-06-30").publicNotice().required())
        .isFalse();
    assertThat(form("HUAN_CHUONG_LAO_DONG_HANG_BA", "2025-07-01").publicNotice().required())
        .isTrue();
    assertThat(form("BANG_KHEN_CAP_TINH", "2026-07-15").publicNotice().required()).isFalse();
  }

  @Test
  void dossierItemsAreEnforcedPerForm() {
    assertThat(form("CHIEN_SI_THI_DUA_CO_SO", "2026-07-01").dossier())
        .extracting(FormRule.DossierItem::item)
        .contains("XAC_NHAN_SANG_KIEN");
    FormRule cstdtq = form("CHIEN_SI_THI_DUA_TOAN_QUOC", "2026-07-01");
    assertThat(cstdtq.dossier())
        .extracting(FormRule.DossierItem::item)
        .contains("Y_KIEN_TINH_UY", "XAC_NHAN_SANG_KIEN", "BIEN_BAN_HOI_DONG");
    assertThat(cstdtq.freshnessMonths()).isEqualTo(6);
  }

  @Test
  void theAmendedLawOfOctober2026MakesEveryFormInferred() {
    assertThat(form("CHIEN_SI_THI_DUA_CO_SO", "2026-07-15").confidence()).isNotEqualTo("INFERRED");
    assertThat(form("CHIEN_SI_THI_DUA_CO_SO", "2026-10-01").confidence()).isEqualTo("INFERRED");
  }

  @Test
  void everyInferredRowIsListedForSignOff() {
    assertThat(RULES.doubts())
        .extracting(Doubt::key)
        .contains(
            "watch:LUAT-SUA-DOI-2026",
            "reading:SO-KET-TONG-KET-LA-CHUYEN-DE",
            "form:BANG_KHEN_CAP_TINH:LAW_2022_ND_98_2023:bonus");
    assertThat(RULES.doubts())
        .allMatch(d -> d.confidence().equals("INFERRED") || d.confidence().equals("GAP"));
    assertThat(RULES.doubts()).extracting(Doubt::key).doesNotHaveDuplicates();
  }

  @Test
  void everyAwardNameComesFromTheRulebook() {
    assertThat(RULES.name("BANG_KHEN_CAP_TINH"))
        .isEqualTo("Bằng khen của Chủ tịch Ủy ban nhân dân tỉnh, thành phố");
    assertThat(RULES.shortName("BANG_KHEN_CAP_TINH")).isEqualTo("Bằng khen cấp tỉnh");
    assertThat(AwardNames.name("GIAY_KHEN")).isEqualTo(RULES.name("GIAY_KHEN"));
    assertThat(AwardNames.planCodes()).hasSize(13);
  }
}
