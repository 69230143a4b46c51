package vn.thidua.review;

import java.time.LocalDate;
import java.util.Map;

/**
 * Opens a round from a plan: {@code occasion} "INTERIM:2027" (sơ kết in 2027), "FINAL:2030" or
 * "ANNUAL:2026", as {@link RoundView.Option#key()} lists them; quotas per form code (optional), the
 * deadlines for nominations and for the round report, and who takes part.
 */
public record OpenRoundCommand(
    Long movementId,
    String occasion,
    Map<String, Integer> quotas,
    LocalDate nominationsDue,
    LocalDate reportDue,
    String participants) {

  public OpenRoundCommand {
    quotas = quotas == null ? Map.of() : Map.copyOf(quotas);
  }
}
