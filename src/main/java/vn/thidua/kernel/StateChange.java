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

  /**
   * The version a JSON body carries ({@code {"version": 3}}): -1 when it has none (the version
   * check then refuses the step), a field error under {@code messageKey} when it is not a number.
   */
  public static long versionIn(Map<String, ?> body, String messageKey) {
    Object v = body == null ? null : body.get("version");
    try {
      return v == null ? -1 : Long.parseLong(v.toString());
    } catch (NumberFormatException e) {
      throw BusinessRuleViolation.onField("version", messageKey);
    }
  }
}
