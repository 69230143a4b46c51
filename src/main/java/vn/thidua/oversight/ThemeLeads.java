package vn.thidua.oversight;

import java.util.List;
import java.util.Optional;

/**
 * Which body a plan names as lead of a field, for other modules: the nomination path routes a
 * "compile and select the nominations of the field" step to it when the plan names one. No read
 * check (the caller has already checked the plan or the nomination).
 */
public interface ThemeLeads {

  /** Every lead duty of the plan, by field, in the plan's order. */
  List<ThemeLead> leads(long movementId);

  /**
   * The body that compiles and selects the field's nominations in this plan ({@link
   * Duty#SELECTION}), else empty: the nomination then goes straight to the appraising body.
   */
  Optional<ThemeLead> selectionLeadFor(long movementId, Field field);

  /**
   * The selection lead of the field in this plan or, when it names none, in the nearest plan it was
   * derived from (a commune plan, its province's, the national plan).
   */
  Optional<ThemeLead> nearestSelectionLeadFor(long movementId, Field field);

  /**
   * The body that publishes the field's assessment criteria in this plan ({@link Duty#CRITERIA}).
   */
  Optional<ThemeLead> criteriaLeadFor(long movementId, Field field);
}
