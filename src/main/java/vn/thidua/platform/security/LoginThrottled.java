package vn.thidua.platform.security;

import java.time.Duration;
import org.springframework.security.core.AuthenticationException;

/**
 * A login refused without looking at the password: too many failures from the client's address, or
 * for this name from this address. It says nothing about whether the name exists.
 */
final class LoginThrottled extends AuthenticationException {

  private final Duration retryAfter;

  LoginThrottled(Duration retryAfter) {
    super("login throttled");
    this.retryAfter = retryAfter;
  }

  /** How long the client should wait, rounded up to whole minutes (at least one). */
  long minutes() {
    return Math.max(1, (retryAfter.toSeconds() + 59) / 60);
  }

  long seconds() {
    return Math.max(1, retryAfter.toSeconds());
  }
}
