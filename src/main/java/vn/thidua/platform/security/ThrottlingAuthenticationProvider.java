package vn.thidua.platform.security;

import java.time.Duration;
import java.util.Optional;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import vn.thidua.organization.Accounts;

/**
 * Throttles logins per client address and per name + address before the password is looked at, and
 * records each failure, whether or not the name exists. A failed password, an unknown name and a
 * disabled account with a wrong password all end in the same {@link BadCredentialsException}; a
 * disabled account is only named to someone who typed its password.
 */
final class ThrottlingAuthenticationProvider implements AuthenticationProvider {

  private final AuthenticationProvider delegate;
  private final Accounts accounts;

  ThrottlingAuthenticationProvider(AuthenticationProvider delegate, Accounts accounts) {
    this.delegate = delegate;
    this.accounts = accounts;
  }

  @Override
  public Authentication authenticate(Authentication authentication) throws AuthenticationException {
    String name = authentication.getName();
    String address = address(authentication);
    Optional<Duration> refusal = accounts.loginRefusal(name, address);
    if (refusal.isPresent()) {
      throw new LoginThrottled(refusal.get());
    }
    try {
      Authentication result = delegate.authenticate(authentication);
      if (result != null) {
        accounts.recordLoginSuccess(result.getName(), address);
      }
      return result;
    } catch (DisabledException e) {
      // Reached only after the right password (post-authentication check).
      throw e;
    } catch (AuthenticationException e) {
      accounts.recordLoginFailure(name, address);
      throw new BadCredentialsException("bad credentials");
    }
  }

  /** The client's address (behind a trusted proxy: the forwarded one). */
  private static String address(Authentication authentication) {
    if (authentication.getDetails() instanceof WebAuthenticationDetails details
        && details.getRemoteAddress() != null) {
      return details.getRemoteAddress();
    }
    return "?";
  }

  @Override
  public boolean supports(Class<?> authentication) {
    return delegate.supports(authentication);
  }
}
