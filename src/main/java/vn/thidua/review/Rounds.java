package vn.thidua.review;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * Review rounds as other modules need them: what a round opens to nominations. The commendation
 * module refuses a nomination of a round for a form the round does not open.
 */
public interface Rounds {

  /** A round's terms, without a read check (the caller checks the nomination's own scope). */
  Optional<Terms> terms(long roundId);

  /**
   * The decisions of a round are issued (every nomination of the round is decided, and the
   * nominations' deadline, if any, has passed): the round closes, unless it is closed already. The
   * commendation module, which issues the decisions, calls it.
   */
  void decisionsIssued(long roundId);

  /**
   * What a round opens: its plan, level (unit path), occasion (INTERIM, FINAL, ANNUAL), the years
   * it reviews, the forms open and their quotas, the nominations' deadline and whether it still
   * takes nominations.
   */
  record Terms(
      long id,
      long movementId,
      String unitCode,
      String path,
      String title,
      String occasion,
      int fromYear,
      int toYear,
      List<String> forms,
      java.util.Map<String, Integer> quotas,
      LocalDate nominationsDue,
      boolean takesNominations) {

    public Terms {
      forms = List.copyOf(forms);
      quotas = java.util.Map.copyOf(quotas);
    }
  }
}
