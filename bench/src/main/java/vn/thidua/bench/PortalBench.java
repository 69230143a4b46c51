package vn.thidua.bench;

import static vn.thidua.bench.HttpTimings.get;
import static vn.thidua.bench.HttpTimings.pct;
import static vn.thidua.bench.HttpTimings.time;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * The public portal as an anonymous visitor sees it, through the real application: the jar ({@code
 * ../target/thidua.jar}) with the demo data, on its own embedded PostgreSQL 17 with fsync and
 * synchronous_commit on, after 1,000 award decisions (3 awardees each) are published. Each page is
 * requested sequentially, a new visitor every time (no cookie kept); the anchor of the same run is
 * a static file through the same server ({@code /css/app.css}). Prints p50/p95/p99 per page and the
 * load average. Goal (issue 15): every page under 300 ms at p95.
 *
 * <p>Run from the repository root after {@code ./mvnw -q package -DskipTests}: {@code ./mvnw -q -f
 * bench/pom.xml package exec:java -Dexec.mainClass=vn.thidua.bench.PortalBench
 * -Dexec.args="300"}
 */
public final class PortalBench {

  private static final int DECISIONS = 1000;
  private static final int AWARDEES = 3;

  private PortalBench() {}

  public static void main(String[] args) throws Exception {
    int requests = args.length > 0 ? Integer.parseInt(args[0]) : 300;
    Path bench = DashboardBenchmark.benchDir().toAbsolutePath().normalize();
    Path dir = bench.resolve("target").resolve("portal-bench");
    delete(dir);
    Files.createDirectories(dir);
    EmbeddedPostgres pg =
        EmbeddedPostgres.builder()
            .setDataDirectory(dir.resolve("postgres"))
            .setOverrideWorkingDirectory(dir.resolve("binaries").toFile())
            .setPGStartupWait(Duration.ofSeconds(120))
            .setServerConfig("fsync", "on")
            .setServerConfig("synchronous_commit", "on")
            .setServerConfig("timezone", "UTC")
            .setServerConfig("listen_addresses", "localhost")
            .setServerConfig("unix_socket_directories", "''")
            .setLocaleConfig("locale", "C.UTF-8")
            .setLocaleConfig("encoding", "UTF8")
            .start();
    Process app = null;
    try {
      Path jar = bench.resolveSibling("target").resolve("thidua.jar");
      Path data = dir.resolve("app-data");
      Files.createDirectories(data);
      int port = 18081;
      ProcessBuilder pb =
          new ProcessBuilder(
                  Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                  "-jar",
                  jar.toString())
              .redirectErrorStream(true)
              .redirectOutput(data.resolve("app.log").toFile());
      Map<String, String> env = pb.environment();
      env.put("PORT", String.valueOf(port));
      env.put("THIDUA_DATA_DIR", data.toString());
      env.put("THIDUA_DB_URL", pg.getJdbcUrl("postgres", "postgres").replaceAll("\\?.*", ""));
      env.put("THIDUA_DB_USER", "postgres");
      env.put("THIDUA_DB_PASSWORD", "postgres");
      env.put("THIDUA_DEMO", "true");
      env.put("THIDUA_ADMIN_PASSWORD", "Bench-Admin-Passw0rd");
      env.put("MANAGEMENT_HEALTH_MAIL_ENABLED", "false");
      app = pb.start();
      String base = "http://localhost:" + port;
      HttpClient client =
          HttpClient.newBuilder()
              .followRedirects(HttpClient.Redirect.NEVER)
              .connectTimeout(Duration.ofSeconds(2))
              .build();
      waitUp(client, base, app);
      String code;
      try (Connection c = pg.getPostgresDatabase().getConnection()) {
        code = publish(c);
      }
      Map<String, String> pages = new LinkedHashMap<>();
      pages.put("anchor: static file /css/app.css", "/css/app.css");
      pages.put("home /portal", "/portal");
      pages.put("plans /portal/plans", "/portal/plans");
      pages.put("honours /portal/honours", "/portal/honours");
      pages.put("honours, search without diacritics", "/portal/honours?q=nguyen%20van");
      pages.put("honours, a year, page 10", "/portal/honours?year=2025&page=10");
      pages.put("initiatives /portal/initiatives", "/portal/initiatives");
      pages.put("news /portal/news", "/portal/news");
      pages.put("notices /portal/notices", "/portal/notices");
      pages.put("certificate check /portal/verify/{code}", "/portal/verify/" + code);
      pages.put("sitemap /sitemap.xml", "/sitemap.xml");
      for (String path : pages.values()) {
        for (int i = 0; i < Math.max(20, requests / 5); i++) {
          get(client, base + path);
        }
      }
      StringBuilder out = new StringBuilder();
      out.append(
          String.format(
              "portal, anonymous, %d decisions × %d awardees published, %d sequential requests per page%n",
              DECISIONS, AWARDEES, requests));
      out.append("load average before: ").append(loadAverage()).append('\n');
      double worst = 0;
      for (Map.Entry<String, String> p : pages.entrySet()) {
        double[] ms = time(client, base + p.getValue(), requests);
        out.append(line(p.getKey(), ms));
        if (!p.getValue().startsWith("/css")) {
          worst = Math.max(worst, pct(ms, 95));
        }
      }
      out.append("load average after: ").append(loadAverage()).append('\n');
      out.append(
          String.format(
              "slowest page p95 %.2f ms — goal < 300 ms: %s%n",
              worst, worst < 300 ? "met" : "NOT met"));
      System.out.print(out);
      Files.writeString(bench.resolve("target").resolve("portal-http.txt"), out.toString());
    } finally {
      if (app != null) {
        app.destroy();
        app.waitFor(30, TimeUnit.SECONDS);
      }
      pg.close();
    }
  }

