package vn.thidua.organization;

import java.util.List;
import java.util.Optional;

/** The administrative units, for other modules: look one up, list its children. */
public interface UnitDirectory {

  /** A unit with its place in the hierarchy. */
  record Unit(
      String code, String name, AdministrativeLevel level, String parentCode, String path) {}

  Optional<Unit> unit(String code);

  /** Direct children sorted by code (provinces of the nation, communes of a province). */
  List<Unit> childrenOf(String code);
}
