package vn.thidua.kernel;

/**
 * How long a text may be, read from one place: the column that keeps it. Forms show the same number
 * ({@code maxlength} and "tối đa N ký tự") and services refuse longer text with a field message, so
 * a text is never cut, and never reaches the database too long.
 */
public interface TextLimits {

  /** The most characters {@code table.column} holds; {@link Integer#MAX_VALUE} when unlimited. */
  int of(String table, String column);

  /** Records a field error in {@code checks} when {@code value} is longer than its column holds. */
  default FieldChecks check(
      FieldChecks checks, String field, String value, String table, String column) {
    int limit = of(table, column);
    return checks.reject(
        value != null && value.length() > limit,
        field,
        "error.text-too-long",
        limit,
        value == null ? 0 : value.length());
  }
}
