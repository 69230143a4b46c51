package vn.thidua.commendation;

/**
 * A proposal: the form, occasion and year, the subject (a person, or an organisation for a
 * collective) and the achievement. {@code version} guards edits of an existing draft. {@code field}
 * (optional) is the field of the plan the achievement belongs to (INNOVATION, SCIENCE_TECHNOLOGY,
 * DIGITAL_TRANSFORMATION, GREEN_TRANSFORMATION, GENERAL): the plan's lead body of that field then
 * selects the nomination before the level's office receives it.
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
    String field) {

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
