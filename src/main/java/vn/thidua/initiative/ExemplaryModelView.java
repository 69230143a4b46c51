package vn.thidua.initiative;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** An exemplary model (điển hình tiên tiến, mô hình hay, cách làm sáng tạo) or exemplary person. */
public record ExemplaryModelView(
    long id,
    Kind kind,
    String title,
    String story,
    String figures,
    Long movementId,
    String theme,
    long organizationId,
    String organizationName,
    String unitCode,
    String unitName,
    int year,
    Long personId,
    String publicName,
    String publicUnit,
    boolean consent,
    Status status,
    String reason,
    Instant publishedAt,
    List<Photo> photos,
    List<Replication> replications,
    long version,
    String path) {

  /** A model (a way of working) or a person held up as an example. */
  public enum Kind {
    MODEL,
    PERSON
  }

  /**
   * DRAFT → NOMINATED → APPROVED → PUBLISHED (→ WITHDRAWN → PUBLISHED); NOMINATED → RETURNED
   * (reason) → NOMINATED.
   */
  public enum Status {
    DRAFT,
    NOMINATED,
    RETURNED,
    APPROVED,
    PUBLISHED,
    WITHDRAWN
  }

  /** A photograph. */
  public record Photo(long id, String fileName) {}

  /** A place that took the model up ("nhân rộng"). */
  public record Replication(long id, String place, LocalDate startedOn, String note) {}

  public boolean open() {
    return status == Status.DRAFT || status == Status.RETURNED;
  }
}
