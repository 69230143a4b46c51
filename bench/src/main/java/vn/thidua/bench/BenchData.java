package vn.thidua.bench;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfoService;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import vn.thidua.kernel.VietnameseText;

/**
 * The data every dashboard and records benchmark reads (issue 16): a reproducible (seeded) country
 * on the application's own schema (its Flyway migrations) in an embedded PostgreSQL 17 with fsync
 * and synchronous commit on, loaded with COPY.
 *
 * <p>{@code nation}: the official 34 provinces and 3,321 communes, 170,000 organisations, 2,000,000
 * people, a national plan with one plan per province and per commune derived from it (20
 * indicators, targets 2026–2030), five years (2026–2030) of every organisation's value of every
 * indicator (17,000,000 values) with the kept totals ({@code indicator_total}) as the application
 * keeps them, and 5,000,000 award records (2021–2025). {@code province}: one province's share
 * (Hải Phòng, code 31, with its 114 communes) of the same, under the same national plan.
 *
 * <p>Run {@code ./thidua bench-data --scale province|nation [--dir D]} (default folder {@code
 * bench/target/bench-data-<scale>}). A folder already loaded with the same scale and migrations is
 * reused; one loaded otherwise (or half loaded) is refused with a request to delete it.
 */
public final class BenchData implements AutoCloseable {

  /** The seed of every generated figure and name: the same data on every machine. */
  public static final long SEED = 20_261_206L;

  public static final int FIRST_YEAR = 2026;
  public static final int YEARS = 5;
  public static final int INDICATORS = 20;
  public static final String PROVINCE = "31";

  static final int ORGANISATIONS = 170_000;
  static final int PEOPLE = 2_000_000;
  static final int AWARDS = 5_000_000;

  public final String scale;
  public final Path dir;
  private final EmbeddedPostgres postgres;

  private BenchData(String scale, Path dir, EmbeddedPostgres postgres) {
    this.scale = scale;
    this.dir = dir;
    this.postgres = postgres;
  }

  public static void main(String[] args) throws Exception {
    String scale = "province";
    Path dir = null;
    for (int i = 0; i < args.length; i++) {
      switch (args[i]) {
        case "--scale" -> scale = args[++i];
        case "--dir" -> dir = Path.of(args[++i]);
        default -> scale = args[i];
      }
    }
    try (BenchData data = open(scale, dir)) {
      System.out.println("Bench data ready: " + data.dir + " (" + data.jdbcUrl() + ")");
    }
  }

  /** The default folder of a scale: {@code bench/target/bench-data-<scale>}. */
  public static Path defaultDir(String scale) {
    return DashboardBenchmark.benchDir()
        .resolve("target")
        .resolve("bench-data-" + scale)
        .toAbsolutePath()
        .normalize();
  }

  /** Starts the scale's database (loading it first when its folder is new) and keeps it running. */
  public static BenchData open(String scale, Path dir) throws Exception {
    if (!scale.equals("province") && !scale.equals("nation")) {
      throw new IllegalArgumentException("scale must be province or nation, not " + scale);
    }
    Path folder = (dir == null ? defaultDir(scale) : dir).toAbsolutePath().normalize();
    Files.createDirectories(folder);
    boolean fresh = !Files.exists(folder.resolve("postgres").resolve("PG_VERSION"));
    EmbeddedPostgres pg =
        EmbeddedPostgres.builder()
            .setDataDirectory(folder.resolve("postgres"))
            .setCleanDataDirectory(false)
            .setOverrideWorkingDirectory(folder.resolve("binaries").toFile())
            .setPGStartupWait(Duration.ofSeconds(180))
            .setServerConfig("shared_buffers", "1GB")
            .setServerConfig("fsync", "on")
            .setServerConfig("synchronous_commit", "on")
            .setServerConfig("full_page_writes", "on")
            // COPY into a table emptied in the same transaction then writes no WAL.
            .setServerConfig("wal_level", "minimal")
            .setServerConfig("max_wal_senders", "0")
            .setServerConfig("max_wal_size", "8GB")
            .setServerConfig("maintenance_work_mem", "512MB")
            .setServerConfig("work_mem", "64MB")
            .setServerConfig("timezone", "UTC")
            .setServerConfig("listen_addresses", "localhost")
            .setServerConfig("unix_socket_directories", "''")
            .setLocaleConfig("locale", "C.UTF-8")
            .setLocaleConfig("encoding", "UTF8")
            .start();
    BenchData data = new BenchData(scale, folder, pg);
    try {
      data.prepare(fresh);
    } catch (Exception e) {
      data.close();
      throw e;
    }
    return data;
  }

