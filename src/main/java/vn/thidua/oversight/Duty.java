package vn.thidua.oversight;

/**
 * What a task asks of its body: publish assessment criteria of a field (which then become
 * registration commitments and indicators of the plan), compile and select the field's nominations
 * before the appraising body, report results, or another duty.
 */
public enum Duty {
  CRITERIA,
  SELECTION,
  REPORT,
  TASK;

  public String labelKey() {
    return "oversight.duty." + name();
  }
}
