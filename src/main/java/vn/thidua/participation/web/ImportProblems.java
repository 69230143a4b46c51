package vn.thidua.participation.web;

import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import vn.thidua.participation.domain.IndicatorValueService;

/**
 * A refused import of this module over the API: 422 with the first error as the detail and every
 * error by row and column in {@code errors}; nothing was saved.
 */
@org.springframework.core.annotation.Order(org.springframework.core.Ordered.HIGHEST_PRECEDENCE)
@RestControllerAdvice(
    assignableTypes = {IndicatorValueApiController.class, RegistrationApiController.class})
class ImportProblems {

  private final MessageSource messages;

  ImportProblems(MessageSource messages) {
    this.messages = messages;
  }

  @ExceptionHandler(IndicatorValueService.ImportRefused.class)
  ResponseEntity<ProblemDetail> refused(IndicatorValueService.ImportRefused e) {
    ProblemDetail problem =
        ProblemDetail.forStatusAndDetail(
            HttpStatus.UNPROCESSABLE_CONTENT, e.errors().getFirst().message());
    problem.setTitle(messages.getMessage("import.failed.title", null, Locale.forLanguageTag("vi")));
    problem.setProperty("errors", e.errors());
    return ResponseEntity.unprocessableContent()
        .contentType(MediaType.APPLICATION_PROBLEM_JSON)
        .body(problem);
  }
}
