package vn.thidua.platform.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.resource.NoResourceFoundException;
import vn.thidua.kernel.BusinessRuleViolation;
import vn.thidua.kernel.ConcurrentChange;
import vn.thidua.kernel.FileTooLarge;
import vn.thidua.kernel.NotFound;

/** Error pages in Vietnamese for the browser. */
@ControllerAdvice
@Order(Ordered.LOWEST_PRECEDENCE)
class PageErrors {

  private static final Logger log = LoggerFactory.getLogger(PageErrors.class);

  private final Messages messages;
  private final tools.jackson.databind.ObjectMapper json;

  PageErrors(Messages messages, tools.jackson.databind.ObjectMapper json) {
    this.messages = messages;
    this.json = json;
  }

  /**
   * Errors raised before a controller is chosen (an unsupported method or media type, a missing or
   * unreadable parameter): the status Spring gives them, as a problem detail on the API (where no
   * API controller's advice applies yet) and as the error page elsewhere; never a 500.
   */
  @ExceptionHandler({
    org.springframework.web.HttpRequestMethodNotSupportedException.class,
    org.springframework.web.HttpMediaTypeNotSupportedException.class,
    org.springframework.web.HttpMediaTypeNotAcceptableException.class,
    org.springframework.web.bind.ServletRequestBindingException.class,
    org.springframework.web.multipart.support.MissingServletRequestPartException.class,
    org.springframework.http.converter.HttpMessageNotReadableException.class,
    org.springframework.web.multipart.MultipartException.class
  })
  ModelAndView beforeController(
      HttpServletRequest request, HttpServletResponse response, Exception e) throws IOException {
    HttpStatus status =
        switch (e) {
          case org.springframework.web.ErrorResponse r ->
              HttpStatus.valueOf(r.getStatusCode().value());
          default -> HttpStatus.BAD_REQUEST;
        };
    String key =
        switch (status.value()) {
          case 405 -> "error.method-not-allowed";
          case 413 -> "error.file-too-large-generic";
          case 415 -> "error.media-type";
          default -> "error.bad-request";
        };
    if (e instanceof org.springframework.web.HttpRequestMethodNotSupportedException m
        && m.getSupportedHttpMethods() != null) {
      response.setHeader(
          "Allow",
          String.join(", ", m.getSupportedHttpMethods().stream().map(Object::toString).toList()));
    }
    if (request.getRequestURI().startsWith("/api/")) {
      java.util.Map<String, Object> body = new java.util.LinkedHashMap<>();
      body.put("type", "about:blank");
      body.put("title", messages.get("error.title." + status.value()));
      body.put("status", status.value());
      body.put("detail", messages.get(key));
      body.put("instance", request.getRequestURI());
      response.setStatus(status.value());
      response.setContentType("application/problem+json;charset=UTF-8");
      response.getOutputStream().write(json.writeValueAsBytes(body));
      return null;
    }
    return page(response, status, messages.get(key));
  }

  ModelAndView page(HttpServletResponse response, HttpStatus status, String message) {
    ModelAndView mav = new ModelAndView("error");
    mav.setStatus(status);
    mav.addObject("status", status.value());
    mav.addObject("errorTitle", messages.get("error.title." + status.value()));
    mav.addObject("message", message);
    return mav;
  }

  @ExceptionHandler(AccessDeniedException.class)
  ModelAndView forbidden(HttpServletResponse response) {
    return page(response, HttpStatus.FORBIDDEN, messages.get("error.forbidden"));
  }

  @ExceptionHandler(NotFound.class)
  ModelAndView notFound(HttpServletResponse response, NotFound e) {
    return page(response, HttpStatus.NOT_FOUND, messages.get(e.code()));
  }

  @ExceptionHandler({NoResourceFoundException.class, MethodArgumentTypeMismatchException.class})
  ModelAndView noResource(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    if (request.getRequestURI().startsWith("/api/")) {
      // An unknown API path: the error controller answers with a problem detail.
      response.sendError(HttpStatus.NOT_FOUND.value());
      return null;
    }
    return page(response, HttpStatus.NOT_FOUND, messages.get("error.not-found"));
  }

  @ExceptionHandler(BusinessRuleViolation.class)
  ModelAndView violation(HttpServletResponse response, BusinessRuleViolation e) {
    return page(response, HttpStatus.UNPROCESSABLE_CONTENT, messages.get(e.code(), e.args()));
  }

  /** A text longer than its column (SQL state 22001), anywhere in the cause chain. */
  static boolean tooLong(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof java.sql.SQLException s && "22001".equals(s.getSQLState())) {
        return true;
      }
    }
    return false;
  }

  @ExceptionHandler(org.springframework.dao.DataIntegrityViolationException.class)
  ModelAndView dataIntegrity(
      HttpServletResponse response, org.springframework.dao.DataIntegrityViolationException e)
      throws org.springframework.dao.DataIntegrityViolationException {
    if (!tooLong(e)) {
      throw e;
    }
    return page(
        response, HttpStatus.UNPROCESSABLE_CONTENT, messages.get("error.text-too-long-somewhere"));
  }

  @ExceptionHandler(ConcurrentChange.class)
  ModelAndView conflict(HttpServletResponse response) {
    return page(response, HttpStatus.CONFLICT, messages.get("error.concurrent-change"));
  }

  @ExceptionHandler({MaxUploadSizeExceededException.class, FileTooLarge.class})
  ModelAndView tooLarge(HttpServletResponse response) {
    return page(response, HttpStatus.CONTENT_TOO_LARGE, messages.get("error.file-too-large", 10));
  }

  /**
   * The browser went away while the answer was written (a download cancelled, a page left): nothing
   * can be answered and nothing went wrong on our side.
   */
  @ExceptionHandler({
    org.apache.catalina.connector.ClientAbortException.class,
    org.springframework.web.context.request.async.AsyncRequestNotUsableException.class
  })
  void clientGone(Exception e) {
    log.debug("Trình duyệt đã ngắt kết nối: {}", e.getMessage());
  }

  @ExceptionHandler(Exception.class)
  ModelAndView unexpected(HttpServletResponse response, Exception e) {
    log.error("Lỗi không mong đợi", e);
    return page(response, HttpStatus.INTERNAL_SERVER_ERROR, messages.get("error.unexpected"));
  }
}
