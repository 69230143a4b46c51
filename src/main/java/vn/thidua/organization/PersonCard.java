package vn.thidua.organization;

/**
 * What other modules need of a person to judge a case about them: name, gender (for "Hộ ông / Hộ
 * bà"), category and whether they work directly in production, workplace, scope path and unit.
 * Reading it checks nothing: the caller's own checks decide who may see the person.
 */
public record PersonCard(
    long id,
    String fullName,
    PersonView.Gender gender,
    PersonCategory category,
    boolean directWorker,
    long organizationId,
    String organizationName,
    String path,
    String unitCode,
    boolean active) {}
