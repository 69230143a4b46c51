package vn.thidua.movement;

/**
 * An issued plan was amended: version {@code versionNo} is now current. {@code ref} names what the
 * amendment was made for when the office said so ("concern:42", a unit's proposal), else null.
 * Published in the amending transaction.
 */
public record PlanAmended(long movementId, int versionNo, String note, String ref, String actor) {}