  public String jdbcUrl() {
    return postgres.getJdbcUrl("postgres", "postgres");
  }

  public Connection connection() throws SQLException {
    Connection c = postgres.getPostgresDatabase().getConnection();
    c.setAutoCommit(true);
    return c;
  }

  @Override
  public void close() throws IOException {
    postgres.close();
  }

  private Flyway flyway() {
    return Flyway.configure()
        .dataSource(jdbcUrl(), "postgres", "postgres")
        .locations("classpath:db/migration")
        .load();
  }

  private void prepare(boolean fresh) throws Exception {
    try (Connection db = connection()) {
      String loaded = marker(db);
      if (loaded != null) {
        MigrationInfoService info = flyway().info();
        if (!loaded.equals(scale) || info.pending().length > 0) {
          throw new IllegalStateException(
              dir
                  + " holds "
                  + loaded
                  + " data of other migrations or another scale: delete the folder and run again");
        }
        System.out.println("Reusing " + scale + " bench data in " + dir);
        return;
      }
      if (!fresh) {
        throw new IllegalStateException(
            dir + " holds a load that did not finish: delete the folder and run again");
      }
    }
    long t0 = System.nanoTime();
    Timer.step("migrations (Flyway)", () -> flyway().migrate());
    try (Connection db = connection()) {
      new Loader(db, scale.equals("nation")).load();
      try (Statement s = db.createStatement()) {
        s.execute("create table bench_data (scale text not null, loaded_at timestamptz, seconds int)");
        s.execute(
            "insert into bench_data values ('"
                + scale
                + "', now(), "
                + (System.nanoTime() - t0) / 1_000_000_000L
                + ")");
      }
    }
    System.out.printf(Locale.ROOT, "Loaded %s in %.1f s%n", scale, (System.nanoTime() - t0) / 1e9);
  }

  private static String marker(Connection db) throws SQLException {
    try (Statement s = db.createStatement();
        ResultSet rs = s.executeQuery("select to_regclass('bench_data') is not null")) {
      rs.next();
      if (!rs.getBoolean(1)) {
        return null;
      }
    }
    try (Statement s = db.createStatement();
        ResultSet rs = s.executeQuery("select scale from bench_data")) {
      return rs.next() ? rs.getString(1) : null;
    }
  }

  /** Times a step and prints it. */
  static final class Timer {
    interface Step {
      Object run() throws Exception;
    }

    static void step(String what, Step step) throws Exception {
      long t = System.nanoTime();
      Object rows = step.run();
      double s = (System.nanoTime() - t) / 1e9;
      if (rows instanceof Long n && n > 0) {
        System.out.printf(
            Locale.ROOT, "  %8.1f s  %-42s %,12d rows  %,10.0f rows/s%n", s, what, n, n / s);
      } else {
        System.out.printf(Locale.ROOT, "  %8.1f s  %s%n", s, what);
      }
    }
  }

  /** One administrative unit of the official list. */
  record Unit(String code, String name, String level, String parent, String path) {}

  /** Generates the rows and streams them with COPY. */
  static final class Loader {
    private final Connection db;
    private final boolean nation;
    private final SplittableRandom random = new SplittableRandom(SEED);
    private final List<Unit> units = new ArrayList<>();
    private final List<Unit> communes = new ArrayList<>();
    private final Map<String, Long> plans = new LinkedHashMap<>();
    private final List<String> provinces = new ArrayList<>();
    private int organisations;
    private String[] orgPath;
    private String[] orgUnit;
    private long[] personOrg;

