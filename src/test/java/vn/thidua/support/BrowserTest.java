package vn.thidua.support;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.options.AriaRole;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;

/**
 * End-to-end tests: Debian's Chromium driven by Playwright against the real application.
 * Screenshots are kept under {@code target/e2e/} for people to look at.
 */
public abstract class BrowserTest extends ApplicationTest {

  protected static final Path SCREENSHOTS = Paths.get("target", "e2e");

  private static Playwright playwright;
  private static Browser browser;
  protected BrowserContext context;
  protected Page page;

  @BeforeAll
  static void launch() {
    playwright =
        Playwright.create(
            new Playwright.CreateOptions().setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
    browser =
        playwright
            .chromium()
            .launch(
                new BrowserType.LaunchOptions()
                    .setExecutablePath(Paths.get("/usr/bin/chromium"))
                    .setHeadless(true)
                    .setArgs(
                        List.of(
                            "--no-sandbox",
                            "--disable-gpu",
                            "--disable-background-networking",
                            "--disable-component-update",
                            "--disable-sync",
                            "--no-first-run")));
  }

  @AfterAll
  static void close() {
    if (browser != null) {
      browser.close();
    }
    if (playwright != null) {
      playwright.close();
    }
  }

  @BeforeEach
  void openContext() {
    context =
        browser.newContext(
            new Browser.NewContextOptions().setViewportSize(1280, 800).setLocale("vi-VN"));
    context.setDefaultTimeout(15_000);
    page = context.newPage();
    page.onDialog(dialog -> dialog.accept());
  }

  @AfterEach
  void closeContext() {
    context.close();
  }

  protected void login(Page p, String user) {
    p.navigate(baseUrl() + "/login");
    p.getByLabel("Tên đăng nhập").fill(user);
    p.getByLabel("Mật khẩu").fill(password(user));
    p.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Đăng nhập")).click();
    p.waitForURL(baseUrl() + "/");
  }

  protected void shot(Page p, String name) {
    p.screenshot(
        new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve(name + ".png")).setFullPage(true));
  }

  /**
   * Chooses in a search-as-you-type picker (issue 12): types the words into the field of the label
   * and clicks the first option whose name contains the given text.
   */
  protected void pick(Page p, String label, String typed, String option) {
    p.waitForLoadState();
    p.getByLabel(label, new Page.GetByLabelOptions().setExact(true)).fill(typed);
    try {
      p.getByRole(AriaRole.LISTBOX)
          .getByRole(
              AriaRole.OPTION,
              new com.microsoft.playwright.Locator.GetByRoleOptions().setName(option))
          .first()
          .click();
    } catch (com.microsoft.playwright.PlaywrightException e) {
      shot(p, "pick-failed");
      throw new AssertionError(
          "no option «"
              + option
              + "» for «"
              + typed
              + "»; listboxes: "
              + p.locator("[role=listbox]")
                  .evaluateAll("l => l.map(x => x.id + ' hidden=' + x.hidden + ' ' + x.innerHTML)"),
          e);
    }
  }

  /** Follows a menu entry, opening the small-screen menu and the entry's group first. */
  protected void nav(Page p, String label) {
    com.microsoft.playwright.Locator link =
        p.locator("header nav")
            .getByRole(
                AriaRole.LINK,
                new com.microsoft.playwright.Locator.GetByRoleOptions()
                    .setName(label)
                    .setExact(true)
                    .setIncludeHidden(true));
    if (!link.isVisible() && p.locator(".menu-button").isVisible()) {
      p.locator(".menu-button").click();
    }
    if (!link.isVisible()) {
      link.locator("xpath=ancestor::details[1]/summary").click();
    }
    String href = link.getAttribute("href");
    link.click();
    // The page's scripts (htmx, deferred) must be running before a test types into a search field:
    // an input event fired before htmx has processed the page is lost and no result ever comes.
    if (href != null) {
      p.waitForURL(url -> url.contains(href));
    }
    p.waitForLoadState();
  }
}
