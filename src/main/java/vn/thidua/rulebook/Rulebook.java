package vn.thidua.rulebook;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The rulebook as the other modules ask it. Every award name, every decision authority, council,
 * notice, dossier item, bonus and eligibility condition comes from here, for the date that matters
 * (the decision date for money).
 */
public interface Rulebook {

  /** The version of the rule data (its two files). */
  String version();

  /** Every catalogue code, highest first (the order of the catalogue). */
  List<String> codes();

  /** Whether the code is in the catalogue. */
  boolean known(String code);

  /** The full Vietnamese name ("Bằng khen của Chủ tịch Ủy ban nhân dân tỉnh, thành phố"). */
  String name(String code);

  /** The short name for lists ("Bằng khen cấp tỉnh"). */
  String shortName(String code);

  /** Every form as in force on a date, with a province's parameters (null: the defaults). */
  List<FormRule> forms(LocalDate on, String province);

  /** One form as in force on a date. */
  Optional<FormRule> form(String code, LocalDate on, String province);

  /** The eligibility check of the contract. */
  EligibilityAnswer check(EligibilityRequest request);

  /** Many checks at once; a bad value is named with its index. */
  List<EligibilityAnswer> checkBatch(List<EligibilityRequest> requests);

  List<RegimeView> regimes();

  /** Rule rows of eligibility, of one award or all. */
  List<RuleView> rules(String award);

  Map<String, Object> provinceParameters(String province);

  /**
   * The parameters a province's plans work under, with citations, saying which are the province's
   * own and which the defaults of another province's regulation.
   */
  ProvinceRules provinceRules(String province);

  /** Every row read with less than full confidence, for a lawyer to sign off. */
  List<Doubt> doubts();

  /** The base salaries by the date they took effect, with their citations. */
  List<BaseSalary> baseSalaries();

  /** A base salary (mức lương cơ sở) and the day it took effect. */
  record BaseSalary(LocalDate from, long amount, String citation, String confidence) {}

  /** The dossier item's Vietnamese name. */
  String dossierItemName(String item);

  /** An authority's Vietnamese name (COMMUNE_CHAIRMAN → "Chủ tịch Ủy ban nhân dân cấp xã"). */
  String authorityName(String authority);
}
