package vn.thidua.rulebook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.thidua.rulebook.EligibilityCases.award;

import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import vn.thidua.kernel.BusinessRuleViolation;
import vn.thidua.rulebook.EligibilityAnswer.Check;
import vn.thidua.rulebook.domain.EligibilityEngine;
import vn.thidua.rulebook.domain.RuleBook;

/** The eligibility policy on the legal texts, without Spring. */
class EligibilityEngineTest {

  static final EligibilityEngine ENGINE = new EligibilityEngine(RuleBook.load());
  private static final Pattern ARTICLE = Pattern.compile("Điều \\d+");

  static EligibilityAnswer judge(EligibilityCases c) {
    EligibilityAnswer a = ENGINE.check(c.build());
    for (Check check : a.checks()) {
      assertThat(check.citation()).as(check.rule()).containsPattern(ARTICLE);
      assertThat(check.message()).as(check.rule()).isNotBlank();
      assertThat(check.confidence()).isIn("READ", "READ-2", "OLD", "INFERRED", "GAP");
    }
    assertThat(a.eligible())
        .isEqualTo(a.missing().isEmpty() && a.checks().stream().allMatch(Check::passed));
    return a;
  }

  static Check check(EligibilityAnswer a, String rule) {
    return a.checks().stream()
        .filter(c -> c.rule().equals(rule))
        .findFirst()
        .orElseThrow(() -> new AssertionError(rule + " not in " + a.checks()));
  }

  static EligibilityCases bkttgCase() {
    return award("BANG_KHEN_THU_TUONG")
        .had("BANG_KHEN_CAP_TINH", 2025)
        .had("CHIEN_SI_THI_DUA_CO_SO", 2026)
        .had("CHIEN_SI_THI_DUA_CO_SO", 2028)
        .had("CHIEN_SI_THI_DUA_CO_SO", 2030)
        .rated("GOOD", 2026, 2029)
        .rated("EXCELLENT", 2030, 2030);
  }

  // ------------------------------------------------------------ Bằng khen Thủ tướng

  @Test
  void bangKhenThuTuongNeedsFiveYearsAfterBangKhenTinhWithThreeChienSiThiDuaCoSo() {
    EligibilityAnswer a = judge(bkttgCase());
    assertThat(a.eligible()).isTrue();
    assertThat(a.regime()).isEqualTo("LAW_2022_ND_152_2025");
    assertThat(check(a, "BKTTG-ANNUAL-PRIOR").passed()).isTrue();
    assertThat(check(a, "BKTTG-ANNUAL-FIVE-YEARS").passed()).isTrue();
    assertThat(check(a, "BKTTG-ANNUAL-CSTDCS-3").passed()).isTrue();
    assertThat(check(a, "BKTTG-ANNUAL-COUNCIL").passed()).isTrue();
    assertThat(check(a, "CHUNG-KY-LUAT").passed()).isTrue();
    // asOf 2030 is after ND 152's sunset (1/3/2027): the regime is used and said so.
    assertThat(check(a, "REGIME-AFTER-KNOWN").confidence()).isEqualTo("INFERRED");
  }

  @Test
  void bangKhenThuTuongCountsFromTheAchievementPeriodOfTheBangKhenTinh() {
    EligibilityAnswer a =
        judge(
            award("BANG_KHEN_THU_TUONG")
                .had("BANG_KHEN_CAP_TINH", 2026)
                .had("CHIEN_SI_THI_DUA_CO_SO", 2027)
                .had("CHIEN_SI_THI_DUA_CO_SO", 2028)
                .had("CHIEN_SI_THI_DUA_CO_SO", 2029)
                .rated("GOOD", 2025, 2030));
    assertThat(a.eligible()).isFalse();
    Check five = check(a, "BKTTG-ANNUAL-FIVE-YEARS");
    assertThat(five.passed()).isFalse();
    assertThat(five.message()).contains("4 năm").contains("2027–2030");
    assertThat(five.citation()).contains("Điều 73, khoản 1, điểm b").contains("Điều 33, khoản 7");
  }

  @Test
  void bangKhenThuTuongNeedsThreeChienSiThiDuaCoSoInTheWindow() {
    EligibilityAnswer a =
        judge(
            award("BANG_KHEN_THU_TUONG")
                .had("BANG_KHEN_CAP_TINH", 2025)
                .had("CHIEN_SI_THI_DUA_CO_SO", 2025)
                .had("CHIEN_SI_THI_DUA_CO_SO", 2027)
                .had("CHIEN_SI_THI_DUA_CO_SO", 2029)
                .rated("GOOD", 2026, 2030));
    assertThat(a.eligible()).isFalse();
    assertThat(check(a, "BKTTG-ANNUAL-CSTDCS-3").passed()).isFalse();
    assertThat(check(a, "BKTTG-ANNUAL-CSTDCS-3").message()).contains("2 lần");
  }

  @Test
  void bangKhenThuTuongNeedsEveryYearAtLeastGood() {
    EligibilityAnswer a = judge(bkttgCase().rated("COMPLETED", 2027, 2027).year(2030));
    // the later rating of 2027 overrides: the chain is broken
    assertThat(a.eligible()).isFalse();
    assertThat(check(a, "BKTTG-ANNUAL-FIVE-YEARS").message()).contains("2027");
  }

