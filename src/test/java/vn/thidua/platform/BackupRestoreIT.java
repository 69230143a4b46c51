package vn.thidua.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;
import vn.thidua.support.AppProcess;
import vn.thidua.support.ApplicationTest;
import vn.thidua.support.Http;
import vn.thidua.support.TestHttp;

/**
 * The backup drill: {@code thidua.jar backup} copies the running application's database and stored
 * files; {@code thidua.jar restore} loads them into a fresh data folder; the application started on
 * that folder has the same rows in every table, the same files, and an audit chain that verifies
 * with every entry of the source.
 */
class BackupRestoreIT extends ApplicationTest {

  /** Written at start-up by a fresh application (demo data off) on top of a restore. */
  private static final List<String> TOUCHED_AT_START =
      List.of("audit_log", "shedlock", "administrative_unit", "reminder_sent", "notification");

  @Autowired JdbcClient jdbc;

  private static Process jar(Map<String, String> env, String... args) throws Exception {
    String java = ProcessHandle.current().info().command().orElse("java");
    List<String> command =
        new java.util.ArrayList<>(
            List.of(java, "-jar", new File("target/thidua.jar").getAbsolutePath()));
    command.addAll(List.of(args));
    ProcessBuilder pb = new ProcessBuilder(command).redirectErrorStream(true);
    pb.environment().remove("THIDUA_DB_URL");
    pb.environment().putAll(env);
    return pb.start();
  }

  private static String run(Map<String, String> env, int expectedExit, String... args)
      throws Exception {
    Process p = jar(env, args);
    String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(p.waitFor(180, TimeUnit.SECONDS)).isTrue();
    assertThat(p.exitValue()).as(output).isEqualTo(expectedExit);
    return output;
  }

  private Map<String, Long> counts(Connection c) throws Exception {
    Map<String, Long> out = new TreeMap<>();
    List<String> tables = new java.util.ArrayList<>();
    try (Statement s = c.createStatement();
        ResultSet rs =
            s.executeQuery(
                "select table_name from information_schema.tables where table_schema = 'public'"
                    + " and table_type = 'BASE TABLE'")) {
      while (rs.next()) {
        tables.add(rs.getString(1));
      }
    }
    for (String t : tables) {
      if (List.of(
              "flyway_schema_history",
              "spring_session",
              "spring_session_attributes",
              "login_failure")
          .contains(t)) {
        continue;
      }
      try (Statement s = c.createStatement();
          ResultSet rs = s.executeQuery("select count(*) from public.\"" + t + "\"")) {
        rs.next();
        out.put(t, rs.getLong(1));
      }
    }
    return out;
  }

  @Test
  void aBackupOfTheRunningApplicationRestoresIntoAFreshFolderWithEveryRowAndAnIntactChain()
      throws Exception {
    Http admin = http().as("admin", password("admin"));
    // Something binary and a stored file beside the demo data.
    Files.writeString(DATA_DIR.resolve("files-drill.txt"), "tệp lưu trong thư mục dữ liệu");
    JsonNode sourceChain = admin.json("/api/v1/audit/verify");
    assertThat(sourceChain.get("valid").asBoolean()).isTrue();

    // Step 1: back up while the application runs.
    Path drill = Files.createTempDirectory(Path.of("target").toAbsolutePath(), "drill-");
    Path backup = drill.resolve("thidua.zip");
    String backedUp =
        run(Map.of("THIDUA_DATA_DIR", DATA_DIR.toString()), 0, "backup", backup.toString());
    assertThat(backedUp).contains("Đã sao lưu");
    assertThat(backup).exists();
    Map<String, Long> source;
    try (Connection c =
        DriverManager.getConnection(
            "jdbc:postgresql://localhost:" + embeddedPort(DATA_DIR) + "/postgres",
            "postgres",
            "")) {
      source = counts(c);
    }
    long auditRows = jdbc.sql("select count(*) from audit_log").query(Long.class).single();

    // Step 2: restore into a fresh data folder; a second restore onto it is refused.
    Path fresh = drill.resolve("data");
    String restored =
        run(Map.of("THIDUA_DATA_DIR", fresh.toString()), 0, "restore", backup.toString());
    assertThat(restored).contains("khớp bản sao lưu");
    String again =
        run(Map.of("THIDUA_DATA_DIR", fresh.toString()), 2, "restore", backup.toString());
    assertThat(again).contains("--replace");
    assertThat(fresh.resolve("files-drill.txt")).hasContent("tệp lưu trong thư mục dữ liệu");
    assertThat(fresh.resolve("demo-accounts.txt"))
        .hasSameTextualContentAs(DATA_DIR.resolve("demo-accounts.txt"));

    // Step 3: the application on the restored folder: same rows, the chain verifies.
    int port = AppProcess.freePort();
    Process app = AppProcess.start(fresh, port, password("admin"), Map.of());
    try {
      Map<String, Long> copy;
      try (Connection c =
          DriverManager.getConnection(
              "jdbc:postgresql://localhost:" + AppProcess.embeddedPostgresPort(fresh) + "/postgres",
              "postgres",
              "")) {
        copy = counts(c);
      }
      Map<String, Long> expected = new TreeMap<>(source);
      Map<String, Long> actual = new TreeMap<>(copy);
      for (String t : TOUCHED_AT_START) {
        assertThat(actual.getOrDefault(t, 0L))
            .as(t)
            .isGreaterThanOrEqualTo(expected.getOrDefault(t, 0L));
        expected.remove(t);
        actual.remove(t);
      }
      assertThat(actual).isEqualTo(expected);
      assertThat(expected.values().stream().mapToLong(Long::longValue).sum()).isGreaterThan(200);

      Http restoredAdmin = TestHttp.at("http://localhost:" + port).as("admin", password("admin"));
      JsonNode chain = restoredAdmin.json("/api/v1/audit/verify");
      assertThat(chain.get("valid").asBoolean()).as(chain.toString()).isTrue();
      assertThat(chain.get("checked").asLong()).isGreaterThanOrEqualTo(auditRows);
      // A demo user's data and password came along.
      Http office =
          TestHttp.at("http://localhost:" + port)
              .as("thuongtruc.habac", password("thuongtruc.habac"));
      assertThat(office.get("/api/v1/movements").status()).isEqualTo(200);
    } finally {
      app.destroy();
      app.waitFor(60, TimeUnit.SECONDS);
    }
  }

  private static int embeddedPort(Path dataDir) throws Exception {
    List<String> pid = Files.readAllLines(dataDir.resolve("postgres/postmaster.pid"));
    return Integer.parseInt(pid.get(3).strip());
  }
}
