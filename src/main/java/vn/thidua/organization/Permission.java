package vn.thidua.organization;

/** What a role may do inside its scope. */
public enum Permission {
  VIEW_ORGANIZATIONS,
  MANAGE_ORGANIZATIONS,
  VIEW_PEOPLE,
  MANAGE_PEOPLE,
  MANAGE_BLOCKS,
  IMPORT_DATA,
  MANAGE_USERS,
  VIEW_AUDIT,
  /** Read the plans of movements in or above the scope. */
  VIEW_PLANS,
  /** Import, derive, edit plans and submit them for signature. */
  MANAGE_PLANS,
  /** Issue (sign) plans or send them back. */
  ISSUE_PLANS,
  /** Enter indicator values and reports for organisations in scope. */
  RECORD_VALUES,
  /** Score the members of an emulation block at block level (over the block leader's path). */
  SCORE_BLOCK,
  /** Score the members of an emulation block for the emulation council (over the block's unit). */
  SCORE_COUNCIL
}