  @Test
  void aThematicBangKhenTinhDoesNotCount() {
    EligibilityAnswer a =
        judge(
            award("BANG_KHEN_THU_TUONG")
                .had("BANG_KHEN_CAP_TINH", 2025, "THEMATIC")
                .had("CHIEN_SI_THI_DUA_CO_SO", 2026)
                .had("CHIEN_SI_THI_DUA_CO_SO", 2028)
                .had("CHIEN_SI_THI_DUA_CO_SO", 2030)
                .rated("GOOD", 2026, 2030));
    assertThat(a.eligible()).isFalse();
    Check prior = check(a, "BKTTG-ANNUAL-PRIOR");
    assertThat(prior.passed()).isFalse();
    assertThat(prior.message()).contains("không được tính");
    assertThat(prior.citation()).contains("Điều 4, khoản 3");
  }

  @Test
  void interimFinalAndAdHocAwardsNeverCountTowardMeritRoutes() {
    for (String occasion : new String[] {"AD_HOC", "INTERIM", "FINAL"}) {
      EligibilityAnswer a =
          judge(
              award("BANG_KHEN_THU_TUONG")
                  .had("BANG_KHEN_CAP_TINH", 2025, occasion)
                  .had("CHIEN_SI_THI_DUA_CO_SO", 2026)
                  .had("CHIEN_SI_THI_DUA_CO_SO", 2028)
                  .had("CHIEN_SI_THI_DUA_CO_SO", 2030)
                  .rated("GOOD", 2026, 2030));
      assertThat(a.eligible()).as(occasion).isFalse();
    }
  }

  @Test
  void theContractExampleIsNotEligible() {
    EligibilityAnswer a =
        judge(
            award("BANG_KHEN_THU_TUONG")
                .had("BANG_KHEN_CAP_TINH", 2026)
                .had("CHIEN_SI_THI_DUA_CO_SO", 2027)
                .rated("EXCELLENT", 2029, 2029)
                .vote(9, 9, 7));
    assertThat(a.eligible()).isFalse();
    assertThat(check(a, "BKTTG-ANNUAL-PRIOR").passed()).isTrue();
    assertThat(check(a, "BKTTG-ANNUAL-FIVE-YEARS").passed()).isFalse();
  }

  @Test
  void aWorkerMayQualifyByAnInitiativeOfCommuneScope() {
    EligibilityAnswer a =
        judge(award("BANG_KHEN_THU_TUONG").individual("WORKER").initiative(2029, "BASE"));
    assertThat(a.eligible()).isTrue();
    assertThat(check(a, "BKTTG-ANNUAL-WORKER-INITIATIVE").passed()).isTrue();
    assertThat(a.checks()).noneMatch(c -> c.rule().equals("BKTTG-ANNUAL-PRIOR"));
  }

  @Test
  void whenNoRouteIsMetEveryRouteIsShown() {
    EligibilityAnswer a = judge(award("BANG_KHEN_THU_TUONG").individual("WORKER"));
    assertThat(a.eligible()).isFalse();
    assertThat(check(a, "BKTTG-ANNUAL-PRIOR").passed()).isFalse();
    assertThat(check(a, "BKTTG-ANNUAL-WORKER-INITIATIVE").passed()).isFalse();
  }

  @Test
  void theCategoryIsNeededOnlyWhereItChangesTheStandard() {
    assertThat(judge(bkttgCase().individual(null)).eligible()).isTrue();
    EligibilityAnswer a =
        judge(award("LAO_DONG_TIEN_TIEN").individual(null).rated("GOOD", 2030, 2030));
    assertThat(a.eligible()).isFalse();
    assertThat(a.missing()).containsExactly("subject.category");
  }

  @Test
  void movementOccasionsUseTheCouncilJudgedRoute() {
    EligibilityAnswer a = judge(award("BANG_KHEN_THU_TUONG").occasion("FINAL").vote(9, null, 5));
    assertThat(a.eligible()).isTrue();
    assertThat(check(a, "BKTTG-MOVEMENT-COUNCIL").citation()).contains("Điều 73, khoản 1, điểm a");
    EligibilityAnswer low =
        judge(award("BANG_KHEN_THU_TUONG").occasion("INTERIM").vote(9, null, 4));
    assertThat(low.eligible()).isFalse();
    assertThat(check(low, "BKTTG-MOVEMENT-COUNCIL").message()).contains("4/9");
  }

  // ------------------------------------------------------------ discipline, votes, missing

  @Test
  void aSubjectUnderDisciplineIsNeverEligible() {
    for (EligibilityCases c :
        new EligibilityCases[] {
          bkttgCase(),
          award("GIAY_KHEN").occasion("FINAL"),
          award("LAO_DONG_TIEN_TIEN").rated("EXCELLENT", 2030, 2030),
          award("TAP_THE_LAO_DONG_XUAT_SAC")
              .collective()
              .members(20, 20, 20, 2, 0)
              .rated("EXCELLENT", 2030, 2030),
          award("HUAN_CHUONG_LAO_DONG").individual("OTHER").collective(),
        }) {
      EligibilityAnswer a = judge(c.disciplined(true));
      assertThat(a.eligible()).isFalse();
      Check d = check(a, "CHUNG-KY-LUAT");
      assertThat(d.passed()).isFalse();
      assertThat(d.citation()).isEqualTo("Nghị định 152/2025/NĐ-CP, Điều 4, khoản 4");
    }
  }

  @Test
  void disciplineNotGivenIsMissing() {
    EligibilityAnswer a = judge(bkttgCase().disciplined(null));
    assertThat(a.eligible()).isFalse();
    assertThat(a.missing()).contains("disciplined");
  }

  @Test
  void councilConditionsAreMissingWithoutAVote() {
    EligibilityAnswer a = judge(bkttgCase().noVote());
    assertThat(a.eligible()).isFalse();
    assertThat(a.missing()).containsExactly("vote");
    assertThat(check(a, "BKTTG-ANNUAL-COUNCIL").passed()).isFalse();
  }

