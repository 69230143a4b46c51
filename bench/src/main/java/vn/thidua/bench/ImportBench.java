package vn.thidua.bench;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.ByteArrayOutputStream;
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
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.text.Normalizer;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;

/**
 * Issue 16, the import line: 100,000 people uploaded as a user does — the application jar ({@code
 * ../target/thidua.jar}) with the demo data and a fresh {@code THIDUA_DATA_DIR}, on its own embedded
 * PostgreSQL 17 with fsync and synchronous_commit on; signed in as {@code admin} through the login
 * form, the .xlsx posted to the import page ({@code POST /imports/people}, the form a person uses,
 * with its CSRF token), then {@code GET /api/v1/imports/{id}} polled until the job is done. Wall
 * time from the upload to the job's end.
 *
 * <p>Anchor of the same run: PostgreSQL {@code COPY} of the same 100,000 rows (every column the
 * import writes, text prepared beforehand) into the same {@code person} table, with its indexes,
 * inside a transaction that is rolled back (best of three).
 *
 * <p>Prints one RESULT line ({@code import-people-100k}, goal ≤ 20 s and ≤ 5 × COPY) and writes it
 * to {@code bench/target/results-import-people-100k.tsv}; load average at start and end.
 */
public final class ImportBench {

  private static final String KEY = "import-people-100k";
  private static final String PASSWORD = "Bench-Admin-Passw0rd";
  private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");
  private static final List<String> HEADERS =
      List.of(
          "Họ và tên",
          "Mã tổ chức",
          "Giới tính",
          "Ngày sinh",
          "Chức vụ",
          "Đối tượng",
          "Trực tiếp lao động, sản xuất",
          "Thư điện tử",
          "Điện thoại");
  private static final String[] FAMILY = {"Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Vũ", "Đặng"};
  private static final String[] MIDDLE = {"Văn", "Thị", "Hữu", "Minh", "Thu", "Đức", "Ngọc"};
  private static final String[] GIVEN = {
    "An", "Bình", "Cường", "Dũng", "Giang", "Hạnh", "Hương", "Khánh", "Lâm", "Quỳnh", "Thảo", "Yến"
  };

  private ImportBench() {}

