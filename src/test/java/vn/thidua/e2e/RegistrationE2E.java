package vn.thidua.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;
import vn.thidua.support.BrowserTest;
import vn.thidua.support.HaBac;
import vn.thidua.support.Http;

/**
 * A village focal point registers Thôn Đông for 2029 in the browser and submits it; the commune's
 * standing office returns it with a reason, the focal point completes it and the office accepts.
 */
class RegistrationE2E extends BrowserTest {

  private void press(Page p, String name) {
    p.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(name).setExact(true)).click();
  }

  private static Locator text(Page p, String label) {
    return p.getByLabel(label, new Page.GetByLabelOptions().setExact(true));
  }

  /** Types into a picker and clicks the option whose name starts as given. */
  private static void choose(Page p, String label, String typed, String option) {
    p.waitForLoadState();
    text(p, label).fill(typed);
    p.getByRole(AriaRole.OPTION, new Page.GetByRoleOptions().setName(option)).first().click();
  }

  @Test
  void aFocalPointRegistersAndTheOfficeDecides() {
    Http api = http().as("thuongtruc.habac", password("thuongtruc.habac"));
    long plan = HaBac.plan(api);
    String village =
        api.json("/api/v1/organizations?unit=10816&q=thon%20dong")
            .get("items")
            .get(0)
            .get("name")
            .asString();
    String board = baseUrl() + "/movements/" + plan + "/registrations?year=2029";

    login(page, "daumoi.habac");
    page.navigate(board);
    assertThat(page.locator("h1")).containsText("2029");
    Locator row = page.locator("tbody tr:has(td:text-is(\"" + village + "\"))");
    assertThat(row).containsText("Chưa đăng ký");
    row.getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Đăng ký")).click();
    assertThat(page.locator("h1")).containsText(village);
    // A village is offered only the titles and forms the rulebook opens to villages.
    assertThat(page.getByLabel("Tập thể lao động tiên tiến")).hasCount(0);
    page.getByLabel("Thôn, tổ dân phố văn hóa").check();
    // The commitment is linked to an indicator by choosing it, typed without diacritics.
    choose(page, "Chỉ tiêu của cam kết 1", "phan loai rac", "Tỷ lệ hộ gia đình phân loại");
    text(page, "Nội dung cam kết 1").fill("100% hộ phân loại rác tại nguồn");
    text(page, "Nội dung cam kết 2").fill("Không có hộ vi phạm trật tự xây dựng");
    shot(page, "registration-form");
    press(page, "Lưu bản đăng ký");
    assertThat(page.locator(".notice")).containsText("Đã lưu bản đăng ký");
    assertThat(page.locator("main ol:not(.history)"))
        .containsText("100% hộ phân loại rác tại nguồn");
    press(page, "Gửi đăng ký");
    assertThat(page.locator(".notice")).containsText("Đã gửi bản đăng ký");
    assertThat(page.locator(".title-row")).containsText("Đã gửi, chờ duyệt");
    assertThat(
            page.getByRole(
                AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Chấp nhận đăng ký")))
        .hasCount(0);
    String registration = page.url();
    context.clearCookies();

    login(page, "thuongtruc.habac");
    page.navigate(registration);
    page.getByLabel("Lý do").fill("Bổ sung cam kết về VNeID");
    press(page, "Trả lại để bổ sung");
    assertThat(page.locator(".notice")).containsText("Đã trả lại");
    context.clearCookies();

    login(page, "daumoi.habac");
    page.navigate(registration);
    assertThat(page.locator("main")).containsText("Bị trả lại: Bổ sung cam kết về VNeID");
    page.locator("main .actions")
        .getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Sửa"))
        .click();
    assertThat(
            page.getByLabel("Chỉ tiêu của cam kết 1", new Page.GetByLabelOptions().setExact(true)))
        .hasValue("Tỷ lệ hộ gia đình phân loại chất thải rắn sinh hoạt tại nguồn");
    choose(page, "Chỉ tiêu của cam kết 3", "vneid", "Số tài khoản định danh điện tử VNeID");
    text(page, "Nội dung cam kết 3").fill("95% người dân có tài khoản VNeID mức 2");
    press(page, "Lưu bản đăng ký");
    press(page, "Gửi đăng ký");
    assertThat(page.locator(".notice")).containsText("Đã gửi bản đăng ký");
    context.clearCookies();

    login(page, "thuongtruc.habac");
    page.navigate(registration);
    press(page, "Chấp nhận đăng ký");
    assertThat(page.locator(".notice")).containsText("Đã chấp nhận");
    shot(page, "registration-accepted");
    page.navigate(board);
    assertThat(page.locator("tbody tr:has(td:text-is(\"" + village + "\"))"))
        .containsText("Đã chấp nhận");
    shot(page, "registration-board");
  }
}
