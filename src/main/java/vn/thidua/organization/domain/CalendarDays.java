package vn.thidua.organization.domain;

import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.thidua.kernel.AuditTrail;
import vn.thidua.kernel.VietnameseCalendar;
import vn.thidua.kernel.VietnameseText;
import vn.thidua.organization.Actor;
import vn.thidua.organization.Role;
import vn.thidua.organization.WorkingCalendar;

/** The working calendar: the lunar-calendar default, corrected by the days recorded as data. */
@Service
public class CalendarDays implements WorkingCalendar {

  private final JdbcClient jdbc;
  private final AuditTrail audit;

  CalendarDays(JdbcClient jdbc, AuditTrail audit) {
    this.jdbc = jdbc;
    this.audit = audit;
  }

  private Map<LocalDate, Boolean> corrections(LocalDate from, LocalDate to) {
    Map<LocalDate, Boolean> out = new HashMap<>();
    jdbc.sql("select day, working from calendar_day where day between :f and :t")
        .param("f", Date.valueOf(from))
        .param("t", Date.valueOf(to))
        .query(rs -> {
          out.put(rs.getDate(1).toLocalDate(), rs.getBoolean(2));
        });
    return out;
  }

  private static boolean byDefault(LocalDate day, Map<Integer, Set<LocalDate>> holidays) {
    return !VietnameseCalendar.weekend(day)
        && !holidays.computeIfAbsent(day.getYear(), VietnameseCalendar::holidays).contains(day);
  }

  @Override
  @Transactional(readOnly = true)
  public boolean working(LocalDate day) {
    Boolean corrected = corrections(day, day).get(day);
    return corrected != null ? corrected : byDefault(day, new HashMap<>());
  }

  @Override
  @Transactional(readOnly = true)
  public LocalDate addWorkingDays(LocalDate from, int days) {
    Map<LocalDate, Boolean> corrected = corrections(from, from.plusDays(days * 3L + 30));
    Map<Integer, Set<LocalDate>> holidays = new HashMap<>();
    LocalDate day = from;
    int left = days;
    while (left > 0) {
      day = day.plusDays(1);
      Boolean c = corrected.get(day);
      if (c != null ? c : byDefault(day, holidays)) {
        left--;
      }
    }
    return day;
  }

  /** One day off (or corrected) in a year: the day, why, and whether it came from a correction. */
  public record Day(LocalDate day, boolean working, String note, boolean corrected) {}

  /** The year's holidays and corrections, in order. */
  @Transactional(readOnly = true)
  public List<Day> year(int year) {
    Map<LocalDate, Boolean> corrected =
        corrections(LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31));
    Map<LocalDate, String> notes = new HashMap<>();
    jdbc.sql("select day, note from calendar_day where extract(year from day) = :y")
        .param("y", year)
        .query(rs -> {
          notes.put(rs.getDate(1).toLocalDate(), rs.getString(2));
        });
    List<Day> out = new ArrayList<>();
    java.util.TreeSet<LocalDate> days = new java.util.TreeSet<>(VietnameseCalendar.holidays(year));
    days.addAll(corrected.keySet());
    for (LocalDate d : days) {
      boolean c = corrected.containsKey(d);
      out.add(new Day(d, c ? corrected.get(d) : false, notes.get(d), c));
    }
    return out;
  }

  /** An administrator records a day off or a working day as the year's announcement says. */
  @Transactional
  public void correct(Actor actor, LocalDate day, boolean working, String note) {
    if (!actor.hasRole(Role.SYSTEM_ADMIN)) {
      throw new AccessDeniedException("error.forbidden");
    }
    jdbc.sql(
            """
            insert into calendar_day (day, working, note, set_by) values (:d, :w, :n, :who)
            on conflict (day) do update set working = excluded.working, note = excluded.note,
              set_by = excluded.set_by, set_at = now()
            """)
        .param("d", Date.valueOf(day))
        .param("w", working)
        .param("n", VietnameseText.cleanOrNull(note))
        .param("who", actor.getUsername())
        .update();
    audit.record(
        "calendar.correct", "calendar_day", day.toString(), null, Map.of("working", working));
  }
}
