package vn.thidua.rulebook;

import java.util.List;

/**
 * The verdict with its explanation: every applicable check, and the facts that were needed and not
 * given. {@code eligible} is true only when every check passed and nothing is missing.
 */
public record EligibilityAnswer(
    boolean eligible, String regime, List<Check> checks, List<String> missing) {

  /**
   * One condition judged: the rule row, the outcome, its confidence, why, and the article; {@code
   * undecided} when a fact it needed was not given (it is then named in {@code missing}).
   */
  public record Check(
      String rule,
      boolean passed,
      String confidence,
      String message,
      String citation,
      boolean undecided) {

    public Check(String rule, boolean passed, String confidence, String message, String citation) {
      this(rule, passed, confidence, message, citation, false);
    }
  }
}
