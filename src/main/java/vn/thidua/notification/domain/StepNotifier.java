package vn.thidua.notification.domain;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mail.MailException;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;
import vn.thidua.kernel.StateChanged;
import vn.thidua.organization.Accounts;
import vn.thidua.organization.Actor;
import vn.thidua.organization.StepNotices;

/**
 * Tells people of every workflow step: the module that owns the record names it and says who acts
 * next and whom it concerns ({@link StepNotices}); each of them, except the person who took the
 * step, gets a short Vietnamese message in the inbox with a link to the record, and an e-mail when
 * an SMTP server is configured. Steps of the system itself (demo data, imports) tell nobody.
 *
 * <p>The inbox rows are written in the step's own transaction, just before it commits, inside a
 * savepoint: they exist exactly when the step does (one commit, not two), and a notice that fails
 * is rolled back alone, logged, and never undoes the step. E-mail leaves only after the commit.
 */
@Component
class StepNotifier {

  private static final Logger log = LoggerFactory.getLogger(StepNotifier.class);
  private static final Locale VI = Locale.forLanguageTag("vi");

  private final List<StepNotices> sources;
  private final Accounts accounts;
  private final JdbcClient jdbc;
  private final MessageSource messages;
  private final ObjectProvider<JavaMailSender> mail;
  private final TransactionTemplate tx;
  private final String from;
  private final String baseUrl;
  private final boolean mailOn;

  StepNotifier(
      List<StepNotices> sources,
      Accounts accounts,
      JdbcClient jdbc,
      MessageSource messages,
      ObjectProvider<JavaMailSender> mail,
      PlatformTransactionManager transactions,
      @Value("${thidua.mail.from}") String from,
      @Value("${thidua.base-url}") String baseUrl,
      @Value("${spring.mail.host:}") String mailHost) {
    this.sources = sources;
    this.accounts = accounts;
    this.jdbc = jdbc;
    this.messages = messages;
    this.mail = mail;
    this.tx = new TransactionTemplate(transactions);
    this.tx.setPropagationBehavior(TransactionDefinition.PROPAGATION_NESTED);
    this.from = from;
    this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
    this.mailOn = mailHost != null && !mailHost.isBlank();
  }

  @TransactionalEventListener(phase = TransactionPhase.BEFORE_COMMIT)
  void on(StateChanged step) {
    if (step.from() == null || step.actor() == null || "system".equals(step.actor())) {
      return;
    }
    try {
      // A savepoint for the notice: who is told, and their inbox rows; e-mail after the commit.
      Told told = tx.execute(status -> notice(step).map(n -> tell(step, n)).orElse(null));
      if (told != null) {
        TransactionSynchronizationManager.registerSynchronization(
            new TransactionSynchronization() {
              @Override
              public void afterCommit() {
                mail(told);
              }
            });
      }
    } catch (RuntimeException e) {
      log.warn(
          "notice of {} {} {} failed: {}", step.record(), step.id(), step.action(), e.toString());
    }
  }

  private Optional<StepNotices.StepNotice> notice(StateChanged step) {
    for (StepNotices s : sources) {
      Optional<StepNotices.StepNotice> n = s.of(step);
      if (n != null && n.isPresent()) {
        return n;
      }
    }
    return Optional.empty();
  }

  /** A step's notice as written to the inbox of its recipients. */
  private record Told(String subject, String link, List<Accounts.Recipient> to) {}

  private Told tell(StateChanged step, StepNotices.StepNotice notice) {
    Map<String, Accounts.Recipient> to = new LinkedHashMap<>();
    for (Accounts.Recipient r : accounts.nearestHolders(notice.audience())) {
      if (!r.username().equals(step.actor())) {
        to.putIfAbsent(r.username(), r);
      }
    }
    if (to.isEmpty()) {
      return null;
    }
    String who = signedIn(step.actor()).orElseGet(() -> displayName(step.actor()));
    String subject = subject(step, notice.object(), who);
    jdbc.sql(
            """
            insert into notification (username, subject, body, link)
            select u, :s, :s, :l from unnest(:u) with ordinality as t (u, n) order by n
            """)
        .param("u", to.keySet().toArray(String[]::new))
        .param("s", subject)
        .param("l", notice.link())
        .update();
    return new Told(subject, notice.link(), List.copyOf(to.values()));
  }

  /**
   * The name of the person who took the step when it is the one signed in on this thread (the
   * notice is written in the step's own request), without reading the account again.
   */
  private static Optional<String> signedIn(String username) {
    Authentication auth = SecurityContextHolder.getContext().getAuthentication();
    if (auth != null
        && auth.getPrincipal() instanceof Actor a
        && a.getUsername().equals(username)
        && a.displayName() != null) {
      return Optional.of(a.displayName());
    }
    return Optional.empty();
  }

  private String displayName(String username) {
    return accounts.findActor(username).map(Actor::displayName).orElse(username);
  }

  private void mail(Told told) {
    JavaMailSender sender = mailOn ? mail.getIfAvailable() : null;
    if (sender == null) {
      return;
    }
    for (Accounts.Recipient r : told.to()) {
      if (r.email() == null || r.email().isBlank()) {
        continue;
      }
      SimpleMailMessage m = new SimpleMailMessage();
      m.setFrom(from);
      m.setTo(r.email());
      m.setSubject("[ThiĐua] " + told.subject());
      m.setText(
          msg("reminder.greeting", r.displayName())
              + "\n\n"
              + told.subject()
              + "\n\n"
              + msg("notice.open")
              + " "
              + baseUrl
              + told.link()
              + "\n\n"
              + msg("notice.footer"));
      try {
        sender.send(m);
      } catch (MailException ex) {
        log.warn("notice e-mail to {} failed: {}", r.username(), ex.getMessage());
      }
    }
  }

  /** "Báo cáo năm 2026 của Thôn Đông đã bị trả lại (Nguyễn Văn A): thiếu số liệu". */
  String subject(StateChanged step, String object, String who) {
    String key = "notice." + step.record() + "." + step.action();
    String general = "notice.step." + step.action();
    String text = messages.getMessage(key, new Object[] {object, who}, null, VI);
    if (text == null) {
      text = messages.getMessage(general, new Object[] {object, who}, null, VI);
    }
    if (text == null) {
      text = msg("notice.step", object, who);
    }
    if (step.reason() != null && !step.reason().isBlank()) {
      text = msg("notice.reason", text, step.reason());
    }
    return text;
  }

  private String msg(String key, Object... args) {
    return messages.getMessage(key, args, key, VI);
  }
}