  @Test
  void moreThanHalfOfAllMembersIsTheDefaultThreshold() {
    assertThat(judge(bkttgCase().vote(10, null, 6)).eligible()).isTrue();
    assertThat(judge(bkttgCase().vote(10, null, 5)).eligible()).isFalse();
  }

  @Test
  void quorumIsCheckedOnlyWhenPresentIsGiven() {
    assertThat(judge(bkttgCase().vote(9, null, 6)).eligible()).isTrue();
    EligibilityAnswer few = judge(bkttgCase().vote(9, 5, 6));
    assertThat(few.eligible()).isFalse();
    assertThat(check(few, "BKTTG-ANNUAL-COUNCIL-QUORUM").passed()).isFalse();
    assertThat(judge(bkttgCase().vote(9, 6, 6)).eligible()).isTrue();
    // with a province, its award meetings need 80 % present (Bắc Ninh QĐ 86/2025 Đ8 default)
    EligibilityAnswer province = judge(bkttgCase().province("31").vote(10, 7, 7));
    assertThat(check(province, "BKTTG-ANNUAL-COUNCIL-QUORUM").passed()).isFalse();
    assertThat(judge(bkttgCase().province("31").vote(10, 8, 7)).eligible()).isTrue();
  }

  @Test
  void chienSiThiDuaToanQuocNeedsNinetyPercentOfAllMembers() {
    EligibilityCases c =
        award("CHIEN_SI_THI_DUA_TOAN_QUOC")
            .had("CHIEN_SI_THI_DUA_CAP_TINH", 2027)
            .had("CHIEN_SI_THI_DUA_CAP_TINH", 2030)
            .initiative(2029, "NATIONAL");
    assertThat(judge(c.vote(10, 10, 9)).eligible()).isTrue();
    EligibilityAnswer a = judge(c.vote(10, 10, 8));
    assertThat(a.eligible()).isFalse();
    assertThat(check(a, "CSTDTQ-ANNUAL-COUNCIL").citation()).contains("Điều 33, khoản 5");
  }

  @Test
  void chienSiThiDuaToanQuocNeedsTwoConsecutiveProvincialTitlesAndANationalInitiative() {
    EligibilityAnswer one =
        judge(
            award("CHIEN_SI_THI_DUA_TOAN_QUOC")
                .had("CHIEN_SI_THI_DUA_CAP_TINH", 2030)
                .initiative(2029, "PROVINCE"));
    assertThat(one.eligible()).isFalse();
    assertThat(check(one, "CSTDTQ-ANNUAL-CSTDT-2").passed()).isFalse();
    assertThat(check(one, "CSTDTQ-ANNUAL-INITIATIVE").passed()).isFalse();
    assertThat(check(one, "CSTDTQ-ANNUAL-INITIATIVE").citation()).contains("Điều 21");
  }

  @Test
  void coThiDuaChinhPhuNeedsEightyPercent() {
    EligibilityCases c = award("CO_THI_DUA_CHINH_PHU").collective();
    assertThat(judge(c.vote(10, 10, 8)).eligible()).isTrue();
    assertThat(judge(c.vote(10, 10, 7)).eligible()).isFalse();
    assertThat(
            judge(award("CO_THI_DUA_CHINH_PHU").collective().occasion("FINAL").vote(10, 10, 8))
                .eligible())
        .isTrue();
    assertThat(judge(award("CO_THI_DUA_CHINH_PHU").collective().occasion("AD_HOC")).eligible())
        .isFalse();
  }

  // ------------------------------------------------------------ titles of individuals

  @Test
  void laoDongTienTienNeedsAtLeastGood() {
    assertThat(judge(award("LAO_DONG_TIEN_TIEN").rated("GOOD", 2030, 2030)).eligible()).isTrue();
    EligibilityAnswer a = judge(award("LAO_DONG_TIEN_TIEN").rated("COMPLETED", 2030, 2030));
    assertThat(a.eligible()).isFalse();
    assertThat(check(a, "LDTT-ANNUAL-RATING").citation()).contains("Điều 24, khoản 1, điểm a");
    EligibilityAnswer none = judge(award("LAO_DONG_TIEN_TIEN"));
    assertThat(none.missing()).contains("annualRatings[2030]");
  }

  @Test
  void laoDongTienTienForFarmersIsJudgedByTheCouncil() {
    EligibilityAnswer a = judge(award("LAO_DONG_TIEN_TIEN").individual("OTHER"));
    assertThat(a.eligible()).isTrue();
    assertThat(check(a, "LDTT-ANNUAL-K2-COUNCIL").citation()).contains("Điều 24, khoản 2");
  }

  @Test
  void aTitleIsNotGivenToTheWrongSubjectOrOnAMovementOccasion() {
    EligibilityAnswer collective = judge(award("LAO_DONG_TIEN_TIEN").collective());
    assertThat(collective.eligible()).isFalse();
    assertThat(check(collective, "LDTT-SUBJECT").passed()).isFalse();
    EligibilityAnswer finalReview =
        judge(award("CHIEN_SI_THI_DUA_CO_SO").occasion("FINAL").rated("EXCELLENT", 2030, 2030));
    assertThat(finalReview.eligible()).isFalse();
    assertThat(check(finalReview, "CSTDCS-OCCASION").passed()).isFalse();
  }

