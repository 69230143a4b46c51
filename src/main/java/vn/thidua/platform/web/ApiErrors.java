package vn.thidua.platform.web;

import java.util.LinkedHashMap;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.support.MissingServletRequestPartException;
import org.springframework.web.servlet.resource.NoResourceFoundException;
import vn.thidua.kernel.BusinessRuleViolation;
import vn.thidua.kernel.ConcurrentChange;
import vn.thidua.kernel.FileTooLarge;
import vn.thidua.kernel.NotFound;

/** RFC 9457 problem details with a Vietnamese {@code detail} for every API error. */
@RestControllerAdvice(annotations = RestController.class)
// Before the page errors; after a module's own handlers of its own exceptions (ImportProblems).
@Order(Ordered.HIGHEST_PRECEDENCE + 1)
class ApiErrors {

  private static final Logger log = LoggerFactory.getLogger(ApiErrors.class);

  private final Messages messages;

  ApiErrors(Messages messages) {
    this.messages = messages;
  }

  ResponseEntity<ProblemDetail> problem(
      HttpStatus status, String detail, Map<String, Object> extra) {
    ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
    problem.setTitle(messages.get("error.title." + status.value()));
    extra.forEach(problem::setProperty);
    return ResponseEntity.status(status).body(problem);
  }

  @ExceptionHandler(BusinessRuleViolation.class)
  ResponseEntity<ProblemDetail> violation(BusinessRuleViolation e) {
    Map<String, Object> extra = new LinkedHashMap<>();
    if (e.field() != null) {
      extra.put("field", e.field());
    }
    extra.put("code", e.code());
    if (e.all().size() > 1) {
      // Every field's error at once, each with its own Vietnamese message.
      extra.put(
          "errors",
          e.all().stream()
              .map(v -> {
                Map<String, Object> one = new LinkedHashMap<>();
                one.put("field", v.field());
                one.put("code", v.code());
                one.put("detail", messages.get(v.code(), v.args()));
                return one;
              })
              .toList());
    }
    return problem(HttpStatus.UNPROCESSABLE_CONTENT, messages.get(e.code(), e.args()), extra);
  }

  /**
   * A text longer than its column, where no form checked it first: refused as the person's mistake
   * (422), never a server error; the transaction is rolled back, nothing is half-saved.
   */
  @ExceptionHandler(org.springframework.dao.DataIntegrityViolationException.class)
  ResponseEntity<ProblemDetail> dataIntegrity(
      org.springframework.dao.DataIntegrityViolationException e) {
    if (PageErrors.tooLong(e)) {
      return problem(
          HttpStatus.UNPROCESSABLE_CONTENT,
          messages.get("error.text-too-long-somewhere"),
          Map.of("code", "error.text-too-long-somewhere"));
    }
    log.error("Lỗi không mong đợi ở API", e);
    return problem(HttpStatus.INTERNAL_SERVER_ERROR, messages.get("error.unexpected"), Map.of());
  }

  @ExceptionHandler(NotFound.class)
  ResponseEntity<ProblemDetail> notFound(NotFound e) {
    return problem(HttpStatus.NOT_FOUND, messages.get(e.code()), Map.of());
  }

  @ExceptionHandler(NoResourceFoundException.class)
  ResponseEntity<ProblemDetail> noResource(NoResourceFoundException e) {
    return problem(HttpStatus.NOT_FOUND, messages.get("error.not-found"), Map.of());
  }

  @ExceptionHandler(ConcurrentChange.class)
  ResponseEntity<ProblemDetail> conflict(ConcurrentChange e) {
    return problem(HttpStatus.CONFLICT, messages.get("error.concurrent-change"), Map.of());
  }

  @ExceptionHandler(AccessDeniedException.class)
  ResponseEntity<ProblemDetail> forbidden(AccessDeniedException e) {
    return problem(HttpStatus.FORBIDDEN, messages.get("error.forbidden"), Map.of());
  }

  @ExceptionHandler(MaxUploadSizeExceededException.class)
  ResponseEntity<ProblemDetail> tooLarge(MaxUploadSizeExceededException e) {
    return problem(
        HttpStatus.CONTENT_TOO_LARGE, messages.get("error.file-too-large", 10), Map.of());
  }

  @ExceptionHandler(FileTooLarge.class)
  ResponseEntity<ProblemDetail> tooLarge(FileTooLarge e) {
    return problem(
        HttpStatus.CONTENT_TOO_LARGE,
        messages.get("error.file-too-large", e.limitMegabytes()),
        Map.of());
  }

  @ExceptionHandler({
    HttpMessageNotReadableException.class,
    MethodArgumentTypeMismatchException.class,
    MissingServletRequestParameterException.class,
    MissingServletRequestPartException.class
  })
  ResponseEntity<ProblemDetail> badRequest(Exception e) {
    String detail =
        switch (e) {
          case MissingServletRequestParameterException m ->
              messages.get("error.missing-parameter", m.getParameterName());
          case MissingServletRequestPartException m ->
              messages.get("error.missing-parameter", m.getRequestPartName());
          case MethodArgumentTypeMismatchException m ->
              messages.get("error.bad-parameter", m.getName());
          default -> messages.get("error.unreadable-body");
        };
    return problem(HttpStatus.BAD_REQUEST, detail, Map.of());
  }

  @ExceptionHandler(MethodArgumentNotValidException.class)
  ResponseEntity<ProblemDetail> invalid(MethodArgumentNotValidException e) {
    Map<String, Object> extra = new LinkedHashMap<>();
    String field =
        e.getBindingResult().getFieldError() == null
            ? null
            : e.getBindingResult().getFieldError().getField();
    extra.put("field", field);
    return problem(HttpStatus.BAD_REQUEST, messages.get("error.invalid-field", field), extra);
  }

  @ExceptionHandler(HttpRequestMethodNotSupportedException.class)
  ResponseEntity<ProblemDetail> method(HttpRequestMethodNotSupportedException e) {
    return problem(
        HttpStatus.METHOD_NOT_ALLOWED, messages.get("error.method-not-allowed"), Map.of());
  }

  @ExceptionHandler(HttpMediaTypeNotSupportedException.class)
  ResponseEntity<ProblemDetail> mediaType(HttpMediaTypeNotSupportedException e) {
    return problem(HttpStatus.UNSUPPORTED_MEDIA_TYPE, messages.get("error.media-type"), Map.of());
  }

  @ExceptionHandler(Exception.class)
  ResponseEntity<ProblemDetail> unexpected(Exception e) {
    log.error("Lỗi không mong đợi ở API", e);
    return problem(HttpStatus.INTERNAL_SERVER_ERROR, messages.get("error.unexpected"), Map.of());
  }
}
