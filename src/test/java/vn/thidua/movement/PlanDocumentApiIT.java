package vn.thidua.movement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;
import vn.thidua.support.ApplicationTest;
import vn.thidua.support.Http;
import vn.thidua.support.Shared;

/**
 * The parse and render endpoints through real HTTP, and the shared contract checker against them.
 */
class PlanDocumentApiIT extends ApplicationTest {

  @Autowired JdbcClient jdbc;

  private Http api() {
    return http().as("admin", password("admin"));
  }

  @Test
  void parsesASeedOverHttp() throws IOException {
    byte[] seed = Files.readAllBytes(Shared.path("seeds/ha-bac-commune-plan-2026.txt"));
    Http.Response r = api().postFile("/api/v1/plan-documents/parse", "file", "ha-bac.txt", seed);
    assertThat(r.status()).isEqualTo(200);
    JsonNode p = r.json();
    assertThat(p.get("documentType").asString()).isEqualTo("DECISION");
    assertThat(p.get("number").isNull()).isTrue();
    assertThat(p.get("themes").size()).isEqualTo(5);
    assertThat(p.get("signer").get("name").asString()).isEqualTo("Nguyễn Anh Tuấn");
  }

  @Test
  void refusesWhatIsNotAPlanAndStoresNothing() {
    long auditBefore = jdbc.sql("select count(*) from audit_log").query(Long.class).single();
    Http.Response notPlan =
        api()
            .postFile(
                "/api/v1/plan-documents/parse",
                "file",
                "cv.txt",
                "ỦY BAN NHÂN DÂN XÃ A\n\nCÔNG VĂN\n\nV/v báo cáo\n\nKính gửi: các đơn vị."
                    .getBytes(StandardCharsets.UTF_8));
    assertThat(notPlan.status()).isEqualTo(422);
    assertThat(notPlan.contentType()).startsWith("application/problem+json");
    assertThat(notPlan.json().get("detail").asString()).contains("không phải kế hoạch");

    Http.Response notZip =
        api()
            .postFile(
                "/api/v1/plan-documents/parse",
                "file",
                "x.docx",
                "đây không phải tệp Word".getBytes(StandardCharsets.UTF_8));
    assertThat(notZip.status()).isEqualTo(422);
    assertThat(notZip.json().get("detail").asString()).contains("không phải văn bản Word");

    byte[] big = new byte[11 * 1024 * 1024];
    Arrays.fill(big, (byte) 'a');
    Http.Response tooBig = api().postFile("/api/v1/plan-documents/parse", "file", "lon.txt", big);
    assertThat(tooBig.status()).isEqualTo(413);
    assertThat(tooBig.json().get("detail").asString()).contains("10 MB");

    assertThat(jdbc.sql("select count(*) from audit_log").query(Long.class).single())
        .isEqualTo(auditBefore);
  }

  @Test
  void rendersADocxThatParsesBack() throws IOException {
    byte[] seed = Files.readAllBytes(Shared.path("seeds/binh-giang-commune-plan-2026.txt"));
    String parsed = api().postFile("/api/v1/plan-documents/parse", "file", "bg.txt", seed).body();
    Http.Response rendered =
        api()
            .postRaw(
                "/api/v1/plan-documents/render",
                "application/json",
                parsed.getBytes(StandardCharsets.UTF_8));
    assertThat(rendered.status()).isEqualTo(200);
    assertThat(rendered.contentType()).contains("wordprocessingml");
    Http.Response again =
        api().postFile("/api/v1/plan-documents/parse", "file", "bg.docx", rendered.bytes());
    assertThat(again.json().get("signer").get("signingFor").asString()).isEqualTo("Chủ tịch");
    assertThat(again.json().get("responsibilities").size()).isEqualTo(7);
  }

  @Test
  void theSharedContractCheckerPassesOnTheSeedsAndTheirRoundTrip() throws Exception {
    Path script = Shared.path("tools/check-plan-contract.py");
    assumeThat(script).exists();
    for (boolean roundtrip : new boolean[] {false, true}) {
      List<String> cmd =
          new ArrayList<>(
              List.of(
                  "python3",
                  script.toString(),
                  baseUrl(),
                  "admin",
                  password("admin"),
                  Shared.path("tools/seed-expectations.json").toString(),
                  Shared.path("seeds").toString()));
      if (roundtrip) {
        cmd.add("--roundtrip");
      }
      Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
      String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      assertThat(p.waitFor(120, TimeUnit.SECONDS)).isTrue();
      String last = out.strip().lines().reduce((a, b) -> b).orElse("");
      String[] counts = last.replace(" checks", "").split("/");
      assertThat(last).as(out).matches("\\d+/\\d+ checks");
      assertThat(counts[0]).as(out).isEqualTo(counts[1]);
    }
  }
}
