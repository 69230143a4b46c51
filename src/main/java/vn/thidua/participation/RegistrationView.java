package vn.thidua.participation;

import java.time.Instant;
import java.util.List;

/** A unit's registration for a plan and year: the titles it aims at and what it commits to. */
public record RegistrationView(
    long id,
    long movementId,
    long organizationId,
    String organizationName,
    int year,
    Status status,
    List<String> titles,
    List<Commitment> commitments,
    boolean late,
    String reason,
    Instant submittedAt,
    long version) {

  /** DRAFT → SUBMITTED → ACCEPTED, or SUBMITTED → RETURNED (reason) → SUBMITTED. */
  public enum Status {
    DRAFT,
    SUBMITTED,
    ACCEPTED,
    RETURNED
  }

  /** One commitment: the criterion or indicator it answers and what the unit undertakes. */
  public record Commitment(String item, String commitment) {}

  /** The state of one unit on the registration board. */
  public record BoardRow(
      long organizationId,
      String organizationName,
      String type,
      Status status,
      boolean late,
      Long registrationId,
      boolean mayRegister,
      List<String> titles) {}
}
