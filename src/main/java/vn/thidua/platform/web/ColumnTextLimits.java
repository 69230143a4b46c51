package vn.thidua.platform.web;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import vn.thidua.kernel.TextLimits;

/**
 * The text limits as the schema declares them ({@code varchar(n)}): one fact, which Flyway owns.
 * Templates read it as {@code @textLimits.of('organization', 'name')}.
 */
@Component("textLimits")
class ColumnTextLimits implements TextLimits {

  private final JdbcClient jdbc;
  private volatile Map<String, Integer> limits;

  ColumnTextLimits(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  @Override
  public int of(String table, String column) {
    Integer limit = all().get(table + "." + column);
    return limit == null ? Integer.MAX_VALUE : limit;
  }

  private Map<String, Integer> all() {
    Map<String, Integer> known = limits;
    if (known == null) {
      Map<String, Integer> read = new ConcurrentHashMap<>();
      jdbc.sql(
              """
              select table_name, column_name, character_maximum_length
              from information_schema.columns
              where table_schema = current_schema() and character_maximum_length is not null
              """)
          .query(rs -> {
            read.put(
                rs.getString("table_name") + "." + rs.getString("column_name"),
                rs.getInt("character_maximum_length"));
          });
      limits = known = read;
    }
    return known;
  }
}
