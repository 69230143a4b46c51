package vn.thidua.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import vn.thidua.support.AppProcess;
import vn.thidua.support.Http;
import vn.thidua.support.TestHttp;

/**
 * The packaged application as a separate process: data written before a clean restart and before a
 * kill -9 is there after the next start, and the orphaned PostgreSQL is stopped and recovered.
 */
class RestartIT {

  private static final String PASSWORD = "Restart-Passw0rd";

  @Test
  void dataSurvivesACleanRestartAndAKillMinusNine() throws Exception {
    Path dataDir = Files.createTempDirectory(Path.of("target").toAbsolutePath(), "restart-data-");
    int port = AppProcess.freePort();

    Process app = start(dataDir, port);
    Http api = TestHttp.at("http://localhost:" + port).as("admin", PASSWORD);
    long beforeKill =
        api.postJson(
                "/api/v1/organizations",
                Map.of("unitCode", "10816", "type", "VILLAGE", "name", "Thôn Trước Khi Tắt"))
            .json()
            .get("id")
            .asLong();

    // kill -9: the JVM dies at once, its PostgreSQL stays running on the data folder.
    app.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
    assertThat(dataDir.resolve("postgres/postmaster.pid")).exists();

    app = start(dataDir, port);
    assertThat(api.json("/api/v1/organizations/" + beforeKill).get("name").asString())
        .isEqualTo("Thôn Trước Khi Tắt");
    long beforeStop =
        api.postJson(
                "/api/v1/organizations",
                Map.of("unitCode", "10816", "type", "VILLAGE", "name", "Thôn Trước Khi Dừng"))
            .json()
            .get("id")
            .asLong();

    // A clean stop (SIGTERM) stops PostgreSQL too.
    app.destroy();
    assertThat(app.waitFor(60, TimeUnit.SECONDS)).isTrue();
    assertThat(dataDir.resolve("postgres/postmaster.pid")).doesNotExist();

    app = start(dataDir, port);
    try {
      assertThat(api.json("/api/v1/organizations/" + beforeKill).get("active").asBoolean())
          .isTrue();
      assertThat(api.json("/api/v1/organizations/" + beforeStop).get("name").asString())
          .isEqualTo("Thôn Trước Khi Dừng");
    } finally {
      app.destroy();
      app.waitFor(60, TimeUnit.SECONDS);
    }
  }

  private static Process start(Path dataDir, int port) throws Exception {
    return AppProcess.start(dataDir, port, PASSWORD, java.util.Map.of());
  }
}
