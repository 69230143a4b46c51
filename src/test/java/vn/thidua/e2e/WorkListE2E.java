package vn.thidua.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Response;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import vn.thidua.support.BrowserTest;
import vn.thidua.support.HaBac;
import vn.thidua.support.Http;

/**
 * Every demo role starts from its home page, the work list: it reaches each waiting item by
 * clicking it there (no address typed), and its home page is kept as screenshots at 1280 and 375 px
 * (no horizontal scrolling on the phone).
 */
class WorkListE2E extends BrowserTest {

  /** A report waits for the commune's office: Phòng Kinh tế sends its 2026 report. */
  private void aReportIsWaiting() {
    Http focal = http().as("kinhte.habac", password("kinhte.habac"));
    long plan = HaBac.plan(focal);
    long economy = HaBac.organization(focal, "phong%20kinh%20te");
    Http.Response saved =
        focal.putJson(
            "/api/v1/movements/" + plan + "/reports",
            Map.of("organizationId", economy, "year", 2026, "values", Map.of()));
    if (saved.status() == 200) {
      JsonReport r = new JsonReport(saved);
      if (r.status().equals("DRAFT") || r.status().equals("RETURNED")) {
        focal.postJson("/api/v1/reports/" + r.id() + "/submit?version=" + r.version(), Map.of());
      }
    }
  }

  private record JsonReport(long id, long version, String status) {
    JsonReport(Http.Response r) {
      this(
          r.json().get("report").get("id").asLong(),
          r.json().get("report").get("version").asLong(),
          r.json().get("report").get("status").asString());
    }
  }

  @Test
  void everyRoleReachesEachWaitingItemFromItsWorkList() {
    aReportIsWaiting();
    int reached = 0;
    List<String> roles = new ArrayList<>(new TreeSet<>(demoPasswords().keySet()));
    for (String user : roles) {
      context.clearCookies();
      page.setViewportSize(1280, 800);
      login(page, user);
      assertThat(page.locator("h1").textContent()).isEqualTo("Việc cần xử lý");
      shot(page, "home-" + user + "-1280");
      page.setViewportSize(375, 740);
      Object width = page.evaluate("() => document.documentElement.scrollWidth");
      assertThat(((Number) width).intValue()).as(user + " at 375 px").isLessThanOrEqualTo(375);
      shot(page, "home-" + user + "-375");
      page.setViewportSize(1280, 800);

      Locator links = page.locator("table.work-list a.work-link");
      int count = links.count();
      if (count == 0) {
        assertThat(page.locator(".work-empty").textContent())
            .as(user)
            .contains("không có việc nào đang chờ bạn");
        continue;
      }
      // Each item, from the work list alone (the first ten of a long list).
      for (int i = 0; i < Math.min(count, 10); i++) {
        page.navigate(baseUrl() + "/");
        Locator link = page.locator("table.work-list a.work-link").nth(i);
        String href = link.getAttribute("href");
        Response response = page.waitForNavigation(link::click);
        assertThat(response.status()).as(user + " → " + href).isEqualTo(200);
        assertThat(page.url()).as(user).endsWith(href);
        assertThat(page.title()).as(user + " → " + href).doesNotContain("Không có quyền");
        reached++;
      }
    }
    assertThat(reached).isGreaterThan(0);
  }

  @Test
  void theOfficeOpensTheVillagesReportFromItsWorkList() {
    aReportIsWaiting();
    login(page, "thuongtruc.habac");
    Locator row =
        page.locator("table.work-list tr")
            .filter(new Locator.FilterOptions().setHasText("Báo cáo năm 2026 của Phòng Kinh tế"));
    assertThat(row.textContent()).contains("Tiếp nhận hoặc trả lại báo cáo");
    row.locator("a.work-link").click();
    assertThat(page.locator("h1").textContent()).contains("Phòng Kinh tế");
    shot(page, "work-list-office-report");
  }
}
