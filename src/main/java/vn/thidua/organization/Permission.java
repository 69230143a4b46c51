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
  VIEW_AUDIT
}
