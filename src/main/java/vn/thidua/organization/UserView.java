package vn.thidua.organization;

import java.time.Instant;
import java.util.List;

/** A user account as the administration pages show it (never the password hash). */
public record UserView(
    long id,
    String username,
    String displayName,
    String email,
    Long personId,
    boolean enabled,
    Instant lockedUntil,
    List<RoleGrant> grants,
    long version) {

  public boolean locked() {
    return lockedUntil != null && lockedUntil.isAfter(Instant.now());
  }
}