  @Test
  void chienSiThiDuaCoSoNeedsExcellenceOrARecognisedInitiative() {
    assertThat(judge(award("CHIEN_SI_THI_DUA_CO_SO").rated("EXCELLENT", 2030, 2030)).eligible())
        .isTrue();
    assertThat(
            judge(
                    award("CHIEN_SI_THI_DUA_CO_SO")
                        .rated("GOOD", 2030, 2030)
                        .initiative(2030, "BASE"))
                .eligible())
        .isTrue();
    EligibilityAnswer a =
        judge(award("CHIEN_SI_THI_DUA_CO_SO").rated("GOOD", 2030, 2030).initiative(2028, "BASE"));
    assertThat(a.eligible()).isFalse();
    Check c = check(a, "CSTDCS-ANNUAL-INITIATIVE");
    assertThat(c.confidence()).isEqualTo("READ-2");
    assertThat(c.citation()).contains("Điều 23, khoản 2");
    EligibilityAnswer unknown =
        judge(award("CHIEN_SI_THI_DUA_CO_SO").rated("GOOD", 2030, 2030).noInitiatives());
    assertThat(unknown.missing()).contains("initiatives");
  }

  @Test
  void chienSiThiDuaCapTinhNeedsThreeConsecutiveCoSoAndAProvincialInitiative() {
    EligibilityCases ok =
        award("CHIEN_SI_THI_DUA_CAP_TINH")
            .had("CHIEN_SI_THI_DUA_CO_SO", 2028)
            .had("CHIEN_SI_THI_DUA_CO_SO", 2029)
            .had("CHIEN_SI_THI_DUA_CO_SO", 2030)
            .initiative(2029, "PROVINCE");
    assertThat(judge(ok).eligible()).isTrue();
    EligibilityAnswer gap =
        judge(
            award("CHIEN_SI_THI_DUA_CAP_TINH")
                .had("CHIEN_SI_THI_DUA_CO_SO", 2027)
                .had("CHIEN_SI_THI_DUA_CO_SO", 2029)
                .had("CHIEN_SI_THI_DUA_CO_SO", 2030)
                .initiative(2029, "PROVINCE"));
    assertThat(gap.eligible()).isFalse();
    assertThat(check(gap, "CSTDT-ANNUAL-CSTDCS-3").citation()).contains("Điều 22");
    EligibilityAnswer base =
        judge(
            award("CHIEN_SI_THI_DUA_CAP_TINH")
                .had("CHIEN_SI_THI_DUA_CO_SO", 2028)
                .had("CHIEN_SI_THI_DUA_CO_SO", 2029)
                .had("CHIEN_SI_THI_DUA_CO_SO", 2030)
                .initiative(2029, "BASE"));
    assertThat(check(base, "CSTDT-ANNUAL-INITIATIVE").passed()).isFalse();
  }

  // ------------------------------------------------------------ collectives

  @Test
  void tapTheLaoDongXuatSacNeedsSeventyPercentEveryoneCompletingAndOneChienSi() {
    EligibilityCases ok =
        award("TAP_THE_LAO_DONG_XUAT_SAC")
            .collective()
            .members(20, 20, 14, 1, 0)
            .rated("EXCELLENT", 2030, 2030);
    assertThat(judge(ok).eligible()).isTrue();

    EligibilityAnswer share =
        judge(
            award("TAP_THE_LAO_DONG_XUAT_SAC")
                .collective()
                .members(20, 20, 13, 1, 0)
                .rated("EXCELLENT", 2030, 2030));
    assertThat(share.eligible()).isFalse();
    assertThat(check(share, "TTLDXS-ANNUAL-MEMBERS-LDTT").citation())
        .contains("Điều 27, khoản 1, điểm c");

    EligibilityAnswer completed =
        judge(
            award("TAP_THE_LAO_DONG_XUAT_SAC")
                .collective()
                .members(20, 19, 15, 1, 0)
                .rated("EXCELLENT", 2030, 2030));
    assertThat(check(completed, "TTLDXS-ANNUAL-MEMBERS-COMPLETED").passed()).isFalse();

    EligibilityAnswer noChienSi =
        judge(
            award("TAP_THE_LAO_DONG_XUAT_SAC")
                .collective()
                .members(20, 20, 15, 0, 0)
                .rated("EXCELLENT", 2030, 2030));
    assertThat(check(noChienSi, "TTLDXS-ANNUAL-MEMBERS-CSTDCS").passed()).isFalse();
    assertThat(check(noChienSi, "TTLDXS-ANNUAL-MEMBERS-CSTDCS").citation())
        .contains("Điều 27, khoản 1, điểm d");

    EligibilityAnswer warned =
        judge(
            award("TAP_THE_LAO_DONG_XUAT_SAC")
                .collective()
                .members(20, 20, 15, 1, 1)
                .rated("EXCELLENT", 2030, 2030));
    assertThat(check(warned, "TTLDXS-ANNUAL-MEMBERS-DISCIPLINE").passed()).isFalse();

    EligibilityAnswer good =
        judge(
            award("TAP_THE_LAO_DONG_XUAT_SAC")
                .collective()
                .members(20, 20, 15, 1, 0)
                .rated("GOOD", 2030, 2030));
    assertThat(check(good, "TTLDXS-ANNUAL-RATING").passed()).isFalse();

    EligibilityAnswer noMembers =
        judge(award("TAP_THE_LAO_DONG_XUAT_SAC").collective().rated("EXCELLENT", 2030, 2030));
    assertThat(noMembers.missing()).contains("members");
  }

  @Test
  void tapTheLaoDongTienTienNeedsSeventyPercentAndNoWarning() {
    assertThat(
            judge(
                    award("TAP_THE_LAO_DONG_TIEN_TIEN")
                        .collective()
                        .members(10, 10, 7, 0, 0)
                        .rated("GOOD", 2030, 2030))
                .eligible())
        .isTrue();
    EligibilityAnswer a =
        judge(
            award("TAP_THE_LAO_DONG_TIEN_TIEN")
                .collective()
                .members(10, 10, 6, 0, 0)
                .rated("GOOD", 2030, 2030));
    assertThat(a.eligible()).isFalse();
    assertThat(check(a, "TTLDTT-ANNUAL-MEMBERS-LDTT").citation()).contains("Điều 28");
    EligibilityAnswer w =
        judge(
            award("TAP_THE_LAO_DONG_TIEN_TIEN")
                .collective()
                .members(10, 10, 8, 0, 1)
                .rated("GOOD", 2030, 2030));
    assertThat(w.eligible()).isFalse();
  }

