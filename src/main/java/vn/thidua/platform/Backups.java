package vn.thidua.platform;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;
import org.flywaydb.core.Flyway;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyManager;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import vn.thidua.platform.db.EmbeddedPostgresServer;

/**
 * {@code ./thidua backup [file]} and {@code ./thidua restore <file> [--replace]}: a consistent
 * logical copy of the database (every table in one repeatable-read snapshot, PostgreSQL's own
 * {@code COPY} format, sequences) and of the files kept in the data folder, in one .zip; restored
 * into the embedded database of a data folder (fresh, or replaced) or into the external database,
 * with the schema built by the migrations up to the backup's version and every table's row count
 * checked against the backup.
 *
 * <p>It is not {@code pg_dump}: no PostgreSQL 17 client is packaged for this Debian, and the
 * embedded binaries carry only the server (docs/adr/0008-backups.md). It works against a running
 * application (it connects to the embedded server that application started) or a stopped one.
 */
public final class Backups {

  static final int FORMAT = 1;

  /** Tables a backup leaves out: sessions and login throttling are transient. */
  static final Set<String> TRANSIENT =
      Set.of(
          "flyway_schema_history", "spring_session", "spring_session_attributes", "login_failure");

  /** Folders of the data folder that are not stored files. */
  static final Set<String> NOT_FILES = Set.of("postgres", "pg-binaries", "backups");

  private static final JsonMapper JSON = JsonMapper.builder().build();

  private final Path dataDir;
  private final String externalUrl;
  private final String externalUser;
  private final String externalPassword;
  private final PrintStream out;

  public Backups(
      Path dataDir,
      String externalUrl,
      String externalUser,
      String externalPassword,
      PrintStream out) {
    this.dataDir = dataDir.toAbsolutePath().normalize();
    this.externalUrl = externalUrl == null || externalUrl.isBlank() ? null : externalUrl;
    this.externalUser = externalUser;
    this.externalPassword = externalPassword;
    this.out = out;
  }

  /** From the environment of {@code ./thidua}: THIDUA_DATA_DIR, THIDUA_DB_URL/USER/PASSWORD. */
  public static Backups fromEnvironment(PrintStream out) {
    Map<String, String> env = System.getenv();
    return new Backups(
        Path.of(env.getOrDefault("THIDUA_DATA_DIR", "./data")),
        env.get("THIDUA_DB_URL"),
        env.get("THIDUA_DB_USER"),
        env.get("THIDUA_DB_PASSWORD"),
        out);
  }

  /** Entry point of the command line; returns the exit code. */
  public static int main(String[] args) {
    PrintStream out = System.out;
    try {
      Backups backups = fromEnvironment(out);
      if (args[0].equals("backup")) {
        Path file = args.length > 1 ? Path.of(args[1]) : backups.defaultFile();
        backups.backup(file);
        return 0;
      }
      if (args.length < 2) {
        System.err.println("Cách dùng: ./thidua restore <tệp sao lưu> [--replace]");
        return 2;
      }
      boolean replace = List.of(args).contains("--replace");
      backups.restore(Path.of(args[1]), replace);
      return 0;
    } catch (RefusedException e) {
      System.err.println(e.getMessage());
      return 2;
    } catch (Exception e) {
      System.err.println("Thất bại: " + e.getMessage());
      e.printStackTrace(System.err);
      return 1;
    }
  }

  /** A refusal the user can act on (exit code 2). */
  static final class RefusedException extends RuntimeException {
    RefusedException(String message) {
      super(message);
    }
  }