    Loader(Connection db, boolean nation) {
      this.db = db;
      this.nation = nation;
    }

    void load() throws Exception {
      exec("set session_replication_role = replica"); // the generated rows are consistent: no FK triggers
      Timer.step("administrative_unit", this::units);
      Timer.step("organization", this::organisations);
      Timer.step("person", this::people);
      Timer.step("movement + plan_version", this::plans);
      Timer.step("indicator_value (5 years)", this::values);
      Timer.step("award_record", this::awards);
      exec("set session_replication_role = origin");
      Timer.step("indexes of the loaded tables", this::indexes);
      Timer.step("indicator_total (kept totals, GROUP BY)", this::totals);
      Timer.step("sequences", this::sequences);
      Timer.step("analyze", () -> exec("analyze"));
      Timer.step("checkpoint", () -> exec("checkpoint"));
    }

    private long exec(String sql) throws SQLException {
      try (Statement s = db.createStatement()) {
        s.execute(sql);
        return s.getUpdateCount();
      }
    }

    /** Indexes dropped before COPY and built after it (those not backing a referenced key). */
    private final List<String> rebuild = new ArrayList<>();

    private void dropIndexes(String table) throws SQLException {
      List<String> drops = new ArrayList<>();
      try (Statement s = db.createStatement();
          ResultSet rs =
              s.executeQuery(
                  """
                  select i.indexname, i.indexdef, c.conname, pg_get_constraintdef(c.oid)
                  from pg_indexes i
                  left join pg_constraint c on c.conindid = (quote_ident(i.indexname))::regclass
                    and c.contype in ('p', 'u')
                  where i.tablename = '%s'
                    and not exists (select 1 from pg_constraint f
                                    where f.contype = 'f' and f.conindid = (quote_ident(i.indexname))::regclass)
                  """
                      .formatted(table))) {
        while (rs.next()) {
          if (rs.getString(3) != null) {
            drops.add("alter table " + table + " drop constraint " + rs.getString(3));
            rebuild.add(
                "alter table " + table + " add constraint " + rs.getString(3) + " " + rs.getString(4));
          } else {
            drops.add("drop index " + rs.getString(1));
            rebuild.add(rs.getString(2));
          }
        }
      }
      for (String d : drops) {
        exec(d);
      }
    }

    private long indexes() throws SQLException {
      for (String sql : rebuild) {
        long t = System.nanoTime();
        exec(sql);
        System.out.printf(
            Locale.ROOT, "             %6.1f s  %s%n", (System.nanoTime() - t) / 1e9, sql);
      }
      return 0;
    }

    /** COPY of generated text rows, in the same transaction as the table's TRUNCATE (no WAL). */
    private long copy(String table, String columns, boolean truncate, Rows rows)
        throws Exception {
      db.setAutoCommit(false);
      truncate = truncate && !referenced(table);
      if (truncate) {
        exec("truncate " + table);
      }
      CopyIn in =
          db.unwrap(PGConnection.class)
              .getCopyAPI()
              .copyIn(
                  "copy " + table + " (" + columns + ") from stdin"
                      + (truncate ? " with (freeze)" : ""));
      StringBuilder sb = new StringBuilder(1 << 20);
      long n = 0;
      try {
        Sink sink =
            line -> {
              sb.append(line).append('\n');
              if (sb.length() > (1 << 20) - 4096) {
                byte[] b = sb.toString().getBytes(StandardCharsets.UTF_8);
                in.writeToCopy(b, 0, b.length);
                sb.setLength(0);
              }
            };
        rows.write(sink);
        byte[] b = sb.toString().getBytes(StandardCharsets.UTF_8);
        in.writeToCopy(b, 0, b.length);
        n = in.endCopy();
      } finally {
        if (in.isActive()) {
          in.cancelCopy();
        }
      }
      db.commit();
      db.setAutoCommit(true);
      return n;
    }