  @Test
  void bangKhenTinhForACollectiveNeedsTwoExcellentYears() {
    assertThat(
            judge(award("BANG_KHEN_CAP_TINH").collective().rated("EXCELLENT", 2029, 2030))
                .eligible())
        .isTrue();
    assertThat(
            judge(
                    award("BANG_KHEN_CAP_TINH")
                        .collective()
                        .rated("EXCELLENT", 2030, 2030)
                        .had("TAP_THE_LAO_DONG_XUAT_SAC", 2029))
                .eligible())
        .isTrue();
    EligibilityAnswer a =
        judge(
            award("BANG_KHEN_CAP_TINH")
                .collective()
                .rated("GOOD", 2029, 2029)
                .rated("EXCELLENT", 2030, 2030));
    assertThat(a.eligible()).isFalse();
    assertThat(check(a, "BKT-ANNUAL-COLLECTIVE-EXCELLENT-2").citation()).contains("Điều 74");
  }

  @Test
  void bangKhenTinhForAPersonHasTwoMeritRoutes() {
    assertThat(
            judge(
                    award("BANG_KHEN_CAP_TINH")
                        .had("CHIEN_SI_THI_DUA_CO_SO", 2029)
                        .had("CHIEN_SI_THI_DUA_CO_SO", 2030))
                .eligible())
        .isTrue();
    assertThat(
            judge(
                    award("BANG_KHEN_CAP_TINH")
                        .rated("EXCELLENT", 2029, 2030)
                        .initiative(2029, "BASE")
                        .initiative(2030, "BASE"))
                .eligible())
        .isTrue();
    EligibilityAnswer a =
        judge(
            award("BANG_KHEN_CAP_TINH")
                .had("CHIEN_SI_THI_DUA_CO_SO", 2030)
                .rated("EXCELLENT", 2029, 2030)
                .initiative(2030, "BASE"));
    assertThat(a.eligible()).isFalse();
    assertThat(check(a, "BKT-ANNUAL-CSTDCS-2").passed()).isFalse();
    assertThat(check(a, "BKT-ANNUAL-INITIATIVES-2").passed()).isFalse();
    assertThat(check(a, "BKT-ANNUAL-INITIATIVES-2").citation())
        .contains("Điều 74, khoản 1, điểm d");
    assertThat(judge(award("BANG_KHEN_CAP_TINH").occasion("THEMATIC")).eligible()).isTrue();
    assertThat(judge(award("BANG_KHEN_CAP_TINH").household()).eligible()).isTrue();
  }

  @Test
  void aNewAwardOfTheSameFormCountsFromThePreviousOnesPeriod() {
    // BK tỉnh 2029 already rewarded the CSTĐCS of 2029: only 2030 counts now (ND 152 Đ33 k7).
    EligibilityAnswer again =
        judge(
            award("BANG_KHEN_CAP_TINH")
                .had("BANG_KHEN_CAP_TINH", 2029)
                .had("CHIEN_SI_THI_DUA_CO_SO", 2029)
                .had("CHIEN_SI_THI_DUA_CO_SO", 2030));
    assertThat(again.eligible()).isFalse();
    assertThat(check(again, "BKT-ANNUAL-CSTDCS-2").message()).contains("2029");
    assertThat(
            judge(
                    award("BANG_KHEN_CAP_TINH")
                        .had("BANG_KHEN_CAP_TINH", 2028)
                        .had("CHIEN_SI_THI_DUA_CO_SO", 2029)
                        .had("CHIEN_SI_THI_DUA_CO_SO", 2030))
                .eligible())
        .isTrue();
    // A second BK Thủ tướng counts its five years from the first one.
    EligibilityAnswer second = judge(bkttgCase().had("BANG_KHEN_THU_TUONG", 2027));
    assertThat(second.eligible()).isFalse();
    assertThat(check(second, "BKTTG-ANNUAL-FIVE-YEARS").message()).contains("2028–2030");
  }

  @Test
  void giayKhenNeedsGoodWorkOnAnnualReviewsAndTheCouncilOnMovementReviews() {
    assertThat(judge(award("GIAY_KHEN").rated("GOOD", 2030, 2030)).eligible()).isTrue();
    EligibilityAnswer a = judge(award("GIAY_KHEN").rated("COMPLETED", 2030, 2030));
    assertThat(a.eligible()).isFalse();
    assertThat(check(a, "GK-ANNUAL-RATING").citation()).contains("Điều 75, khoản 2");
    assertThat(judge(award("GIAY_KHEN").occasion("FINAL")).eligible()).isTrue();
    assertThat(judge(award("GIAY_KHEN").occasion("FINAL").vote(9, 9, 4)).eligible()).isFalse();
    assertThat(judge(award("GIAY_KHEN").occasion("AD_HOC").household()).eligible()).isTrue();
    assertThat(judge(award("GIAY_KHEN").collective().rated("GOOD", 2030, 2030)).eligible())
        .isTrue();
  }

