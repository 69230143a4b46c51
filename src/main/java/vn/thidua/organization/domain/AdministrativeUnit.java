package vn.thidua.organization.domain;

import vn.thidua.organization.AdministrativeLevel;

/** A unit of the administrative hierarchy with its materialised path. */
public record AdministrativeUnit(
    String code, String name, AdministrativeLevel level, String parentCode, String path) {

  /** The path of the nation, the root of every scope. */
  public static final String NATION_PATH = "/VN/";

  public static String pathOf(String parentPath, String code) {
    return parentPath + code + "/";
  }
}
