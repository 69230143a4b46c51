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
      String certificateCode) {

    public boolean collective() {
      return "COLLECTIVE".equals(subjectKind);
    }
  }
}
