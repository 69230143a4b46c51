package vn.thidua.platform.audit;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.ObjectMapper;
import vn.thidua.kernel.AuditTrail;

/**
 * The audit log: one row per state change, written in the caller's transaction. Each row's hash
 * covers its content and the previous row's hash, so that a row changed by hand breaks the chain.
 * Appends are serialised by a transaction-scoped advisory lock.
 */
@Component
class JdbcAuditTrail implements AuditTrail {

  static final String GENESIS = "0".repeat(64);
  private static final long LOCK_KEY = 0x7468696475610001L;

  private final JdbcClient jdbc;
  private final ObjectMapper json;
  private final Clock clock;

  JdbcAuditTrail(JdbcClient jdbc, ObjectMapper json, Clock clock) {
    this.jdbc = jdbc;
    this.json = json;
    this.clock = clock;
  }

  @Override
  @Transactional(propagation = Propagation.MANDATORY)
  public void record(
      String action, String entityType, Object entityId, Object before, Object after) {
    Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
    String actor = currentActor();
    String id = entityId == null ? null : entityId.toString();
    String beforeJson = before == null ? null : json.writeValueAsString(before);
    String afterJson = after == null ? null : json.writeValueAsString(after);
    int chain = chainOf(entityType, id);
    jdbc.sql("select pg_advisory_xact_lock(:k)").param("k", LOCK_KEY + chain).query().singleRow();
    // The chain's last hash and the new row's id in one round trip, under the chain's lock.
    Object[] head =
        jdbc.sql(
                """
                select (select hash from audit_log where chain = :c order by id desc limit 1),
                       nextval(pg_get_serial_sequence('audit_log', 'id'))
                """)
            .param("c", chain)
            .query((rs, i) -> new Object[] {rs.getString(1), rs.getLong(2)})
            .single();
    String previous = head[0] == null ? GENESIS : (String) head[0];
    long rowId = (Long) head[1];
    String hash = hash(previous, rowId, now, actor, action, entityType, id, beforeJson, afterJson);
    jdbc.sql(
            """
            insert into audit_log (id, occurred_at, actor, action, entity_type, entity_id,
              before_state, after_state, prev_hash, hash, chain)
            overriding system value
            values (:id, :at, :actor, :action, :type, :entityId, :before, :after, :prev, :hash, :chain)
            """)
        .param("id", rowId)
        .param("at", Timestamp.from(now))
        .param("actor", actor)
        .param("action", action)
        .param("type", entityType)
        .param("entityId", id)
        .param("before", beforeJson)
        .param("after", afterJson)
        .param("prev", previous)
        .param("hash", hash)
        .param("chain", chain)
        .update();
  }

  /** Number of chains; an entity always falls in the same one. */
  static final int CHAINS = 16;

  static int chainOf(String entityType, String entityId) {
    return Math.floorMod((entityType + ":" + entityId).hashCode(), CHAINS);
  }

  static String currentActor() {
    Authentication auth = SecurityContextHolder.getContext().getAuthentication();
    return auth == null || auth.getName() == null ? "system" : auth.getName();
  }

  static String hash(
      String previous,
      long id,
      Instant at,
      String actor,
      String action,
      String entityType,
      String entityId,
      String before,
      String after) {
    try {
      MessageDigest sha = MessageDigest.getInstance("SHA-256");
      for (String part :
          new String[] {
            previous,
            Long.toString(id),
            at.truncatedTo(ChronoUnit.MICROS).toString(),
            actor,
            action,
            entityType,
            entityId,
            before,
            after
          }) {
        byte[] bytes = part == null ? new byte[] {0} : part.getBytes(StandardCharsets.UTF_8);
        sha.update(Integer.toString(bytes.length).getBytes(StandardCharsets.US_ASCII));
        sha.update((byte) ':');
        sha.update(bytes);
      }
      return HexFormat.of().formatHex(sha.digest());
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
