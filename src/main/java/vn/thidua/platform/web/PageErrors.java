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

  PageErrors(Messages messages) {
    this.messages = messages;
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

  @ExceptionHandler(ConcurrentChange.class)
  ModelAndView conflict(HttpServletResponse response) {
    return page(response, HttpStatus.CONFLICT, messages.get("error.concurrent-change"));
  }

  @ExceptionHandler({MaxUploadSizeExceededException.class, FileTooLarge.class})
  ModelAndView tooLarge(HttpServletResponse response) {
    return page(response, HttpStatus.CONTENT_TOO_LARGE, messages.get("error.file-too-large", 10));
  }

  @ExceptionHandler(Exception.class)
  ModelAndView unexpected(HttpServletResponse response, Exception e) {
    log.error("Lỗi không mong đợi", e);
    return page(response, HttpStatus.INTERNAL_SERVER_ERROR, messages.get("error.unexpected"));
  }
}