    private boolean referenced(String table) throws SQLException {
      try (Statement s = db.createStatement();
          ResultSet rs =
              s.executeQuery(
                  "select count(*) from pg_constraint where contype = 'f' and confrelid = '"
                      + table
                      + "'::regclass")) {
        rs.next();
        return rs.getInt(1) > 0;
      }
    }

    interface Sink {
      void line(String line) throws SQLException;
    }

    interface Rows {
      void write(Sink sink) throws Exception;
    }

    private static String row(Object... fields) {
      StringBuilder sb = new StringBuilder(160);
      for (int i = 0; i < fields.length; i++) {
        if (i > 0) {
          sb.append('\t');
        }
        sb.append(fields[i] == null ? "\\N" : fields[i].toString());
      }
      return sb.toString();
    }

    private long units() throws Exception {
      JsonNode root;
      try (InputStream in =
          BenchData.class.getResourceAsStream("/data/vn-administrative-units-2025.json")) {
        root = new ObjectMapper().readTree(in);
      }
      units.add(new Unit("VN", "Việt Nam", "NATION", null, "/VN/"));
      for (JsonNode p : root) {
        String code = p.get("Code").asString();
        String path = "/VN/" + code + "/";
        units.add(
            new Unit(code, VietnameseText.clean(p.get("FullName").asString()), "PROVINCE", "VN", path));
        provinces.add(code);
        for (JsonNode w : p.get("Wards")) {
          String wc = w.get("Code").asString();
          Unit u =
              new Unit(
                  wc,
                  VietnameseText.clean(w.get("FullName").asString()),
                  "COMMUNE",
                  code,
                  path + wc + "/");
          units.add(u);
          if (nation || code.equals(PROVINCE)) {
            communes.add(u);
          }
        }
      }
      return copy(
          "administrative_unit",
          "code, name, level, parent_code, path, name_folded, sort_key",
          false,
          sink -> {
            for (Unit u : units) {
              sink.line(
                  row(
                      u.code(),
                      u.name(),
                      u.level(),
                      u.parent(),
                      u.path(),
                      VietnameseText.fold(u.name()),
                      VietnameseText.collationKey(u.name())));
            }
          });
    }

    private static final String[] ORG_TYPES = {
      "VILLAGE", "VILLAGE", "VILLAGE", "AGENCY", "PUBLIC_SERVICE_UNIT", "ENTERPRISE",
      "COOPERATIVE", "MASS_ORGANIZATION", "COMMUNITY_DIGITAL_TEAM", "PEOPLES_COMMITTEE"
    };
    private static final String[] ORG_NAMES = {
      "Thôn", "Tổ dân phố", "Khu dân cư", "Phòng", "Trường", "Công ty", "Hợp tác xã", "Chi hội",
      "Tổ công nghệ số cộng đồng", "Ủy ban nhân dân"
    };

    /** One province's share of a national figure (the province's communes over the country's). */
    private int share(int national) {
      return nation ? national : (int) Math.round((double) national * communes.size() / 3_321);
    }

    private long organisations() throws Exception {
      dropIndexes("organization");
      organisations = share(ORGANISATIONS);
      orgPath = new String[organisations + 1];
      orgUnit = new String[organisations + 1];
      return copy(
          "organization",
          "id, unit_code, type, name, path, name_folded, sort_key, created_by, updated_by",
          false,
          sink -> {
            for (int id = 1; id <= organisations; id++) {
              Unit c = communes.get((id - 1) % communes.size());
              int t = random.nextInt(ORG_TYPES.length);
              String name = ORG_NAMES[t] + " số " + id;
              orgPath[id] = c.path() + "o" + id + "/";
              orgUnit[id] = c.code();
              sink.line(
                  row(
                      id,
                      c.code(),
                      ORG_TYPES[t],
                      name,
                      orgPath[id],
                      VietnameseText.fold(name),
                      VietnameseText.collationKey(name),
                      "bench",
                      "bench"));
            }
          });
    }

