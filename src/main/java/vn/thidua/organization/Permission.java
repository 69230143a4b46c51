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
  RECORD_VALUES
}
