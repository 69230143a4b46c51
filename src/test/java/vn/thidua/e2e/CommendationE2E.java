package vn.thidua.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.FilePayload;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import vn.thidua.support.BrowserTest;
import vn.thidua.support.HaBac;
import vn.thidua.support.Http;
import vn.thidua.support.Pdfs;

/**
 * The tổng kết 2030 of Hà Bắc's plan in the browser: Thôn Đông's focal point nominates one of its
 * people for Giấy khen and the village for Bằng khen cấp tỉnh; the commune's office appraises and
 * puts them before the council, which also fails a third nominee; the chairman decides the Giấy
 * khen and forwards the Bằng khen; the city returns it once for a missing document, the commune
 * completes it, the city appraises and its chairman decides; the certificates verify publicly and a
 * revoked one verifies as revoked.
 */
class CommendationE2E extends BrowserTest {

  private void press(Page p, String name) {
    p.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(name).setExact(true)).click();
  }

  private void as(String user) {
    context.clearCookies();
    login(page, user);
  }

  private String status() {
    return page.locator(".title-row .badge").first().innerText();
  }

  private void nominate(String subjectUrl, String award) {
    page.navigate(subjectUrl);
    page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Lập đề nghị khen thưởng"))
        .click();
    page.getByLabel("Hình thức khen thưởng").selectOption(award);
    page.getByLabel("Dịp khen thưởng").selectOption("FINAL");
    page.getByLabel("Năm", new Page.GetByLabelOptions().setExact(true)).fill("2030");
    page.getByLabel("Thành tích")
        .fill("Dẫn đầu phong trào chuyển đổi số, chuyển đổi xanh 2026 - 2030.");
    press(page, "Lập đề nghị");
    assertThat(page.locator("div.notice")).containsText("Đã lập đề nghị");
    press(page, "Lập tờ trình, danh sách, báo cáo thành tích");
    assertThat(page.locator("table.dossier tr[data-doc=TO_TRINH]")).containsText("Đã có");
    press(page, "Gửi đề nghị");
    assertThat(page.locator("div.notice")).containsText("Đã gửi đề nghị");
  }

  private String officeAppraisesAndSchedules(String url, String session) {
    page.navigate(url);
    press(page, "Tiếp nhận hồ sơ");
    press(page, "Thẩm định: hồ sơ đủ, đạt");
    assertThat(page.locator(".title-row")).containsText("Đã thẩm định");
    String id = session;
    if (id == null) {
      page.getByLabel("Tổng số thành viên Hội đồng").fill("9");
      page.getByLabel("Số thành viên có mặt").fill("9");
      page.getByLabel("Chủ trì phiên họp").fill("Nguyễn Anh Tuấn");
      press(page, "Mở phiên họp Hội đồng");
      assertThat(page.locator("div.notice")).containsText("Đã mở phiên họp");
      id = page.locator("#sessionId").inputValue();
    } else {
      page.locator("#sessionId").fill(id);
    }
    press(page, "Đưa ra phiên họp Hội đồng");
    assertThat(page.locator(".title-row")).containsText("Đưa ra Hội đồng");
    return id;
  }

  private void vote(String url, int inFavour, int against) {
    page.navigate(url);
    page.getByLabel("Số phiếu đồng ý").fill(Integer.toString(inFavour));
    page.getByLabel("Số phiếu không đồng ý").fill(Integer.toString(against));
    press(page, "Ghi kết quả bỏ phiếu");
    assertThat(page.locator("div.notice")).containsText("Đã ghi kết quả bỏ phiếu");
  }

  /** Downloads the certificate of the nomination on the page. */
  private byte[] certificate() {
    com.microsoft.playwright.Download d =
        page.waitForDownload(() ->
            page.getByRole(
                    AriaRole.LINK, new Page.GetByRoleOptions().setName("Tải giấy chứng nhận (PDF)"))
                .click());
    try {
      byte[] pdf = java.nio.file.Files.readAllBytes(d.path());
      java.nio.file.Files.createDirectories(SCREENSHOTS);
      javax.imageio.ImageIO.write(
          Pdfs.page(pdf),
          "png",
          SCREENSHOTS.resolve("certificate-" + d.suggestedFilename() + ".png").toFile());
      return pdf;
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  @Test
  void theFinalReviewOfHaBacInTheBrowser() {
    Http api = http().as("thuongtruc.habac", password("thuongtruc.habac"));
    long dong = HaBac.organization(api, "thon%20dong");
    JsonNode people = api.json("/api/v1/people?organization=" + dong + "&size=5").get("items");
    long villager = people.get(0).get("id").asLong();
    String villagerName = people.get(0).get("fullName").asString();
    // A third nominee, proposed by the office through the API, whose ballot will fail.
    long other =
        api.json("/api/v1/people?unit=10816&q=nguyen%20van%20binh")
            .get("items")
            .get(0)
            .get("id")
            .asLong();
    JsonNode third =
        api.postJson(
                "/api/v1/nominations",
                Map.of(
                    "award",
                    "GIAY_KHEN",
                    "occasion",
                    "FINAL",
                    "year",
                    2030,
                    "subjectKind",
                    "INDIVIDUAL",
                    "personId",
                    other,
                    "achievement",
                    "Thành tích tốt."))
            .json();
    long thirdId = third.get("nomination").get("id").asLong();
    JsonNode t =
        api.postJson("/api/v1/nominations/" + thirdId + "/documents/generate", Map.of()).json();
    api.postJson(
        "/api/v1/nominations/"
            + thirdId
            + "/submit?version="
            + t.get("nomination").get("version").asLong(),
        Map.of());

    // The village's focal point nominates a villager and the village.
    as("daumoi.habac");
    nominate(baseUrl() + "/people/" + villager, "GIAY_KHEN");
    String giayKhen = page.url();
    nominate(baseUrl() + "/organizations/" + dong, "BANG_KHEN_CAP_TINH");
    String bangKhen = page.url();
    shot(page, "nomination-submitted");

    // The commune's office appraises and schedules the council.
    as("thuongtruc.habac");
    String session = officeAppraisesAndSchedules(giayKhen, null);
    org.assertj.core.api.Assertions.assertThat(session).isNotBlank();
    officeAppraisesAndSchedules(bangKhen, session);
    String thirdUrl = baseUrl() + "/nominations/" + thirdId;
    officeAppraisesAndSchedules(thirdUrl, session);

    // The council votes: 3 of 9 fails the third nominee.
    as("hoidong.habac");
    vote(giayKhen, 7, 2);
    assertThat(page.locator(".title-row")).containsText("Hội đồng đồng ý");
    vote(bangKhen, 8, 1);
    vote(thirdUrl, 3, 5);
    assertThat(page.locator(".title-row")).containsText("Hội đồng không đồng ý");
    shot(page, "nomination-ballot-failed");

    // The chairman decides the Giấy khen and forwards the Bằng khen.
    as("lanhdao.habac");
    page.navigate(giayKhen);
    page.getByLabel("Số quyết định").fill("125/QĐ-UBND");
    page.getByLabel("Người ký", new Page.GetByLabelOptions().setExact(true))
        .fill("Nguyễn Anh Tuấn");
    page.getByLabel("Chức vụ người ký").fill("Chủ tịch");
    press(page, "Quyết định khen thưởng");
    assertThat(page.locator(".title-row")).containsText("Đã khen thưởng");
    assertThat(page.locator("main")).containsText("760.000");
    shot(page, "nomination-decided");
    page.navigate(bangKhen);
    press(page, "Trình cấp trên");
    assertThat(page.locator(".title-row")).containsText("Đã trình cấp trên");
    page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Xem đề nghị ở cấp trên"))
        .click();
    String upper = page.url();

    // The city returns it once for a missing document.
    as("thuongtruc.haiphong");
    page.navigate(upper);
    press(page, "Tiếp nhận hồ sơ");
    assertThat(page.locator("table.dossier tr[data-doc=MINH_CHUNG]")).containsText("Còn thiếu");
    press(page, "Thẩm định: hồ sơ đủ, đạt");
    assertThat(page.locator("div.problem")).containsText("Hồ sơ còn thiếu");
    page.locator("#returnReason").fill("Bổ sung minh chứng thành tích của thôn");
    press(page, "Trả lại hồ sơ");
    assertThat(page.locator(".title-row")).containsText("Bị trả lại");

    // The commune completes and resubmits it.
    as("thuongtruc.habac");
    page.navigate(upper);
    assertThat(page.locator("main")).containsText("Bổ sung minh chứng thành tích của thôn");
    page.getByLabel("Văn bản", new Page.GetByLabelOptions().setExact(true))
        .selectOption("MINH_CHUNG");
    page.locator("#file")
        .setInputFiles(
            new FilePayload(
                "minh-chung-thon-dong.pdf",
                "application/pdf",
                "%PDF-1.4 minh chứng".getBytes(StandardCharsets.UTF_8)));
    press(page, "Đính kèm");
    assertThat(page.locator("table.dossier tr[data-doc=MINH_CHUNG]")).containsText("Đã có");
    press(page, "Gửi đề nghị");

    // The city appraises; its chairman decides.
    as("thuongtruc.haiphong");
    page.navigate(upper);
    press(page, "Tiếp nhận hồ sơ");
    press(page, "Thẩm định: hồ sơ đủ, đạt");
    assertThat(page.locator(".title-row")).containsText("Đã thẩm định");
    as("lanhdao.haiphong");
    page.navigate(upper);
    page.getByLabel("Số quyết định").fill("3150/QĐ-UBND");
    page.getByLabel("Người ký", new Page.GetByLabelOptions().setExact(true))
        .fill("Chủ tịch UBND thành phố");
    press(page, "Quyết định khen thưởng");
    assertThat(page.locator(".title-row")).containsText("Đã khen thưởng");
    assertThat(page.locator("main")).containsText("7.590.000");
    shot(page, "nomination-city-decided");

    // The certificates verify publicly; a revoked one verifies as revoked.
    String verifyUpper =
        page.getByRole(
                AriaRole.LINK, new Page.GetByRoleOptions().setName("Trang xác minh công khai"))
            .getAttribute("href");
    context.clearCookies();
    page.navigate(baseUrl() + verifyUpper);
    assertThat(page.locator(".verdict")).containsText("hợp lệ");
    assertThat(page.locator(".awardee")).hasText("Thôn Đông");
    as("lanhdao.habac");
    page.navigate(giayKhen);
    String verifyGk =
        page.getByRole(
                AriaRole.LINK, new Page.GetByRoleOptions().setName("Trang xác minh công khai"))
            .getAttribute("href");
    page.getByLabel("Lý do, quyết định hủy bỏ").fill("Quyết định hủy bỏ số 9/QĐ-UBND");
    press(page, "Hủy bỏ quyết định, thu hồi");
    assertThat(page.locator(".title-row")).containsText("Đã thu hồi");
    context.clearCookies();
    page.navigate(baseUrl() + verifyGk);
    assertThat(page.locator(".verdict")).containsText("đã bị thu hồi");
    assertThat(page.locator(".awardee")).hasText(villagerName);
    shot(page, "certificate-revoked");
    as("lanhdao.habac");
    page.navigate(giayKhen);
    org.assertj.core.api.Assertions.assertThat(Pdfs.text(certificate())).contains("ĐÃ THU HỒI");
    Locator none = page.locator("text=Không tìm thấy");
    assertThat(none).hasCount(0);
  }
}
