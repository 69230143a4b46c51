package vn.thidua.bench;

import java.io.IOException;
import java.net.CookieManager;
import java.net.HttpCookie;
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
import java.sql.DriverManager;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The application as a user meets it, for the product-path benchmarks: {@code target/thidua.jar}
 * started as a child process on a free port with the demo data and its own embedded PostgreSQL 17
 * (fsync and synchronous_commit on, as in production), optionally pinned to some cores with
 * {@code taskset}; signing in as a browser does (session cookie, CSRF token). Closing it stops the
 * application and its database.
 */
final class BenchApp implements AutoCloseable {

  static final String ADMIN_PASSWORD = "Bench-Admin-Passw0rd";
  private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");
  private static final Pattern PG_PORT =
      Pattern.compile("PostgreSQL nhúng đang chạy tại cổng (\\d+)");

  final String base;
  final Path data;
  private final Process process;
  private int pgPort;

  private BenchApp(String base, Path data, Process process) {
    this.base = base;
    this.data = data;
    this.process = process;
  }

  /**
   * Starts the jar with the demo data in a fresh folder {@code dir}; {@code cpus} is a taskset list
   * ("1", "0,1") or null for no pinning, {@code processors} the JVM's idea of its cores (0: its own).
   */
  static BenchApp start(Path dir, String cpus, int processors, Map<String, String> env)
      throws Exception {
    deleteTree(dir);
    Files.createDirectories(dir);
    Path jar = benchDir().resolveSibling("target").resolve("thidua.jar");
    if (!Files.exists(jar)) {
      throw new IllegalStateException(jar + " is missing: ./mvnw -q package -DskipTests first");
    }
    int port = freePort();
    List<String> cmd = new ArrayList<>();
    if (cpus != null) {
      cmd.addAll(List.of("taskset", "-c", cpus));
    }
    cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    cmd.add("-Xms1g");
    cmd.add("-Xmx2g");
    if (processors > 0) {
      cmd.add("-XX:ActiveProcessorCount=" + processors);
    }
    // Extra options for a profile of the application (e.g. -XX:StartFlightRecording=...).
    String extra = System.getenv("THIDUA_BENCH_APP_OPTS");
    if (extra != null && !extra.isBlank()) {
      cmd.addAll(List.of(extra.trim().split("\\s+")));
    }
    cmd.addAll(List.of("-jar", jar.toString()));
    ProcessBuilder pb =
        new ProcessBuilder(cmd)
            .redirectErrorStream(true)
            .redirectOutput(dir.resolve("app.log").toFile());
    Map<String, String> e = pb.environment();
    e.remove("THIDUA_DB_URL");
    e.put("PORT", String.valueOf(port));
    e.put("THIDUA_DATA_DIR", dir.toString());
    e.put("THIDUA_DEMO", "true");
    e.put("THIDUA_ADMIN_PASSWORD", ADMIN_PASSWORD);
    e.put("THIDUA_BASE_URL", "http://localhost:" + port);
    e.put("THIDUA_REMINDERS_CRON", "-");
    e.put("MANAGEMENT_HEALTH_MAIL_ENABLED", "false");
    e.putAll(env);
    BenchApp app = new BenchApp("http://localhost:" + port, dir, pb.start());
    app.waitUp();
    return app;
  }

  static Path benchDir() {
    Path here = Path.of("").toAbsolutePath();
    return Files.exists(here.resolve("bench").resolve("pom.xml")) ? here.resolve("bench") : here;
  }

