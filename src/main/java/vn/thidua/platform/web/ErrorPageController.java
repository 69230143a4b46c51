package vn.thidua.platform.web;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.ModelAndView;

/** Errors raised outside controllers (filters, unknown paths): a page, or a problem for the API. */
@Controller
class ErrorPageController implements ErrorController {

  private final Messages messages;

  ErrorPageController(Messages messages) {
    this.messages = messages;
  }

  @RequestMapping(value = "/error", produces = MediaType.TEXT_HTML_VALUE)
  ModelAndView page(HttpServletRequest request) {
    HttpStatus status = status(request);
    String original = (String) request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
    ModelAndView mav = new ModelAndView("error");
    mav.setStatus(status);
    mav.addObject("status", status.value());
    mav.addObject("errorTitle", messages.get("error.title." + status.value()));
    mav.addObject("message", messages.get(detailKey(status)));
    mav.addObject("path", original);
    return mav;
  }

  @RequestMapping("/error")
  ResponseEntity<ProblemDetail> problem(HttpServletRequest request) {
    HttpStatus status = status(request);
    ProblemDetail problem =
        ProblemDetail.forStatusAndDetail(status, messages.get(detailKey(status)));
    problem.setTitle(messages.get("error.title." + status.value()));
    Object uri = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
    if (uri != null) {
      problem.setInstance(java.net.URI.create(uri.toString()));
    }
    return ResponseEntity.status(status)
        .contentType(MediaType.APPLICATION_PROBLEM_JSON)
        .body(problem);
  }

  private static String detailKey(HttpStatus status) {
    return switch (status.value()) {
      case 401 -> "error.unauthorized";
      case 403 -> "error.forbidden";
      case 404 -> "error.not-found";
      case 405 -> "error.method-not-allowed";
      case 413 -> "error.file-too-large-generic";
      default -> status.is4xxClientError() ? "error.bad-request" : "error.unexpected";
    };
  }

  private static HttpStatus status(HttpServletRequest request) {
    Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
    if (code instanceof Integer i) {
      HttpStatus resolved = HttpStatus.resolve(i);
      if (resolved != null) {
        return resolved;
      }
    }
    return HttpStatus.INTERNAL_SERVER_ERROR;
  }
}
