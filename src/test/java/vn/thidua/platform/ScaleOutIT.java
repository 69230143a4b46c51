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
 * Two instances on one PostgreSQL: the second uses THIDUA_DB_URL (an external database, here the
 * first instance's), starts no PostgreSQL of its own, sees the first one's data and honours a
 * browser session opened on the first.
 */
class ScaleOutIT {

  private static final String PASSWORD = "Scale-Out-Passw0rd";

  @Test
  void aSecondInstanceOnTheSameDatabaseSharesDataAndSessions() throws Exception {
    Path first = Files.createTempDirectory(Path.of("target").toAbsolutePath(), "scale-a-");
    Path second = Files.createTempDirectory(Path.of("target").toAbsolutePath(), "scale-b-");
    int portA = AppProcess.freePort();
    Process a = AppProcess.start(first, portA, PASSWORD, Map.of());
    Process b = null;
    try {
      int pg = AppProcess.embeddedPostgresPort(first);
      assertThat(pg).isPositive();
      int portB = AppProcess.freePort();
      b =
          AppProcess.start(
              second,
              portB,
              PASSWORD,
              Map.of(
                  "THIDUA_DB_URL",
                  "jdbc:postgresql://localhost:" + pg + "/postgres",
                  "THIDUA_DB_USER",
                  "postgres",
                  "THIDUA_DB_PASSWORD",
                  "unused"));
      assertThat(second.resolve("postgres")).doesNotExist();

      Http onA = TestHttp.at("http://localhost:" + portA).as("admin", PASSWORD);
      long id =
          onA.postJson(
                  "/api/v1/organizations",
                  Map.of("unitCode", "10816", "type", "VILLAGE", "name", "Thôn Hai Máy Chủ"))
              .json()
              .get("id")
              .asLong();
      Http onB = TestHttp.at("http://localhost:" + portB).as("admin", PASSWORD);
      assertThat(onB.json("/api/v1/organizations/" + id).get("name").asString())
          .isEqualTo("Thôn Hai Máy Chủ");

      Http browser = TestHttp.at("http://localhost:" + portA);
      assertThat(browser.login("admin", PASSWORD)).endsWith("/");
      Http sameBrowserOnB = browser.withBase("http://localhost:" + portB);
      assertThat(sameBrowserOnB.get("/organizations/" + id).status()).isEqualTo(200);
    } finally {
      if (b != null) {
        b.destroy();
        b.waitFor(60, TimeUnit.SECONDS);
      }
      a.destroy();
      a.waitFor(60, TimeUnit.SECONDS);
    }
  }
}
