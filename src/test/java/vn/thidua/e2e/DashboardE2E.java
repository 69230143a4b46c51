package vn.thidua.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;
import vn.thidua.support.BrowserTest;
import vn.thidua.support.HaBac;
import vn.thidua.support.Http;

/**
 * The city's standing office opens the dashboard of the city's plan from the plan's page: the chart
 * is drawn, the communes are tiles with a text label beside their colour, and a tile leads to the
 * commune's organisations.
 */
class DashboardE2E extends BrowserTest {

  @Test
  void theCityOfficeSeesTheChartAndTheCommuneTiles() {
    Http api = http().as("thuongtruc.habac", password("thuongtruc.habac"));
    long plan = HaBac.plan(api);
    long cityPlan = api.json("/api/v1/movements/" + plan).get("parentId").asLong();
    long trung = HaBac.organization(api, "thon%20trung");
    long bac = HaBac.organization(api, "thon%20bac");
    for (Object[] v :
        new Object[][] {
          {trung, "TRONG_CAY", 40}, {bac, "PHAN_LOAI_RAC", 96}, {trung, "DVC_TOAN_TRINH", 60}
        }) {
      api.putJson(
          "/api/v1/movements/" + plan + "/indicator-values",
          java.util.Map.of(
              "organizationId", v[0], "indicatorCode", v[1], "year", 2030, "value", v[2]));
    }

    login(page, "thuongtruc.haiphong");
    page.navigate(baseUrl() + "/movements/" + cityPlan);
    page.getByRole(
            AriaRole.LINK,
            new com.microsoft.playwright.Page.GetByRoleOptions().setName("Bảng theo dõi chỉ tiêu"))
        .click();
    assertThat(page.locator("h1")).containsText("Tiến độ chỉ tiêu của");
    page.locator("#year").selectOption("2030");
    page.getByRole(
            AriaRole.BUTTON, new com.microsoft.playwright.Page.GetByRoleOptions().setName("Lọc"))
        .click();
    assertThat(page.locator("h1")).containsText("2030");
    assertThat(page.locator("#progress-chart")).hasAttribute("data-rendered", "true");
    Locator tiles = page.locator("ul.tiles li.tile");
    assertThat(tiles.first()).isVisible();
    org.assertj.core.api.Assertions.assertThat(tiles.count()).isGreaterThan(50);
    assertThat(page.locator("ul.legend li")).hasCount(5);
    Locator habac = page.locator("li.tile[data-code='10816']");
    assertThat(habac.locator(".tile-figure")).not().isEmpty();
    shot(page, "dashboard-city");
    habac.getByRole(AriaRole.LINK).click();
    assertThat(page.locator("h1")).containsText("Hà Bắc");
    assertThat(page.locator("#progress-chart")).hasAttribute("data-rendered", "true");
    shot(page, "dashboard-commune");
    // On a 375 px phone: no horizontal scrolling, the chart still drawn.
    page.setViewportSize(375, 740);
    page.reload();
    assertThat(page.locator("#progress-chart")).hasAttribute("data-rendered", "true");
    Object width = page.evaluate("() => document.documentElement.scrollWidth");
    org.assertj.core.api.Assertions.assertThat(((Number) width).intValue())
        .isLessThanOrEqualTo(375);
    shot(page, "dashboard-commune-375");
  }
}
