package vn.thidua.kernel;

import java.time.Instant;
import java.util.List;
import java.util.function.Supplier;

/**
 * The one component every workflow's state changes go through (the platform implements it): in the
 * caller's transaction it moves the row only from the version and state the user saw (else {@link
 * ConcurrentChange}), writes the history row and the audit entry, and publishes {@link
 * StateChanged}.
 */
public interface StateChanges {

  /**
   * Moves a record and returns it as {@code after} reads it once moved (what the audit entry keeps
   * beside {@code before}).
   */
  <T> T move(StateChange change, Object before, Supplier<T> after);

  /**
   * Records a step whose row was written by the caller (a record created in its first state, or a
   * move with a statement of its own): history row, audit entry and event.
   */
  void record(
      Tracked tracked,
      long id,
      String action,
      String from,
      String to,
      String actor,
      String reason,
      Object before,
      Object after);

  /**
   * Records many records an import wrote in one statement of its own, each created in its first
   * state ({@code to}): their history rows in one statement, one audit entry for the whole import
   * ({@code auditAction} on {@code importName}, {@code entry} as what it did, the records' ids
   * listed there) and an event per record.
   */
  void recordImported(
      Tracked tracked,
      java.util.Collection<Long> ids,
      String action,
      String to,
      String actor,
      String auditAction,
      String importName,
      Object entry);

  /** The history of a record, oldest first. */
  List<Entry> history(Tracked tracked, long id);

  /** One history row. */
  record Entry(String action, String from, String to, String reason, String actor, Instant at) {}
}
