package vn.thidua.commendation;

import java.time.LocalDate;
import java.util.List;

/**
 * The honour lists, for the public portal and the exports: every award decided and not revoked,
 * with only what the decision itself publishes (the awardee's name, unit and form). Nothing else
 * personal ever leaves through this interface.
 */
public interface Honours {

  /**
   * The awards decided by a level (its administrative unit code, or null for all) in a year (null
   * for all), newest decision first.
   */
  List<Honour> decided(String levelUnitCode, Integer year);

  /**
   * What statistics forms 0602 and 0603 count: every award decided (not revoked) in a year whose
   * subject lies at or below a unit path, whoever decided it.
   */
  List<AwardFact> facts(String unitPath, int year);

  /**
   * One award as the statistics count it.
   *
   * @param decidingLevel COMMUNE, AGENCY, PROVINCE or NATION
   * @param proposingLevel the level where the case started (COMMUNE, AGENCY, PROVINCE)
   * @param nomineeClass STATE_BODY, ENTERPRISE, HOUSEHOLD, LEADER_PROVINCE, LEADER_DEPARTMENT,
   *     LEADER_OFFICE, ENTREPRENEUR, DIRECT_WORKER, OTHER_INDIVIDUAL
   * @param rewardKind CONG_TRANG, CHUYEN_DE, DOT_XUAT, DOI_NGOAI, CONG_HIEN, NIEN_HAN, KHANG_CHIEN
   */
  record AwardFact(
      long id,
      String award,
      String subjectKind,
      String decidingLevel,
      String proposingLevel,
      String nomineeClass,
      String rewardKind,
      LocalDate decisionDate,
      String decisionNumber,
      String levelUnitCode,
      String name,
      String unit) {}

  /** The years in which any award was decided, newest first. */
  List<Integer> years();

  /**
   * One awardee of a decision.
   *
   * @param level COMMUNE, AGENCY, PROVINCE or NATION
   * @param subjectKind INDIVIDUAL, COLLECTIVE or HOUSEHOLD
   * @param occasion ANNUAL, INTERIM, FINAL, THEMATIC or AD_HOC
   */
  record Honour(
      long id,
      String decisionNumber,
      LocalDate decisionDate,
      String decisionSigner,
      String levelUnitCode,
      String levelUnitName,
      String level,
      int year,
      String occasion,
      String award,
      String subjectKind,
      String name,
      String unit,
      String certificateCode,
      String nomineeClass,
      String rewardKind,
      String decisionAuthority) {

    public boolean collective() {
      return "COLLECTIVE".equals(subjectKind);
    }
  }
}
