package vn.thidua.participation.domain;

import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.thidua.kernel.ConcurrentChange;
import vn.thidua.organization.Actor;

/**
 * One state change of a registration or a report: the row moves only from the version the user saw
 * (else {@link ConcurrentChange}), with its extra columns, and a history row records who, from, to
 * and why.
 */
final class Transitions {

  private final JdbcClient jdbc;
  private final String table;
  private final String historyTable;
  private final String foreignKey;

  Transitions(JdbcClient jdbc, String table, String historyTable, String foreignKey) {
    this.jdbc = jdbc;
    this.table = table;
    this.historyTable = historyTable;
    this.foreignKey = foreignKey;
  }

  void move(
      Actor actor,
      long id,
      long version,
      String from,
      String to,
      String action,
      String reason,
      Map<String, Object> extra) {
    StringBuilder set =
        new StringBuilder(
            "status = :to, reason = :reason, version = version + 1, updated_at = now(), updated_by = :who");
    extra.keySet().forEach(k -> set.append(", ").append(k).append(" = :").append(k));
    var spec =
        jdbc.sql("update " + table + " set " + set + " where id = :id and version = :version")
            .param("to", to)
            .param("reason", reason)
            .param("who", actor.getUsername())
            .param("id", id)
            .param("version", version);
    for (var e : extra.entrySet()) {
      spec = spec.param(e.getKey(), e.getValue());
    }
    if (spec.update() == 0) {
      throw new ConcurrentChange(table);
    }
    history(id, action, from, to, reason, actor);
  }

  void history(long id, String action, String from, String to, String reason, Actor actor) {
    jdbc.sql(
            "insert into "
                + historyTable
                + " ("
                + foreignKey
                + ", action, from_status, to_status, reason, actor) values (:id, :a, :f, :t, :r, :who)")
        .param("id", id)
        .param("a", action)
        .param("f", from)
        .param("t", to)
        .param("r", reason)
        .param("who", actor.getUsername())
        .update();
  }

  /** The history, oldest first: action, from, to, reason, who, when. */
  java.util.List<Map<String, Object>> list(long id) {
    return jdbc.sql(
            "select action, from_status, to_status, reason, actor, at from "
                + historyTable
                + " where "
                + foreignKey
                + " = :id order by id")
        .param("id", id)
        .query()
        .listOfRows();
  }
}
