package vn.thidua.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.thidua.support.ApplicationTest;
import vn.thidua.support.HaBac;
import vn.thidua.support.Http;

/**
 * The work list says what changed for the person since the sign-in before this one: a report
 * returned meanwhile is listed once, on the next visit, and not on the visit after.
 */
class SinceLastVisitIT extends ApplicationTest {

  private static final String UNIT = "kinhte.habac";
  private static final int YEAR = 2029;

  private String visit() {
    Http h = http();
    h.login(UNIT, password(UNIT));
    return h.get("/").body();
  }

  @Test
  void aReturnedReportIsListedOnTheNextVisitOnly() {
    visit();
    String second = visit();
    assertThat(second).contains("id=\"since-last-visit\"").contains("Kể từ lần đăng nhập trước");

    Http office = http().as("thuongtruc.habac", password("thuongtruc.habac"));
    Http focal = http().as(UNIT, password(UNIT));
    long plan = HaBac.plan(office);
    long economy = HaBac.organization(office, "phong%20kinh%20te");
    Http.Response saved =
        focal.putJson(
            "/api/v1/movements/" + plan + "/reports",
            Map.of("organizationId", economy, "year", YEAR, "values", Map.of()));
    assertThat(saved.status()).as(saved.body()).isEqualTo(200);
    long report = saved.json().get("report").get("id").asLong();
    long version = saved.json().get("report").get("version").asLong();
    assertThat(
            focal
                .postJson("/api/v1/reports/" + report + "/submit?version=" + version, Map.of())
                .status())
        .isEqualTo(200);
    Http.Response returned =
        office.postForm(
            "/api/v1/reports/" + report + "/return",
            Map.of("version", String.valueOf(version + 1), "reason", "Thiếu số liệu năm 2029"));
    assertThat(returned.status()).as(returned.body()).isEqualTo(200);

    // API calls with Basic are not visits: the next sign-in still sees the return.
    String third = visit();
    String since = section(third);
    assertThat(since)
        .contains("Báo cáo năm 2029 của Phòng Kinh tế đã bị trả lại")
        .contains("href=\"/reports/" + report + "\"");

    String fourth = visit();
    assertThat(section(fourth))
        .doesNotContain("Báo cáo năm 2029 của Phòng Kinh tế đã bị trả lại")
        .contains("Không có gì mới");
  }

  private static String section(String page) {
    int start = page.indexOf("id=\"since-last-visit\"");
    assertThat(start).as("since-your-last-visit section").isPositive();
    int end = page.indexOf("<h2", start);
    return page.substring(start, end < 0 ? page.length() : end);
  }
}
