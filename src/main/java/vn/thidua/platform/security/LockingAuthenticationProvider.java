package vn.thidua.platform.security;

import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import vn.thidua.organization.Accounts;

/** Counts failed passwords per account (the account locks after too many) and resets on success. */
final class LockingAuthenticationProvider implements AuthenticationProvider {

  private final AuthenticationProvider delegate;
  private final Accounts accounts;

  LockingAuthenticationProvider(AuthenticationProvider delegate, Accounts accounts) {
    this.delegate = delegate;
    this.accounts = accounts;
  }

  @Override
  public Authentication authenticate(Authentication authentication) throws AuthenticationException {
    try {
      Authentication result = delegate.authenticate(authentication);
      if (result != null) {
        accounts.recordLoginSuccess(result.getName());
      }
      return result;
    } catch (BadCredentialsException e) {
      accounts.recordLoginFailure(authentication.getName());
      throw e;
    }
  }

  @Override
  public boolean supports(Class<?> authentication) {
    return delegate.supports(authentication);
  }
}
