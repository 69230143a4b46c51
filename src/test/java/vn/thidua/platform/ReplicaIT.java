package vn.thidua.platform;

import static org.assertj.core.api.Assertions.assertThat;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import vn.thidua.support.AppProcess;
import vn.thidua.support.HaBac;
import vn.thidua.support.Http;
import vn.thidua.support.TestHttp;

/**
 * Dashboards read from a streaming replica when THIDUA_DB_REPLICA_URL names one. The test builds
 * the replica itself (the embedded binaries have no pg_basebackup): a low-level base backup of a
 * primary (pg_backup_start, a copy of the data folder, pg_backup_stop's backup_label), a standby
 * streaming from a physical replication slot. With replay paused on the replica, a value written
 * through the application reaches the primary but not the dashboard (it reads the replica); once
 * replay resumes, the dashboard shows it; with the replica stopped, the dashboard falls back to the
 * primary.
 */
class ReplicaIT {

  private static final String PASSWORD = "Replica-Passw0rd";
  private static final int YEAR = 2029;

  /**
   * The folders whose contents a base backup leaves out (PostgreSQL docs, "Making a Base Backup").
   */
  private static final Set<String> EMPTIED =
      Set.of(
          "pg_wal",
          "pg_replslot",
          "pg_dynshmem",
          "pg_notify",
          "pg_serial",
          "pg_snapshots",
          "pg_stat_tmp",
          "pg_subtrans");

  private static final Set<String> LEFT_OUT =
      Set.of("postmaster.pid", "postmaster.opts", "epg-lock", "backup_label", "tablespace_map");

  @Test
  void theDashboardReadsTheReplicaAndWritesGoToThePrimary() throws Exception {
    Path root = Files.createTempDirectory(Path.of("target").toAbsolutePath(), "replica-");
    Path primaryData = root.resolve("primary");
    Path replicaData = root.resolve("replica");
    EmbeddedPostgres primary = null;
    EmbeddedPostgres replica = null;
    Process app = null;
    try {
      primary = postgres(primaryData, AppProcess.freePort()).start();
      String primaryUrl = "jdbc:postgresql://localhost:" + primary.getPort() + "/postgres";
      try (Connection c = DriverManager.getConnection(primaryUrl, "postgres", "");
          Statement s = c.createStatement()) {
        s.execute("select pg_create_physical_replication_slot('thidua_replica', true)");
        baseBackup(s, primaryData, replicaData);
      }
      Files.writeString(replicaData.resolve("standby.signal"), "");
      Files.writeString(
          replicaData.resolve("postgresql.auto.conf"),
          "\nprimary_conninfo = 'host=localhost port=%d user=postgres application_name=replica'\nprimary_slot_name = 'thidua_replica'\n"
              .formatted(primary.getPort()),
          StandardOpenOption.APPEND);
      replica = postgres(replicaData, AppProcess.freePort()).setCleanDataDirectory(false).start();
      String replicaUrl = "jdbc:postgresql://localhost:" + replica.getPort() + "/postgres";
      assertThat(single(replicaUrl, "select pg_is_in_recovery()")).isEqualTo("t");
      assertThat(single(primaryUrl, "select pg_is_in_recovery()")).isEqualTo("f");

      Path dataDir = root.resolve("app");
      int port = AppProcess.freePort();
      app =
          AppProcess.start(
              dataDir,
              port,
              PASSWORD,
              Map.of(
                  "THIDUA_DEMO", "true",
                  "THIDUA_DB_URL", primaryUrl,
                  "THIDUA_DB_USER", "postgres",
                  "THIDUA_DB_PASSWORD", "unused",
                  "THIDUA_DB_REPLICA_URL", replicaUrl));
      // The replica has been used by nothing yet (its pool starts at the first replica read).
      assertThat(single(replicaUrl, replicaSessions())).isEqualTo("0");

      Http office =
          TestHttp.at("http://localhost:" + port)
              .as("thuongtruc.habac", demoPassword(dataDir, "thuongtruc.habac"));
      long plan = HaBac.plan(office);
      long trung = HaBac.organization(office, "thon%20trung");
      record(office, plan, trung, "700");
      caughtUp(primaryUrl, replicaUrl);
      assertThat(trees(office, plan, trung)).isEqualByComparingTo("700");
      assertThat(Integer.parseInt(single(replicaUrl, replicaSessions()))).isPositive();

      // Replay paused: the write succeeds on the primary, the dashboard (the replica) lags.
      single(replicaUrl, "select pg_wal_replay_pause()");
      record(office, plan, trung, "812");
      assertThat(
              single(
                  primaryUrl,
                  "select value from indicator_value where movement_id = "
                      + plan
                      + " and organization_id = "
                      + trung
                      + " and indicator_code = 'TRONG_CAY' and year = "
                      + YEAR))
          .startsWith("812");
      assertThat(trees(office, plan, trung)).isEqualByComparingTo("700");
      single(replicaUrl, "select pg_wal_replay_resume()");
      caughtUp(primaryUrl, replicaUrl);
      assertThat(trees(office, plan, trung)).isEqualByComparingTo("812");

      // The replica gone: the dashboard is read from the primary, with a warning in the log.
      replica.close();
      replica = null;
      // A connection the pool handed out in the last half second is not checked again; a request
      // using one when the replica went down fails once (docs/deployment.md). Later ones fall back.
      Thread.sleep(1000);
      assertThat(trees(office, plan, trung)).isEqualByComparingTo("812");
      assertThat(Files.readString(dataDir.resolve("app.log")))
          .contains("Không kết nối được bản sao PostgreSQL");
    } finally {
      if (app != null) {
        app.destroy();
        if (!app.waitFor(60, TimeUnit.SECONDS)) {
          app.destroyForcibly();
        }
      }
      if (replica != null) {
        replica.close();
      }
      if (primary != null) {
        primary.close();
      }
    }
  }

