package vn.thidua.organization;

/** Levels of the administrative hierarchy after the 2025 reform (two local levels). */
public enum AdministrativeLevel {
  NATION,
  PROVINCE,
  COMMUNE
}
