package vn.thidua.platform.db;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The embedded PostgreSQL 17 of the default run: data in a local folder, fsync and
 * synchronous_commit on, recovered after a kill -9 of the application.
 *
 * <p>PostgreSQL refuses to run as root; as root, the library starts the server binaries in a user
 * namespace ({@code unshare -U}).
 */
public final class EmbeddedPostgresServer implements AutoCloseable {

  private static final Logger log = LoggerFactory.getLogger(EmbeddedPostgresServer.class);

  private final EmbeddedPostgres postgres;
  private final Path dataDirectory;

  private EmbeddedPostgresServer(EmbeddedPostgres postgres, Path dataDirectory) {
    this.postgres = postgres;
    this.dataDirectory = dataDirectory;
  }

  /** Starts (initialising on first use) the server whose data lives in {@code dataDirectory}. */
  public static EmbeddedPostgresServer start(Path dataDirectory) {
    try {
      Path pgData = dataDirectory.toAbsolutePath().normalize().resolve("postgres");
      Files.createDirectories(pgData.getParent());
      Path binaries = dataDirectory.toAbsolutePath().normalize().resolve("pg-binaries");
      stopOrphanedServer(pgData);
      EmbeddedPostgres.Builder builder =
          EmbeddedPostgres.builder()
              .setDataDirectory(pgData)
              .setCleanDataDirectory(false)
              .setOverrideWorkingDirectory(binaries.toFile())
              .setPGStartupWait(Duration.ofSeconds(60))
              .setServerConfig("fsync", "on")
              .setServerConfig("synchronous_commit", "on")
              .setServerConfig("full_page_writes", "on")
              .setServerConfig("timezone", "UTC")
              .setServerConfig("max_connections", "100")
              .setServerConfig("listen_addresses", "localhost")
              .setServerConfig("unix_socket_directories", "''")
              .setLocaleConfig("locale", "C.UTF-8")
              .setLocaleConfig("encoding", "UTF8");
      EmbeddedPostgres postgres = builder.start();
      log.info(
          "PostgreSQL nhúng đang chạy tại cổng {} với dữ liệu ở {}", postgres.getPort(), pgData);
      return new EmbeddedPostgresServer(postgres, pgData);
    } catch (IOException e) {
      throw new UncheckedIOException("Không khởi động được PostgreSQL nhúng", e);
    }
  }

  public String jdbcUrl() {
    return postgres.getJdbcUrl("postgres", "postgres");
  }

  public int port() {
    return postgres.getPort();
  }

  public Path dataDirectory() {
    return dataDirectory;
  }

  @Override
  public void close() {
    try {
      postgres.close();
    } catch (IOException e) {
      log.warn("Không dừng được PostgreSQL nhúng", e);
    }
  }

  /**
   * A previous application process killed with -9 leaves its PostgreSQL running on the data folder.
   * Stop it (fast shutdown) before starting our own.
   */
  static void stopOrphanedServer(Path pgData) throws IOException {
    Path pidFile = pgData.resolve("postmaster.pid");
    if (!Files.exists(pidFile)) {
      return;
    }
    List<String> lines = Files.readAllLines(pidFile, StandardCharsets.UTF_8);
    if (lines.isEmpty()) {
      return;
    }
    long pid;
    try {
      pid = Long.parseLong(lines.getFirst().strip());
    } catch (NumberFormatException e) {
      return;
    }
    Optional<ProcessHandle> process = ProcessHandle.of(pid);
    if (process.isEmpty() || !process.get().isAlive()) {
      log.info(
          "Tệp postmaster.pid cũ (tiến trình {} không còn chạy): PostgreSQL sẽ tự phục hồi", pid);
      return;
    }
    String command = process.get().info().command().orElse("");
    if (!command.isEmpty() && !command.endsWith("postgres")) {
      log.warn(
          "postmaster.pid trỏ tới tiến trình {} không phải PostgreSQL ({}), bỏ qua", pid, command);
      return;
    }
    log.warn("Phát hiện PostgreSQL mồ côi (pid {}) của lần chạy trước, đang dừng nó", pid);
    // SIGINT is PostgreSQL's fast shutdown; the dead application's connections are already gone.
    run(List.of("kill", "-INT", Long.toString(pid)));
    try {
      process.get().onExit().get(60, TimeUnit.SECONDS);
    } catch (Exception e) {
      log.warn("PostgreSQL mồ côi chưa dừng sau 60 giây, gửi SIGKILL", e);
      process.get().destroyForcibly();
    }
  }

  private static void run(List<String> command) throws IOException {
    Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
    waitFor(p, String.join(" ", command));
  }

  private static void waitFor(Process p, String what) throws IOException {
    String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    try {
      if (p.waitFor() != 0) {
        throw new IOException("Lệnh thất bại: " + what + "\n" + output);
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException(e);
    }
  }
}
