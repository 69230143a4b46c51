package vn.thidua.oversight;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/**
 * A duty of an issued plan followed as a task: the body the plan names, the organisation that owns
 * it (when the plan names one body of its level), the lead and the coordinating bodies, the due
 * date (from the plan, or set by the office), the owner's report and evidence.
 */
public record TaskView(
    long id,
    long movementId,
    String planName,
    String unitCode,
    String body,
    Long ownerOrganizationId,
    String ownerName,
    String text,
    String leadBody,
    List<String> coordinating,
    Duty duty,
    Set<Field> fields,
    LocalDate dueOn,
    DueSource dueSource,
    Status status,
    String report,
    Instant reportedAt,
    boolean reportedLate,
    String criteria,
    String reason,
    long version,
    boolean overdue,
    List<FileView> files) {

  public TaskView {
    coordinating = coordinating == null ? List.of() : List.copyOf(coordinating);
    fields = fields == null ? Set.of() : Set.copyOf(fields);
    files = files == null ? List.of() : List.copyOf(files);
  }

  /** OPEN → REPORTED (by the owner) → CLOSED (by the office), or back to OPEN with a reason. */
  public enum Status {
    OPEN,
    REPORTED,
    CLOSED
  }

  /** Where the due date comes from. */
  public enum DueSource {
    PLAN,
    OFFICE
  }

  /** Tasks of one body (or one commune) and how many are overdue. */
  public record Tally(String unitCode, String unitName, String owner, int open, int overdue) {}
}