  private void waitUp() throws Exception {
    HttpClient client = HttpClient.newHttpClient();
    for (int i = 0; i < 600; i++) {
      if (!process.isAlive()) {
        throw new IllegalStateException("application exited; see " + data.resolve("app.log"));
      }
      try {
        HttpResponse<Void> r =
            client.send(
                HttpRequest.newBuilder(URI.create(base + "/login")).build(),
                HttpResponse.BodyHandlers.discarding());
        if (r.statusCode() == 200) {
          break;
        }
      } catch (IOException notYet) {
        // not listening yet
      }
      Thread.sleep(500);
    }
    Matcher m = PG_PORT.matcher(Files.readString(data.resolve("app.log")));
    while (m.find()) {
      pgPort = Integer.parseInt(m.group(1));
    }
    if (pgPort == 0) {
      throw new IllegalStateException("no embedded PostgreSQL port in " + data.resolve("app.log"));
    }
    // The demo data loads after the server answers: wait for its issued plans.
    try (Connection c = jdbc()) {
      for (int i = 0; ; i++) {
        try (var s = c.createStatement();
            var r = s.executeQuery("select count(*) from movement where status = 'ISSUED'")) {
          r.next();
          if (r.getLong(1) >= 4) {
            break;
          }
        }
        if (i > 600) {
          throw new IllegalStateException("the demo data did not load");
        }
        Thread.sleep(500);
      }
    }
    Thread.sleep(3000);
  }

  /** A connection to the application's own database (for setting up data and for anchors). */
  Connection jdbc() throws Exception {
    return DriverManager.getConnection(
        "jdbc:postgresql://localhost:" + pgPort + "/postgres", "postgres", "postgres");
  }

  /** A signed-in browser: its client keeps the session cookie; {@link Session#csrf} for POSTs. */
  Session signIn(String user, String password) throws Exception {
    HttpClient client =
        HttpClient.newBuilder()
            .cookieHandler(new CookieManager())
            .followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(Duration.ofSeconds(5))
            .build();
    String token = csrf(client, base + "/login");
    String form =
        "username="
            + URLEncoder.encode(user, StandardCharsets.UTF_8)
            + "&password="
            + URLEncoder.encode(password, StandardCharsets.UTF_8)
            + "&_csrf="
            + URLEncoder.encode(token, StandardCharsets.UTF_8);
    HttpResponse<String> r =
        client.send(
            HttpRequest.newBuilder(URI.create(base + "/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form))
                .build(),
            HttpResponse.BodyHandlers.ofString());
    if (r.statusCode() != 302 || r.headers().firstValue("Location").orElse("").contains("error")) {
      throw new IllegalStateException("sign-in failed: " + r.statusCode() + " " + r.headers());
    }
    String session =
        ((CookieManager) client.cookieHandler().orElseThrow())
            .getCookieStore().get(URI.create(base)).stream()
                .filter(c -> c.getName().equals("SESSION"))
                .map(HttpCookie::getValue)
                .findFirst()
                .orElseThrow();
    return new Session(client, session, csrf(client, base + "/movements"));
  }

  private static String csrf(HttpClient client, String url) throws Exception {
    String page =
        client.send(
                HttpRequest.newBuilder(URI.create(url)).build(),
                HttpResponse.BodyHandlers.ofString())
            .body();
    Matcher m = CSRF.matcher(page);
    if (!m.find()) {
      throw new IllegalStateException("no CSRF token on " + url);
    }
    return m.group(1);
  }

  /** A signed-in session: the client with its cookie, the cookie's value and a CSRF token. */
  record Session(HttpClient client, String cookie, String csrf) {
    HttpRequest.Builder request(String url) {
      return HttpRequest.newBuilder(URI.create(url))
          .header("Cookie", "SESSION=" + cookie)
          .header("X-CSRF-TOKEN", csrf);
    }
  }

  @Override
  public void close() throws Exception {
    process.descendants().forEach(ProcessHandle::destroy);
    process.destroy();
    if (!process.waitFor(60, TimeUnit.SECONDS)) {
      process.destroyForcibly();
    }
    process.descendants().forEach(ProcessHandle::destroyForcibly);
  }

  static int freePort() throws IOException {
    try (ServerSocket s = new ServerSocket(0)) {
      return s.getLocalPort();
    }
  }

  static void deleteTree(Path dir) throws IOException {
    if (!Files.exists(dir)) {
      return;
    }
    try (var walk = Files.walk(dir)) {
      walk.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    }
  }
}
