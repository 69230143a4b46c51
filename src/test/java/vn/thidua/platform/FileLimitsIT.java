package vn.thidua.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.DefaultApplicationArguments;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;
import vn.thidua.support.ApplicationTest;
import vn.thidua.support.HaBac;
import vn.thidua.support.Http;
import vn.thidua.support.OfficeBombs;

/**
 * Issue 11, "files cannot exhaust the server": a workbook that unpacks to 95 MB is refused by every
 * import in under a second with a Vietnamese problem detail, and so is a Word document that does
 * the same on the plan parser; an import cut off by a crash does not stay running.
 */
class FileLimitsIT extends ApplicationTest {

  @Autowired JdbcClient jdbc;
  @Autowired List<ApplicationRunner> runners;

  private static final byte[] WORKBOOK = OfficeBombs.workbook(95, 4);
  private static final byte[] DOCUMENT = OfficeBombs.document(95);

  private void refusedQuickly(Http api, String path, String name, byte[] bomb) {
    long start = System.nanoTime();
    Http.Response r = api.postFile(path, "file", name, bomb);
    long millis = (System.nanoTime() - start) / 1_000_000;
    assertThat(r.status()).as(path + " " + r.body()).isIn(413, 422);
    assertThat(r.contentType()).as(path).contains("application/problem+json");
    assertThat(r.json().get("detail").asString())
        .as(path)
        .contains("nén bất thường")
        .doesNotContain("office.", "Exception");
    assertThat(millis).as(path + " answered in " + millis + " ms").isLessThan(1000);
  }

  @Test
  void everyImportRefusesAWorkbookThatUnpacksToNinetyFiveMegabytes() {
    assertThat(WORKBOOK.length).isLessThan(1024 * 1024);
    Http office = http().as("thuongtruc.habac", password("thuongtruc.habac"));
    long plan = HaBac.plan(office);
    // warm the routes so that the measured time is the refusal's, not the first request's
    office.get("/api/v1/people?unit=10816");
    int jobsBefore = jdbc.sql("select count(*) from import_job").query(Integer.class).single();
    refusedQuickly(office, "/api/v1/imports/people", "nhan-su.xlsx", WORKBOOK);
    refusedQuickly(office, "/api/v1/imports/organizations", "to-chuc.xlsx", WORKBOOK);
    refusedQuickly(
        office, "/api/v1/movements/" + plan + "/indicator-values/import", "so-lieu.xlsx", WORKBOOK);
    refusedQuickly(office, "/api/v1/records/awards/import", "khen-thuong.xlsx", WORKBOOK);
    refusedQuickly(office, "/api/v1/records/ratings/import", "xep-loai.xlsx", WORKBOOK);
    refusedQuickly(office, "/api/v1/plan-documents/parse", "ke-hoach.docx", DOCUMENT);
    // refused before a job was created
    assertThat(jdbc.sql("select count(*) from import_job").query(Integer.class).single())
        .isEqualTo(jobsBefore);
  }

  @Test
  void thePagesSayItBesideTheForm() {
    Http office = http();
    office.login("thuongtruc.habac", password("thuongtruc.habac"));
    String token = Http.csrf(office.get("/imports").body());
    Http.Response r =
        office.postFile("/imports/people?_csrf=" + token, "file", "nhan-su.xlsx", WORKBOOK);
    assertThat(r.status()).isEqualTo(302);
    Http.Response page = office.get(java.net.URI.create(r.header("Location")).getPath());
    assertThat(page.body()).contains("nén bất thường");
  }

  @Test
  void anImportInterruptedByACrashIsMarkedFailedOnTheNextStart() throws Exception {
    UUID importing = UUID.randomUUID();
    UUID validating = UUID.randomUUID();
    for (UUID id : List.of(importing, validating)) {
      jdbc.sql(
              "insert into import_job (id, kind, status, file_name, created_by, total_rows) values (:id, 'PEOPLE', :s, 'nhan-su.xlsx', 'thuongtruc.habac', 10)")
          .param("id", id)
          .param("s", id.equals(importing) ? "IMPORTING" : "VALIDATING")
          .update();
    }
    for (ApplicationRunner runner : runners) {
      if (runner.getClass().getSimpleName().startsWith("InterruptedImports")) {
        runner.run(new DefaultApplicationArguments());
      }
    }
    assertThat(
            jdbc.sql("select count(*) from import_job where status in ('IMPORTING', 'VALIDATING')")
                .query(Integer.class)
                .single())
        .isZero();
    Http office = http().as("thuongtruc.habac", password("thuongtruc.habac"));
    JsonNode job = office.json("/api/v1/imports/" + importing);
    assertThat(job.get("status").asString()).isEqualTo("FAILED");
    assertThat(job.get("errors").get(0).get("message").asString())
        .contains("gián đoạn vì máy chủ khởi động lại");
  }
}
