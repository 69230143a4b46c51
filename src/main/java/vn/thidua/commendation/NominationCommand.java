package vn.thidua.commendation;

/**
 * A proposal: the form, occasion and year, the subject (a person, or an organisation for a
 * collective) and the achievement. {@code version} guards edits of an existing draft.
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
    Long version) {}
