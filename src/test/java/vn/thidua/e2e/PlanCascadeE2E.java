package vn.thidua.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Download;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.io.InputStream;
import java.nio.file.Files;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import vn.thidua.document.DocxReader;
import vn.thidua.movement.PlanDocument;
import vn.thidua.movement.plan.PlanParser;
import vn.thidua.support.BrowserTest;
import vn.thidua.support.Shared;

/**
 * A commune officer derives Hà Bắc's plan from Hải Phòng's, edits a theme and submits it; the
 * chairman issues it; the plan is downloaded as .docx and reads back with the edit, number and
 * date.
 */
class PlanCascadeE2E extends BrowserTest {

  private Locator mainLink(Page p, String name) {
    return p.locator("main")
        .getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName(name).setExact(true));
  }

  @Test
  void deriveEditIssueAndDownloadACommunePlan() throws Exception {
    login(page, "thuongtruc.habac");
    nav(page, "Kế hoạch, phong trào");
    mainLink(
            page,
            "Hải Phòng đổi mới sáng tạo, phát triển khoa học, công nghệ, chuyển đổi số, chuyển đổi xanh")
        .click();
    assertThat(page.locator("h1")).containsText("Hải Phòng");
    page.getByLabel("Xã, phường nhận kế hoạch").selectOption("10816");
    page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Tạo bản nháp")).click();
    assertThat(page.locator("h1")).hasText("Sửa kế hoạch");
    Locator themes =
        page.getByLabel("Nội dung thi đua", new Page.GetByLabelOptions().setExact(true));
    String original = themes.inputValue();
    assertThat(original).contains("Thi đua");
    String edited =
        "Thi đua ứng dụng trí tuệ nhân tạo trong phục vụ người dân tại xã Hà Bắc\n" + original;
    themes.fill(edited);
    shot(page, "plan-draft-editor");
    page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Lưu").setExact(true))
        .click();
    assertThat(page.locator(".notice")).containsText("Đã lưu");
    assertThat(page.locator("ol.themes")).containsText("trí tuệ nhân tạo");
    String planUrl = page.url();
    page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Trình ký")).click();
    assertThat(page.locator(".notice")).containsText("Đã trình ký");
    context.clearCookies();

    login(page, "lanhdao.habac");
    page.navigate(planUrl);
    page.getByLabel("Số", new Page.GetByLabelOptions().setExact(true)).fill("131");
    page.getByLabel("Ngày ban hành").fill(LocalDate.now().toString());
    page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Ký ban hành")).click();
    assertThat(page.locator(".notice")).containsText("Đã ban hành");
    assertThat(page.locator(".facts")).containsText("131/KH-UBND");
    shot(page, "plan-issued");

    Download download = page.waitForDownload(() -> mainLink(page, "Tải .docx").click());
    PlanDocument parsed;
    try (InputStream in = Files.newInputStream(download.path())) {
      parsed = PlanParser.parseDocx(DocxReader.read(in));
    }
    assertThat(parsed.number()).isEqualTo(131);
    assertThat(parsed.themes().getFirst().title()).contains("trí tuệ nhân tạo");
    assertThat(parsed.movements().getFirst()).startsWith("Hà Bắc đổi mới sáng tạo");
    assertThat(parsed.signer().name()).isEqualTo("Nguyễn Anh Tuấn");

    page.navigate(baseUrl() + "/movements");
    mainLink(
            page,
            "Hải Phòng đổi mới sáng tạo, phát triển khoa học, công nghệ, chuyển đổi số, chuyển đổi xanh")
        .click();
    mainLink(page, "Bảng theo dõi cấp dưới").click();
    assertThat(page.locator("ul.counts")).containsText("114");
    shot(page, "cascade-board");
  }

  @Test
  void anOfficerImportsAWordPlanChecksTheDraftAndSavesIt() {
    login(page, "thuongtruc.namsach");
    nav(page, "Kế hoạch, phong trào");
    mainLink(page, "Nhập văn bản kế hoạch").click();
    page.getByLabel("Tệp văn bản (.txt UTF-8 hoặc .docx, tối đa 10 MB)")
        .setInputFiles(Shared.path("seeds/nam-sach-commune-plan-2026.docx"));
    pick(page, "Đơn vị hành chính ban hành", "nam sach", "Xã Nam Sách");
    page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Đọc văn bản")).click();
    assertThat(page.locator("h1")).hasText("Kiểm tra bản nháp");
    assertThat(page.locator(".source-text")).containsText("MỤC ĐÍCH, YÊU CẦU");
    assertThat(page.getByLabel("Họ và tên")).hasValue("Phùng Văn Diện");
    assertThat(page.getByLabel("Nội dung thi đua", new Page.GetByLabelOptions().setExact(true)))
        .containsText("Thi đua chuyển đổi xanh");
    shot(page, "plan-import-draft");
    page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Lưu thành kế hoạch"))
        .click();
    assertThat(page.locator(".notice")).containsText("Đã lưu kế hoạch");
    assertThat(page.locator("ol.themes > li")).hasCount(5);
    assertThat(page.locator(".badge").first()).containsText("Dự thảo");
  }
}
