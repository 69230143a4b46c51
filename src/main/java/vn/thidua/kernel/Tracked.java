package vn.thidua.kernel;

import java.util.regex.Pattern;

/**
 * A table whose rows move through a workflow, with its history table: the row has {@code status},
 * {@code reason}, {@code version}, {@code updated_at} and {@code updated_by}; the history has the
 * foreign key, {@code action}, {@code from_status}, {@code to_status}, {@code reason}, {@code
 * actor} and {@code at}.
 *
 * @param table the table of the records (also the audit log's entity type)
 * @param historyTable its history
 * @param foreignKey the history's column naming the record
 * @param auditPrefix the prefix of the audit actions ("nomination" → "nomination.submit")
 */
public record Tracked(String table, String historyTable, String foreignKey, String auditPrefix) {

  private static final Pattern NAME = Pattern.compile("[a-z][a-z_]{0,62}");

  public Tracked {
    for (String n : new String[] {table, historyTable, foreignKey, auditPrefix}) {
      if (n == null || !NAME.matcher(n).matches()) {
        throw new IllegalArgumentException("not an SQL name: " + n);
      }
    }
  }

  /** {@code table}, {@code table_history}, {@code table_id}, audit prefix {@code table}. */
  public static Tracked of(String table) {
    return new Tracked(table, table + "_history", table + "_id", table);
  }

  /** Whether a column name may be written as it is into SQL. */
  public static boolean isColumn(String column) {
    return column != null && NAME.matcher(column).matches();
  }
}