    private static final String[] FAMILY = {
      "Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Huỳnh", "Phan", "Vũ", "Võ", "Đặng", "Bùi", "Đỗ",
      "Hồ", "Ngô", "Dương", "Lý"
    };
    private static final String[] MIDDLE = {"Văn", "Thị", "Hữu", "Đức", "Minh", "Thu", "Ngọc", "Quang"};
    private static final String[] GIVEN = {
      "An", "Bình", "Chi", "Dũng", "Giang", "Hà", "Hải", "Hạnh", "Hùng", "Hương", "Khánh", "Lan",
      "Linh", "Long", "Mai", "Nam", "Nga", "Phong", "Phương", "Quân", "Sơn", "Tâm", "Thảo", "Trung",
      "Tuấn", "Vân", "Việt", "Yến"
    };
    private static final String[] CATEGORIES = {
      "CIVIL_SERVANT", "PUBLIC_EMPLOYEE", "WORKER", "WORKER", "ENTREPRENEUR", "OTHER"
    };

    private long people() throws Exception {
      dropIndexes("person");
      int people = share(PEOPLE);
      personOrg = new long[people];
      LocalDate born = LocalDate.of(1960, 1, 1);
      return copy(
          "person",
          "id, organization_id, path, full_name, gender, birth_date, position, category,"
              + " direct_worker, name_folded, sort_key, created_by, updated_by",
          false,
          sink -> {
            for (int i = 0; i < people; i++) {
              int org = 1 + i % organisations;
              personOrg[i] = org;
              boolean female = random.nextBoolean();
              String name =
                  FAMILY[random.nextInt(FAMILY.length)]
                      + " "
                      + (female ? "Thị" : MIDDLE[random.nextInt(MIDDLE.length)])
                      + " "
                      + GIVEN[random.nextInt(GIVEN.length)];
              sink.line(
                  row(
                      1_000 + i,
                      org,
                      orgPath[org],
                      name,
                      female ? "FEMALE" : "MALE",
                      born.plusDays(random.nextInt(16_000)),
                      null,
                      CATEGORIES[random.nextInt(CATEGORIES.length)],
                      random.nextInt(4) == 0 ? "t" : "f",
                      VietnameseText.fold(name),
                      VietnameseText.personNameKey(name),
                      "bench",
                      "bench"));
            }
          });
    }

    /** Code, name and unit of the 20 indicators: even ones are rates (%), odd ones counts. */
    static String indicatorCode(int i) {
      return "CT" + (i < 10 ? "0" : "") + i;
    }

    private static boolean rate(int i) {
      return i % 2 == 0;
    }

    private long plans() throws Exception {
      // Plans: the nation's (id 1), one per province (100 + its rank) and per commune (10,000 + rank).
      plans.put("VN", 1L);
      int p = 0;
      for (String code : provinces) {
        p++;
        if (nation || code.equals(PROVINCE)) {
          plans.put(code, 100L + p);
        }
      }
      int c = 0;
      for (Unit u : communes) {
        plans.put(u.code(), 10_000L + ++c);
      }
      Map<String, Unit> byCode = new LinkedHashMap<>();
      units.forEach(u -> byCode.put(u.code(), u));
      Map<String, Integer> orgsIn = new LinkedHashMap<>();
      for (int id = 1; id <= organisations; id++) {
        orgsIn.merge(orgUnit[id], 1, Integer::sum);
        orgsIn.merge(byCode.get(orgUnit[id]).parent(), 1, Integer::sum);
        orgsIn.merge("VN", 1, Integer::sum);
      }
      long n =
          copy(
              "movement",
              "id, parent_id, unit_code, path, level, name, document_type, status, period_from,"
                  + " period_to, name_folded, created_by, updated_by",
              false,
              sink -> {
                for (var e : plans.entrySet()) {
                  Unit u = byCode.get(e.getKey());
                  Long parent = u.parent() == null ? null : plans.get(u.parent());
                  String name = "Kế hoạch phong trào thi đua giai đoạn 2026 - 2030 - " + u.name();
                  sink.line(
                      row(
                          e.getValue(),
                          parent,
                          u.code(),
                          u.path(),
                          u.level(),
                          name,
                          "PLAN",
                          "ISSUED",
                          FIRST_YEAR,
                          FIRST_YEAR + YEARS - 1,
                          VietnameseText.fold(name),
                          "bench",
                          "bench"));
                }
              });
      n +=
          copy(
              "plan_version",
              "movement_id, version_no, document, created_by",
              false,
              sink -> {
                for (var e : plans.entrySet()) {
                  int orgs = orgsIn.getOrDefault(e.getKey(), 1);
                  sink.line(row(e.getValue(), 1, document(orgs).replace("\\", "\\\\"), "bench"));
                }
              });
      return n;
    }

