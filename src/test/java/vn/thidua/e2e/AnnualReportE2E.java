package vn.thidua.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Download;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.FilePayload;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.thidua.support.BrowserTest;
import vn.thidua.support.HaBac;
import vn.thidua.support.Http;

/**
 * The year of a village in the browser: the focal point of Thôn Đông (xã Hà Bắc) registers, enters
 * its values and submits the 2027 report; the Phòng Văn hóa - Xã hội officer returns it with a
 * reason; it is corrected and accepted; the officer drafts the commune report, whose totals equal
 * the sum of the units' values, downloads it and sends it up; the city officer sees Hà Bắc's
 * totals.
 */
class AnnualReportE2E extends BrowserTest {

  @Autowired JdbcClient jdbc;

  private void press(Page p, String name) {
    p.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(name).setExact(true)).click();
  }

  private BigDecimal sum(long plan, String code) {
    return jdbc.sql(
            "select coalesce(sum(value), 0) from indicator_value where movement_id = :m and indicator_code = :c and year = 2027 and path like '/VN/31/10816/%'")
        .param("m", plan)
        .param("c", code)
        .query(BigDecimal.class)
        .single();
  }

  /** A figure as the page writes it (1.234,5): the one Vietnamese number formatter. */
  private static String plain(BigDecimal v) {
    return vn.thidua.kernel.VietnameseNumbers.format(v);
  }

  @Test
  void aVillageReportsTheCommuneRollsUpAndTheCitySeesIt() throws Exception {
    Http api = http().as("thuongtruc.habac", password("thuongtruc.habac"));
    long plan = HaBac.plan(api);
    String village =
        api.json("/api/v1/organizations?unit=10816&q=thon%20dong")
            .get("items")
            .get(0)
            .get("name")
            .asString();
    String row = "tbody tr:has(td:text-is(\"" + village + "\"))";

    // The focal point registers for 2027.
    login(page, "daumoi.habac");
    page.navigate(baseUrl() + "/movements/" + plan + "/registrations?year=2027");
    page.locator(row)
        .getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Đăng ký"))
        .click();
    page.getByLabel("Thôn, tổ dân phố văn hóa").check();
    // The commitment is linked to the indicator by choosing it (issue 12).
    page.waitForLoadState();
    page.getByLabel("Chỉ tiêu của cam kết 1", new Page.GetByLabelOptions().setExact(true))
        .fill("trong cay");
    page.getByRole(
            AriaRole.OPTION, new Page.GetByRoleOptions().setName("Số cây xanh được trồng mới"))
        .first()
        .click();
    page.getByLabel("Nội dung cam kết 1", new Page.GetByLabelOptions().setExact(true))
        .fill("Trồng 150 cây xanh trong năm");
    press(page, "Lưu bản đăng ký");
    press(page, "Gửi đăng ký");
    assertThat(page.locator(".notice")).containsText("Đã gửi bản đăng ký");

    // ... enters its values and narrative, attaches evidence and submits the 2027 report.
    String board = baseUrl() + "/movements/" + plan + "/reports?year=2027";
    page.navigate(board);
    assertThat(page.locator("main")).containsText("11/12/2027");
    assertThat(page.locator(row)).containsText("Chưa nộp");
    page.locator(row)
        .getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Lập báo cáo"))
        .click();
    page.getByLabel("Số cây xanh được trồng mới").fill("150");
    page.getByLabel("Số tài khoản định danh điện tử VNeID được kích hoạt").fill("nhiều");
    page.locator("#theme0").fill("Thôn đã ra quân trồng cây xanh dọc đường liên thôn.");
    press(page, "Lưu báo cáo");
    assertThat(page.locator(".problem")).containsText("«nhiều» không phải là số");
    assertThat(page.locator("#theme0"))
        .hasValue("Thôn đã ra quân trồng cây xanh dọc đường liên thôn.");
    page.getByLabel("Số tài khoản định danh điện tử VNeID được kích hoạt").fill("420");
    shot(page, "report-form");
    press(page, "Lưu báo cáo");
    assertThat(page.locator(".notice")).containsText("Đã lưu báo cáo");
    page.locator("#file")
        .setInputFiles(
            new FilePayload(
                "bien-ban-trong-cay.pdf",
                "application/pdf",
                "%PDF-1.4 biên bản".getBytes(StandardCharsets.UTF_8)));
    press(page, "Đính kèm");
    assertThat(page.locator("main")).containsText("bien-ban-trong-cay.pdf");
    press(page, "Gửi báo cáo");
    assertThat(page.locator(".notice")).containsText("Đã gửi báo cáo");
    String report = page.url();
    context.clearCookies();

    // The officer returns it with a reason.
    login(page, "thuongtruc.habac");
    page.navigate(board);
    assertThat(page.locator(row)).containsText("Đã nộp, chờ duyệt");
    page.navigate(report);
    page.getByLabel("Lý do").fill("Bổ sung số liệu phân loại rác");
    press(page, "Trả lại để sửa, bổ sung");
    assertThat(page.locator(".notice")).containsText("Đã trả lại báo cáo");
    context.clearCookies();

    // Corrected and resubmitted.
    login(page, "daumoi.habac");
    page.navigate(report);
    assertThat(page.locator("main")).containsText("Bị trả lại: Bổ sung số liệu phân loại rác");
    page.locator("main .actions")
        .getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Sửa"))
        .click();
    page.getByLabel("Tỷ lệ hộ gia đình phân loại chất thải rắn sinh hoạt tại nguồn").fill("72,5");
    press(page, "Lưu báo cáo");
    press(page, "Gửi báo cáo");
    assertThat(page.locator(".notice")).containsText("Đã gửi báo cáo");
    context.clearCookies();

    // Accepted; the commune report is drafted and its totals are the units' sums.
    login(page, "thuongtruc.habac");
    page.navigate(report);
    press(page, "Chấp nhận báo cáo");
    assertThat(page.locator(".title-row")).containsText("Đã chấp nhận");
    page.navigate(board);
    assertThat(page.locator(row)).containsText("Đã chấp nhận");
    shot(page, "report-board");
    press(page, "Dự thảo báo cáo tổng hợp");
    assertThat(page.locator(".notice")).containsText("Đã dự thảo báo cáo tổng hợp");
    Locator trees = page.locator("table.figures tr[data-code=TRONG_CAY] td.number");
    assertThat(trees).hasText("150");
    org.assertj.core.api.Assertions.assertThat(sum(plan, "TRONG_CAY")).isEqualByComparingTo("150");
    assertThat(page.locator("table.figures tr[data-code=PHAN_LOAI_RAC] td.number")).hasText("72,5");
    assertThat(page.locator("table.figures tr[data-code=VNEID] td.number"))
        .hasText(plain(sum(plan, "VNEID")));
    assertThat(page.locator("#theme0")).containsText(village + ": Thôn đã ra quân trồng cây");
    shot(page, "report-rollup");
    Download docx =
        page.waitForDownload(() ->
            page.getByRole(
                    AriaRole.LINK, new Page.GetByRoleOptions().setName("Tải báo cáo (.docx)"))
                .click());
    String text;
    try (InputStream in = Files.newInputStream(docx.path());
        XWPFDocument d = new XWPFDocument(in);
        XWPFWordExtractor x = new XWPFWordExtractor(d)) {
      text = x.getText();
    }
    java.text.DecimalFormatSymbols vi = new java.text.DecimalFormatSymbols();
    vi.setGroupingSeparator('.');
    vi.setDecimalSeparator(',');
    org.assertj.core.api.Assertions.assertThat(text)
        .contains("BÁO CÁO")
        .contains(
            "Số cây xanh được trồng mới: "
                + new java.text.DecimalFormat("#,##0.####", vi).format(sum(plan, "TRONG_CAY")));
    press(page, "Gửi báo cáo");
    assertThat(page.locator(".notice")).containsText("Đã gửi báo cáo");
    context.clearCookies();

    // The city officer sees Hà Bắc's totals.
    login(page, "thuongtruc.haiphong");
    long cityPlan = api.json("/api/v1/movements/" + plan).get("parentId").asLong();
    page.navigate(baseUrl() + "/movements/" + cityPlan + "/reports/children?year=2027");
    Locator haBac = page.locator("tr[data-movement='" + plan + "']");
    assertThat(haBac).containsText("Đã nộp, chờ duyệt");
    assertThat(haBac.locator("td[data-code=TRONG_CAY]")).hasText("150");
    assertThat(haBac.locator("td[data-code=VNEID]")).hasText(plain(sum(plan, "VNEID")));
    shot(page, "report-city");
    haBac.getByRole(AriaRole.LINK).first().click();
    assertThat(page.locator(row)).containsText("Đã chấp nhận");
  }
}
