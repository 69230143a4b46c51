package vn.thidua.organization;

import java.util.List;

/**
 * A user account as the administration pages show it (never the password hash): with the failed
 * logins of its name in the throttling window.
 */
public record UserView(
    long id,
    String username,
    String displayName,
    String email,
    Long personId,
    boolean enabled,
    int recentLoginFailures,
    List<RoleGrant> grants,
    long version) {

  /** Whether someone has recently typed a wrong password for this name. */
  public boolean hasLoginFailures() {
    return recentLoginFailures > 0;
  }
}
