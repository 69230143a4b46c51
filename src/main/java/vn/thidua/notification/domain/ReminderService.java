package vn.thidua.notification.domain;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import net.javacrumbs.shedlock.core.LockConfiguration;
import net.javacrumbs.shedlock.core.LockingTaskExecutor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mail.MailException;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;
import vn.thidua.kernel.VietnameseDates;
import vn.thidua.organization.Accounts;
import vn.thidua.organization.Permission;
import vn.thidua.participation.ReportDeadlines;
import vn.thidua.participation.ReportView;

/**
 * Turns report deadlines into reminders: 14, 7 and 1 days before the day a report falls due and the
 * day after, to the nearest people responsible for it (a village's focal point, else the commune's
 * standing office), in the inbox and by e-mail when an SMTP server is configured.
 *
 * <p>Sent once: a row per (report, offset, recipient) is inserted before the message is sent, and
 * only the instance whose insert succeeds sends it; a ShedLock lock keeps two instances from
 * running the job at the same time.
 */
@Service
public class ReminderService {

  /** Days before the due day (negative: after). */
  public static final List<Integer> OFFSETS = List.of(14, 7, 1, -1);

  private static final Logger log = LoggerFactory.getLogger(ReminderService.class);
  private static final Locale VI = Locale.forLanguageTag("vi");

  private final JdbcClient jdbc;
  private final ReportDeadlines deadlines;
  private final Accounts accounts;
  private final LockingTaskExecutor locks;
  private final ObjectProvider<JavaMailSender> mail;
  private final MessageSource messages;
  private final TransactionTemplate tx;
  private final Clock clock;
  private final String from;
  private final String baseUrl;
  private final boolean mailOn;

  ReminderService(
      JdbcClient jdbc,
      ReportDeadlines deadlines,
      Accounts accounts,
      LockingTaskExecutor locks,
      ObjectProvider<JavaMailSender> mail,
      MessageSource messages,
      org.springframework.transaction.PlatformTransactionManager transactions,
      Clock clock,
      @Value("${thidua.mail.from}") String from,
      @Value("${thidua.base-url}") String baseUrl,
      @Value("${spring.mail.host:}") String mailHost) {
    this.jdbc = jdbc;
    this.deadlines = deadlines;
    this.accounts = accounts;
    this.locks = locks;
    this.mail = mail;
    this.messages = messages;
    this.tx = new TransactionTemplate(transactions);
    this.clock = clock;
    this.from = from;
    this.mailOn = mailHost != null && !mailHost.isBlank();
    this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
  }

  /** What a run did. */
  public record Run(LocalDate day, boolean ran, int reminders, int emails) {}

  /** The scheduled run: every hour, for today in Việt Nam (repeats add nothing). */
  @Scheduled(cron = "${thidua.reminders.cron}", zone = "Asia/Ho_Chi_Minh")
  void scheduled() {
    Run run = run(LocalDate.now(clock.withZone(VietnameseDates.ZONE)));
    log.debug(
        "scheduled reminders of {}: ran {}, {} reminders, {} e-mails",
        run.day(),
        run.ran(),
        run.reminders(),
        run.emails());
  }

  /** Sends the reminders of a day, unless another instance is running the job right now. */
  public Run run(LocalDate day) {
    int[] counts = new int[2];
    LockingTaskExecutor.TaskResult<Boolean> result;
    try {
      result =
          locks.executeWithLock(
              () -> {
                send(day, counts);
                return true;
              },
              new LockConfiguration(
                  Instant.now(), "reminders", Duration.ofMinutes(30), Duration.ZERO));
    } catch (Throwable e) {
      throw new IllegalStateException("reminders failed", e);
    }
    return new Run(day, result.wasExecuted(), counts[0], counts[1]);
  }

  private void send(LocalDate day, int[] counts) {
    for (int offset : OFFSETS) {
      LocalDate due = day.plusDays(offset);
      Map<Accounts.Recipient, List<ReportDeadlines.Outstanding>> byRecipient =
          new LinkedHashMap<>();
      for (ReportDeadlines.Outstanding o : deadlines.outstandingDueOn(due)) {
        Permission who =
            o.kind() == ReportView.Kind.UNIT ? Permission.RECORD_VALUES : Permission.MANAGE_PLANS;
        for (Accounts.Recipient r : accounts.nearestHolders(who, o.path())) {
          byRecipient.computeIfAbsent(r, k -> new ArrayList<>()).add(o);
        }
      }
      for (var e : byRecipient.entrySet()) {
        deliver(e.getKey(), e.getValue(), offset, due, counts);
      }
    }
  }

