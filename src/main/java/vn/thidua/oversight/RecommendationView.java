package vn.thidua.oversight;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A recommendation (kiến nghị) of an inspection to a target, with its owner and due date: OPEN →
 * ANSWERED (by the target, with evidence) → CLOSED (by the team lead), or back to OPEN.
 */
public record RecommendationView(
    long id,
    long inspectionId,
    String inspectionTitle,
    long targetId,
    String ownerName,
    Long findingId,
    String text,
    LocalDate dueOn,
    String answer,
    Instant answeredAt,
    Status status,
    String reason,
    long version,
    boolean overdue,
    List<FileView> files) {

  public RecommendationView {
    files = files == null ? List.of() : List.copyOf(files);
  }

  /** OPEN → ANSWERED → CLOSED; ANSWERED → OPEN with a reason. */
  public enum Status {
    OPEN,
    ANSWERED,
    CLOSED
  }
}
