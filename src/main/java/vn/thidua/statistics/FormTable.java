package vn.thidua.statistics;

import java.util.List;

/**
 * One statistics form computed for a level and a year: the version of the form (the circular that
 * defines it), its rows and columns with their codes, and the counts. A heading row has no counts.
 */
public record FormTable(
    String circular,
    String code,
    String symbol,
    String title,
    String countUnit,
    String unitCode,
    String unitName,
    int year,
    List<Line> rows,
    List<Line> columns,
    List<List<Integer>> cells) {

  /** A row or a column of the form. */
  public record Line(String code, String label, String group, int indent, boolean heading) {}

  /** The count in a row (by index) and a column (by index); null for a heading row. */
  public Integer cell(int row, int column) {
    return cells.get(row).get(column);
  }

  /** The count by row and column codes (a test reads the form as the office does). */
  public Integer cell(String rowCode, String columnCode) {
    for (int r = 0; r < rows.size(); r++) {
      if (rows.get(r).code().equals(rowCode)) {
        for (int c = 0; c < columns.size(); c++) {
          if (columns.get(c).code().equals(columnCode)) {
            return cell(r, c);
          }
        }
      }
    }
    throw new IllegalArgumentException(rowCode + "×" + columnCode);
  }
}