  /**
   * Claims each reminder for the recipient, then tells them once about every report claimed. The
   * claim and the inbox message commit together; the e-mail follows the commit.
   */
  private void deliver(
      Accounts.Recipient to,
      List<ReportDeadlines.Outstanding> reports,
      int offset,
      LocalDate due,
      int[] counts) {
    List<ReportDeadlines.Outstanding> claimed =
        tx.execute(status -> {
          List<ReportDeadlines.Outstanding> mine = new ArrayList<>();
          for (ReportDeadlines.Outstanding o : reports) {
            int inserted =
                jdbc.sql(
                        """
                        insert into reminder_sent (movement_id, kind, organization_id, year, offset_days, username)
                        values (:m, :k, :o, :y, :d, :u) on conflict do nothing
                        """)
                    .param("m", o.movementId())
                    .param("k", o.kind().name())
                    .param("o", o.organizationId() == null ? 0L : o.organizationId())
                    .param("y", o.year())
                    .param("d", offset)
                    .param("u", to.username())
                    .update();
            if (inserted == 1) {
              mine.add(o);
            }
          }
          if (!mine.isEmpty()) {
            jdbc.sql(
                    "insert into notification (username, subject, body, link) values (:u, :s, :b, :l)")
                .param("u", to.username())
                .param("s", subject(mine, offset, due))
                .param("b", body(to, mine, offset, due))
                .param("l", mine.getFirst().link())
                .update();
          }
          return mine;
        });
    if (claimed == null || claimed.isEmpty()) {
      return;
    }
    counts[0] += claimed.size();
    JavaMailSender sender = mailOn ? mail.getIfAvailable() : null;
    if (sender == null || to.email() == null || to.email().isBlank()) {
      return;
    }
    SimpleMailMessage message = new SimpleMailMessage();
    message.setFrom(from);
    message.setTo(to.email());
    message.setSubject(subject(claimed, offset, due));
    message.setText(body(to, claimed, offset, due));
    try {
      sender.send(message);
      counts[1]++;
      for (ReportDeadlines.Outstanding o : claimed) {
        jdbc.sql(
                "update reminder_sent set emailed = true where movement_id = :m and kind = :k and organization_id = :o and year = :y and offset_days = :d and username = :u")
            .param("m", o.movementId())
            .param("k", o.kind().name())
            .param("o", o.organizationId() == null ? 0L : o.organizationId())
            .param("y", o.year())
            .param("d", offset)
            .param("u", to.username())
            .update();
      }
    } catch (MailException ex) {
      log.warn("reminder e-mail to {} failed: {}", to.username(), ex.getMessage());
    }
  }

  private String msg(String key, Object... args) {
    return messages.getMessage(key, args, key, VI);
  }

  private String subject(List<ReportDeadlines.Outstanding> reports, int offset, LocalDate due) {
    ReportDeadlines.Outstanding first = reports.getFirst();
    String when = offset < 0 ? msg("reminder.when.overdue") : msg("reminder.when.before", offset);
    return msg(
        "reminder.subject",
        when,
        first.year(),
        first.planUnitName(),
        VietnameseDates.shortForm(due),
        reports.size());
  }

  private String body(
      Accounts.Recipient to, List<ReportDeadlines.Outstanding> reports, int offset, LocalDate due) {
    StringBuilder sb = new StringBuilder();
    sb.append(msg("reminder.greeting", to.displayName())).append("\n\n");
    sb.append(
            offset < 0
                ? msg("reminder.intro.overdue", VietnameseDates.shortForm(due))
                : msg("reminder.intro.before", VietnameseDates.shortForm(due), offset))
        .append("\n\n");
    for (ReportDeadlines.Outstanding o : reports) {
      sb.append("- ")
          .append(
              msg(
                  o.kind() == ReportView.Kind.UNIT ? "reminder.line.unit" : "reminder.line.rollup",
                  o.reporterName(),
                  o.year(),
                  o.movementName()))
          .append('\n')
          .append("  ")
          .append(baseUrl)
          .append(o.link())
          .append('\n');
    }
    sb.append('\n').append(msg("reminder.footer"));
    return sb.toString();
  }
}
