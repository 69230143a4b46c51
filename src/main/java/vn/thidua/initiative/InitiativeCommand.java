package vn.thidua.initiative;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/** What a filer writes: the initiative and its authors with their shares (adding up to 100). */
public record InitiativeCommand(
    String title,
    InitiativeView.Field field,
    Long movementId,
    String theme,
    Long organizationId,
    LocalDate appliedOn,
    String problem,
    String solution,
    String novelty,
    String effect,
    List<AuthorCommand> authors,
    Long version) {

  /**
   * The most characters of each long text (problem, solution, novelty, effect), kept as {@code
   * text}: the one number the form shows and the service checks.
   */
  public static final int LONG_TEXT = 20_000;

  /** An author: a person of the directory ({@code personId}) or, outside it, a name. */
  public record AuthorCommand(Long personId, String fullName, BigDecimal share) {}
}
