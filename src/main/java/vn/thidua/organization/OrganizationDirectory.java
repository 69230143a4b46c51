package vn.thidua.organization;

import java.util.Optional;

/**
 * Organisations and emulation blocks, for other modules: look one up by id (their own checks decide
 * who may see it).
 */
public interface OrganizationDirectory {

  Optional<OrganizationView> organization(long id);

  /** A person, by id. */
  Optional<PersonCard> person(long id);

  /** The active people whose path lies under a path (a commune's, a province's), by id. */
  java.util.List<PersonCard> peopleUnder(String path);

  /**
   * The active organisations of an administrative unit, at any depth, in Vietnamese order (their
   * checks decide who may see them).
   */
  java.util.List<OrganizationView> organizationsOf(String unitCode);

  /** An emulation block (khối, cụm thi đua) with its leader and members, by id. */
  Optional<EmulationBlockView> emulationBlock(long id);
}