  @Test
  void coThiDuaTinhIsTheCouncilsOnAnnualAndMovementReviews() {
    assertThat(judge(award("CO_THI_DUA_CAP_TINH").collective()).eligible()).isTrue();
    EligibilityAnswer movement = judge(award("CO_THI_DUA_CAP_TINH").collective().occasion("FINAL"));
    assertThat(movement.eligible()).isTrue();
    assertThat(check(movement, "COTINH-MOVEMENT-COUNCIL").confidence()).isEqualTo("INFERRED");
    assertThat(judge(award("CO_THI_DUA_CAP_TINH").collective().occasion("AD_HOC")).eligible())
        .isFalse();
    assertThat(judge(award("CO_THI_DUA_CAP_TINH")).eligible()).isFalse();
    EligibilityAnswer unnamed = judge(award("CO_THI_DUA_CAC_CAP").collective());
    assertThat(unnamed.eligible()).isTrue();
    assertThat(check(unnamed, "COCC-JUDGED-AS").confidence()).isEqualTo("INFERRED");
  }

  // ------------------------------------------------------------ Huân chương Lao động

  @Test
  void huanChuongLaoDongHangBaNeedsBangKhenThuTuongThenFiveYearsWithOneExcellent() {
    EligibilityCases ok =
        award("HUAN_CHUONG_LAO_DONG_HANG_BA")
            .had("BANG_KHEN_THU_TUONG", 2025)
            .had("CHIEN_SI_THI_DUA_CO_SO", 2026)
            .had("CHIEN_SI_THI_DUA_CO_SO", 2028)
            .had("CHIEN_SI_THI_DUA_CO_SO", 2030)
            .rated("GOOD", 2026, 2029)
            .rated("EXCELLENT", 2030, 2030);
    assertThat(judge(ok).eligible()).isTrue();
    EligibilityAnswer unspecified =
        judge(
            award("HUAN_CHUONG_LAO_DONG")
                .had("BANG_KHEN_THU_TUONG", 2025)
                .had("CHIEN_SI_THI_DUA_CO_SO", 2026)
                .had("CHIEN_SI_THI_DUA_CO_SO", 2028)
                .had("CHIEN_SI_THI_DUA_CO_SO", 2030)
                .rated("GOOD", 2026, 2030));
    assertThat(unspecified.eligible()).isFalse();
    assertThat(check(unspecified, "HCLD3-ANNUAL-EXCELLENT-1").citation()).contains("Điều 44");
    assertThat(check(unspecified, "HCLD-JUDGED-AS").passed()).isTrue();
    EligibilityAnswer second = judge(award("HUAN_CHUONG_LAO_DONG_HANG_NHI"));
    assertThat(second.eligible()).isFalse();
    assertThat(check(second, "HCLD2-ANNUAL-GAP").confidence()).isEqualTo("GAP");
  }

  @Test
  void otherFormsOfTheCommune() {
    assertThat(judge(award("XA_PHUONG_DAC_KHU_TIEU_BIEU").collective()).eligible()).isTrue();
    assertThat(judge(award("THON_TO_DAN_PHO_VAN_HOA").collective()).eligible()).isTrue();
    assertThat(judge(award("GIA_DINH_VAN_HOA").household()).eligible()).isFalse();
  }

  // ------------------------------------------------------------ regimes

  @Test
  void theRegimeIsChosenByTheDateJudged() {
    EligibilityAnswer old = judge(bkttgCase().asOf("2025-03-01"));
    assertThat(old.regime()).isEqualTo("LAW_2022_ND_98_2023");
    assertThat(check(old, "CHUNG-KY-LUAT").citation()).contains("98/2023");
    EligibilityAnswer current = judge(bkttgCase().asOf("2026-08-01"));
    assertThat(current.regime()).isEqualTo("LAW_2022_ND_152_2025");
    assertThat(current.checks()).noneMatch(c -> c.rule().startsWith("REGIME-"));
  }

  @Test
  void fromTheFirstOfOctober2026TheUnverifiedAmendedLawIsAnInferredWarning() {
    assertThat(judge(bkttgCase().asOf("2026-09-30")).checks())
        .noneMatch(c -> c.rule().startsWith("REGIME-WATCH"));
    EligibilityAnswer a = judge(bkttgCase().asOf("2026-10-01"));
    Check watch = check(a, "REGIME-WATCH-LUAT-SUA-DOI-2026");
    assertThat(watch.confidence()).isEqualTo("INFERRED");
    assertThat(watch.passed()).isTrue();
    assertThat(a.eligible()).isTrue();
  }

  @Test
  void aDisciplinaryPeriodCoveringTheDateJudgedMakesTheSubjectIneligible() {
    EligibilityAnswer a =
        judge(
            bkttgCase()
                .disciplined(null)
                .disciplinePeriod("KHIEN_TRACH", "2030-06-01", "2031-05-31"));
    assertThat(a.eligible()).isFalse();
    assertThat(check(a, "CHUNG-KY-LUAT").message()).contains("khiển trách");
    assertThat(check(a, "CHUNG-KY-LUAT").citation()).contains("Điều 4, khoản 4");
  }

  @Test
  void achievementsCountFromTheEndOfADisciplinaryPeriod() {
    // Bằng khen cấp tỉnh for 2026 by two consecutive Chiến sĩ thi đua cơ sở (2025, 2026), but a
    // reprimand ended on 09/03/2026: 2025 no longer counts.
    EligibilityCases base =
        award("BANG_KHEN_CAP_TINH")
            .asOf("2026-11-01")
            .year(2026)
            .rated("EXCELLENT", 2023, 2026)
            .had("CHIEN_SI_THI_DUA_CO_SO", 2025)
            .had("CHIEN_SI_THI_DUA_CO_SO", 2026)
            .noInitiatives()
            .disciplined(false)
            .vote(9, 9, 9);
    assertThat(judge(base).eligible()).isTrue();
    EligibilityAnswer a = judge(base.disciplinePeriod("KHIEN_TRACH", "2024-03-10", "2025-03-09"));
    assertThat(a.eligible()).isTrue();
    EligibilityAnswer late = judge(base.disciplinePeriod("CANH_CAO", "2025-03-10", "2026-03-09"));
    assertThat(late.eligible()).isFalse();
    assertThat(check(late, "CHUNG-KY-LUAT").passed()).isTrue();
    assertThat(check(late, "CHUNG-KY-LUAT").message()).contains("09/03/2026");
    assertThat(check(late, "BKT-ANNUAL-CSTDCS-2").message()).contains("09/03/2026");
    EligibilityAnswer before =
        judge(base.year(2025).disciplinePeriod("CANH_CAO", "2025-03-10", "2026-03-09"));
    assertThat(check(before, "CHUNG-KY-LUAT").passed()).isFalse();
  }

