package vn.thidua.commendation.domain;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.thidua.kernel.AuditTrail;
import vn.thidua.kernel.BusinessRuleViolation;
import vn.thidua.kernel.NotFound;
import vn.thidua.kernel.VietnameseText;
import vn.thidua.organization.Actor;
import vn.thidua.organization.Permission;
import vn.thidua.organization.Role;
import vn.thidua.rulebook.Doubt;
import vn.thidua.rulebook.Rulebook;

/**
 * The rulebook's rows read with less than full confidence (INFERRED, GAP), listed on one page for a
 * lawyer to sign off: who signed, when, with a note, against the rulebook version signed. A new
 * version of the rule data asks again.
 */
@Service
public class RuleSignoffs {

  private final JdbcClient jdbc;
  private final Rulebook rulebook;
  private final AuditTrail audit;

  RuleSignoffs(JdbcClient jdbc, Rulebook rulebook, AuditTrail audit) {
    this.jdbc = jdbc;
    this.rulebook = rulebook;
    this.audit = audit;
  }

  /** A doubt and its latest sign-off (null when none for this version of the rules). */
  public record Row(Doubt doubt, Signoff signoff) {}

  /** A lawyer's sign-off. */
  public record Signoff(
      String signedBy, String signedName, Instant signedAt, String note, String version) {}

  @Transactional(readOnly = true)
  public List<Row> rows() {
    Map<String, Signoff> latest = new HashMap<>();
    jdbc.sql(
            "select doubt_key, signed_by, signed_name, signed_at, note, rule_version from rule_signoff where rule_version = :v order by id")
        .param("v", rulebook.version())
        .query(rs -> {
          latest.put(
              rs.getString(1),
              new Signoff(
                  rs.getString(2),
                  rs.getString(3),
                  rs.getTimestamp(4).toInstant(),
                  rs.getString(5),
                  rs.getString(6)));
        });
    List<Row> out = new ArrayList<>();
    for (Doubt d : rulebook.doubts()) {
      out.add(new Row(d, latest.get(d.key())));
    }
    return out;
  }

  /** Whether the actor may sign off (system administrators and offices of a province or above). */
  public boolean maySign(Actor actor) {
    if (actor.hasRole(Role.SYSTEM_ADMIN)) {
      return true;
    }
    return actor.scopesFor(Permission.MANAGE_NOMINATIONS).stream()
        .anyMatch(p -> p.chars().filter(c -> c == '/').count() <= 3 && !p.contains("/o"));
  }

  @Transactional
  public void sign(Actor actor, String key, String note) {
    if (!maySign(actor)) {
      throw new AccessDeniedException("error.forbidden");
    }
    Doubt d =
        rulebook.doubts().stream()
            .filter(x -> x.key().equals(key))
            .findFirst()
            .orElseThrow(() -> new NotFound("rulebook.doubt-not-found"));
    String n = VietnameseText.cleanOrNull(note);
    if (n != null && n.length() > 2000) {
      throw BusinessRuleViolation.onField("note", "common.too-long", 2000);
    }
    jdbc.sql(
            "insert into rule_signoff (doubt_key, rule_version, note, signed_by, signed_name) values (:k, :v, :n, :u, :name)")
        .param("k", d.key())
        .param("v", rulebook.version())
        .param("n", n)
        .param("u", actor.getUsername())
        .param("name", actor.displayName())
        .update();
    audit.record(
        "rulebook.signoff",
        "rule_signoff",
        d.key(),
        null,
        Map.of("version", rulebook.version(), "note", n == null ? "" : n));
  }
}
