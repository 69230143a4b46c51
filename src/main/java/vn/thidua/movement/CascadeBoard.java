package vn.thidua.movement;

import java.time.LocalDate;
import java.util.List;

/** Who below a plan has issued their own plan, who is drafting, who has none, who is late. */
public record CascadeBoard(
    MovementView movement,
    LocalDate asOf,
    LocalDate deadline,
    List<Row> rows,
    Counts counts,
    List<Row> organizations,
    Counts organizationCounts) {

  /** The state of one unit below. */
  public enum State {
    ISSUED,
    ISSUED_LATE,
    IN_PROGRESS,
    NONE
  }

  /**
   * One unit below, or one organisation of the plan's level (a department, the Front, an
   * enterprise: {@code organizationId} set, {@code unitName} its name), with its plan, if any.
   */
  public record Row(
      String unitCode,
      String unitName,
      State state,
      boolean late,
      Long movementId,
      LocalDate issuedOn,
      String reference,
      Long organizationId) {}

  /** Counts per state; they add up to the units below. */
  public record Counts(int total, int issued, int issuedLate, int inProgress, int none, int late) {}
}
