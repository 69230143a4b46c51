package vn.thidua.movement.web;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import vn.thidua.movement.DeadlineOccurrence;
import vn.thidua.movement.domain.CalendarService;
import vn.thidua.movement.domain.MovementService;
import vn.thidua.organization.Actor;

/** The deadline calendar of the plans one takes part in, and its iCalendar feed. */
@Controller
class CalendarController {

  private static final Locale VI = Locale.forLanguageTag("vi");

  private final CalendarService calendar;
  private final MovementService movements;
  private final MessageSource messages;

  CalendarController(CalendarService calendar, MovementService movements, MessageSource messages) {
    this.calendar = calendar;
    this.movements = movements;
    this.messages = messages;
  }

  @GetMapping("/calendar")
  String page(@AuthenticationPrincipal Actor actor, Model model) {
    LocalDate today = movements.today();
    model.addAttribute("today", today);
    model.addAttribute(
        "occurrences", calendar.occurrences(actor, today.minusMonths(1), today.plusMonths(13)));
    return "movements/calendar";
  }

  @GetMapping({"/calendar.ics", "/api/v1/calendar.ics"})
  ResponseEntity<byte[]> ics(@AuthenticationPrincipal Actor actor) {
    LocalDate today = movements.today();
    List<DeadlineOccurrence> occurrences =
        calendar.occurrences(actor, today.minusYears(1), today.plusYears(5));
    String body =
        calendar.ics(occurrences, this::summary, messages.getMessage("calendar.name", null, VI));
    return ResponseEntity.ok()
        .contentType(new MediaType("text", "calendar", StandardCharsets.UTF_8))
        .header(HttpHeaders.CONTENT_DISPOSITION, "inline; filename=\"thidua.ics\"")
        .body(body.getBytes(StandardCharsets.UTF_8));
  }

  private String summary(DeadlineOccurrence o) {
    String key = "calendar.summary." + o.kind().name();
    return messages.getMessage(
        key, new Object[] {o.movementName(), o.unitName(), o.to() == null ? "" : o.to()}, key, VI);
  }
}
