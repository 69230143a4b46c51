package vn.thidua.movement.domain;

import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Function;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.thidua.kernel.VietnameseDates;
import vn.thidua.movement.DeadlineOccurrence;
import vn.thidua.movement.MovementView;
import vn.thidua.movement.PlanDocument;
import vn.thidua.organization.Actor;

/** The deadlines of every plan an actor takes part in, as a list and as an iCalendar feed. */
@Service
public class CalendarService {

  private static final DateTimeFormatter ICS_DATE = DateTimeFormatter.ofPattern("yyyyMMdd");
  private static final DateTimeFormatter ICS_STAMP =
      DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'");

  private final MovementService movements;

  CalendarService(MovementService movements) {
    this.movements = movements;
  }

  @Transactional(readOnly = true)
  public List<DeadlineOccurrence> occurrences(Actor actor, LocalDate from, LocalDate to) {
    List<DeadlineOccurrence> out = new ArrayList<>();
    for (MovementView m : movements.list(actor)) {
      if (m.status() != MovementView.Status.ISSUED) {
        continue;
      }
      PlanDocument d = movements.document(m.id(), null);
      for (PlanDocument.Deadline dl : d.deadlines()) {
        if (dl.kind() == PlanDocument.DeadlineKind.ANNUAL_REPORT && dl.eventTied()) {
          // Dated by the office once the event is scheduled; nothing to show before.
          int firstYear =
              Math.max(from.getYear(), m.periodFrom() == null ? from.getYear() : m.periodFrom());
          int lastYear = Math.min(to.getYear(), m.periodTo() == null ? to.getYear() : m.periodTo());
          for (int y = firstYear; y <= lastYear; y++) {
            movements
                .eventDate(m.id(), dl.event(), y)
                .filter(day -> !day.isBefore(from) && !day.isAfter(to))
                .ifPresent(day ->
                    out.add(
                        new DeadlineOccurrence(
                            day, dl.kind(), m.id(), m.name(), m.ownerName(), dl.from(), dl.to())));
          }
          continue;
        }
        if (dl.kind() == PlanDocument.DeadlineKind.ANNUAL_REPORT
            && dl.day() != null
            && dl.month() != null) {
          int firstYear =
              Math.max(from.getYear(), m.periodFrom() == null ? from.getYear() : m.periodFrom());
          int lastYear = Math.min(to.getYear(), m.periodTo() == null ? to.getYear() : m.periodTo());
          for (int y = firstYear; y <= lastYear; y++) {
            LocalDate before;
            try {
              before = LocalDate.of(y, dl.month(), dl.day()).minusDays(1);
            } catch (java.time.DateTimeException e) {
              continue;
            }
            if (!before.isBefore(from) && !before.isAfter(to)) {
              out.add(
                  new DeadlineOccurrence(
                      before, dl.kind(), m.id(), m.name(), m.unitName(), dl.from(), dl.to()));
            }
          }
        }
      }
      if (m.subPlanDeadline() != null
          && !m.subPlanDeadline().isBefore(from)
          && !m.subPlanDeadline().isAfter(to)) {
        out.add(
            new DeadlineOccurrence(
                m.subPlanDeadline(),
                PlanDocument.DeadlineKind.PLAN_ISSUE,
                m.id(),
                m.name(),
                m.unitName(),
                null,
                m.unitName()));
      }
    }
    out.sort(
        Comparator.comparing(DeadlineOccurrence::dueOn)
            .thenComparing(DeadlineOccurrence::movementId));
    return out;
  }

  /** RFC 5545 calendar: one all-day event per deadline, with a reminder a week before. */
  public String ics(
      List<DeadlineOccurrence> occurrences,
      Function<DeadlineOccurrence, String> summary,
      String calendarName) {
    StringBuilder sb = new StringBuilder();
    line(sb, "BEGIN:VCALENDAR");
    line(sb, "VERSION:2.0");
    line(sb, "PRODID:-//ThiDua//Lich han//VI");
    line(sb, "CALSCALE:GREGORIAN");
    line(sb, "X-WR-CALNAME:" + escape(calendarName));
    line(sb, "X-WR-TIMEZONE:Asia/Ho_Chi_Minh");
    String stamp = ZonedDateTime.now(java.time.ZoneOffset.UTC).format(ICS_STAMP);
    for (DeadlineOccurrence o : occurrences) {
      line(sb, "BEGIN:VEVENT");
      line(
          sb,
          "UID:" + o.movementId() + "-" + o.kind() + "-" + o.dueOn().format(ICS_DATE) + "@thidua");
      line(sb, "DTSTAMP:" + stamp);
      line(sb, "DTSTART;VALUE=DATE:" + o.dueOn().format(ICS_DATE));
      line(sb, "DTEND;VALUE=DATE:" + o.dueOn().plusDays(1).format(ICS_DATE));
      line(sb, "SUMMARY:" + escape(summary.apply(o)));
      line(
          sb,
          "DESCRIPTION:"
              + escape(
                  o.movementName()
                      + " — "
                      + o.unitName()
                      + " — "
                      + VietnameseDates.longForm(o.dueOn())));
      line(sb, "BEGIN:VALARM");
      line(sb, "TRIGGER:-P7D");
      line(sb, "ACTION:DISPLAY");
      line(sb, "DESCRIPTION:" + escape(summary.apply(o)));
      line(sb, "END:VALARM");
      line(sb, "END:VEVENT");
    }
    line(sb, "END:VCALENDAR");
    return sb.toString();
  }

  private static String escape(String s) {
    return s == null
        ? ""
        : s.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,").replace("\n", "\\n");
  }

  /** Folds lines at 75 octets as RFC 5545 asks. */
  private static void line(StringBuilder sb, String content) {
    byte[] bytes = content.getBytes(java.nio.charset.StandardCharsets.UTF_8);
    if (bytes.length <= 75) {
      sb.append(content).append("\r\n");
      return;
    }
    StringBuilder current = new StringBuilder();
    int size = 0;
    boolean first = true;
    for (int i = 0; i < content.length(); ) {
      int cp = content.codePointAt(i);
      String ch = new String(Character.toChars(cp));
      int len = ch.getBytes(java.nio.charset.StandardCharsets.UTF_8).length;
      int limit = first ? 75 : 74;
      if (size + len > limit) {
        sb.append(first ? "" : " ").append(current).append("\r\n");
        current.setLength(0);
        size = 0;
        first = false;
      }
      current.append(ch);
      size += len;
      i += Character.charCount(cp);
    }
    sb.append(first ? "" : " ").append(current).append("\r\n");
  }
}
