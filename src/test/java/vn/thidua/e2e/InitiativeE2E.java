package vn.thidua.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.FilePayload;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import vn.thidua.support.BrowserTest;
import vn.thidua.support.HaBac;
import vn.thidua.support.Http;

/**
 * A civil servant files an initiative with two authors (60/40); a council member who is the
 * co-author is refused; two other members score it; the chairman records the recognition at BASE
 * scope; the initiative then appears in each author's record with its year and scope.
 */
class InitiativeE2E extends BrowserTest {

  private static final String TITLE = "Sổ tay điện tử hướng dẫn thủ tục chứng thực tại xã Hà Bắc";

  private void press(Page p, String name) {
    p.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(name).setExact(true)).click();
  }

  private static long person(Http admin, String query) {
    return admin
        .json("/api/v1/people?unit=" + HaBac.UNIT + "&q=" + query)
        .get("items")
        .get(0)
        .get("id")
        .asLong();
  }

  private void score(String user, String url, int n, int e, int r, boolean declare) {
    context.clearCookies();
    login(page, user);
    page.navigate(url);
    Locator form = page.locator("form.review-form");
    form.getByLabel("Tính mới").fill(String.valueOf(n));
    form.getByLabel("Hiệu quả").fill(String.valueOf(e));
    form.getByLabel("Khả năng nhân rộng").fill(String.valueOf(r));
    form.getByLabel("Nhận xét").fill("Nhận xét của " + user);
    if (declare) {
      form.getByLabel("Tôi cam kết không phải tác giả", new Locator.GetByLabelOptions()).check();
    }
    press(page, "Lưu điểm");
  }

  @Test
  void anInitiativeIsFiledScoredRecognisedAndEntersTheAuthorsRecords() {
    Http admin = http().as("admin", password("admin"));
    long an = person(admin, "tran%20thi%20an");
    long binh = person(admin, "nguyen%20van%20binh");

    login(page, "canhan.habac");
    nav(page, "Sáng kiến");
    page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Nộp sáng kiến")).click();
    page.locator("#title").fill(TITLE);
    page.locator("#field").selectOption("ADMINISTRATION");
    page.locator("#appliedOn").fill("2026-04-01");
    page.locator("#problem").fill("Người dân phải đi lại nhiều lần vì thiếu giấy tờ.");
    page.locator("#solution").fill("Sổ tay điện tử tra cứu bằng điện thoại, cập nhật hằng tuần.");
    page.locator("#novelty").fill("Lần đầu có tại xã.");
    page.locator("#effect").fill("Giảm 40 % hồ sơ phải bổ sung trong 6 tháng.");
    assertThat(page.locator("#author0")).hasValue(String.valueOf(an));
    page.locator("#share0").fill("60");
    page.locator("#author1").selectOption(String.valueOf(binh));
    page.locator("#share1").fill("30");
    press(page, "Lưu dự thảo");
    assertThat(page.locator(".problem")).containsText("100 %");
    assertThat(page.locator("#title")).hasValue(TITLE);
    page.locator("#share1").fill("40");
    shot(page, "initiative-form");
    press(page, "Lưu dự thảo");
    assertThat(page.locator(".notice")).containsText("Đã lưu sáng kiến");
    assertThat(page.locator("table.authors")).containsText("Nguyễn Văn Bình");
    assertThat(page.locator("table.authors")).containsText("60 %");
    String url = page.url();

    // A forbidden type is refused with a clear message; nothing is attached.
    page.locator("#file")
        .setInputFiles(new FilePayload("chay.exe", "application/octet-stream", new byte[] {1, 2}));
    press(page, "Đính kèm");
    assertThat(page.locator(".problem")).containsText("không được nhận");
    assertThat(page.locator("main ul a[href*='/attachments/']")).hasCount(0);
    page.locator("#file")
        .setInputFiles(new FilePayload("so-lieu.pdf", "application/pdf", "%PDF-1.4".getBytes()));
    press(page, "Đính kèm");
    assertThat(page.locator(".notice")).containsText("Đã đính kèm");
    press(page, "Nộp để xét");
    assertThat(page.locator(".notice")).containsText("Đã nộp sáng kiến");
    assertThat(page.locator(".title-row")).containsText("Đã nộp");

    context.clearCookies();
    login(page, "thuongtruc.habac");
    page.navigate(url);
    press(page, "Mở phiên xét của hội đồng");
    assertThat(page.locator(".notice")).containsText("Đã mở phiên xét");

    // The co-author, a council member, is told why he may not score and who may; no form.
    context.clearCookies();
    login(page, "hoidong2.habac");
    page.navigate(url);
    assertThat(page.locator(".problem.conflict")).containsText("tác giả");
    assertThat(page.locator(".problem.conflict")).containsText("hoidong.habac");
    assertThat(page.locator("form.review-form")).hasCount(0);
    assertThat(page.locator("table.reviews")).hasCount(0);

    score("hoidong.habac", url, 8, 9, 7, true);
    assertThat(page.locator(".notice")).containsText("Đã lưu điểm");
    score("hoidong3.habac", url, 7, 8, 8, true);
    assertThat(page.locator(".notice")).containsText("Đã lưu điểm");
    assertThat(page.locator("table.reviews tbody tr")).hasCount(2);
    assertThat(page.locator("table.reviews")).containsText("82");

    context.clearCookies();
    login(page, "lanhdao.habac");
    page.navigate(url);
    Locator decision = page.locator("form.recognition-form");
    decision.getByLabel("Phạm vi ảnh hưởng").selectOption("BASE");
    decision.getByLabel("Số quyết định").fill("52/QĐ-UBND");
    shot(page, "initiative-review");
    press(page, "Ghi quyết định công nhận");
    assertThat(page.locator(".notice")).containsText("Đã ghi quyết định công nhận");
    assertThat(page.locator(".title-row")).containsText("Được công nhận");
    assertThat(page.locator("dd.scope")).hasText("Cơ sở");

    String year = String.valueOf(LocalDate.now().getYear());
    for (long author : new long[] {an, binh}) {
      page.navigate(baseUrl() + "/people/" + author);
      page.getByRole(
              AriaRole.LINK, new Page.GetByRoleOptions().setName("Sáng kiến đã được công nhận"))
          .click();
      Locator row = page.locator("table.record tbody tr:has-text(\"" + TITLE + "\")");
      assertThat(row).containsText(year);
      assertThat(row).containsText("Cơ sở");
      assertThat(row).containsText("52/QĐ-UBND");
    }
    shot(page, "initiative-author-record");

    // The author sees it in her own record too.
    context.clearCookies();
    login(page, "canhan.habac");
    page.navigate(baseUrl() + "/people/" + an + "/initiatives");
    assertThat(page.locator("table.record")).containsText(TITLE);
    assertThat(page.locator("table.record")).containsText("60 %");
  }
}
