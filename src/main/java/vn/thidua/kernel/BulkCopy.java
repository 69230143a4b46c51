package vn.thidua.kernel;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;

/**
 * Rows written to one table (of the calling module) with PostgreSQL {@code COPY … FROM STDIN} (text
 * format) on the connection of the current Spring transaction: the bulk write of the imports (issue
 * 16). Values are escaped here (backslash, tab, new line, carriage return); {@code null} is written
 * as {@code \N}.
 */
public final class BulkCopy {

  /**
   * Ids as ranges ("1000-1999", "2005"): what an import's one audit entry lists of the rows it
   * created.
   */
  public static List<String> idRanges(java.util.Collection<Long> ids) {
    long[] sorted = ids.stream().mapToLong(Long::longValue).sorted().toArray();
    List<String> out = new java.util.ArrayList<>();
    for (int i = 0; i < sorted.length; ) {
      int j = i;
      while (j + 1 < sorted.length && sorted[j + 1] == sorted[j] + 1) {
        j++;
      }
      out.add(i == j ? Long.toString(sorted[i]) : sorted[i] + "-" + sorted[j]);
      i = j + 1;
    }
    return out;
  }

  private static final int FLUSH_CHARS = 512 * 1024;

  private final CopyIn copy;
  private final StringBuilder buffer = new StringBuilder(FLUSH_CHARS + 4096);
  private long rows;

  private BulkCopy(CopyIn copy) {
    this.copy = copy;
  }

  /**
   * Starts a COPY into {@code table (columns)} on {@code connection}: the current transaction's
   * (Spring's {@code DataSourceUtils.getConnection}), so that the rows commit or roll back with it.
   */
  public static BulkCopy into(Connection connection, String table, List<String> columns) {
    try {
      CopyIn in =
          connection
              .unwrap(PGConnection.class)
              .getCopyAPI()
              .copyIn("copy " + table + " (" + String.join(", ", columns) + ") from stdin");
      return new BulkCopy(in);
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  /** One row, its values in the order of the columns. */
  public void row(Object... values) {
    for (int i = 0; i < values.length; i++) {
      if (i > 0) {
        buffer.append('\t');
      }
      Object v = values[i];
      if (v == null) {
        buffer.append("\\N");
      } else if (v instanceof Boolean b) {
        buffer.append(b ? 't' : 'f');
      } else {
        escape(v.toString());
      }
    }
    buffer.append('\n');
    rows++;
    if (buffer.length() >= FLUSH_CHARS) {
      flush();
    }
  }

  private void escape(String s) {
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '\\' -> buffer.append("\\\\");
        case '\t' -> buffer.append("\\t");
        case '\n' -> buffer.append("\\n");
        case '\r' -> buffer.append("\\r");
        default -> buffer.append(c);
      }
    }
  }

  private void flush() {
    if (buffer.isEmpty()) {
      return;
    }
    byte[] bytes = buffer.toString().getBytes(StandardCharsets.UTF_8);
    buffer.setLength(0);
    try {
      copy.writeToCopy(bytes, 0, bytes.length);
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  /** Ends the COPY; returns the number of rows the server took. */
  public long finish() {
    flush();
    try {
      return copy.endCopy();
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  public long rows() {
    return rows;
  }

  /** Abandons the COPY after a failure (the transaction rolls back). */
  public void cancel() {
    try {
      if (copy.isActive()) {
        copy.cancelCopy();
      }
    } catch (SQLException e) {
      // the transaction is rolled back anyway
    }
  }
}
