package vn.thidua.platform.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.util.unit.DataSize;
import org.springframework.web.filter.OncePerRequestFilter;
import tools.jackson.databind.ObjectMapper;

/**
 * The first filter of every request (issue 11): a body larger than the limits is refused from its
 * Content-Length before a byte of it is read (413), and text with NUL or another control character
 * (tab, line feed and carriage return excepted) in a parameter, a form field or a JSON string is
 * refused with the field named (400) before any controller sees it. On the API the answer is a
 * problem detail; elsewhere the Vietnamese error page.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 10)
class RequestGuard extends OncePerRequestFilter {

  /** A JSON or form body: larger ones are files and go as multipart. */
  static final long MAX_OTHER_BODY = 5L * 1024 * 1024;

  private final long maxMultipart;
  private final Messages messages;
  private final ObjectMapper json;

  /**
   * Requests that may use the database at the same time. A request holds a connection and, in an
   * after-commit step (notices), takes a second one; with virtual threads nothing else bounds how
   * many run at once, so a burst beyond the pool would leave every request holding one connection
   * and waiting for another until the pool's time-out. Half the pool keeps that from happening; the
   * others wait here, in order, and are told to retry after {@link #QUEUE_WAIT_SECONDS}.
   */
  private final java.util.concurrent.Semaphore inFlight;

  static final int QUEUE_WAIT_SECONDS = 20;

  RequestGuard(
      @Value("${spring.servlet.multipart.max-request-size:21MB}") DataSize maxMultipart,
      @Value("${thidua.db.pool-size}") int poolSize,
      Messages messages,
      ObjectMapper json) {
    this.maxMultipart = maxMultipart.toBytes();
    this.messages = messages;
    this.json = json;
    this.inFlight = new java.util.concurrent.Semaphore(Math.max(1, poolSize / 2), true);
  }

  /** Static files (styles, scripts, fonts, images) need no database and wait for nothing. */
  static boolean isStatic(String uri) {
    return uri.startsWith("/css/")
        || uri.startsWith("/js/")
        || uri.startsWith("/webjars/")
        || uri.startsWith("/images/")
        || uri.startsWith("/fonts/")
        || uri.equals("/favicon.ico");
  }

  @Override
  protected void doFilterInternal(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    String type = request.getContentType() == null ? "" : request.getContentType();
    String lower = type.toLowerCase(Locale.ROOT);
    boolean multipart = lower.startsWith("multipart/");
    long length = request.getContentLengthLong();
    boolean ndjson = lower.startsWith("application/x-ndjson");
    long limit =
        multipart
            ? maxMultipart
            : ndjson ? vn.thidua.kernel.StreamLimits.NDJSON_BYTES : MAX_OTHER_BODY;
    if (length > limit) {
      response.setHeader("Connection", "close");
      refuse(
          request,
          response,
          413,
          "error.request-too-large",
          Math.max(1, limit / (1024 * 1024)),
          null);
      return;
    }
    HttpServletRequest next = request;
    if (lower.startsWith("application/json") || lower.contains("+json")) {
      byte[] body = request.getInputStream().readNBytes((int) MAX_OTHER_BODY + 1);
      if (body.length > MAX_OTHER_BODY) {
        refuse(request, response, 413, "error.request-too-large", 5, null);
        return;
      }
      if (hasEscapedControl(body)) {
        refuse(request, response, 400, "error.control-characters-body", null, null);
        return;
      }
      next = new CachedBody(request, body);
    }
    if (isStatic(request.getRequestURI())) {
      chain.doFilter(next, response);
      return;
    }
    boolean admitted;
    try {
      admitted = inFlight.tryAcquire(QUEUE_WAIT_SECONDS, java.util.concurrent.TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      admitted = false;
    }
    if (!admitted) {
      response.setHeader("Retry-After", "5");
      refuse(request, response, 503, "error.busy", null, null);
      return;
    }
    try {
      chain.doFilter(next, response);
    } finally {
      inFlight.release();
    }
  }

  /**
   * The name of the first parameter (query, form or multipart field, as the container decoded them)
   * with a control character in its name or values, or null.
   */
  static String badParameter(Map<String, String[]> parameters) {
    for (Map.Entry<String, String[]> e : parameters.entrySet()) {
      boolean bad = hasControl(e.getKey());
      for (String v : e.getValue()) {
        bad |= v != null && hasControl(v);
      }
      if (bad) {
        String shown = UNSAFE_NAME.matcher(e.getKey()).replaceAll("");
        return shown.isEmpty() ? "?" : shown;
      }
    }
    return null;
  }

  private static final java.util.regex.Pattern UNSAFE_NAME =
      java.util.regex.Pattern.compile("[^\\p{L}\\p{N}._\\[\\]-]");

  /**
   * Runs after the multipart resolver and the character encoding: refuses a request whose
   * parameters hold control characters.
   */
  @Component
  static class Parameters
      implements org.springframework.web.servlet.HandlerInterceptor,
          org.springframework.web.servlet.config.annotation.WebMvcConfigurer {

    private final RequestGuard guard;

    Parameters(RequestGuard guard) {
      this.guard = guard;
    }

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object h)
        throws IOException {
      String bad = badParameter(request.getParameterMap());
      if (bad == null) {
        return true;
      }
      guard.refuse(request, response, 400, "error.control-characters", bad, bad);
      return false;
    }

    @Override
    public void addInterceptors(
        org.springframework.web.servlet.config.annotation.InterceptorRegistry registry) {
      registry.addInterceptor(this);
    }
  }

  /** NUL and the other C0/C1 controls and DEL; tab, line feed and carriage return are text. */
  static boolean hasControl(String s) {
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (Character.isISOControl(c) && c != '\t' && c != '\n' && c != '\r') {
        return true;
      }
    }
    return false;
  }

  /** A {@code \\u00XX} escape of a control character in a JSON text (raw ones are not JSON). */
  static boolean hasEscapedControl(byte[] b) {
    for (int i = 0; i + 5 < b.length; i++) {
      if (b[i] != '\\' || b[i + 1] != 'u') {
        continue;
      }
      int backslashes = 0;
      for (int k = i; k >= 0 && b[k] == '\\'; k--) {
        backslashes++;
      }
      if (backslashes % 2 == 0) {
        continue; // an escaped backslash followed by a literal "u"
      }
      int cp = hex(b, i + 2);
      if (cp >= 0 && Character.isISOControl(cp) && cp != '\t' && cp != '\n' && cp != '\r') {
        return true;
      }
    }
    return false;
  }

  private static int hex(byte[] b, int at) {
    int v = 0;
    for (int k = 0; k < 4; k++) {
      int d = Character.digit(b[at + k], 16);
      if (d < 0) {
        return -1;
      }
      v = v * 16 + d;
    }
    return v;
  }

  void refuse(
      HttpServletRequest request,
      HttpServletResponse response,
      int status,
      String key,
      Object arg,
      String field)
      throws IOException {
    String detail = messages.get(key, arg);
    if (request.getRequestURI().startsWith("/api/")) {
      Map<String, Object> body = new LinkedHashMap<>();
      body.put("type", "about:blank");
      body.put("title", messages.get("error.title." + status));
      body.put("status", status);
      body.put("detail", detail);
      body.put("instance", request.getRequestURI());
      if (field != null) {
        body.put("field", field);
      }
      response.setStatus(status);
      response.setContentType("application/problem+json;charset=UTF-8");
      response.getOutputStream().write(json.writeValueAsBytes(body));
      return;
    }
    response.setStatus(status);
    response.setContentType("text/html;charset=UTF-8");
    String html =
        "<!DOCTYPE html><html lang=\"vi\"><head><meta charset=\"utf-8\"><title>"
            + escape(messages.get("error.title." + status))
            + "</title></head><body><main><h1>"
            + escape(messages.get("error.title." + status))
            + "</h1><p role=\"alert\">"
            + escape(detail)
            + "</p><p><a href=\"/\">"
            + escape(messages.get("error.home"))
            + "</a></p></main></body></html>";
    response.getOutputStream().write(html.getBytes(StandardCharsets.UTF_8));
  }

  private static String escape(String s) {
    return s.replace("&", "&amp;")
        .replace("<", "&lt;")
        .replace(">", "&gt;")
        .replace("\"", "&quot;");
  }

  /** The request with its body already read. */
  private static final class CachedBody extends HttpServletRequestWrapper {
    private final byte[] body;

    CachedBody(HttpServletRequest request, byte[] body) {
      super(request);
      this.body = body;
    }

    @Override
    public ServletInputStream getInputStream() {
      ByteArrayInputStream in = new ByteArrayInputStream(body);
      return new ServletInputStream() {
        @Override
        public int read() {
          return in.read();
        }

        @Override
        public int read(byte[] b, int off, int len) {
          return in.read(b, off, len);
        }

        @Override
        public boolean isFinished() {
          return in.available() == 0;
        }

        @Override
        public boolean isReady() {
          return true;
        }

        @Override
        public void setReadListener(ReadListener listener) {
          throw new UnsupportedOperationException();
        }
      };
    }

    @Override
    public BufferedReader getReader() {
      String encoding = getCharacterEncoding();
      return new BufferedReader(
          new InputStreamReader(
              getInputStream(),
              encoding == null
                  ? StandardCharsets.UTF_8
                  : java.nio.charset.Charset.forName(encoding)));
    }

    @Override
    public int getContentLength() {
      return body.length;
    }

    @Override
    public long getContentLengthLong() {
      return body.length;
    }
  }
}
