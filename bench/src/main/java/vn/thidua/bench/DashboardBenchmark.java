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
 * A province's dashboard read from the kept totals, against the same totals computed by a GROUP BY
 * over the raw indicator values, in the same run, on the application's schema (its Flyway
 * migrations) in an embedded PostgreSQL 17.
 *
 * <p>Scales (acceptance line of issue 4): {@code province} = 1 province, 100 communes, 5,000
 * organisations, 20 indicators (100,000 values); {@code national} = 34 provinces, 3,321 communes,
 * 170,000 organisations, 20 indicators (3,400,000 values). A national plan, one plan per province
 * derived from it and one per commune derived from its province's; values entered under the commune
 * plans; {@code indicator_total} filled consistently for every plan of each value's lineage, as the
 * application keeps it. The data is loaded once per scale into {@code target/bench-pg-<scale>} and
 * reused by later runs.
 *
 * <p>Measured for the first province (≈ 100 communes in both scales):
 *
 * <ul>
 *   <li>{@code dashboardReads}: every SQL statement the application makes for one page view of the
 *       province plan's dashboard over the province (plan, document, unit, children, the totals of
 *       the province and its communes, last visit read and written, changes since an hour ago);
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

  static final int YEAR = 2027;
  static final int INDICATORS = 20;
  static final long USER = 1;

  @Param({"province", "national"})
  String scale;

  private EmbeddedPostgres postgres;
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
  public void start() throws IOException, SQLException {
    Path dir = benchDir().resolve("target").resolve("bench-pg-" + scale).toAbsolutePath();
    Files.createDirectories(dir);
    postgres =
        EmbeddedPostgres.builder()
            .setDataDirectory(dir.resolve("postgres"))
            .setCleanDataDirectory(false)
            .setOverrideWorkingDirectory(dir.resolve("binaries").toFile())
            .setPGStartupWait(Duration.ofSeconds(120))
            .setServerConfig("shared_buffers", "1GB")
            .setServerConfig("fsync", "off")
            .setServerConfig("synchronous_commit", "off")
            .setServerConfig("max_wal_size", "4GB")
            .setServerConfig("timezone", "UTC")
            .setServerConfig("listen_addresses", "localhost")
            .setServerConfig("unix_socket_directories", "''")
            .setLocaleConfig("locale", "C.UTF-8")
            .setLocaleConfig("encoding", "UTF8")
            .start();
    String url = postgres.getJdbcUrl("postgres", "postgres");
    db = postgres.getPostgresDatabase().getConnection();
    db.setAutoCommit(true);
    if (!loaded()) {
      Flyway.configure()
          .dataSource(url, "postgres", "postgres")
          .locations("classpath:db/migration")
          .load()
          .migrate();
      boolean national = scale.equals("national");
      load(national ? 34 : 1, national ? 3_321 : 100, national ? 170_000 : 5_000);
    }
    provinceCode = "P01";
    provincePath = "/VN/P01/";
    provincePlan = 101;
    unitCodes = new ArrayList<>();
    unitCodes.add(provinceCode);
    valuePlans = new ArrayList<>();
    valuePlans.add(provincePlan);
    try (PreparedStatement s =
        db.prepareStatement(
            "select code from administrative_unit where parent_code = ? order by code")) {
      s.setString(1, provinceCode);
      try (ResultSet rs = s.executeQuery()) {
        while (rs.next()) {
          unitCodes.add(rs.getString(1));
          valuePlans.add(10_000L + Long.parseLong(rs.getString(1).substring(1)));
        }
      }
    }
    prepare();
  }

  private boolean loaded() throws SQLException {
    try (Statement s = db.createStatement();
        ResultSet rs = s.executeQuery("select to_regclass('bench_loaded') is not null")) {
      rs.next();
      return rs.getBoolean(1);
    }
  }

  private void exec(String sql) throws SQLException {
    long t = System.nanoTime();
    try (Statement s = db.createStatement()) {
      s.execute(sql);
    }
    System.out.printf(
        "  %6d ms  %s%n",
        (System.nanoTime() - t) / 1_000_000,
        sql.strip().lines().findFirst().orElse(""));
  }

  /** Units, organisations, plans, values and their kept totals, by generate_series. */
  private void load(int provinces, int communes, int organisations) throws SQLException {
    System.out.printf(
        "Loading %s: %d provinces, %d communes, %d organisations, %d indicators%n",
        scale, provinces, communes, organisations, INDICATORS);
    exec(
        "insert into administrative_unit (code, name, level, parent_code, path, name_folded, sort_key)"
            + " values ('VN', 'Việt Nam', 'NATION', null, '/VN/', 'viet nam', '0')");
    exec(
        """
        insert into administrative_unit (code, name, level, parent_code, path, name_folded, sort_key)
        select 'P' || lpad(p::text, 2, '0'), 'Tỉnh ' || p, 'PROVINCE', 'VN',
               '/VN/P' || lpad(p::text, 2, '0') || '/', 'tinh ' || p, lpad(p::text, 2, '0')
        from generate_series(1, %d) p
        """
            .formatted(provinces));
    exec(
        """
        insert into administrative_unit (code, name, level, parent_code, path, name_folded, sort_key)
        select 'C' || lpad(c::text, 5, '0'), 'Xã ' || c, 'COMMUNE', 'P' || lpad(p::text, 2, '0'),
               '/VN/P' || lpad(p::text, 2, '0') || '/C' || lpad(c::text, 5, '0') || '/', 'xa ' || c,
               lpad(p::text, 2, '0') || lpad(c::text, 5, '0')
        from (select c, ((c - 1) %% %d) + 1 as p from generate_series(1, %d) c) s
        """
            .formatted(provinces, communes));
    exec(
        """
        insert into organization (id, unit_code, type, name, path, name_folded, sort_key, created_by, updated_by)
        select o, u.code, 'VILLAGE', 'Thôn ' || o, u.path || 'o' || o || '/', 'thon ' || o,
               lpad(o::text, 7, '0'), 'bench', 'bench'
        from generate_series(1, %d) o
        join administrative_unit u on u.code = 'C' || lpad((((o - 1) %% %d) + 1)::text, 5, '0')
        """
            .formatted(organisations, communes));
    exec(
        """
        insert into user_account (id, username, password_hash, display_name, created_by, updated_by)
        values (1, 'bench', 'x', 'Bench', 'bench', 'bench')
        """);
    String plan =
        "insert into movement (id, parent_id, unit_code, path, level, name, document_type, status,"
            + " period_from, period_to, name_folded, created_by, updated_by) ";
    exec(
        plan
            + "values (1, null, 'VN', '/VN/', 'NATION', 'Kế hoạch quốc gia', 'PLAN', 'ISSUED', 2026, 2030, 'ke hoach', 'bench', 'bench')");
    exec(
        plan
            + "select 100 + substr(code, 2)::int, 1, code, path, 'PROVINCE', 'Kế hoạch ' || name,"
            + " 'PLAN', 'ISSUED', 2026, 2030, 'ke hoach', 'bench', 'bench' from administrative_unit where level = 'PROVINCE'");
    exec(
        plan
            + "select 10000 + substr(code, 2)::int, 100 + substr(parent_code, 2)::int, code, path, 'COMMUNE',"
            + " 'Kế hoạch ' || name, 'PLAN', 'ISSUED', 2026, 2030, 'ke hoach', 'bench', 'bench'"
            + " from administrative_unit where level = 'COMMUNE'");
    exec(
        """
        insert into plan_version (movement_id, version_no, document, created_by)
        select id, 1, (select json_build_object('indicators', json_agg(json_build_object(
                   'code', 'IND' || lpad(i::text, 2, '0'), 'name', 'Chỉ tiêu số ' || i,
                   'unit', case when i %% 2 = 0 then '%%' else 'người' end, 'direction', 'INCREASE',
                   'targets', json_build_object('%d', 80))))::text
                 from generate_series(1, %d) i), 'bench'
        from movement
        """
            .formatted(YEAR, INDICATORS));
    exec(
        """
        insert into indicator_value (movement_id, indicator_code, organization_id, unit_code, path, year,
                                     value, created_by, updated_by, created_at, updated_at)
        select 10000 + substr(o.unit_code, 2)::int, 'IND' || lpad(i::text, 2, '0'), o.id, o.unit_code,
               o.path, %d, round((random() * 100)::numeric, 2), 'bench', 'bench',
               now() - interval '100 days', now() - random() * interval '90 days'
        from organization o cross join generate_series(1, %d) i
        """
            .formatted(YEAR, INDICATORS));
    // The kept totals, as IndicatorValueService keeps them: every plan of the value's lineage, at
    // every unit of the organisation inside that plan's unit.
    exec(
        """
        create temporary table commune_sum as
        select v.unit_code as commune, u.parent_code as province, v.indicator_code, v.year,
               sum(v.value) as total, count(*)::int as reporting
        from indicator_value v join administrative_unit u on u.code = v.unit_code
        group by 1, 2, 3, 4
        """);
    exec(
        """
        insert into indicator_total (movement_id, indicator_code, year, unit_code, total, reporting)
        select 10000 + substr(commune, 2)::int, indicator_code, year, commune, total, reporting from commune_sum
        union all
        select 100 + substr(province, 2)::int, indicator_code, year, commune, total, reporting from commune_sum
        union all
        select 1, indicator_code, year, commune, total, reporting from commune_sum
        union all
        select 100 + substr(province, 2)::int, indicator_code, year, province, sum(total), sum(reporting)
          from commune_sum group by province, indicator_code, year
        union all
        select 1, indicator_code, year, province, sum(total), sum(reporting)
          from commune_sum group by province, indicator_code, year
        union all
        select 1, indicator_code, year, 'VN', sum(total), sum(reporting)
          from commune_sum group by indicator_code, year
        """);
    exec("vacuum analyze");
    exec("create table bench_loaded (at timestamptz default now())");
    exec("insert into bench_loaded default values");
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

  /** JDBC URL of the running benchmark database (for {@link DashboardHttpBench}). */
  public String jdbcUrl() {
    return postgres.getJdbcUrl("postgres", "postgres");
  }

  /** Runs the GROUP BY once (for {@link DashboardHttpBench}). */
  int groupByOnce() throws SQLException {
    return groupByRawValues();
  }

  @TearDown(Level.Trial)
  public void stop() throws IOException, SQLException {
    db.close();
    postgres.close();
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
