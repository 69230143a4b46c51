package vn.thidua.oversight;

/**
 * The body a plan names to lead a field: it publishes the field's assessment criteria ({@link
 * Duty#CRITERIA}) or compiles and selects the field's nominations before the appraising body
 * ({@link Duty#SELECTION}). {@code organizationId} and {@code organizationPath} are set when the
 * plan names one organisation of its level; {@code taskId} is the task that follows the duty.
 */
public record ThemeLead(
    long movementId,
    Field field,
    Duty duty,
    String body,
    Long organizationId,
    String organizationPath,
    long taskId) {}
