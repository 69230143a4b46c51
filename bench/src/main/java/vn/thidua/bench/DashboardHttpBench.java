package vn.thidua.bench;

import static vn.thidua.bench.HttpTimings.get;
import static vn.thidua.bench.HttpTimings.pct;
import static vn.thidua.bench.HttpTimings.time;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The province dashboard through the real application: the database of {@link
 * DashboardBenchmark} (loaded if needed), the application jar ({@code ../target/thidua.jar})
 * started against it, a logged-in session, then sequential requests to {@code GET
 * /api/v1/movements/101/dashboard?year=2027&unit=P01} and to the page, and in the same run the
 * GROUP BY over the raw values. Prints percentiles and the ratio; with {@code wrk} on the PATH also
 * runs {@code bench/dashboard.lua} for a concurrent figure.
 *
 * <p>Run from the repository root: {@code ./mvnw -q -f bench/pom.xml package exec:java
 * -Dexec.mainClass=vn.thidua.bench.DashboardHttpBench -Dexec.args="national 1000"}
 */
public final class DashboardHttpBench {

  private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");
  private static final String PASSWORD = "Bench-Admin-Passw0rd";

  private DashboardHttpBench() {}

  public static void main(String[] args) throws Exception {
    String scale = args.length > 0 ? args[0] : "national";
    int requests = args.length > 1 ? Integer.parseInt(args[1]) : 1000;
    DashboardBenchmark db = new DashboardBenchmark();
    db.scale = scale;
    db.start();
    Process app = null;
    try {
      Path bench = DashboardBenchmark.benchDir().toAbsolutePath().normalize();
      Path jar = bench.resolveSibling("target").resolve("thidua.jar");
      Path data = bench.resolve("target").resolve("app-data-" + scale);
      Files.createDirectories(data);
      int port = 18080;
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
      env.put("THIDUA_DB_URL", db.jdbcUrl().replaceAll("\\?.*", ""));
      env.put("THIDUA_DB_USER", "postgres");
      env.put("THIDUA_DB_PASSWORD", "postgres");
      env.put("THIDUA_DEMO", "false");
      env.put("THIDUA_ADMIN_PASSWORD", PASSWORD);
      env.put("MANAGEMENT_HEALTH_MAIL_ENABLED", "false");
      if (System.getProperty("bench.jfr") != null) {
        env.put(
            "JAVA_TOOL_OPTIONS",
            "-XX:StartFlightRecording=filename="
                + data.resolve("app.jfr")
                + ",settings=profile,dumponexit=true");
      }
      long t0 = System.nanoTime();
      app = pb.start();
      String base = "http://localhost:" + port;
      HttpClient client =
          HttpClient.newBuilder()
              .cookieHandler(new CookieManager())
              .followRedirects(HttpClient.Redirect.NEVER)
              .connectTimeout(Duration.ofSeconds(2))
              .build();
      waitUp(client, base, app);
      System.out.printf("Application up in %.1f s%n", (System.nanoTime() - t0) / 1e9);
      login(client, base);
      String api = base + "/api/v1/movements/101/dashboard?year=2027&unit=P01";
      String page = base + "/movements/101/dashboard?year=2027&unit=P01";
      HttpResponse<String> first = get(client, api);
      if (first.statusCode() != 200) {
        throw new IllegalStateException("dashboard answered " + first.statusCode() + first.body());
      }
      System.out.printf("API answer: %d bytes%n", first.body().length());
      for (int i = 0; i < requests / 2; i++) {
        get(client, api);
        get(client, page);
      }
      double[] planMs = time(client, base + "/api/v1/movements/101", requests);
      double[] apiMs = time(client, api, requests);
      double[] pageMs = time(client, page, requests);
      double[] groupMs = new double[Math.max(50, requests / 10)];
      for (int i = 0; i < 5; i++) {
        db.groupByOnce();
      }
      for (int i = 0; i < groupMs.length; i++) {
        long t = System.nanoTime();
        db.groupByOnce();
        groupMs[i] = (System.nanoTime() - t) / 1e6;
      }
      StringBuilder out = new StringBuilder();
      out.append(String.format("scale=%s requests=%d%n", scale, requests));
      out.append(line("API  GET /api/v1/movements/101 (baseline)", planMs));
      out.append(line("API  GET /api/v1/movements/101/dashboard", apiMs));
      out.append(line("page GET /movements/101/dashboard", pageMs));
      out.append(line("GROUP BY over indicator_value (JDBC)", groupMs));
      out.append(
          String.format(
              "ratio GROUP BY / API: p50 %.1f×, p95 %.1f×%n",
              pct(groupMs, 50) / pct(apiMs, 50), pct(groupMs, 95) / pct(apiMs, 95)));
      String cookie = cookieHeader(client, base);
      out.append(wrk(bench.resolve("dashboard.lua"), api, cookie));
      System.out.print(out);
      Files.writeString(
          bench.resolve("target").resolve("dashboard-http-" + scale + ".txt"), out.toString());
    } finally {
      if (app != null) {
        app.destroy();
        app.waitFor(30, TimeUnit.SECONDS);
      }
      db.stop();
    }
  }

  private static void waitUp(HttpClient client, String base, Process app) throws Exception {
    for (int i = 0; i < 360; i++) {
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

  private static String cookieHeader(HttpClient client, String base) {
    return ((CookieManager) client.cookieHandler().orElseThrow())
        .getCookieStore().get(URI.create(base)).stream()
            .map(c -> c.getName() + "=" + c.getValue())
            .collect(Collectors.joining("; "));
  }




  private static String line(String what, double[] ms) {
    return String.format(
        "%-45s n=%5d  p50 %7.2f ms  p95 %7.2f ms  p99 %7.2f ms  max %7.2f ms%n",
        what, ms.length, pct(ms, 50), pct(ms, 95), pct(ms, 99), pct(ms, 100));
  }

  /** wrk, 2 connections for 20 s, with the session cookie; its Lua script prints p95. */
  private static String wrk(Path script, String url, String cookie) {
    if (!Files.exists(script)) {
      return "";
    }
    try {
      List<String> cmd =
          new ArrayList<>(
              List.of(
                  "wrk", "-t1", "-c2", "-d20s", "--latency", "-s", script.toString(), "-H",
                  "Cookie: " + cookie, url));
      Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
      String text = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      p.waitFor();
      return "wrk -t1 -c2 -d20s (API):\n" + text;
    } catch (IOException | InterruptedException e) {
      return "wrk not run: " + e.getMessage() + "\n";
    }
  }
}
