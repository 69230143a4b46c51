package vn.thidua.kernel;

import java.time.Instant;

/**
 * Published once a record of any workflow has moved (or was created in its first state, {@code
 * from} null), after the history row and the audit entry, in the same transaction: the inbox, the
 * work lists and the read models of other modules listen to it.
 */
public record StateChanged(
    String record,
    long id,
    String action,
    String from,
    String to,
    String actor,
    String reason,
    Instant at) {}
