package vn.thidua.organization;

import java.util.Optional;

/** What the platform's security needs from the accounts: load a user, count failures. */
public interface Accounts {

  Optional<Actor> findActor(String username);

  void recordLoginFailure(String username);

  void recordLoginSuccess(String username);

  /**
   * The enabled users closest to a place who hold a permission there: among the roles (other than
   * system administration) whose scope covers the path, those with the narrowest scope. A village
   * with a focal point: the focal point; without one: the commune's standing office.
   */
  java.util.List<Recipient> nearestHolders(Permission permission, String path);

  /** Who to tell, and where. */
  record Recipient(String username, String displayName, String email) {}
}
