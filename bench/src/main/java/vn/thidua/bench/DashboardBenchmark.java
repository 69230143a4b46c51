package vn.thidua.bench;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.flywaydb.core.Flyway;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;
import vn.thidua.participation.domain.DashboardQueries;

/**
 * Inner component (JMH, not a product-path figure): a province's dashboard read from the kept
 * totals, against the same totals computed by a GROUP BY over the raw indicator values, in the same
 * run, on the bench data of {@link BenchData} (scales {@code province} and {@code nation}; Hải
 * Phòng, 114 communes, year 2028).
 *
 * <ul>
 *   <li>{@code dashboardReads}: every SQL statement the application makes for one page view of the
 *       province plan's dashboard over the province;
 *   <li>{@code totalsRead}: only the totals ({@link DashboardQueries#totals(int)});
 *   <li>{@code groupByRawValues}: the same totals (per commune and for the province, every
 *       indicator, sum and count) by GROUP BY over {@code indicator_value}.
 * </ul>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 3)
@Fork(1)
public class DashboardBenchmark {

  static final int YEAR = 2028;
  static final int INDICATORS = 20;
  static final long USER = 1;

  @Param({"province", "nation"})
  String scale;

  private BenchData data;
  private Connection db;
  private long provincePlan;
  private String provinceCode;
  private String provincePath;
  private List<String> unitCodes;
  private List<Long> valuePlans;

  private PreparedStatement plan;
  private PreparedStatement document;
  private PreparedStatement unit;
  private PreparedStatement children;
  private PreparedStatement totals;
  private PreparedStatement lastVisit;
  private PreparedStatement recordVisit;
  private PreparedStatement changes;
  private PreparedStatement groupBy;

  @Setup(Level.Trial)
  public void start() throws Exception {
    data = BenchData.open(scale, null);
    db = data.connection();
    provinceCode = BenchData.PROVINCE;
    provincePath = "/VN/" + provinceCode + "/";
    try (PreparedStatement s =
        db.prepareStatement("select id from movement where unit_code = ? and level = 'PROVINCE'")) {
      s.setString(1, provinceCode);
      try (ResultSet rs = s.executeQuery()) {
        rs.next();
        provincePlan = rs.getLong(1);
      }
    }
    unitCodes = new ArrayList<>();
    unitCodes.add(provinceCode);
    valuePlans = new ArrayList<>();
    valuePlans.add(provincePlan);
    try (PreparedStatement s =
        db.prepareStatement(
            "select u.code, m.id from administrative_unit u join movement m on m.unit_code = u.code"
                + " where u.parent_code = ? and m.parent_id = ? order by u.code")) {
      s.setString(1, provinceCode);
      s.setLong(2, provincePlan);
      try (ResultSet rs = s.executeQuery()) {
        while (rs.next()) {
          unitCodes.add(rs.getString(1));
          valuePlans.add(rs.getLong(2));
        }
      }
    }
    prepare();
  }

  private void prepare() throws SQLException {
    // Plans.readable and Plans.currentDocument (movement module), UnitDirectory (organization).
    plan = db.prepareStatement("select m.*, u.name from movement m join administrative_unit u"
        + " on u.code = m.unit_code where m.id = ?");
    document = db.prepareStatement("select document from plan_version where movement_id = ? and"
        + " version_no = coalesce(?, (select current_version from movement where id = ?))");
    unit = db.prepareStatement(
        "select code, name, level, parent_code, path from administrative_unit where code = ?");
    children = db.prepareStatement("select code, name, level, parent_code, path from"
        + " administrative_unit where parent_code = ? order by code");
    // The participation module's own statements, shared with DashboardService.
    totals = db.prepareStatement(DashboardQueries.totals(unitCodes.size()));
    lastVisit = db.prepareStatement(DashboardQueries.LAST_VISIT);
    recordVisit = db.prepareStatement(DashboardQueries.RECORD_VISIT);
    changes = db.prepareStatement(DashboardQueries.CHANGES);
    // What a dashboard without kept totals would run: the same figures from the raw values.
    groupBy = db.prepareStatement(
        """
        select coalesce(v.unit_code, ?) as unit_code, v.indicator_code, sum(v.value), count(*)
        from indicator_value v
        where v.movement_id = any(?) and v.year = ? and v.path like ?
        group by grouping sets ((v.unit_code, v.indicator_code), (v.indicator_code))
        """);
  }

  /** The bench/ folder, whether started from it (exec:exec, JMH) or from the repository root. */
  static Path benchDir() {
    return Files.exists(Path.of("bench", "pom.xml")) ? Path.of("bench") : Path.of(".");
  }

  @TearDown(Level.Trial)
  public void stop() throws IOException, SQLException {
    db.close();
    data.close();
  }

  private static int drain(PreparedStatement s) throws SQLException {
    int n = 0;
    try (ResultSet rs = s.executeQuery()) {
      while (rs.next()) {
        n++;
      }
    }
    return n;
  }

  @Benchmark
  public int dashboardReads() throws SQLException {
    int n = 0;
    plan.setLong(1, provincePlan);
    n += drain(plan);
    document.setLong(1, provincePlan);
    document.setObject(2, null, java.sql.Types.INTEGER);
    document.setLong(3, provincePlan);
    n += drain(document);
    unit.setString(1, provinceCode);
    n += drain(unit);
    unit.setString(1, provinceCode);
    n += drain(unit);
    children.setString(1, provinceCode);
    n += drain(children);
    n += totalsRead();
    lastVisit.setLong(1, USER);
    lastVisit.setLong(2, provincePlan);
    lastVisit.setString(3, provinceCode);
    n += drain(lastVisit);
    recordVisit.setLong(1, USER);
    recordVisit.setLong(2, provincePlan);
    recordVisit.setString(3, provinceCode);
    recordVisit.setTimestamp(4, Timestamp.from(Instant.now()));
    n += recordVisit.executeUpdate();
    changes.setInt(1, YEAR);
    changes.setTimestamp(2, Timestamp.from(Instant.now().minus(Duration.ofHours(1))));
    changes.setString(3, provincePath + "%");
    n += drain(changes);
    return n;
  }

  @Benchmark
  public int totalsRead() throws SQLException {
    int i = 1;
    totals.setLong(i++, provincePlan);
    totals.setInt(i++, YEAR);
    for (String code : unitCodes) {
      totals.setString(i++, code);
    }
    return drain(totals);
  }

  @Benchmark
  public int groupByRawValues() throws SQLException {
    groupBy.setString(1, provinceCode);
    groupBy.setArray(2, db.createArrayOf("bigint", valuePlans.toArray()));
    groupBy.setInt(3, YEAR);
    groupBy.setString(4, provincePath + "%");
    return drain(groupBy);
  }
}
