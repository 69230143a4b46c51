package vn.thidua.oversight;

import java.time.Instant;
import java.util.List;

/**
 * A difficulty, obstacle or proposal raised by a unit on a plan, or a supervisor's recommendation:
 * held by the office of the plan's level, which answers it or forwards it up with its opinion; the
 * answer comes back down to the unit, which closes it or reopens it.
 */
public record ConcernView(
    long id,
    long movementId,
    String planName,
    Kind kind,
    Category category,
    Long organizationId,
    String raiserName,
    String unitCode,
    String title,
    String text,
    String subject,
    String holderName,
    boolean forwarded,
    String forwardOpinion,
    String answer,
    String answeredByName,
    Instant answeredAt,
    Integer amendedVersion,
    Status status,
    String reason,
    long version,
    Instant createdAt,
    String createdBy,
    List<FileView> files) {

  public ConcernView {
    files = files == null ? List.of() : List.copyOf(files);
  }

  /** Khó khăn, vướng mắc, đề xuất; kiến nghị giám sát. */
  public enum Kind {
    DIFFICULTY,
    OBSTACLE,
    PROPOSAL,
    SUPERVISION
  }

  /** What it is about. */
  public enum Category {
    POLICY,
    FUNDING,
    TECHNOLOGY,
    INFRASTRUCTURE,
    HUMAN_RESOURCES,
    PROCEDURE,
    DATA,
    OTHER
  }

  /** OPEN → ANSWERED or FORWARDED → ANSWERED; ANSWERED → CLOSED or REOPENED. */
  public enum Status {
    OPEN,
    FORWARDED,
    ANSWERED,
    CLOSED,
    REOPENED
  }

  /** Whether it still waits for an answer. */
  public boolean open() {
    return status == Status.OPEN || status == Status.FORWARDED || status == Status.REOPENED;
  }

  /** Counts of one commune's concerns by state, for the level above. */
  public record Count(String unitCode, String unitName, int open, int forwarded, int answered) {}
}
