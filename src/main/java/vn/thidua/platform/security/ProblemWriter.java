package vn.thidua.platform.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.stereotype.Component;
import tools.jackson.databind.ObjectMapper;

/** Writes RFC 9457 problem details for requests the security filters refuse. */
@Component
class ProblemWriter {

  private static final Locale VI = Locale.forLanguageTag("vi");

  private final MessageSource messages;
  private final ObjectMapper json;

  ProblemWriter(MessageSource messages, ObjectMapper json) {
    this.messages = messages;
    this.json = json;
  }

  void unauthorized(
      HttpServletRequest request, HttpServletResponse response, AuthenticationException e)
      throws IOException {
    if (e instanceof LoginThrottled throttled) {
      response.setHeader("Retry-After", Long.toString(throttled.seconds()));
      write(
          request, response, 429, "error.title.429", "error.login-throttled", throttled.minutes());
      return;
    }
    response.setHeader("WWW-Authenticate", "Basic realm=\"ThiDua\", charset=\"UTF-8\"");
    String key =
        e instanceof org.springframework.security.authentication.DisabledException
            ? "error.account-disabled"
            : "error.unauthorized";
    write(request, response, 401, "error.unauthorized.title", key);
  }

  void forbidden(HttpServletRequest request, HttpServletResponse response, AccessDeniedException e)
      throws IOException {
    write(request, response, 403, "error.forbidden.title", "error.forbidden");
  }

  private void write(
      HttpServletRequest request,
      HttpServletResponse response,
      int status,
      String title,
      String detail,
      Object... args)
      throws IOException {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("type", "about:blank");
    body.put("title", messages.getMessage(title, null, title, VI));
    body.put("status", status);
    body.put("detail", messages.getMessage(detail, args, detail, VI));
    body.put("instance", request.getRequestURI());
    response.setStatus(status);
    response.setContentType("application/problem+json;charset=UTF-8");
    response.getOutputStream().write(json.writeValueAsBytes(body));
  }
}
