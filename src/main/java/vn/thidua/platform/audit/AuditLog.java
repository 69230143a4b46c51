package vn.thidua.platform.audit;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.thidua.kernel.PageResult;
import vn.thidua.kernel.VietnameseText;

/** Reads the audit log and verifies its hash chain. */
@Service
public class AuditLog {

  private final JdbcClient jdbc;

  AuditLog(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /** One entry of the log. */
  public record Entry(
      long id,
      Instant occurredAt,
      String actor,
      String action,
      String entityType,
      String entityId,
      String before,
      String after,
      String hash) {

    /** The moment in Vietnamese local time. */
    public java.time.ZonedDateTime localTime() {
      return occurredAt.atZone(vn.thidua.kernel.VietnameseDates.ZONE);
    }
  }

  /** The result of a chain check: the first broken row, if any. */
  public record Verification(boolean valid, long checked, Long firstBrokenId) {}

  @Transactional(readOnly = true)
  public PageResult<Entry> page(
      String actor, String entityType, String entityId, int page, int size) {
    StringBuilder where = new StringBuilder(" where true");
    Map<String, Object> params = new LinkedHashMap<>();
    if (actor != null && !actor.isBlank()) {
      where.append(" and actor = :actor");
      params.put("actor", VietnameseText.clean(actor));
    }
    if (entityType != null && !entityType.isBlank()) {
      where.append(" and entity_type = :type");
      params.put("type", entityType.strip());
    }
    if (entityId != null && !entityId.isBlank()) {
      where.append(" and entity_id = :eid");
      params.put("eid", entityId.strip());
    }
    long total =
        jdbc.sql("select count(*) from audit_log" + where)
            .params(params)
            .query(Long.class)
            .single();
    List<Entry> items =
        jdbc.sql(
                "select * from audit_log" + where + " order by id desc limit :limit offset :offset")
            .params(params)
            .param("limit", size)
            .param("offset", (long) page * size)
            .query((rs, i) ->
                new Entry(
                    rs.getLong("id"),
                    rs.getTimestamp("occurred_at").toInstant(),
                    rs.getString("actor"),
                    rs.getString("action"),
                    rs.getString("entity_type"),
                    rs.getString("entity_id"),
                    rs.getString("before_state"),
                    rs.getString("after_state"),
                    rs.getString("hash")))
            .list();
    return new PageResult<>(items, page, size, total);
  }

  /**
   * Recomputes every hash of every chain in order; any difference (or a gap in a chain) fails the
   * check.
   */
  @Transactional(readOnly = true)
  public Verification verify() {
    java.util.Map<Integer, String> previous = new java.util.HashMap<>();
    long[] checked = {0};
    Long[] broken = {null};
    jdbc.sql("select * from audit_log order by id")
        .query(rs -> {
          if (broken[0] != null) {
            return;
          }
          long id = rs.getLong("id");
          int chain = rs.getInt("chain");
          String before = previous.getOrDefault(chain, JdbcAuditTrail.GENESIS);
          Timestamp at = rs.getTimestamp("occurred_at");
          String expected =
              JdbcAuditTrail.hash(
                  before,
                  id,
                  at.toInstant(),
                  rs.getString("actor"),
                  rs.getString("action"),
                  rs.getString("entity_type"),
                  rs.getString("entity_id"),
                  rs.getString("before_state"),
                  rs.getString("after_state"));
          String stored = rs.getString("hash");
          if (!before.equals(rs.getString("prev_hash")) || !expected.equals(stored)) {
            broken[0] = id;
            return;
          }
          previous.put(chain, stored);
          checked[0]++;
        });
    return new Verification(broken[0] == null, checked[0], broken[0]);
  }
}