    /** The plan document: 20 indicators with a target per year (rates 80 %, counts per org). */
    private static String document(int orgs) {
      StringBuilder sb = new StringBuilder("{\"indicators\":[");
      for (int i = 1; i <= INDICATORS; i++) {
        if (i > 1) {
          sb.append(',');
        }
        sb.append("{\"code\":\"")
            .append(indicatorCode(i))
            .append("\",\"name\":\"Chỉ tiêu số ")
            .append(i)
            .append("\",\"unit\":\"")
            .append(rate(i) ? "%" : "người")
            .append("\",\"direction\":\"INCREASE\",\"targets\":{");
        for (int y = 0; y < YEARS; y++) {
          if (y > 0) {
            sb.append(',');
          }
          long target = rate(i) ? 80 : (long) orgs * (50 + 5L * y);
          sb.append('"').append(FIRST_YEAR + y).append("\":").append(target);
        }
        sb.append("}}");
      }
      return sb.append("]}").toString();
    }

    private long values() throws Exception {
      dropIndexes("indicator_value");
      String[] codes = new String[INDICATORS + 1];
      for (int i = 1; i <= INDICATORS; i++) {
        codes[i] = indicatorCode(i);
      }
      return copy(
          "indicator_value",
          "movement_id, indicator_code, organization_id, unit_code, path, year, value,"
              + " created_by, updated_by, created_at, updated_at",
          true,
          sink -> {
            for (int id = 1; id <= organisations; id++) {
              long plan = plans.get(orgUnit[id]);
              for (int y = 0; y < YEARS; y++) {
                int year = FIRST_YEAR + y;
                // Entered in the past (before any run of the benchmarks), so that "changed since the
                // last visit" lists only what a run itself enters.
                String at = LocalDate.of(2025, 6, 1).plusDays(random.nextInt(480)) + " 08:00:00+07";
                for (int i = 1; i <= INDICATORS; i++) {
                  String value =
                      rate(i) ? percent(random.nextInt(10_001)) : Integer.toString(random.nextInt(110));
                  sink.line(
                      row(
                          plan, codes[i], id, orgUnit[id], orgPath[id], year, value, "bench",
                          "bench", at, at));
                }
              }
            }
          });
    }

    private static String percent(int hundredths) {
      return hundredths / 100 + "." + pad2(hundredths % 100);
    }

    private static String pad2(int n) {
      return n < 10 ? "0" + n : Integer.toString(n);
    }

    private static final String[] INDIVIDUAL_AWARDS = {
      "LAO_DONG_TIEN_TIEN", "LAO_DONG_TIEN_TIEN", "LAO_DONG_TIEN_TIEN", "GIAY_KHEN", "GIAY_KHEN",
      "CHIEN_SI_THI_DUA_CO_SO", "BANG_KHEN_CAP_TINH", "CHIEN_SI_THI_DUA_CAP_TINH"
    };
    private static final String[] COLLECTIVE_AWARDS = {
      "TAP_THE_LAO_DONG_TIEN_TIEN", "TAP_THE_LAO_DONG_TIEN_TIEN", "TAP_THE_LAO_DONG_XUAT_SAC",
      "GIAY_KHEN", "BANG_KHEN_CAP_TINH", "CO_THI_DUA_CAP_TINH"
    };

