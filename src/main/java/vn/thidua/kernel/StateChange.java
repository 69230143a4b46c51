package vn.thidua.kernel;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One state change as the caller asks it: the record moves from the state and version the user saw
 * to another, with the columns the step sets.
 */
public record StateChange(
    Tracked tracked,
    long id,
    long version,
    String from,
    String to,
    String action,
    String actor,
    String reason,
    Map<String, Object> columns) {

  public StateChange {
    Map<String, Object> copy = new LinkedHashMap<>();
    if (columns != null) {
      columns.forEach((k, v) -> {
        if (!Tracked.isColumn(k)) {
          throw new IllegalArgumentException("not a column: " + k);
        }
        copy.put(k, v);
      });
    }
    columns = java.util.Collections.unmodifiableMap(copy);
  }

  /**
   * Refuses a step taken on a copy older than the record: someone else acted first. Called after
   * the read check (so another unit's record answers 404 whatever version is sent) and before the
   * workflow's own checks.
   */
  public static void requireVersion(long seen, long current, String table) {
    if (seen != current) {
      throw new ConcurrentChange(table);
    }
  }
}
