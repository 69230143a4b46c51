package vn.thidua.kernel;

/**
 * The append-only audit log every state change writes to, in the same transaction as the change.
 * The platform implements it (hash-chained rows); modules only call it.
 */
public interface AuditTrail {

  /**
   * Records a change.
   *
   * @param action what was done, e.g. {@code organization.update}
   * @param entityType the kind of record, e.g. {@code organization}
   * @param entityId its id
   * @param before the state before (any object serialisable as JSON), or null when created
   * @param after the state after, or null when removed
   */
  void record(String action, String entityType, Object entityId, Object before, Object after);
}