  Path defaultFile() {
    String stamp =
        LocalDateTime.now(ZoneId.of("Asia/Ho_Chi_Minh"))
            .format(DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss"));
    return dataDir.resolve("backups").resolve("thidua-" + stamp + ".zip");
  }

  // ----- the database

  /** An open connection and what to close after it (the embedded server started for it). */
  private record Database(Connection connection, AutoCloseable server) implements AutoCloseable {
    @Override
    public void close() throws Exception {
      try {
        connection.close();
      } finally {
        if (server != null) {
          server.close();
        }
      }
    }
  }

  /** The port of the embedded server a running application started on this data folder. */
  Optional<Integer> runningEmbeddedPort() throws IOException {
    Path pid = dataDir.resolve("postgres").resolve("postmaster.pid");
    if (!Files.exists(pid)) {
      return Optional.empty();
    }
    List<String> lines = Files.readAllLines(pid, StandardCharsets.UTF_8);
    if (lines.size() < 4) {
      return Optional.empty();
    }
    try {
      long process = Long.parseLong(lines.get(0).strip());
      if (ProcessHandle.of(process).map(ProcessHandle::isAlive).orElse(false)) {
        return Optional.of(Integer.parseInt(lines.get(3).strip()));
      }
    } catch (NumberFormatException e) {
      return Optional.empty();
    }
    return Optional.empty();
  }

  private Database open(boolean mayUseRunning) throws Exception {
    if (externalUrl != null) {
      return new Database(
          DriverManager.getConnection(externalUrl, externalUser, externalPassword), null);
    }
    Optional<Integer> running = runningEmbeddedPort();
    if (running.isPresent()) {
      if (!mayUseRunning) {
        throw new RefusedException(
            "ThiĐua đang chạy trên thư mục dữ liệu "
                + dataDir
                + ": hãy dừng ứng dụng trước khi khôi phục.");
      }
      return new Database(
          DriverManager.getConnection(
              "jdbc:postgresql://localhost:" + running.get() + "/postgres", "postgres", ""),
          null);
    }
    EmbeddedPostgresServer server = EmbeddedPostgresServer.start(dataDir);
    return new Database(DriverManager.getConnection(server.jdbcUrl(), "postgres", ""), server);
  }

  // ----- backup

  /** Writes the backup to {@code file}; returns its manifest. */
  public JsonNode backup(Path file) throws Exception {
    Files.createDirectories(file.toAbsolutePath().getParent());
    Path partial = file.resolveSibling(file.getFileName() + ".partial");
    Map<String, Object> manifest = new LinkedHashMap<>();
    try (Database db = open(true);
        OutputStream raw = Files.newOutputStream(partial);
        ZipOutputStream zip = new ZipOutputStream(raw)) {
      Connection c = db.connection();
      c.setAutoCommit(false);
      try (Statement s = c.createStatement()) {
        s.execute("set transaction isolation level repeatable read, read only");
      }
      manifest.put("format", FORMAT);
      manifest.put("createdAt", java.time.Instant.now().toString());
      manifest.put("schemaVersion", schemaVersion(c));
      manifest.put("postgres", single(c, "show server_version"));
      CopyManager copy = c.unwrap(PGConnection.class).getCopyAPI();
      Map<String, Long> tables = new LinkedHashMap<>();
      for (String table : tables(c)) {
        List<String> columns = columns(c, table);
        zip.putNextEntry(new ZipEntry("data/" + table + ".copy"));
        Writer writer = new OutputStreamWriter(new NonClosing(zip), StandardCharsets.UTF_8);
        long rows =
            copy.copyOut(
                "copy public." + quote(table) + " (" + joined(columns) + ") to stdout", writer);
        writer.flush();
        zip.closeEntry();
        tables.put(table, rows);
      }
      manifest.put("tables", tables);
      manifest.put("sequences", sequences(c));
      c.commit();
      List<String> files = new ArrayList<>();
      for (Path f : storedFiles()) {
        String name = dataDir.relativize(f).toString().replace('\\', '/');
        zip.putNextEntry(new ZipEntry("files/" + name));
        Files.copy(f, zip);
        zip.closeEntry();
        files.add(name);
      }
      manifest.put("files", files);
      zip.putNextEntry(new ZipEntry("manifest.json"));
      zip.write(JSON.writerWithDefaultPrettyPrinter().writeValueAsBytes(manifest));
      zip.closeEntry();
    }
    Files.move(partial, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    JsonNode written = JSON.valueToTree(manifest);
    long rows = 0;
    for (JsonNode n : written.get("tables")) {
      rows += n.asLong();
    }
    out.printf(
        "Đã sao lưu %d bảng (%d dòng) và %d tệp vào %s%n",
        written.get("tables").size(), rows, written.get("files").size(), file.toAbsolutePath());
    return written;
  }

  private List<Path> storedFiles() throws IOException {
    if (!Files.isDirectory(dataDir)) {
      return List.of();
    }
    try (Stream<Path> walk = Files.walk(dataDir)) {
      return walk.filter(Files::isRegularFile)
          .filter(p -> !NOT_FILES.contains(dataDir.relativize(p).getName(0).toString()))
          .filter(p -> !p.getFileName().toString().endsWith(".log"))
          .sorted()
          .toList();
    }
  }

  private static String schemaVersion(Connection c) throws SQLException {
    return single(
        c,
        "select version from flyway_schema_history where success and version is not null"
            + " order by installed_rank desc limit 1");
  }

  private static List<String> tables(Connection c) throws SQLException {
    List<String> out = new ArrayList<>();
    try (Statement s = c.createStatement();
        ResultSet rs =
            s.executeQuery(
                "select table_name from information_schema.tables where table_schema = 'public'"
                    + " and table_type = 'BASE TABLE' order by table_name")) {
      while (rs.next()) {
        if (!TRANSIENT.contains(rs.getString(1))) {
          out.add(rs.getString(1));
        }
      }
    }
    return out;
  }

  /** The columns that hold data (not computed ones), in their order. */
  private static List<String> columns(Connection c, String table) throws SQLException {
    List<String> out = new ArrayList<>();
    try (PreparedStatement s =
        c.prepareStatement(
            "select column_name from information_schema.columns where table_schema = 'public'"
                + " and table_name = ? and is_generated = 'NEVER' order by ordinal_position")) {
      s.setString(1, table);
      try (ResultSet rs = s.executeQuery()) {
        while (rs.next()) {
          out.add(rs.getString(1));
        }
      }
    }
    return out;
  }

  private static Map<String, Object> sequences(Connection c) throws SQLException {
    Map<String, Object> out = new LinkedHashMap<>();
    try (Statement s = c.createStatement();
        ResultSet rs =
            s.executeQuery(
                "select sequencename, last_value from pg_sequences where schemaname = 'public'"
                    + " order by sequencename")) {
      while (rs.next()) {
        out.put(rs.getString(1), rs.getObject(2) == null ? null : rs.getLong(2));
      }
    }
    return out;
  }

  // ----- restore

  /** Restores a backup; returns the row counts found after the load (equal to the backup's). */
  public Map<String, Long> restore(Path file, boolean replace) throws Exception {
    if (!Files.isRegularFile(file)) {
      throw new RefusedException("Không tìm thấy tệp sao lưu " + file);
    }
    try (ZipFile zip = new ZipFile(file.toFile(), StandardCharsets.UTF_8)) {
      ZipEntry manifestEntry = zip.getEntry("manifest.json");
      if (manifestEntry == null) {
        throw new RefusedException(
            "Tệp " + file + " không phải bản sao lưu ThiĐua (thiếu manifest.json).");
      }
      JsonNode manifest;
      try (InputStream in = zip.getInputStream(manifestEntry)) {
        manifest = JSON.readTree(in);
      }
      if (manifest.get("format").asInt() != FORMAT) {
        throw new RefusedException(
            "Định dạng bản sao lưu không được hỗ trợ: " + manifest.get("format"));
      }
      Map<String, Long> counts;
      try (Database db = open(false)) {
        Connection c = db.connection();
        prepareEmptySchema(c, replace);
        migrate(c, manifest.get("schemaVersion").asString());
        counts = load(c, zip, manifest);
      }
      int files = restoreFiles(zip, manifest, replace);
      out.printf(
          "Đã khôi phục %d bảng (%d dòng, số dòng từng bảng khớp bản sao lưu) và %d tệp từ %s%n",
          counts.size(),
          counts.values().stream().mapToLong(Long::longValue).sum(),
          files,
          file.toAbsolutePath());
      out.println(
          "Khởi động ThiĐua rồi kiểm tra chuỗi nhật ký tại /admin/audit hoặc GET /api/v1/audit/verify.");
      return counts;
    }
  }

  private void prepareEmptySchema(Connection c, boolean replace) throws SQLException {
    long tables =
        Long.parseLong(
            single(
                c, "select count(*) from information_schema.tables where table_schema = 'public'"));
    if (tables == 0) {
      return;
    }
    if (!replace) {
      throw new RefusedException(
          "Cơ sở dữ liệu đích đã có dữ liệu. Khôi phục vào một thư mục dữ liệu mới"
              + " (THIDUA_DATA_DIR), hoặc thêm --replace để xóa dữ liệu hiện có và thay bằng bản sao lưu.");
    }
    try (Statement s = c.createStatement()) {
      s.execute("drop schema public cascade");
      s.execute("create schema public");
    }
    out.println("Đã xóa dữ liệu hiện có (--replace).");
  }

  private void migrate(Connection c, String version) throws SQLException {
    String url = c.getMetaData().getURL();
    String user = c.getMetaData().getUserName();
    Flyway.configure(Backups.class.getClassLoader())
        .dataSource(url, user, externalUrl != null ? externalPassword : "")
        .locations("classpath:db/migration")
        .target(version)
        .load()
        .migrate();
  }

  private Map<String, Long> load(Connection c, ZipFile zip, JsonNode manifest) throws Exception {
    Map<String, Long> expected = new LinkedHashMap<>();
    manifest
        .get("tables")
        .properties()
        .forEach(e -> expected.put(e.getKey(), e.getValue().asLong()));
    Set<String> present = new HashSet<>(tables(c));
    for (String table : expected.keySet()) {
      if (!present.contains(table)) {
        throw new RefusedException("Bảng " + table + " của bản sao lưu không có trong lược đồ.");
      }
    }
    c.setAutoCommit(false);
    CopyManager copy = c.unwrap(PGConnection.class).getCopyAPI();
    try (Statement s = c.createStatement()) {
      // Foreign keys and triggers are the source's, already consistent in its snapshot: load each
      // table as it was (needs a superuser, which the embedded server's user is).
      s.execute("set session_replication_role = replica");
    }
    Map<String, Long> loaded = new LinkedHashMap<>();
    for (String table : expected.keySet()) {
      long existing = Long.parseLong(single(c, "select count(*) from public." + quote(table)));
      if (existing > 0) {
        throw new RefusedException(
            "Bảng " + table + " đã có dữ liệu sau khi tạo lược đồ; không khôi phục chồng lên.");
      }
      ZipEntry entry = zip.getEntry("data/" + table + ".copy");
      List<String> columns = columns(c, table);
      try (Reader reader =
          new BufferedReader(
              new InputStreamReader(zip.getInputStream(entry), StandardCharsets.UTF_8))) {
        long rows =
            copy.copyIn(
                "copy public." + quote(table) + " (" + joined(columns) + ") from stdin", reader);
        loaded.put(table, rows);
      }
    }
    for (Map.Entry<String, JsonNode> seq : manifest.get("sequences").properties()) {
      if (!seq.getValue().isNull()) {
        try (PreparedStatement s = c.prepareStatement("select setval(?::regclass, ?, true)")) {
          s.setString(1, "public." + quote(seq.getKey()));
          s.setLong(2, seq.getValue().asLong());
          s.execute();
        }
      }
    }
    try (Statement s = c.createStatement()) {
      s.execute("set session_replication_role = origin");
    }
    Map<String, Long> counted = new LinkedHashMap<>();
    for (String table : expected.keySet()) {
      counted.put(table, Long.parseLong(single(c, "select count(*) from public." + quote(table))));
    }
    if (!counted.equals(expected)) {
      c.rollback();
      Map<String, String> diff = new LinkedHashMap<>();
      expected.forEach((t, n) -> {
        if (!n.equals(counted.get(t))) {
          diff.put(t, counted.get(t) + " ≠ " + n);
        }
      });
      throw new IllegalStateException("Số dòng sau khi khôi phục không khớp: " + diff);
    }
    c.commit();
    return counted;
  }

  private int restoreFiles(ZipFile zip, JsonNode manifest, boolean replace) throws IOException {
    int n = 0;
    for (JsonNode f : manifest.get("files")) {
      Path target = dataDir.resolve(f.asString()).normalize();
      if (!target.startsWith(dataDir)) {
        throw new RefusedException("Tên tệp không hợp lệ trong bản sao lưu: " + f.asString());
      }
      if (Files.exists(target) && !replace) {
        continue;
      }
      Files.createDirectories(target.getParent());
      try (InputStream in = zip.getInputStream(zip.getEntry("files/" + f.asString()))) {
        Files.copy(in, target, StandardCopyOption.REPLACE_EXISTING);
      }
      n++;
    }
    return n;
  }

  // ----- small helpers

  private static String single(Connection c, String sql) throws SQLException {
    try (Statement s = c.createStatement();
        ResultSet rs = s.executeQuery(sql)) {
      return rs.next() ? rs.getString(1) : null;
    }
  }

  private static String quote(String identifier) {
    return '"' + identifier.replace("\"", "\"\"") + '"';
  }

  private static String joined(List<String> columns) {
    Set<String> quoted = new LinkedHashSet<>();
    for (String c : columns) {
      quoted.add(quote(c));
    }
    return String.join(", ", quoted);
  }

  /** A stream that does not close the zip when the writer of one entry is done. */
  private static final class NonClosing extends OutputStream {
    private final OutputStream target;

    NonClosing(OutputStream target) {
      this.target = target;
    }

    @Override
    public void write(int b) throws IOException {
      target.write(b);
    }

    @Override
    public void write(byte[] b, int off, int len) throws IOException {
      target.write(b, off, len);
    }

    @Override
    public void flush() throws IOException {
      target.flush();
    }

    @Override
    public void close() {
      // the zip stays open for the next entry
    }
  }
}
