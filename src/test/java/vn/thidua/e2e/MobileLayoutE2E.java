package vn.thidua.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import vn.thidua.support.BrowserTest;

/** The pages work on a 375 px wide phone: no horizontal scrolling, the menu opens. */
class MobileLayoutE2E extends BrowserTest {

  @Test
  void listsAndFormsFitA375PixelScreen() {
    login(page, "thuongtruc.habac");
    page.setViewportSize(375, 740);
    for (String path :
        new String[] {
          "/", "/organizations", "/people", "/units", "/organizations/new?unit=10816", "/imports"
        }) {
      page.navigate(baseUrl() + path);
      Object width = page.evaluate("() => document.documentElement.scrollWidth");
      assertThat(((Number) width).intValue()).as(path).isLessThanOrEqualTo(375);
      shot(page, "mobile" + path.replaceAll("[^a-z]+", "-"));
    }
    page.navigate(baseUrl() + "/");
    page.locator(".menu-button").click();
    assertThat(page.locator("header nav")).isVisible();
  }
}
