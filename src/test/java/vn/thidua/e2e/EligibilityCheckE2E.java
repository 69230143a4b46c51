package vn.thidua.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import vn.thidua.support.BrowserTest;

/** An officer opens the catalogue from the navigation and checks a case, on a 375 px screen. */
class EligibilityCheckE2E extends BrowserTest {

  @Test
  void anOfficerChecksATapTheLaoDongXuatSacOnAPhone() {
    login(page, "thuongtruc.habac");
    page.setViewportSize(375, 740);
    page.navigate(baseUrl() + "/commendation/catalogue");
    assertThat(page.locator("h1")).hasText("Danh mục danh hiệu, hình thức khen thưởng");
    assertThat(((Number) page.evaluate("() => document.documentElement.scrollWidth")).intValue())
        .isLessThanOrEqualTo(375);
    shot(page, "commendation-catalogue-375");

    page.navigate(baseUrl() + "/eligibility");
    page.selectOption("#award", "TAP_THE_LAO_DONG_XUAT_SAC");
    page.selectOption("#kind", "COLLECTIVE");
    page.selectOption("#category", "");
    page.fill("#asOf", "2026-12-01");
    page.fill("#year", "2026");
    page.fill("#ratings", "2026 EXCELLENT");
    page.fill("#membersTotal", "20");
    page.fill("#membersCompleted", "20");
    page.fill("#membersLaoDongTienTien", "13");
    page.fill("#membersChienSi", "1");
    page.fill("#membersDisciplined", "0");
    page.fill("#voteMembers", "9");
    page.fill("#voteInFavour", "8");
    page.locator("form.stack button[type=submit]").click();
    assertThat(page.locator("p.problem[role=status]")).containsText("Chưa đủ điều kiện");
    assertThat(page.locator("table.checks")).containsText("13/20");
    assertThat(page.locator("table.checks")).containsText("Điều 27, khoản 1, điểm c");
    assertThat(((Number) page.evaluate("() => document.documentElement.scrollWidth")).intValue())
        .isLessThanOrEqualTo(375);
    shot(page, "eligibility-check-375");

    page.fill("#membersLaoDongTienTien", "14");
    page.locator("form.stack button[type=submit]").click();
    assertThat(page.locator("p.notice[role=status]")).containsText("Đủ điều kiện");
  }
}
