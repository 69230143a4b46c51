package vn.thidua.initiative;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** An initiative as pages and the API show it. */
public record InitiativeView(
    long id,
    String title,
    Field field,
    Long movementId,
    String theme,
    long organizationId,
    String organizationName,
    String unitCode,
    String unitName,
    int year,
    LocalDate appliedOn,
    String problem,
    String solution,
    String novelty,
    String effect,
    Status status,
    String reason,
    Scope scope,
    String decisionNumber,
    LocalDate decisionDate,
    String signer,
    LocalDate countsFrom,
    Instant submittedAt,
    List<Author> authors,
    List<Attachment> attachments,
    long version,
    String path,
    String unitPath) {

  /** Lĩnh vực of an initiative. */
  public enum Field {
    ADMINISTRATION,
    DIGITAL,
    ECONOMY,
    AGRICULTURE,
    EDUCATION,
    HEALTH,
    CULTURE_SOCIETY,
    ENVIRONMENT,
    SECURITY,
    OTHER
  }

  /**
   * DRAFT → SUBMITTED → UNDER_REVIEW → RECOGNISED | NOT_RECOGNISED; SUBMITTED or UNDER_REVIEW →
   * RETURNED (reason) → SUBMITTED. The allowed moves are listed in {@code InitiativeWorkflow}.
   */
  public enum Status {
    DRAFT,
    SUBMITTED,
    UNDER_REVIEW,
    RECOGNISED,
    NOT_RECOGNISED,
    RETURNED
  }

  /** Phạm vi ảnh hưởng: cơ sở (the agency, unit or commune), tỉnh, toàn quốc; in that order. */
  public enum Scope {
    BASE,
    PROVINCE,
    NATIONAL
  }

  /** An author (a person of the directory, or a name) and the share of the work in per cent. */
  public record Author(Long personId, String fullName, String organizationName, BigDecimal share) {}

  /** An evidence file. */
  public record Attachment(long id, String fileName, int sizeBytes) {}

  /** Whether the authors may still change it. */
  public boolean open() {
    return status == Status.DRAFT || status == Status.RETURNED;
  }
}