  public static void main(String[] args) throws Exception {
    int rows = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
    String loadStart = loadAverage();
    System.out.println("load average at start: " + loadStart);
    Path bench = DashboardBenchmark.benchDir().toAbsolutePath().normalize();
    Path dir = bench.resolve("target").resolve("import-bench");
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
    Process[] app = new Process[1];
    Thread stop =
        new Thread(() -> {
          if (app[0] != null && app[0].isAlive()) {
            app[0].destroy();
          }
        });
    Runtime.getRuntime().addShutdownHook(stop);
    try {
      Path jar = bench.resolveSibling("target").resolve("thidua.jar");
      Path data = dir.resolve("app-data");
      Files.createDirectories(data);
      int port = freePort();
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
      env.put("THIDUA_ADMIN_PASSWORD", PASSWORD);
      env.put("MANAGEMENT_HEALTH_MAIL_ENABLED", "false");
      app[0] = pb.start();
      String base = "http://localhost:" + port;
      HttpClient client =
          HttpClient.newBuilder()
              .cookieHandler(new CookieManager())
              .followRedirects(HttpClient.Redirect.NEVER)
              .connectTimeout(Duration.ofSeconds(2))
              .build();
      waitUp(client, base, app[0]);
      long organization;
      String orgPath;
      try (Connection c = pg.getPostgresDatabase().getConnection();
          Statement s = c.createStatement()) {
        waitForDemo(s);
        try (ResultSet r =
            s.executeQuery(
                "select id, path from organization where active and parent_id is null order by id limit 1")) {
          r.next();
          organization = r.getLong(1);
          orgPath = r.getString(2);
        }
      }
      List<String[]> people = people(rows, organization);
      byte[] xlsx = workbook(people);
      Files.write(dir.resolve("people.xlsx"), xlsx);
      System.out.printf(
          "file: %,d rows, %,d bytes (.xlsx), organisation %d%n", rows, xlsx.length, organization);
      login(client, base);

      // A server that has run for a while: one import of 10,000 rows first (reported, not the goal).
      long beforeWarm = count(pg);
      double warm = upload(client, base, workbook(people(10_000, organization)), "warm-up");
      System.out.printf("first import after start (10,000 rows, cold JIT): %.2f s%n", warm);
      if (count(pg) - beforeWarm != 10_000) {
        throw new IllegalStateException("the warm-up import did not write its rows");
      }
      long before = count(pg);
      double importSeconds = upload(client, base, xlsx, "measured");
      long imported = count(pg) - before;
      if (imported != rows) {
        throw new IllegalStateException("imported " + imported + " rows, expected " + rows);
      }
      System.out.printf("import: %.2f s (%,.0f rows/s)%n", importSeconds, rows / importSeconds);

      // The anchor: COPY of the same rows into the same table, rolled back.
      byte[] copyText = copyText(people, orgPath);
      double best = Double.MAX_VALUE;
      for (int i = 0; i < 3; i++) {
        best = Math.min(best, copyOnce(pg, copyText, rows));
      }
      System.out.printf("COPY same rows (rolled back, best of 3): %.2f s%n", best);
      String loadEnd = loadAverage();
      System.out.println("load average at end: " + loadEnd);
      double ratio = importSeconds / best;
      boolean met = importSeconds <= 20 && ratio <= 5;
      String line =
          String.join(
              "\t",
              "RESULT",
              KEY,
              String.format(Locale.ROOT, "Import %,d people via HTTP (xlsx upload, job polled)", rows),
              String.format(Locale.ROOT, "%.1f s (%,.0f rows/s)", importSeconds, rows / importSeconds),
              String.format(Locale.ROOT, "COPY same rows %.2f s (%.1fx)", best, ratio),
              "<= 20 s and <= 5x COPY",
              met ? "MET" : "NOT MET");
      System.out.println(line);
      Files.writeString(
          bench.resolve("target").resolve("results-" + KEY + ".tsv"),
          line
              + "\n# load average start "
              + loadStart
              + " / end "
              + loadEnd
              + "\n");
    } finally {
      if (app[0] != null) {
        app[0].destroy();
        if (!app[0].waitFor(30, TimeUnit.SECONDS)) {
          app[0].destroyForcibly();
        }
      }
      pg.close();
      try {
        Runtime.getRuntime().removeShutdownHook(stop);
      } catch (IllegalStateException shuttingDown) {
        // already exiting
      }
    }
  }

  /**
   * The user's path: the import page's form ({@code POST /imports/people} with the page's CSRF
   * token), then the job followed through the API until it ends. Returns the wall time in seconds.
   */
  private static double upload(HttpClient client, String base, byte[] xlsx, String what)
      throws Exception {
    String token = csrf(get(client, base + "/imports").body());
    String boundary = "----bench" + UUID.randomUUID();
    long t0 = System.nanoTime();
    HttpResponse<String> posted =
        client.send(
            HttpRequest.newBuilder(URI.create(base + "/imports/people"))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .header("X-CSRF-TOKEN", token)
                .POST(HttpRequest.BodyPublishers.ofByteArray(multipart(boundary, token, xlsx)))
                .build(),
            HttpResponse.BodyHandlers.ofString());
    String location = posted.headers().firstValue("Location").orElse("");
    Matcher job = Pattern.compile("/imports/([0-9a-f-]{36})").matcher(location);
    if (posted.statusCode() != 302 || !job.find()) {
      throw new IllegalStateException("upload answered " + posted.statusCode() + " " + location);
    }
    String id = job.group(1);
    List<String> seen = new ArrayList<>();
    String status;
    String last;
    while (true) {
      last = get(client, base + "/api/v1/imports/" + id).body();
      status = field(last, "status");
      String step = status + " " + field(last, "processedRows") + "/" + field(last, "totalRows");
      if (seen.isEmpty() || !seen.getLast().equals(step)) {
        seen.add(step);
      }
      if (status.equals("DONE") || status.equals("FAILED")) {
        break;
      }
      Thread.sleep(100);
    }
    double seconds = (System.nanoTime() - t0) / 1e9;
    System.out.println("progress seen while the " + what + " import ran: " + String.join(", ", seen));
    if (!status.equals("DONE")) {
      throw new IllegalStateException("the import failed: " + last);
    }
    return seconds;
  }