  @Test
  void chienSiThiDuaToanQuocNeedsTwoProvincialTitlesSpacedByTheirCountingPeriod() {
    EligibilityCases c =
        award("CHIEN_SI_THI_DUA_TOAN_QUOC")
            .asOf("2027-11-01")
            .year(2027)
            .initiative(2026, "NATIONAL")
            .disciplined(false)
            .vote(20, 20, 18);
    assertThat(
            judge(c.had("CHIEN_SI_THI_DUA_CAP_TINH", 2024).had("CHIEN_SI_THI_DUA_CAP_TINH", 2027))
                .eligible())
        .isTrue();
    EligibilityAnswer overlapping =
        judge(
            award("CHIEN_SI_THI_DUA_TOAN_QUOC")
                .asOf("2027-11-01")
                .year(2027)
                .initiative(2026, "NATIONAL")
                .disciplined(false)
                .vote(20, 20, 18)
                .had("CHIEN_SI_THI_DUA_CAP_TINH", 2026)
                .had("CHIEN_SI_THI_DUA_CAP_TINH", 2027));
    assertThat(check(overlapping, "CSTDTQ-ANNUAL-CSTDT-2").passed()).isFalse();
    assertThat(check(overlapping, "CSTDTQ-ANNUAL-CSTDT-2").message()).contains("chồng thời gian");
    EligibilityAnswer afterPrevious =
        judge(
            award("CHIEN_SI_THI_DUA_TOAN_QUOC")
                .asOf("2027-11-01")
                .year(2027)
                .initiative(2026, "NATIONAL")
                .disciplined(false)
                .vote(20, 20, 18)
                .had("CHIEN_SI_THI_DUA_TOAN_QUOC", 2025)
                .had("CHIEN_SI_THI_DUA_CAP_TINH", 2024)
                .had("CHIEN_SI_THI_DUA_CAP_TINH", 2027));
    assertThat(check(afterPrevious, "CSTDTQ-ANNUAL-CSTDT-2").passed()).isFalse();
  }

  @Test
  void bangKhenTinhHasARouteForWorkersAndFarmersWithInfluenceInTheirCommune() {
    EligibilityCases farmer =
        award("BANG_KHEN_CAP_TINH")
            .asOf("2026-11-01")
            .year(2026)
            .individual("OTHER")
            .noHistory()
            .noInitiatives()
            .disciplined(false)
            .vote(9, 9, 6);
    EligibilityAnswer a = judge(farmer.directWorker(true));
    assertThat(a.eligible()).isTrue();
    assertThat(check(a, "BKT-ANNUAL-WORKER-FARMER-INFLUENCE").citation()).contains("Điều 74");
    assertThat(judge(farmer.directWorker(false)).eligible()).isFalse();
  }

  @Test
  void bangKhenThuTuongHasTheFarmerRouteOfDecree152() {
    EligibilityCases farmer =
        award("BANG_KHEN_THU_TUONG")
            .asOf("2026-11-01")
            .year(2026)
            .individual("OTHER")
            .directWorker(true)
            .noHistory()
            .noInitiatives()
            .disciplined(false)
            .vote(9, 9, 6);
    EligibilityAnswer a = judge(farmer);
    assertThat(a.eligible()).isTrue();
    assertThat(check(a, "BKTTG-ANNUAL-FARMER-MODEL").citation()).contains("Điều 27, khoản 2");
    assertThat(judge(farmer.asOf("2025-03-01")).eligible()).isFalse();
  }

  @Test
  void aDateBeforeTheLawOf2022UsesTheEarliestRegimeAndSaysSo() {
    EligibilityAnswer a = judge(bkttgCase().asOf("2023-06-01").year(2022));
    assertThat(a.regime()).isEqualTo("LAW_2022_ND_98_2023");
    assertThat(check(a, "REGIME-BEFORE-KNOWN").confidence()).isEqualTo("INFERRED");
  }

  @Test
  void aDossierReceivedBeforeJulyTwentyTwentyFiveStaysUnderDecree98() {
    EligibilityAnswer a = judge(bkttgCase().asOf("2025-08-01").receivedOn("2025-06-20"));
    assertThat(a.regime()).isEqualTo("LAW_2022_ND_98_2023");
    assertThat(check(a, "REGIME-TRANSITION").citation()).contains("Điều 60, khoản 3");
    assertThat(judge(bkttgCase().asOf("2025-08-01").receivedOn("2025-07-02")).regime())
        .isEqualTo("LAW_2022_ND_152_2025");
  }

  @Test
  void underDecree98ChienSiThiDuaCoSoNeededEightyPercent() {
    EligibilityCases c =
        award("CHIEN_SI_THI_DUA_CO_SO")
            .asOf("2025-03-01")
            .year(2024)
            .rated("EXCELLENT", 2024, 2024);
    assertThat(judge(c.vote(10, 10, 7)).eligible()).isFalse();
    assertThat(judge(c.vote(10, 10, 8)).eligible()).isTrue();
    assertThat(judge(c.asOf("2026-03-01").vote(10, 10, 6)).eligible()).isTrue();
  }

