package vn.thidua.commendation;

/**
 * A proposal: the form, occasion and year, the subject (a person, or an organisation for a
 * collective) and the achievement. {@code version} guards edits of an existing draft. {@code field}
 * (optional) is the field of the plan the achievement belongs to (INNOVATION, SCIENCE_TECHNOLOGY,
 * DIGITAL_TRANSFORMATION, GREEN_TRANSFORMATION, GENERAL): the plan's lead body of that field then
 * selects the nomination before the level's office receives it. {@code roundId} (optional) is the
 * review round (sơ kết, tổng kết) the nomination is made in: it may then ask only for the forms the
 * round opens (đột xuất awards stay open), for the round's occasion and last year.
 */
public record NominationCommand(
    String award,
    String occasion,
    Integer year,
    Long movementId,
    String subjectKind,
    Long personId,
    Long organizationId,
    String achievement,
    Long version,
    String field,
    Long roundId) {

  /** A proposal outside a review round. */
  public NominationCommand(
      String award,
      String occasion,
      Integer year,
      Long movementId,
      String subjectKind,
      Long personId,
      Long organizationId,
      String achievement,
      Long version,
      String field) {
    this(
        award,
        occasion,
        year,
        movementId,
        subjectKind,
        personId,
        organizationId,
        achievement,
        version,
        field,
        null);
  }

  /** A proposal without a field. */
  public NominationCommand(
      String award,
      String occasion,
      Integer year,
      Long movementId,
      String subjectKind,
      Long personId,
      Long organizationId,
      String achievement,
      Long version) {
    this(
        award,
        occasion,
        year,
        movementId,
        subjectKind,
        personId,
        organizationId,
        achievement,
        version,
        null);
  }
}