  /** The rows: Vietnamese names (NFC), every fourth with a quote, tab or backslash in the position. */
  private static List<String[]> people(int rows, long organization) {
    List<String[]> out = new ArrayList<>(rows);
    String[] positions = {"Chuyên viên", "Công nhân", "Tổ trưởng \"tổ 3\"", "Kỹ sư\\kỹ thuật"};
    for (int i = 0; i < rows; i++) {
      String name =
          FAMILY[i % FAMILY.length]
              + " "
              + MIDDLE[(i / 7) % MIDDLE.length]
              + " "
              + GIVEN[(i / 49) % GIVEN.length]
              + " "
              + i;
      out.add(
          new String[] {
            Normalizer.normalize(name, Normalizer.Form.NFC),
            Long.toString(organization),
            i % 2 == 0 ? "Nam" : "Nữ",
            String.format("%02d/%02d/%d", 1 + i % 28, 1 + i % 12, 1960 + i % 40),
            positions[i % positions.length],
            "Công nhân, người lao động",
            i % 3 == 0 ? "Có" : "Không",
            i % 5 == 0 ? "nguoi" + i + "@vidu.vn" : "",
            i % 7 == 0 ? "09" + (10_000_000 + i) : ""
          });
    }
    return out;
  }

  private static byte[] workbook(List<String[]> rows) throws IOException {
    try (SXSSFWorkbook wb = new SXSSFWorkbook(1000);
        ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      // Sizes in the local headers, as Excel writes them (the upload check reads the zip as a stream).
      wb.setZip64Mode(org.apache.commons.compress.archivers.zip.Zip64Mode.Never);
      Sheet sheet = wb.createSheet("Cá nhân");
      Row header = sheet.createRow(0);
      for (int i = 0; i < HEADERS.size(); i++) {
        header.createCell(i).setCellValue(HEADERS.get(i));
      }
      for (int r = 0; r < rows.size(); r++) {
        Row row = sheet.createRow(r + 1);
        String[] v = rows.get(r);
        for (int c = 0; c < v.length; c++) {
          if (!v[c].isEmpty()) {
            row.createCell(c).setCellValue(v[c]);
          }
        }
      }
      wb.write(out);
      wb.close();
      return out.toByteArray();
    }
  }

  /** The same rows as the import writes them (folded name and sort key approximated). */
  private static byte[] copyText(List<String[]> rows, String path) {
    StringBuilder b = new StringBuilder(rows.size() * 200);
    for (String[] v : rows) {
      String folded = fold(v[0]);
      String[] birth = v[3].split("/");
      String[] cols = {
        v[1],
        path,
        v[0],
        v[2].equals("Nam") ? "MALE" : "FEMALE",
        birth[2] + "-" + birth[1] + "-" + birth[0],
        v[4],
        "WORKER",
        v[6].equals("Có") ? "t" : "f",
        v[7].isEmpty() ? null : v[7],
        v[8].isEmpty() ? null : v[8],
        folded,
        folded,
        "admin",
        "admin"
      };
      for (int i = 0; i < cols.length; i++) {
        if (i > 0) {
          b.append('\t');
        }
        if (cols[i] == null) {
          b.append("\\N");
        } else {
          b.append(cols[i].replace("\\", "\\\\").replace("\t", "\\t").replace("\n", "\\n"));
        }
      }
      b.append('\n');
    }
    return b.toString().getBytes(StandardCharsets.UTF_8);
  }

  private static String fold(String s) {
    return Normalizer.normalize(s.toLowerCase(Locale.ROOT), Normalizer.Form.NFD)
        .replaceAll("\\p{M}", "")
        .replace('đ', 'd');
  }

