package vn.thidua.commendation.domain;

import java.util.Map;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.thidua.commendation.NominationView;
import vn.thidua.kernel.AuditTrail;
import vn.thidua.kernel.BusinessRuleViolation;
import vn.thidua.organization.Actor;

/**
 * What the statistics forms 0602 and 0603 count of a nomination: the nominee's class and the kind
 * of reward. A database trigger gives both when the nomination is born (from its occasion, subject,
 * organisation type, person category and position); the level's office corrects them here.
 */
@Service
public class NominationClassification {

  static final Set<String> CLASSES =
      Set.of(
          "STATE_BODY",
          "ENTERPRISE",
          "HOUSEHOLD",
          "LEADER_PROVINCE",
          "LEADER_DEPARTMENT",
          "LEADER_OFFICE",
          "ENTREPRENEUR",
          "DIRECT_WORKER",
          "OTHER_INDIVIDUAL");

  static final Set<String> KINDS =
      Set.of(
          "CONG_TRANG",
          "CHUYEN_DE",
          "DOT_XUAT",
          "DOI_NGOAI",
          "CONG_HIEN",
          "NIEN_HAN",
          "KHANG_CHIEN");

  /** The classes open to a subject kind. */
  static final Map<String, Set<String>> BY_SUBJECT =
      Map.of(
          "COLLECTIVE", Set.of("STATE_BODY", "ENTERPRISE"),
          "HOUSEHOLD", Set.of("HOUSEHOLD"),
          "INDIVIDUAL",
              Set.of(
                  "LEADER_PROVINCE",
                  "LEADER_DEPARTMENT",
                  "LEADER_OFFICE",
                  "ENTREPRENEUR",
                  "DIRECT_WORKER",
                  "OTHER_INDIVIDUAL"));

  /** The two classes of a nomination. */
  public record Classes(String nomineeClass, String rewardKind) {}

  private final NominationAccess access;
  private final JdbcClient jdbc;
  private final AuditTrail audit;

  NominationClassification(NominationAccess access, JdbcClient jdbc, AuditTrail audit) {
    this.access = access;
    this.jdbc = jdbc;
    this.audit = audit;
  }

  @Transactional(readOnly = true)
  public Classes of(Actor actor, long id) {
    access.readable(actor, id);
    return jdbc.sql("select nominee_class, reward_kind from nomination where id = :id")
        .param("id", id)
        .query((rs, i) -> new Classes(rs.getString(1), rs.getString(2)))
        .single();
  }

  @Transactional
  public Classes set(Actor actor, long id, Classes c) {
    NominationView n = access.readable(actor, id);
    access.requireOffice(actor, n);
    if (c == null || c.nomineeClass() == null || !CLASSES.contains(c.nomineeClass())) {
      throw BusinessRuleViolation.onField("nomineeClass", "nomination.class-invalid");
    }
    if (!BY_SUBJECT.getOrDefault(n.subjectKind(), Set.of()).contains(c.nomineeClass())) {
      throw BusinessRuleViolation.onField("nomineeClass", "nomination.class-invalid");
    }
    if (c.rewardKind() == null || !KINDS.contains(c.rewardKind())) {
      throw BusinessRuleViolation.onField("rewardKind", "nomination.reward-kind-invalid");
    }
    Classes before = of(actor, id);
    jdbc.sql("update nomination set nominee_class = :c, reward_kind = :k where id = :id")
        .param("c", c.nomineeClass())
        .param("k", c.rewardKind())
        .param("id", id)
        .update();
    audit.record("nomination.classify", "nomination", id, before, c);
    return c;
  }
}
