package vn.thidua.organization;

import java.time.Duration;
import java.util.Optional;

/**
 * What the platform's security needs from the accounts: load a user, throttle failed logins per
 * client address and per name + address (never per account alone, so that nobody can lock another
 * person out, and an unknown name is treated exactly like a known one).
 */
public interface Accounts {

  Optional<Actor> findActor(String username);

  /**
   * Whether a login attempt of {@code username} from {@code address} must be refused without
   * looking at the password, and for how long: too many failures from the address (any names), or
   * from the address for this name (backoff doubling up to the window).
   */
  Optional<Duration> loginRefusal(String username, String address);

  void recordLoginFailure(String username, String address);

  void recordLoginSuccess(String username, String address);

  /**
   * A person signed in through the login page (a visit): the previous sign-in moves back one, so
   * that {@link #previousSignIn} answers "since your last visit".
   */
  void recordSignIn(String username);

  /** When the person signed in before the current visit; empty on the first visit. */
  java.util.Optional<java.time.Instant> previousSignIn(String username);

  /**
   * The enabled users closest to a place who hold a permission there: among the roles (other than
   * system administration) whose scope covers the path, those with the narrowest scope. A village
   * with a focal point: the focal point; without one: the commune's standing office.
   */
  java.util.List<Recipient> nearestHolders(Permission permission, String path);

  /**
   * The nearest holders of each audience (see {@link #nearestHolders(Permission, String)}), in one
   * read: every audience's in turn, each person once.
   */
  java.util.List<Recipient> nearestHolders(java.util.List<StepNotices.Audience> audience);

  /** Who to tell, and where. */
  record Recipient(String username, String displayName, String email) {}

  /**
   * The enabled accounts holding one of the roles over a scope that covers the path (the place
   * itself or a level above it), whose name contains the words typed without regard to diacritics,
   * in Vietnamese order: a picker's choices (value: the user name, never shown).
   */
  java.util.List<vn.thidua.kernel.Choice> pickHolders(
      java.util.Set<Role> roles, String path, String query, int limit);
}
