package vn.thidua.bench;

import static vn.thidua.bench.HttpTimings.get;
import static vn.thidua.bench.HttpTimings.pct;
import static vn.thidua.bench.HttpTimings.time;

import java.io.IOException;
import java.net.CookieManager;
import java.net.ServerSocket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Dashboards through the real application (issue 16), on the bench data of {@link BenchData}
 * (PostgreSQL with fsync and synchronous commit on): the application jar ({@code
 * ../target/thidua.jar}) started against it as a child process, signed in as admin, then
 * sequential requests for the dashboard API in its compact form ({@code view=tiles}: what the page
 * shows, a page of 50 parts) and, in the same run, the GROUP BY over the raw indicator values that
 * gives the same figures.
 *
 * <ul>
 *   <li>{@code province} scale: Hải Phòng's plan over Hải Phòng (114 communes), year 2028;
 *   <li>{@code nation} scale: the national plan over the country (34 provinces), year 2028.
 * </ul>
 *
 * <p>Warm: repeated views with the totals unchanged (the answer's figures come from the cache).
 * Cold: the first view after a value was entered through the API (the totals' version moved, the
 * figures are read again). Also: repeat views sending the ETag back (304), the full answer (every
 * part with its 20 cells) and the page. Prints RESULT lines {@code dashboard-province} and {@code
 * dashboard-nation} and writes them to {@code bench/target/results-<key>.tsv}.
 *
 * <p>Args: {@code [province|nation|both] [requests]} (default both, 1000).
 */
public final class DashboardHttpBench {

  private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");
  private static final String PASSWORD = "Bench-Admin-Passw0rd";
  private static final int YEAR = 2028;
  private static final String GOAL = "p95 < 50 ms and >= 20x GROUP BY at p95";

  private DashboardHttpBench() {}

  public static void main(String[] args) throws Exception {
    String which = args.length > 0 ? args[0] : "both";
    int requests = args.length > 1 ? Integer.parseInt(args[1]) : 1000;
    List<String> scales = which.equals("both") ? List.of("province", "nation") : List.of(which);
    List<String> results = new ArrayList<>();
    for (String scale : scales) {
      try {
        results.add(run(scale, requests));
      } catch (Exception e) {
        e.printStackTrace();
        String key = "dashboard-" + scale;
        String line =
            String.join(
                "\t", "RESULT", key, "Dashboard API (" + scale + ")", "failed: " + e, "-", GOAL,
                "NOT MET");
        results.add(line);
        System.out.println(line);
        write(key, line);
      }
    }
    System.out.println();
    results.forEach(System.out::println);
  }

  private static String loadavg() {
    try {
      return Files.readString(Path.of("/proc/loadavg")).strip();
    } catch (IOException e) {
      return "?";
    }
  }

  private static void write(String key, String line) throws IOException {
    Path out = DashboardBenchmark.benchDir().resolve("target").resolve("results-" + key + ".tsv");
    Files.createDirectories(out.getParent());
    Files.writeString(out, line + "\n");
  }

  private static int freePort() throws IOException {
    try (ServerSocket s = new ServerSocket(0)) {
      return s.getLocalPort();
    }
  }

  static String run(String scale, int requests) throws Exception {
    String key = "dashboard-" + scale;
    System.out.println("== " + key + "  loadavg at start: " + loadavg());
    Process app = null;
    try (BenchData data = BenchData.open(scale, null);
        Connection db = data.connection()) {
      Path bench = DashboardBenchmark.benchDir().toAbsolutePath().normalize();
      Path jar = bench.resolveSibling("target").resolve("thidua.jar");
      Path appData = bench.resolve("target").resolve("app-data-" + scale);
      Files.createDirectories(appData);
      int port = freePort();
      List<String> cmd = new ArrayList<>();
      cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
      // Extra options for a profile of the application, as BenchApp takes them.
      String extra = System.getenv("THIDUA_BENCH_APP_OPTS");
      if (extra != null && !extra.isBlank()) {
        cmd.addAll(List.of(extra.trim().split("\\s+")));
      }
      cmd.addAll(List.of("-jar", jar.toString()));
      ProcessBuilder pb =
          new ProcessBuilder(cmd)
              .redirectErrorStream(true)
              .redirectOutput(appData.resolve("app.log").toFile());
      Map<String, String> env = pb.environment();
      env.put("PORT", String.valueOf(port));
      env.put("THIDUA_DATA_DIR", appData.toString());
      env.put("THIDUA_DB_URL", data.jdbcUrl().replaceAll("\\?.*", ""));
      env.put("THIDUA_DB_USER", "postgres");
      env.put("THIDUA_DB_PASSWORD", "postgres");
      env.put("THIDUA_DEMO", "false");
      env.put("THIDUA_ADMIN_PASSWORD", PASSWORD);
      env.put("MANAGEMENT_HEALTH_MAIL_ENABLED", "false");
      long t0 = System.nanoTime();
      app = pb.start();
      Process started = app;
      Thread stopper = new Thread(started::destroy);
      Runtime.getRuntime().addShutdownHook(stopper);
      String base = "http://localhost:" + port;
      HttpClient client =
          HttpClient.newBuilder()
              .cookieHandler(new CookieManager())
              .followRedirects(HttpClient.Redirect.NEVER)
              .connectTimeout(Duration.ofSeconds(2))
              .build();
      waitUp(client, base, app);
      System.out.printf(Locale.ROOT, "Application up in %.1f s%n", (System.nanoTime() - t0) / 1e9);
      login(client, base);

      boolean nation = scale.equals("nation");
      String unit = nation ? "VN" : BenchData.PROVINCE;
      long plan = nation ? 1 : single(db, "select id from movement where unit_code = '31' and level = 'PROVINCE'");
      String api = base + "/api/v1/movements/" + plan + "/dashboard?year=" + YEAR + "&unit=" + unit;
      String compact = api + "&view=tiles";
      String page = base + "/movements/" + plan + "/dashboard?year=" + YEAR + "&unit=" + unit;

      HttpResponse<String> first = get(client, compact);
      if (first.statusCode() != 200) {
        throw new IllegalStateException("dashboard answered " + first.statusCode() + first.body());
      }
      HttpResponse<String> full = get(client, api);
      int compactBytes = first.body().getBytes(StandardCharsets.UTF_8).length;
      int fullBytes = full.body().getBytes(StandardCharsets.UTF_8).length;
      for (int i = 0; i < Math.min(300, requests); i++) {
        get(client, compact);
      }
      double[] javaWarm = time(client, compact, requests);
      // The same warm views from wrk on one connection, one request after the other: the figure of
      // the goal, without the Java client's own latency (its figures are printed beside).
      String session =
          ((CookieManager) client.cookieHandler().orElseThrow())
              .getCookieStore().getCookies().stream()
                  .filter(c -> c.getName().equals("SESSION"))
                  .findFirst()
                  .orElseThrow()
                  .getValue();
      double[] wrk = wrk(compact, session);
      double[] warm = javaWarm;
      double[] fullMs = time(client, api, Math.max(100, requests / 5));
      String etag = get(client, compact).headers().firstValue("ETag").orElseThrow();
      double[] notModified = new double[requests];
      for (int i = 0; i < requests; i++) {
        long t = System.nanoTime();
        HttpResponse<String> r =
            client.send(
                HttpRequest.newBuilder(URI.create(compact)).header("If-None-Match", etag).build(),
                HttpResponse.BodyHandlers.ofString());
        notModified[i] = (System.nanoTime() - t) / 1e6;
        if (r.statusCode() != 304) {
          throw new IllegalStateException("repeat view answered " + r.statusCode());
        }
      }

      // Cold: a value entered through the API (Basic auth), then the first view after it.
      int colds = nation ? 30 : 50;
      double[] cold = new double[colds];
      double[] entry = new double[colds];
      List<long[]> orgs = new ArrayList<>();
      try (PreparedStatement s =
          db.prepareStatement(
              "select o.id, m.id from organization o join movement m on m.unit_code = o.unit_code"
                  + " where o.path like ? order by o.id limit 200")) {
        s.setString(1, "/VN/" + BenchData.PROVINCE + "/%");
        try (ResultSet rs = s.executeQuery()) {
          while (rs.next()) {
            orgs.add(new long[] {rs.getLong(1), rs.getLong(2)});
          }
        }
      }
      HttpClient basic = HttpClient.newHttpClient();
      String auth =
          "Basic "
              + Base64.getEncoder()
                  .encodeToString(("admin:" + PASSWORD).getBytes(StandardCharsets.UTF_8));
      SplittableRandom random = new SplittableRandom(BenchData.SEED);
      for (int i = 0; i < colds; i++) {
        long[] org = orgs.get(i % orgs.size());
        String body =
            "{\"organizationId\":%d,\"indicatorCode\":\"CT01\",\"year\":%d,\"value\":%d,\"confirmed\":true}"
                .formatted(org[0], YEAR, 1 + random.nextInt(100));
        long t = System.nanoTime();
        HttpResponse<String> put =
            basic.send(
                HttpRequest.newBuilder(
                        URI.create(base + "/api/v1/movements/" + org[1] + "/indicator-values"))
                    .header("Authorization", auth)
                    .header("Content-Type", "application/json")
                    .PUT(HttpRequest.BodyPublishers.ofString(body))
                    .build(),
                HttpResponse.BodyHandlers.ofString());
        entry[i] = (System.nanoTime() - t) / 1e6;
        if (put.statusCode() != 200) {
          throw new IllegalStateException("value entry answered " + put.statusCode() + put.body());
        }
        cold[i] = time(client, compact, 1)[0];
      }
      double[] pageMs = time(client, page, Math.max(100, requests / 5));

      // The anchor: the same figures by GROUP BY over the raw values, in the same run.
      PreparedStatement groupBy;
      if (nation) {
        groupBy =
            db.prepareStatement(
                """
                select coalesce(split_part(v.path, '/', 3), 'VN'), v.indicator_code, sum(v.value), count(*)
                from indicator_value v
                where v.year = ?
                group by grouping sets ((split_part(v.path, '/', 3), v.indicator_code), (v.indicator_code))
                """);
        groupBy.setInt(1, YEAR);
      } else {
        List<Long> plans = new ArrayList<>();
        try (PreparedStatement s =
            db.prepareStatement("select id from movement where id = ? or parent_id = ?")) {
          s.setLong(1, plan);
          s.setLong(2, plan);
          try (ResultSet rs = s.executeQuery()) {
            while (rs.next()) {
              plans.add(rs.getLong(1));
            }
          }
        }
        groupBy =
            db.prepareStatement(
                """
                select coalesce(v.unit_code, ?), v.indicator_code, sum(v.value), count(*)
                from indicator_value v
                where v.movement_id = any(?) and v.year = ? and v.path like ?
                group by grouping sets ((v.unit_code, v.indicator_code), (v.indicator_code))
                """);
        groupBy.setString(1, unit);
        groupBy.setArray(2, db.createArrayOf("bigint", plans.toArray()));
        groupBy.setInt(3, YEAR);
        groupBy.setString(4, "/VN/" + unit + "/%");
      }
      int groups = 0;
      for (int i = 0; i < 3; i++) {
        groups = drain(groupBy);
      }
      double[] groupMs = new double[nation ? 20 : Math.max(100, requests / 10)];
      for (int i = 0; i < groupMs.length; i++) {
        long t = System.nanoTime();
        drain(groupBy);
        groupMs[i] = (System.nanoTime() - t) / 1e6;
      }
      String loadEnd = loadavg();

      double ratio = pct(groupMs, 95) / wrk[1];
      boolean met = wrk[1] < 50 && ratio >= 20;
      StringBuilder out = new StringBuilder();
      out.append(String.format(Locale.ROOT, "scale=%s requests=%d plan=%d unit=%s year=%d%n", scale, requests, plan, unit, YEAR));
      out.append(String.format(Locale.ROOT, "answer size: compact (view=tiles) %,d bytes, full %,d bytes%n", compactBytes, fullBytes));
      out.append(
          String.format(
              Locale.ROOT,
              "%-45s n=%5d  p50 %7.2f ms  p95 %7.2f ms  p99 %7.2f ms%n",
              "API compact, warm (200), wrk -t1 -c1 -d10s",
              (int) wrk[3],
              wrk[0],
              wrk[1],
              wrk[2]));
      out.append(line("API compact, warm (200), Java HttpClient", warm));
      out.append(line("API compact, cold (first after a value)", cold));
      out.append(line("API compact, repeat with ETag (304)", notModified));
      out.append(line("API full answer, warm (200)", fullMs));
      out.append(line("value entry PUT (before each cold view)", entry));
      out.append(line("page GET /movements/{id}/dashboard", pageMs));
      out.append(line("GROUP BY over indicator_value (" + groups + " rows)", groupMs));
      out.append(
          String.format(
              Locale.ROOT,
              "ratio GROUP BY / API warm (wrk): p50 %.1fx, p95 %.1fx; (Java client) p95 %.1fx;"
                  + " GROUP BY / API cold p95 %.1fx%n",
              pct(groupMs, 50) / wrk[0],
              ratio,
              pct(groupMs, 95) / pct(warm, 95),
              pct(groupMs, 95) / pct(cold, 95)));
      double[] submits = submissions(client, base, db, SUBMISSIONS);
      out.append(line("report submission POST, sequential, at this scale", submits));
      out.append("loadavg at end: ").append(loadEnd).append('\n');
      System.out.print(out);
      Files.writeString(bench.resolve("target").resolve(key + ".txt"), out.toString());
      String result =
          String.join(
              "\t",
              "RESULT",
              key,
              "Dashboard API through HTTP, signed in, compact answer, "
                  + (nation ? "national plan over 34 provinces" : "province plan over 114 communes")
                  + " (wrk on one connection for 10 s; Java client n="
                  + requests
                  + ")",
              String.format(
                  Locale.ROOT,
                  "p95 %.2f ms warm through wrk, one connection (p50 %.2f; Java client p95 %.2f;"
                      + " cold p95 %.1f ms; 304 p95 %.2f ms)",
                  wrk[1],
                  wrk[0],
                  pct(warm, 95),
                  pct(cold, 95),
                  pct(notModified, 95)),
              String.format(
                  Locale.ROOT,
                  "GROUP BY p95 %.1f ms (%.1fx)",
                  pct(groupMs, 95),
                  ratio),
              GOAL,
              met ? "MET" : "NOT MET");
      System.out.println(result);
      write(key, result);
      String submitKey = "submission-" + scale;
      String submitResult =
          String.join(
              "\t",
              "RESULT",
              submitKey,
              "Report submissions through HTTP on the "
                  + scale
                  + " bench data ("
                  + (nation ? "3,356 issued plans" : "the province's plans")
                  + "), one after the other, n="
                  + submits.length,
              String.format(
                  Locale.ROOT,
                  "p50 %.1f ms, p95 %.1f ms, p99 %.1f ms",
                  pct(submits, 50),
                  pct(submits, 95),
                  pct(submits, 99)),
              "-",
              "p99 < 250 ms (the submission goal's bound) at this scale",
              pct(submits, 99) < 250 ? "MET" : "NOT MET");
      System.out.println(submitResult);
      write(submitKey, submitResult);
      return result;
    } finally {
      if (app != null) {
        app.destroy();
        if (!app.waitFor(30, TimeUnit.SECONDS)) {
          app.destroyForcibly();
        }
      }
    }
  }

  static final int SUBMISSIONS = Integer.getInteger("bench.submissions", 200);

  /**
   * Submits {@code n} fresh draft reports of organisations under commune plans, one after the other,
   * each timed from request to answer: what a unit's submission costs when the country's plans are
   * all there (the path once asked every issued plan for its path). The drafts are written for the
   * last year of the plans by organisations that have no report of that year yet, so each run takes
   * new ones and the bench data stays usable.
   */
  private static double[] submissions(HttpClient client, String base, Connection db, int n)
      throws Exception {
    List<Long> ids = new ArrayList<>();
    try (Statement s = db.createStatement()) {
      s.execute(
          """
          insert into report (movement_id, kind, organization_id, unit_code, path, year, due_on, status,
                              narrative, created_by, updated_by)
          select m.id, 'UNIT', o.id, o.unit_code, o.path, m.period_to, make_date(m.period_to + 1, 12, 31),
                 'DRAFT', '[{"theme":null,"text":"Báo cáo thử tải"}]', 'bench-submit', 'bench-submit'
          from organization o
          join movement m on m.unit_code = o.unit_code and m.organization_id is null
               and m.level = 'COMMUNE' and m.status = 'ISSUED'
          where o.active and not exists (
            select 1 from report r where r.organization_id = o.id and r.year = m.period_to)
          order by o.id limit %d
          """
              .formatted(n));
      try (ResultSet r =
          s.executeQuery(
              "select id from report where created_by = 'bench-submit' and status = 'DRAFT' order by id")) {
        while (r.next()) {
          ids.add(r.getLong(1));
        }
      }
    }
    Matcher m = CSRF.matcher(get(client, base + "/movements").body());
    if (!m.find()) {
      throw new IllegalStateException("no CSRF token on /movements");
    }
    String csrf = m.group(1);
    double[] ms = new double[ids.size()];
    for (int i = 0; i < ids.size(); i++) {
      long t = System.nanoTime();
      HttpResponse<String> r =
          client.send(
              HttpRequest.newBuilder(
                      URI.create(base + "/api/v1/reports/" + ids.get(i) + "/submit?version=0"))
                  .header("X-CSRF-TOKEN", csrf)
                  .POST(HttpRequest.BodyPublishers.noBody())
                  .build(),
              HttpResponse.BodyHandlers.ofString());
      ms[i] = (System.nanoTime() - t) / 1e6;
      if (r.statusCode() != 200) {
        throw new IllegalStateException("submission answered " + r.statusCode() + " " + r.body());
      }
    }
    return ms;
  }

  private static long single(Connection db, String sql) throws SQLException {
    try (PreparedStatement s = db.prepareStatement(sql);
        ResultSet rs = s.executeQuery()) {
      rs.next();
      return rs.getLong(1);
    }
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

  private static void waitUp(HttpClient client, String base, Process app) throws Exception {
    for (int i = 0; i < 480; i++) {
      if (!app.isAlive()) {
        throw new IllegalStateException("application exited; see target/app-data-*/app.log");
      }
      try {
        // The login page, not /actuator/health: without an SMTP server the mail check reports DOWN.
        HttpResponse<String> r = get(client, base + "/login");
        if (r.statusCode() == 200) {
          return;
        }
      } catch (IOException e) {
        // not yet listening
      }
      Thread.sleep(500);
    }
    throw new IllegalStateException("application did not start");
  }

  private static final Pattern WRK_LINE = Pattern.compile("(?m)^(requests|p50|p95|p99) ([0-9.]+)");

  /**
   * {@code wrk -t1 -c1 -d10s} on the URL with the session cookie, {@code bench/dashboard.lua}
   * printing the percentiles: p50, p95, p99 (ms) and the number of requests.
   */
  private static double[] wrk(String url, String session) throws Exception {
    Path script = DashboardBenchmark.benchDir().resolve("dashboard.lua");
    Process p =
        new ProcessBuilder(
                "wrk", "-t1", "-c1", "-d10s", "-s", script.toString(),
                "-H", "Cookie: SESSION=" + session, url)
            .redirectErrorStream(true)
            .start();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    p.waitFor();
    if (!out.contains("non-200 0")) {
      throw new IllegalStateException("wrk on " + url + ":\n" + out);
    }
    double[] r = new double[4];
    Matcher m = WRK_LINE.matcher(out);
    while (m.find()) {
      double v = Double.parseDouble(m.group(2));
      switch (m.group(1)) {
        case "p50" -> r[0] = v;
        case "p95" -> r[1] = v;
        case "p99" -> r[2] = v;
        default -> r[3] = v;
      }
    }
    return r;
  }

  private static void login(HttpClient client, String base) throws Exception {
    Matcher m = CSRF.matcher(get(client, base + "/login").body());
    if (!m.find()) {
      throw new IllegalStateException("no CSRF token");
    }
    String form =
        "username=admin&password="
            + URLEncoder.encode(PASSWORD, StandardCharsets.UTF_8)
            + "&_csrf="
            + URLEncoder.encode(m.group(1), StandardCharsets.UTF_8);
    HttpResponse<String> r =
        client.send(
            HttpRequest.newBuilder(URI.create(base + "/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form))
                .build(),
            HttpResponse.BodyHandlers.ofString());
    if (r.statusCode() != 302 || r.headers().firstValue("Location").orElse("").contains("error")) {
      throw new IllegalStateException("login failed: " + r.statusCode() + " " + r.headers());
    }
  }

  private static String line(String what, double[] ms) {
    return String.format(
        Locale.ROOT,
        "%-45s n=%5d  p50 %7.2f ms  p95 %7.2f ms  p99 %7.2f ms  max %7.2f ms%n",
        what,
        ms.length,
        pct(ms, 50),
        pct(ms, 95),
        pct(ms, 99),
        pct(ms, 100));
  }
}
