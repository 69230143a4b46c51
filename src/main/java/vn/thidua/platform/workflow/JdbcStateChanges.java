package vn.thidua.platform.workflow;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import vn.thidua.kernel.AuditTrail;
import vn.thidua.kernel.ConcurrentChange;
import vn.thidua.kernel.StateChange;
import vn.thidua.kernel.StateChanged;
import vn.thidua.kernel.StateChanges;
import vn.thidua.kernel.Tracked;

/**
 * Every workflow's state changes, written once: the version-and-state-checked update, the history
 * row, the audit entry and the {@link StateChanged} event, all in the caller's transaction.
 */
@Component
class JdbcStateChanges implements StateChanges {

  private final JdbcClient jdbc;
  private final AuditTrail audit;
  private final ApplicationEventPublisher events;
  private final Clock clock;

  JdbcStateChanges(
      JdbcClient jdbc, AuditTrail audit, ApplicationEventPublisher events, Clock clock) {
    this.jdbc = jdbc;
    this.audit = audit;
    this.events = events;
    this.clock = clock;
  }

  @Override
  @Transactional(propagation = Propagation.MANDATORY)
  public <T> T move(StateChange c, Object before, Supplier<T> after) {
    StringBuilder set =
        new StringBuilder(
            "status = :to, reason = :reason, version = version + 1, updated_at = now(), updated_by = :who");
    c.columns().keySet().forEach(k -> set.append(", ").append(k).append(" = :c_").append(k));
    var spec =
        jdbc.sql(
                "update "
                    + c.tracked().table()
                    + " set "
                    + set
                    + " where id = :id and version = :version and status = :from")
            .param("to", c.to())
            .param("reason", c.reason())
            .param("who", c.actor())
            .param("id", c.id())
            .param("version", c.version())
            .param("from", c.from());
    for (Map.Entry<String, Object> e : c.columns().entrySet()) {
      spec = spec.param("c_" + e.getKey(), e.getValue());
    }
    if (spec.update() == 0) {
      throw new ConcurrentChange(c.tracked().table());
    }
    T moved = after.get();
    record(c.tracked(), c.id(), c.action(), c.from(), c.to(), c.actor(), c.reason(), before, moved);
    return moved;
  }

  @Override
  @Transactional(propagation = Propagation.MANDATORY)
  public void record(
      Tracked tracked,
      long id,
      String action,
      String from,
      String to,
      String actor,
      String reason,
      Object before,
      Object after) {
    Instant at = clock.instant();
    jdbc.sql(
            "insert into "
                + tracked.historyTable()
                + " ("
                + tracked.foreignKey()
                + ", action, from_status, to_status, reason, actor, at) values (:id, :a, :f, :t, :r, :who, :at)")
        .param("id", id)
        .param("a", action)
        .param("f", from)
        .param("t", to)
        .param("r", reason)
        .param("who", actor)
        .param("at", Timestamp.from(at))
        .update();
    audit.record(
        tracked.auditPrefix() + "." + action.toLowerCase(Locale.ROOT),
        tracked.table(),
        id,
        before,
        after);
    events.publishEvent(new StateChanged(tracked.table(), id, action, from, to, actor, reason, at));
  }

  @Override
  @Transactional(propagation = Propagation.MANDATORY)
  public void recordImported(
      Tracked tracked,
      java.util.Collection<Long> ids,
      String action,
      String to,
      String actor,
      String auditAction,
      String importName,
      Object entry) {
    Instant at = clock.instant();
    if (!ids.isEmpty()) {
      jdbc.sql(
              "insert into "
                  + tracked.historyTable()
                  + " ("
                  + tracked.foreignKey()
                  + ", action, from_status, to_status, actor, at)"
                  + " select id, :a, null, :t, :who, :at from unnest(:ids) as i(id)")
          .param("a", action)
          .param("t", to)
          .param("who", actor)
          .param("at", Timestamp.from(at))
          .param("ids", ids.toArray(Long[]::new))
          .update();
    }
    audit.record(auditAction, tracked.table(), importName, null, entry);
    for (long id : ids) {
      events.publishEvent(new StateChanged(tracked.table(), id, action, null, to, actor, null, at));
    }
  }

  @Override
  @Transactional(readOnly = true)
  public List<Entry> history(Tracked tracked, long id) {
    return jdbc.sql(
            "select action, from_status, to_status, reason, actor, at from "
                + tracked.historyTable()
                + " where "
                + tracked.foreignKey()
                + " = :id order by id")
        .param("id", id)
        .query((rs, i) ->
            new Entry(
                rs.getString(1),
                rs.getString(2),
                rs.getString(3),
                rs.getString(4),
                rs.getString(5),
                rs.getTimestamp(6).toInstant()))
        .list();
  }
}
