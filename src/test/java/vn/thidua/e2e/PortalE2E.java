package vn.thidua.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import vn.thidua.support.BrowserTest;
import vn.thidua.support.Commendations;
import vn.thidua.support.Http;

/**
 * The public portal in a browser: Hà Bắc's public service centre writes and publishes an article,
 * which an anonymous visitor finds on the portal and in the Atom feed; the honour list shows a Giấy
 * khen decided at Hà Bắc, found by a search typed without diacritics; the portal fits a phone.
 */
class PortalE2E extends BrowserTest {

  private Http as(String user) {
    return http().as(user, password(user));
  }

  @Test
  void anArticleOfHaBacsPublicServiceCentreAppearsOnThePortalAndInTheFeed() throws Exception {
    login(page, "truyenthong.habac");
    nav(page, "Tin bài");
    page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Viết bài mới")).click();
    page.getByLabel("Tiêu đề").fill("Hà Bắc ra mắt điểm truy cập Internet cộng đồng");
    page.getByLabel("Tóm tắt").fill("Điểm truy cập miễn phí tại nhà văn hóa Thôn Đông.");
    page.getByLabel("Nội dung").fill("Ngày hội chuyển đổi số của xã.\nNgười dân được hướng dẫn.");
    page.getByLabel("Chủ đề").fill("Chuyển đổi số");
    page.getByLabel("Địa bàn").fill("Hà Bắc");
    page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Lưu bài viết")).click();
    assertThat(page.locator(".notice")).containsText("Đã lưu bài viết");

    Path png = Files.createTempFile("anh", ".png");
    Files.write(png, vn.thidua.support.Images.png());
    page.getByLabel("Ảnh (JPG, PNG hoặc WebP, tối đa 5 MB)").setInputFiles(png);
    page.getByLabel("Mô tả ảnh (cho người không xem được ảnh)").fill("Nhà văn hóa Thôn Đông");
    page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Thêm ảnh")).click();
    assertThat(page.locator(".notice")).containsText("Đã thêm ảnh");
    page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Đăng bài")).click();
    assertThat(page.locator(".notice")).containsText("Đã đăng bài");
    shot(page, "portal-news-published");

    // An anonymous visitor, on a phone.
    BrowserContext visitor =
        page.context()
            .browser()
            .newContext(
                new com.microsoft.playwright.Browser.NewContextOptions()
                    .setViewportSize(375, 740)
                    .setLocale("vi-VN"));
    Page v = visitor.newPage();
    v.navigate(baseUrl() + "/");
    v.getByRole(
            AriaRole.LINK,
            new Page.GetByRoleOptions().setName("Cổng thông tin thi đua, khen thưởng"))
        .click();
    v.locator("main")
        .getByRole(
            AriaRole.LINK,
            new com.microsoft.playwright.Locator.GetByRoleOptions()
                .setName("Hà Bắc ra mắt điểm truy cập Internet cộng đồng"))
        .first()
        .click();
    assertThat(v.locator("h1")).hasText("Hà Bắc ra mắt điểm truy cập Internet cộng đồng");
    assertThat(v.locator("main")).containsText("Trung tâm Dịch vụ sự nghiệp công xã Hà Bắc");
    assertThat(v.locator("img[alt='Nhà văn hóa Thôn Đông']")).isVisible();
    Object width = v.evaluate("() => document.documentElement.scrollWidth");
    assertThat(((Number) width).intValue()).isLessThanOrEqualTo(375);
    shot(v, "portal-news-article-phone");

    String feed = v.request().get(baseUrl() + "/portal/news/feed.atom").text();
    assertThat(feed)
        .contains("<title>Hà Bắc ra mắt điểm truy cập Internet cộng đồng</title>")
        .contains("<name>Trung tâm Dịch vụ sự nghiệp công xã Hà Bắc</name>")
        .contains("<subtitle>Nguồn tin tự động");
    visitor.close();
  }

  @Test
  void theHonourListShowsTheGiayKhenDecidedAtHaBac() {
    Commendations.giayKhenAtHaBac(
        as("thuongtruc.habac"),
        as("hoidong.habac"),
        as("lanhdao.habac"),
        "tran%20thi%20an",
        "88/QĐ-UBND");
    page.navigate(baseUrl() + "/portal");
    page.locator("main")
        .getByRole(
            AriaRole.LINK,
            new com.microsoft.playwright.Locator.GetByRoleOptions()
                .setName("Danh sách khen thưởng")
                .setExact(true))
        .first()
        .click();
    page.getByLabel("Tìm theo tên hoặc đơn vị").fill("tran thi an");
    page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Xem")).click();
    assertThat(page.locator("main")).containsText("Quyết định số 88/QĐ-UBND");
    assertThat(
            page.locator("tr.honour")
                .filter(
                    new com.microsoft.playwright.Locator.FilterOptions().setHasText("Trần Thị An")))
        .containsText("Giấy khen");
    shot(page, "portal-honours");
  }
}
