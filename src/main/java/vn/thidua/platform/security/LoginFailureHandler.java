package vn.thidua.platform.security;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.SimpleUrlAuthenticationFailureHandler;

/**
 * Sends the login page the reason: wrong credentials (an unknown name alike), too many failed
 * attempts (for any name alike), or a disabled account (only after its right password).
 */
final class LoginFailureHandler extends SimpleUrlAuthenticationFailureHandler {

  @Override
  public void onAuthenticationFailure(
      HttpServletRequest request, HttpServletResponse response, AuthenticationException exception)
      throws IOException, ServletException {
    String reason =
        switch (exception) {
          case LoginThrottled e -> "throttled=" + e.minutes();
          case DisabledException e -> "disabled";
          default -> "error";
        };
    getRedirectStrategy().sendRedirect(request, response, "/login?" + reason);
  }
}
