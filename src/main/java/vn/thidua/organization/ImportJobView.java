package vn.thidua.organization;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** An Excel import and its progress; errors name the row and column. */
public record ImportJobView(
    UUID id,
    Kind kind,
    Status status,
    String fileName,
    int totalRows,
    int processedRows,
    int importedRows,
    List<ImportError> errors,
    Instant createdAt,
    Instant finishedAt) {

  /** What is imported. */
  public enum Kind {
    ORGANIZATIONS,
    PEOPLE
  }

  /** VALIDATING → IMPORTING → DONE, or FAILED with errors (nothing saved). */
  public enum Status {
    VALIDATING,
    IMPORTING,
    DONE,
    FAILED;

    public boolean finished() {
      return this == DONE || this == FAILED;
    }
  }

  /** One problem: the Excel row number, the column letter and header, and a Vietnamese message. */
  public record ImportError(int row, String column, String header, String message) {}

  public int percent() {
    return totalRows == 0
        ? (status.finished() ? 100 : 0)
        : Math.min(100, processedRows * 100 / totalRows);
  }
}