  // ------------------------------------------------------------ every form, every occasion

  static java.util.List<EligibilityCases> everyCombination() {
    java.util.List<EligibilityCases> out = new java.util.ArrayList<>();
    for (RuleBook.Award a : RuleBook.load().awards().values()) {
      for (String kind : new String[] {"INDIVIDUAL", "COLLECTIVE", "HOUSEHOLD"}) {
        for (String occasion : new String[] {"ANNUAL", "INTERIM", "FINAL", "THEMATIC", "AD_HOC"}) {
          EligibilityCases c =
              award(a.code())
                  .occasion(occasion)
                  .rated("EXCELLENT", 2020, 2030)
                  .initiative(2029, "NATIONAL")
                  .initiative(2030, "NATIONAL")
                  .members(10, 10, 10, 2, 0)
                  .had("BANG_KHEN_CAP_TINH", 2024)
                  .had("BANG_KHEN_THU_TUONG", 2025)
                  .had("CHIEN_SI_THI_DUA_CAP_TINH", 2027)
                  .had("CHIEN_SI_THI_DUA_CAP_TINH", 2030);
          for (int y = 2026; y <= 2030; y++) {
            c.had("CHIEN_SI_THI_DUA_CO_SO", y).had("TAP_THE_LAO_DONG_XUAT_SAC", y);
          }
          out.add(
              switch (kind) {
                case "COLLECTIVE" -> c.collective();
                case "HOUSEHOLD" -> c.household();
                default -> c;
              });
        }
      }
    }
    return out;
  }

  @Test
  void everyFormOnEveryOccasionAnswersWithCitedChecksAndNeedsTheCouncilAndNoDiscipline() {
    int eligible = 0;
    for (EligibilityCases c : everyCombination()) {
      EligibilityAnswer a = judge(c);
      assertThat(a.checks()).isNotEmpty();
      assertThat(check(a, "CHUNG-KY-LUAT").passed()).isTrue();
      if (a.eligible()) {
        eligible++;
        assertThat(judge(c.noVote()).eligible()).isFalse();
        assertThat(judge(c.noVote()).missing()).contains("vote");
        assertThat(judge(c.vote(9, 9, 9).disciplined(true)).eligible()).isFalse();
        assertThat(judge(c.disciplined(false).vote(9, 9, 1)).eligible()).isFalse();
      }
    }
    assertThat(eligible).isGreaterThan(30);
  }

  @Test
  void ceremonialFormsWithoutAStandardAreNeverEligible() {
    EligibilityAnswer first =
        judge(award("HUAN_CHUONG_LAO_DONG_HANG_NHAT").rated("EXCELLENT", 2020, 2030));
    assertThat(first.eligible()).isFalse();
    assertThat(check(first, "HCLD1-ANNUAL-GAP").citation()).contains("Điều 44");
    EligibilityAnswer collective = judge(award("HUAN_CHUONG_LAO_DONG_HANG_BA").collective());
    assertThat(check(collective, "HCLD3-ANNUAL-COLLECTIVE-GAP").passed()).isFalse();
    EligibilityAnswer household = judge(award("BANG_KHEN_THU_TUONG").household());
    assertThat(check(household, "BKTTG-ANNUAL-HOUSEHOLD-GAP").confidence()).isEqualTo("GAP");
    EligibilityAnswer adHoc =
        judge(award("BANG_KHEN_THU_TUONG").occasion("AD_HOC").vote(9, null, 4));
    assertThat(adHoc.eligible()).isFalse();
    assertThat(check(adHoc, "BKTTG-ADHOC-COUNCIL").citation()).contains("Điều 73, khoản 1, điểm c");
    EligibilityAnswer commune =
        judge(award("XA_PHUONG_DAC_KHU_TIEU_BIEU").collective().vote(9, null, 4));
    assertThat(check(commune, "XATB-ANNUAL-COUNCIL").citation()).contains("Điều 8");
  }

  // ------------------------------------------------------------ input errors

  @Test
  void aBatchIsJudgedInOrderAndABadValueIsNamedWithItsIndex() {
    var answers =
        ENGINE.checkAll(
            java.util.List.of(bkttgCase().build(), bkttgCase().disciplined(true).build()));
    assertThat(answers).extracting(EligibilityAnswer::eligible).containsExactly(true, false);
    assertThatThrownBy(() ->
            ENGINE.checkAll(
                java.util.List.of(
                    bkttgCase().build(),
                    award("GIAY_KHEN").year(2030).individual("ROBOT").build())))
        .isInstanceOfSatisfying(
            BusinessRuleViolation.class,
            e -> assertThat(e.field()).isEqualTo("[1].subject.category"));
  }

  @Test
  void awardsOutsideTheCatalogueInTheHistoryNeverCount() {
    EligibilityAnswer a = judge(bkttgCase().had("KY_NIEM_CHUONG", 2027));
    assertThat(a.eligible()).isTrue();
  }

  @Test
  void anUnknownAwardIsRefusedNamingTheField() {
    assertThatThrownBy(() -> ENGINE.check(award("HUY_CHUONG_VANG").build()))
        .isInstanceOfSatisfying(
            BusinessRuleViolation.class, e -> assertThat(e.field()).isEqualTo("award"));
    assertThatThrownBy(() -> ENGINE.check(award("GIAY_KHEN").occasion("YEARLY").build()))
        .isInstanceOfSatisfying(
            BusinessRuleViolation.class, e -> assertThat(e.field()).isEqualTo("occasion"));
  }
}
