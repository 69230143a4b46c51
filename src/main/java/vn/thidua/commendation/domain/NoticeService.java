package vn.thidua.commendation.domain;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.thidua.commendation.NominationView;
import vn.thidua.commendation.NominationView.Status;
import vn.thidua.commendation.domain.NominationWorkflow.Action;
import vn.thidua.kernel.AuditTrail;
import vn.thidua.kernel.BusinessRuleViolation;
import vn.thidua.kernel.NotFound;
import vn.thidua.kernel.VietnameseText;
import vn.thidua.organization.Actor;
import vn.thidua.organization.WorkingCalendar;
import vn.thidua.rulebook.FormRule;

/**
 * Public notice of the nominees (ND 152/2025 Đ44 k2: for Huân chương, danh hiệu vinh dự nhà nước
 * and Chiến sĩ thi đua toàn quốc, at least 10 working days before the provincial council), counted
 * on the working calendar; comments from the public, rate-limited per address and per notice, count
 * once the office has approved them and go into the council's minutes.
 */
@Service
public class NoticeService {

  /** Longest comment, shown beside the box. */
  public static final int MAX_COMMENT = 2000;

  /** Comments one address may send in a minute (all notices), and per notice in a day. */
  static final int PER_MINUTE = 5;

  static final int PER_NOTICE_PER_DAY = 20;

  private final JdbcClient jdbc;
  private final NominationService nominations;
  private final NominationAccess access;
  private final NominationRepository rows;
  private final WorkingCalendar calendar;
  private final AuditTrail audit;
  private final Clock clock;

  NoticeService(
      JdbcClient jdbc,
      NominationService nominations,
      NominationAccess access,
      NominationRepository rows,
      WorkingCalendar calendar,
      AuditTrail audit,
      Clock clock) {
    this.jdbc = jdbc;
    this.nominations = nominations;
    this.access = access;
    this.rows = rows;
    this.calendar = calendar;
    this.audit = audit;
    this.clock = clock;
  }

  /** The working days the rulebook asks at this level (0 when no notice is required here). */
  public int requiredDays(NominationView n) {
    FormRule form = nominations.form(n);
    return form.noticeAt(access.level(n).councilLevel()) ? form.publicNotice().workingDays() : 0;
  }

  /** Puts the nominee on public notice from today for at least the rulebook's working days. */
  @Transactional(noRollbackFor = vn.thidua.kernel.ConflictOfInterest.class)
  public NominationView notice(Actor actor, long id, long version, Integer workingDays) {
    NominationView n = access.readable(actor, id);
    access.requireOffice(actor, n);
    NominationService.expect(n, version, Action.NOTICE);
    FormRule form = nominations.form(n);
    int required = requiredDays(n);
    int days = workingDays == null ? Math.max(required, 10) : workingDays;
    if (days < Math.max(1, required) || days > 60) {
      throw BusinessRuleViolation.onField(
          "days",
          required > 0 ? "nomination.notice-too-short" : "nomination.notice-days",
          required,
          form.publicNotice().citation());
    }
    LocalDate from = nominations.today();
    LocalDate until = calendar.addWorkingDays(from, days);
    return nominations.move(
        actor,
        n,
        version,
        Action.NOTICE,
        null,
        Map.of("notice_from", Date.valueOf(from), "notice_until", Date.valueOf(until)));
  }

  /** A comment from the public on a nominee on notice (no sign-in). */
  @Transactional
  public void comment(long id, String author, String text, String address) {
    NominationView n = rows.find(id).orElseThrow(() -> new NotFound("nomination.not-found"));
    if (n.status() != Status.ON_NOTICE
        || (n.noticeUntil() != null && nominations.today().isAfter(n.noticeUntil()))) {
      throw new NotFound("nomination.not-found");
    }
    String a = VietnameseText.cleanOrNull(author);
    String t = VietnameseText.cleanOrNull(text);
    if (a == null) {
      throw BusinessRuleViolation.onField("author", "nomination.comment-author-required");
    }
    if (t == null) {
      throw BusinessRuleViolation.onField("text", "nomination.comment-required");
    }
    if (a.length() > 200) {
      throw BusinessRuleViolation.onField("author", "common.too-long", 200);
    }
    if (t.length() > MAX_COMMENT) {
      throw BusinessRuleViolation.onField("text", "common.too-long", MAX_COMMENT);
    }
    String hash = hash(address == null ? "" : address);
    Instant now = clock.instant();
    long lastMinute =
        jdbc.sql("select count(*) from nomination_comment where address_hash = :h and at > :since")
            .param("h", hash)
            .param("since", Timestamp.from(now.minus(Duration.ofMinutes(1))))
            .query(Long.class)
            .single();
    long today =
        jdbc.sql(
                "select count(*) from nomination_comment where address_hash = :h and nomination_id = :id and at > :since")
            .param("h", hash)
            .param("id", id)
            .param("since", Timestamp.from(now.minus(Duration.ofDays(1))))
            .query(Long.class)
            .single();
    if (lastMinute >= PER_MINUTE || today >= PER_NOTICE_PER_DAY) {
      throw new BusinessRuleViolation("nomination.comment-rate");
    }
    jdbc.sql(
            "insert into nomination_comment (nomination_id, author, text, address_hash, at) values (:id, :a, :t, :h, :at)")
        .param("id", id)
        .param("a", a)
        .param("t", t)
        .param("h", hash)
        .param("at", Timestamp.from(now))
        .update();
  }

  /** A comment as the office reads it. */
  public record Comment(long id, String author, String text, String status, Instant at) {}

  /** The comments of a nomination: all for its office, the approved ones for other readers. */
  @Transactional(readOnly = true)
  public List<Comment> comments(Actor actor, NominationView n) {
    boolean office = actor != null && access.mayOffice(actor, n);
    return comments(n.id(), !office);
  }

  List<Comment> comments(long id, boolean approvedOnly) {
    return jdbc.sql(
            "select id, author, text, status, at from nomination_comment where nomination_id = :id"
                + (approvedOnly ? " and status = 'APPROVED'" : "")
                + " order by id")
        .param("id", id)
        .query((rs, i) ->
            new Comment(
                rs.getLong(1),
                rs.getString(2),
                rs.getString(3),
                rs.getString(4),
                rs.getTimestamp(5).toInstant()))
        .list();
  }

  /** The office approves a comment (it then counts and goes into the minutes) or rejects it. */
  @Transactional
  public void moderate(Actor actor, long id, long commentId, boolean approve) {
    NominationView n = access.readable(actor, id);
    if (!access.mayOffice(actor, n)) {
      throw new AccessDeniedException("error.forbidden");
    }
    int changed =
        jdbc.sql(
                "update nomination_comment set status = :s, moderated_by = :who, moderated_at = now() where id = :c and nomination_id = :id")
            .param("s", approve ? "APPROVED" : "REJECTED")
            .param("who", actor.getUsername())
            .param("c", commentId)
            .param("id", id)
            .update();
    if (changed == 0) {
      throw new NotFound("nomination.not-found");
    }
    audit.record(
        "nomination.comment-" + (approve ? "approve" : "reject"),
        "nomination",
        id,
        null,
        Map.of("comment", commentId));
  }

  private static String hash(String address) {
    try {
      MessageDigest d = MessageDigest.getInstance("SHA-256");
      return HexFormat.of()
          .formatHex(d.digest(("thidua-comment:" + address).getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