  private static double copyOnce(EmbeddedPostgres pg, byte[] text, int rows) throws Exception {
    try (Connection c = pg.getPostgresDatabase().getConnection()) {
      c.setAutoCommit(false);
      long t = System.nanoTime();
      CopyIn in =
          c.unwrap(PGConnection.class)
              .getCopyAPI()
              .copyIn(
                  "copy person (organization_id, path, full_name, gender, birth_date, position,"
                      + " category, direct_worker, email, phone, name_folded, sort_key, created_by,"
                      + " updated_by) from stdin");
      for (int off = 0; off < text.length; off += 1 << 16) {
        in.writeToCopy(text, off, Math.min(1 << 16, text.length - off));
      }
      long n = in.endCopy();
      double seconds = (System.nanoTime() - t) / 1e9;
      c.rollback();
      if (n != rows) {
        throw new IllegalStateException("COPY took " + n + " rows");
      }
      return seconds;
    }
  }

  private static long count(EmbeddedPostgres pg) throws Exception {
    try (Connection c = pg.getPostgresDatabase().getConnection();
        Statement s = c.createStatement();
        ResultSet r = s.executeQuery("select count(*) from person")) {
      r.next();
      return r.getLong(1);
    }
  }

  private static byte[] multipart(String boundary, String token, byte[] file) {
    ByteArrayOutputStream out = new ByteArrayOutputStream(file.length + 1024);
    String head =
        "--"
            + boundary
            + "\r\nContent-Disposition: form-data; name=\"_csrf\"\r\n\r\n"
            + token
            + "\r\n--"
            + boundary
            + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"nhan-su-100k.xlsx\"\r\n"
            + "Content-Type: application/vnd.openxmlformats-officedocument.spreadsheetml.sheet\r\n\r\n";
    out.writeBytes(head.getBytes(StandardCharsets.UTF_8));
    out.writeBytes(file);
    out.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
    return out.toByteArray();
  }

  private static String field(String json, String name) {
    Matcher m = Pattern.compile("\"" + name + "\"\\s*:\\s*\"?([^\",}]*)").matcher(json);
    return m.find() ? m.group(1) : "?";
  }

  private static void waitForDemo(Statement s) throws Exception {
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
  }

  private static HttpResponse<String> get(HttpClient client, String url) throws Exception {
    return client.send(
        HttpRequest.newBuilder(URI.create(url)).GET().build(),
        HttpResponse.BodyHandlers.ofString());
  }

  private static String csrf(String page) {
    Matcher m = CSRF.matcher(page);
    if (!m.find()) {
      throw new IllegalStateException("no CSRF token");
    }
    return m.group(1);
  }

  private static void login(HttpClient client, String base) throws Exception {
    String form =
        "username=admin&password="
            + URLEncoder.encode(PASSWORD, StandardCharsets.UTF_8)
            + "&_csrf="
            + URLEncoder.encode(csrf(get(client, base + "/login").body()), StandardCharsets.UTF_8);
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

  private static void waitUp(HttpClient client, String base, Process app) throws Exception {
    for (int i = 0; i < 360; i++) {
      if (!app.isAlive()) {
        throw new IllegalStateException("application exited; see target/import-bench/app-data/app.log");
      }
      try {
        if (get(client, base + "/login").statusCode() == 200) {
          return;
        }
      } catch (IOException e) {
        // not yet listening
      }
      Thread.sleep(500);
    }
    throw new IllegalStateException("application did not start");
  }

  private static int freePort() throws IOException {
    try (java.net.ServerSocket s = new java.net.ServerSocket(0)) {
      return s.getLocalPort();
    }
  }

  private static String loadAverage() {
    try {
      return Files.readString(Path.of("/proc/loadavg")).strip();
    } catch (IOException e) {
      return "unknown";
    }
  }

  private static void delete(Path dir) throws IOException {
    if (!Files.exists(dir)) {
      return;
    }
    try (Stream<Path> walk = Files.walk(dir)) {
      walk.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    }
  }

}