    private long awards() throws Exception {
      dropIndexes("award_record");
      int awards = share(AWARDS);
      Map<String, String> parentOf = new LinkedHashMap<>();
      units.forEach(u -> parentOf.put(u.code(), u.parent()));
      return copy(
          "award_record",
          "person_id, organization_id, subject_kind, award, occasion, year, decision_number,"
              + " decision_date, deciding_unit, bonus, full_bonus",
          true,
          sink -> {
            for (int i = 0; i < awards; i++) {
              boolean collective = random.nextInt(100) < 15;
              int year = 2021 + random.nextInt(5);
              String award;
              Long person;
              long org;
              if (collective) {
                award = COLLECTIVE_AWARDS[random.nextInt(COLLECTIVE_AWARDS.length)];
                person = null;
                org = 1 + random.nextInt(organisations);
              } else {
                award = INDIVIDUAL_AWARDS[random.nextInt(INDIVIDUAL_AWARDS.length)];
                int p = random.nextInt(personOrg.length);
                person = 1_000L + p;
                org = personOrg[p];
              }
              boolean provincial = award.contains("CAP_TINH");
              String commune = orgUnit[(int) org];
              String deciding = provincial ? parentOf.get(commune) : commune;
              long bonus =
                  switch (award) {
                    case "GIAY_KHEN" -> 760_000;
                    case "BANG_KHEN_CAP_TINH" -> collective ? 7_590_000 : 3_800_000;
                    case "CHIEN_SI_THI_DUA_CO_SO" -> 2_530_000;
                    default -> 0;
                  };
              sink.line(
                  row(
                      person,
                      org,
                      collective ? "COLLECTIVE" : "INDIVIDUAL",
                      award,
                      "ANNUAL",
                      year,
                      (1 + random.nextInt(3_000)) + (provincial ? "/QĐ-UBND" : "/QĐ-UBND-X"),
                      LocalDate.of(year, 12, 1).plusDays(random.nextInt(28)),
                      deciding,
                      bonus == 0 ? null : bonus,
                      bonus == 0 ? null : bonus));
            }
          });
    }

    /**
     * The kept totals as IndicatorValueService keeps them: for every plan of a value's lineage
     * (commune, province, nation), at every unit of the organisation inside that plan's unit.
     */
    private long totals() throws SQLException {
      db.setAutoCommit(false);
      exec("truncate indicator_total");
      exec(
          """
          create temporary table commune_sum on commit drop as
          select v.unit_code as commune, u.parent_code as province, v.indicator_code, v.year,
                 sum(v.value) as total, count(*)::int as reporting
          from indicator_value v join administrative_unit u on u.code = v.unit_code
          group by 1, 2, 3, 4
          """);
      long n =
          exec(
              """
              insert into indicator_total (movement_id, indicator_code, year, unit_code, total, reporting)
              select mc.id, s.indicator_code, s.year, s.commune, s.total, s.reporting
                from commune_sum s join movement mc on mc.unit_code = s.commune
              union all
              select mp.id, s.indicator_code, s.year, s.commune, s.total, s.reporting
                from commune_sum s join movement mp on mp.unit_code = s.province
              union all
              select 1, s.indicator_code, s.year, s.commune, s.total, s.reporting from commune_sum s
              union all
              select mp.id, s.indicator_code, s.year, s.province, sum(s.total), sum(s.reporting)
                from commune_sum s join movement mp on mp.unit_code = s.province
                group by mp.id, s.province, s.indicator_code, s.year
              union all
              select 1, s.indicator_code, s.year, s.province, sum(s.total), sum(s.reporting)
                from commune_sum s group by s.province, s.indicator_code, s.year
              union all
              select 1, s.indicator_code, s.year, 'VN', sum(s.total), sum(s.reporting)
                from commune_sum s group by s.indicator_code, s.year
              """);
      db.commit();
      db.setAutoCommit(true);
      return n;
    }

    private long sequences() throws SQLException {
      exec("select setval('organization_seq', (select max(id) + 1 from organization))");
      exec("select setval(pg_get_serial_sequence('person', 'id'), (select max(id) from person))");
      exec(
          "select setval(pg_get_serial_sequence('movement', 'id'), (select max(id) from movement))");
      return 0;
    }
  }
}