  /**
   * Publishes the decisions as the application would have recorded them (status AWARDED with their
   * number, date, signer and certificate code), at the demo communes, spread over three years.
   * Returns one certificate code.
   */
  private static String publish(Connection c) throws Exception {
    try (Statement s = c.createStatement()) {
      // The demo loads after the server answers: wait for its issued plans.
      for (int i = 0; ; i++) {
        try (ResultSet r =
            s.executeQuery(
                "select (select count(*) from movement where status = 'ISSUED'),"
                    + " (select count(*) from organization)")) {
          r.next();
          if (r.getLong(1) >= 4 && r.getLong(2) > 0) {
            break;
          }
        }
        if (i > 240) {
          throw new IllegalStateException("the demo data did not load");
        }
        Thread.sleep(500);
      }
      Thread.sleep(5000);
      s.execute(
          """
          insert into nomination (occasion, year, award, subject_kind, organization_id, subject_name,
            subject_unit, path, level_unit_code, level_path, status, created_by, updated_by,
            decision_number, decision_date, decision_signer, certificate_code)
          select 'ANNUAL', 1950 + ((d - 1) * :awardees + a - 1) / o.orgs, 'GIAY_KHEN', 'COLLECTIVE', o.id,
            (array['Nguyễn Văn', 'Trần Thị', 'Lê Hoàng', 'Phạm Minh'])[1 + (d + a) % 4] || ' '
              || (array['An', 'Bình', 'Cường', 'Dung', 'Giang', 'Hạnh'])[1 + (d * 3 + a) % 6]
              || ' (' || d || '-' || a || ')',
            o.name, o.path, u.code, u.path, 'AWARDED', 'bench', 'bench',
            d || '/QĐ-UBND', date '2024-01-15' + (d % 3) * 365 + (d % 300),
            'Chủ tịch UBND', 'BENCH-' || d || '-' || a
          from generate_series(1, :decisions) d cross join generate_series(1, :awardees) a
          cross join lateral (
            select o.id, o.name, o.path, o.unit_code, (select count(*) from organization) orgs
            from organization o order by o.id
            offset ((d - 1) * :awardees + a - 1) % (select count(*) from organization) limit 1) o
          join administrative_unit u on u.code = o.unit_code
          """
              .replace(":decisions", Integer.toString(DECISIONS))
              .replace(":awardees", Integer.toString(AWARDEES)));
      try (ResultSet r = s.executeQuery("select count(*) from nomination where status = 'AWARDED'")) {
        r.next();
        System.out.println("published awards: " + r.getLong(1));
        if (r.getLong(1) < (long) DECISIONS * AWARDEES) {
          throw new IllegalStateException("the decisions were not published");
        }
      }
    }
    return "BENCH-1-1";
  }

  private static void waitUp(HttpClient client, String base, Process app) throws Exception {
    for (int i = 0; i < 360; i++) {
      if (!app.isAlive()) {
        throw new IllegalStateException("application exited; see target/portal-bench/app-data/app.log");
      }
      try {
        if (get(client, base + "/portal").statusCode() == 200) {
          return;
        }
      } catch (java.io.IOException e) {
        // not yet listening
      }
      Thread.sleep(500);
    }
    throw new IllegalStateException("application did not start");
  }




  private static String line(String what, double[] ms) {
    return String.format(
        "%-42s n=%5d  p50 %7.2f ms  p95 %7.2f ms  p99 %7.2f ms%n",
        what, ms.length, pct(ms, 50), pct(ms, 95), pct(ms, 99));
  }

  private static String loadAverage() {
    try {
      return Files.readString(Path.of("/proc/loadavg")).strip();
    } catch (java.io.IOException e) {
      return "unknown";
    }
  }

  private static void delete(Path dir) throws java.io.IOException {
    if (!Files.exists(dir)) {
      return;
    }
    try (Stream<Path> walk = Files.walk(dir)) {
      walk.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    }
  }
}