  private static EmbeddedPostgres.Builder postgres(Path data, int port) {
    return EmbeddedPostgres.builder()
        .setDataDirectory(data)
        .setPort(port)
        .setPGStartupWait(Duration.ofSeconds(60))
        .setServerConfig("listen_addresses", "localhost")
        .setServerConfig("unix_socket_directories", "''")
        .setServerConfig("wal_level", "replica")
        .setServerConfig("max_wal_senders", "4")
        .setServerConfig("hot_standby", "on")
        .setServerConfig("timezone", "UTC")
        .setLocaleConfig("locale", "C.UTF-8")
        .setLocaleConfig("encoding", "UTF8");
  }

  /**
   * A low-level base backup of the running primary into {@code target}: the data folder copied
   * between pg_backup_start and pg_backup_stop, then the backup label pg_backup_stop returns.
   */
  private static void baseBackup(Statement s, Path source, Path target)
      throws SQLException, IOException {
    s.execute("select pg_backup_start('thidua-replica', true)");
    Files.createDirectories(target);
    Files.setPosixFilePermissions(target, PosixFilePermissions.fromString("rwx------"));
    try (Stream<Path> walk = Files.walk(source)) {
      walk.forEach(p -> {
        Path relative = source.relativize(p);
        if (relative.toString().isEmpty()) {
          return;
        }
        boolean emptied =
            relative.getNameCount() > 1 && EMPTIED.contains(relative.getName(0).toString());
        if (emptied || (relative.getNameCount() == 1 && LEFT_OUT.contains(relative.toString()))) {
          return;
        }
        try {
          Path to = target.resolve(relative.toString());
          if (Files.isDirectory(p)) {
            Files.createDirectories(to);
          } else {
            Files.copy(p, to, StandardCopyOption.COPY_ATTRIBUTES);
          }
        } catch (java.nio.file.NoSuchFileException vanished) {
          // a file removed while copying (a temporary file): not needed
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      });
    }
    Files.createDirectories(target.resolve("pg_wal").resolve("archive_status"));
    try (ResultSet r = s.executeQuery("select labelfile, spcmapfile from pg_backup_stop(false)")) {
      r.next();
      Files.writeString(target.resolve("backup_label"), r.getString(1), StandardCharsets.UTF_8);
      String map = r.getString(2);
      if (map != null && !map.isEmpty()) {
        Files.writeString(target.resolve("tablespace_map"), map, StandardCharsets.UTF_8);
      }
    }
  }

  private static String replicaSessions() {
    return "select count(*) from pg_stat_activity where application_name = 'thidua-replica'";
  }

  private static String single(String url, String sql) throws SQLException {
    try (Connection c = DriverManager.getConnection(url, "postgres", "");
        Statement s = c.createStatement();
        ResultSet r = s.executeQuery(sql)) {
      r.next();
      return r.getString(1);
    }
  }

  /** Waits until the replica has replayed everything the primary has written so far. */
  private static void caughtUp(String primaryUrl, String replicaUrl) throws Exception {
    String lsn = single(primaryUrl, "select pg_current_wal_insert_lsn()");
    Instant deadline = Instant.now().plus(Duration.ofSeconds(30));
    while (!"t".equals(single(replicaUrl, "select pg_last_wal_replay_lsn() >= '" + lsn + "'"))) {
      assertThat(Instant.now()).as("replica replays %s", lsn).isBefore(deadline);
      Thread.sleep(100);
    }
  }

  private static void record(Http office, long plan, long org, String value) {
    Http.Response r =
        office.putJson(
            "/api/v1/movements/" + plan + "/indicator-values",
            Map.of(
                "organizationId", org, "indicatorCode", "TRONG_CAY", "year", YEAR, "value", value));
    assertThat(r.status()).as(r.body()).isEqualTo(200);
  }

  /** The trees planted by an organisation as the commune's dashboard shows them. */
  private static BigDecimal trees(Http office, long plan, long org) {
    JsonNode d = office.json("/api/v1/movements/" + plan + "/dashboard?year=" + YEAR);
    for (JsonNode part : d.get("parts")) {
      if (part.get("code").asString().equals(String.valueOf(org))) {
        for (JsonNode cell : part.get("cells")) {
          if (cell.get("code").asString().equals("TRONG_CAY")) {
            return new BigDecimal(cell.get("total").asString());
          }
        }
      }
    }
    throw new AssertionError("no TRONG_CAY of " + org + " in " + d);
  }

  private static String demoPassword(Path dataDir, String user) throws IOException {
    for (String line :
        Files.readAllLines(dataDir.resolve("demo-accounts.txt"), StandardCharsets.UTF_8)) {
      String[] parts = line.split("\t");
      if (!line.startsWith("#") && parts.length > 3 && parts[0].equals(user)) {
        return parts[3];
      }
    }
    throw new AssertionError("no demo account " + user);
  }
}
