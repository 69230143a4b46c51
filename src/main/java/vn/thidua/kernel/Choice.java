package vn.thidua.kernel;

/**
 * One entry a picker offers: the value the form sends (an id or an official code, never shown), the
 * name a person reads, and a short detail that tells two equal names apart (the unit, the plan).
 */
public record Choice(String value, String label, String detail) {

  /** At most this many entries answer one search. */
  public static final int LIMIT = 15;

  /** Clamps a requested number of entries to [1, 50]. */
  public static int limit(Integer requested) {
    return requested == null ? LIMIT : Math.max(1, Math.min(50, requested));
  }
}
