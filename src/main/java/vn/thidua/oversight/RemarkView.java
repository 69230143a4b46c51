package vn.thidua.oversight;

import java.time.Instant;

/** A supervisor's comment on a plan, or on a report or a nomination of the plan. */
public record RemarkView(
    long id,
    long movementId,
    Subject subject,
    String subjectRef,
    String text,
    String authorName,
    Instant createdAt) {

  /** What the comment is about. */
  public enum Subject {
    PLAN,
    REPORT,
    NOMINATION
  }
}
