package vn.thidua.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Download;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.SelectOption;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;
import vn.thidua.support.BrowserTest;
import vn.thidua.support.Commendations;
import vn.thidua.support.HaBac;
import vn.thidua.support.Http;

/**
 * Issue 14's acceptance, in the browser: Hà Bắc opens its sơ kết 2027; a unit edits a 2027 value
 * afterwards and the round's figures do not move (the page lists the change since the freeze); the
 * round report .docx shows results per theme; the batch suggests two people who meet Giấy khen and
 * not a third who is under discipline; a nomination of the round for a form the plan does not offer
 * at sơ kết is refused on its field; the city sees Hà Bắc's round report.
 */
class ReviewRoundE2E extends BrowserTest {

  private static final String TRAINED = "Số tài khoản định danh điện tử VNeID được kích hoạt";

  private Locator main() {
    return page.locator("main");
  }

  private void button(String name) {
    page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(name).setExact(true))
        .first()
        .click();
  }

  private void as(String user) {
    context.clearCookies();
    login(page, user);
  }

  private Http api(String user) {
    return http().as(user, password(user));
  }

  @Test
  void haBacOpensItsInterimRoundReportsUpAndTheCitySeesIt() throws Exception {
    Http office = api("thuongtruc.habac");
    long plan = HaBac.plan(office);
    long economy = HaBac.organization(office, "kinh%20te");
    setValue(office, plan, economy, "1200");
    long[] people = threePeopleWithRecords(office);

    String roundUrl = theOfficeOpensTheInterimRoundOf2027();
    String frozen = theVneidFigure();
    aUnitEditsA2027ValueAndTheRoundsFiguresDoNotMove(office, plan, economy, roundUrl, frozen);
    theReportDocxShowsResultsPerTheme(frozen);
    theBatchSuggestsTwoPeopleForGiayKhenAndNotTheThird(people, roundUrl);
    aNominationForAFormNotOfferedAtSoKetIsRefused(people[0], roundUrl);
    theOfficeWritesAndSendsTheReport(roundUrl);
    theCitySeesHaBacsRoundReport();
  }

  private static void setValue(Http api, long plan, long org, String value) {
    Http.Response r =
        api.putJson(
            "/api/v1/movements/" + plan + "/indicator-values",
            Map.of(
                "organizationId",
                org,
                "indicatorCode",
                "VNEID",
                "year",
                2027,
                "value",
                new BigDecimal(value),
                "confirmed",
                true));
    assertThat(r.status()).as(r.body()).isEqualTo(200);
  }

  /** Two people rated "hoàn thành xuất sắc" in 2026 and 2027; a third as well, but disciplined. */
  private long[] threePeopleWithRecords(Http office) {
    long culture = HaBac.organization(office, "van%20hoa");
    String[] names = {"Lương Thị Sơ Kết", "Đinh Văn Gợi Ý", "Phùng Văn Kỷ Luật"};
    long[] ids = new long[3];
    for (int i = 0; i < 3; i++) {
      Map<String, Object> p = new HashMap<>();
      p.put("organizationId", culture);
      p.put("fullName", names[i]);
      p.put("gender", i == 0 ? "FEMALE" : "MALE");
      p.put("category", "CIVIL_SERVANT");
      p.put("position", "Chuyên viên");
      Http.Response made = office.postJson("/api/v1/people", p);
      assertThat(made.status()).as(made.body()).isEqualTo(201);
      ids[i] = made.json().get("id").asLong();
      Commendations.rating(office, ids[i], 2026, "EXCELLENT");
      Commendations.rating(office, ids[i], 2027, "EXCELLENT");
    }
    LocalDate today = LocalDate.now();
    Http.Response disciplined =
        office.postJson(
            "/api/v1/people/" + ids[2] + "/discipline",
            Map.of(
                "measure",
                "KHIEN_TRACH",
                "from",
                today.minusMonths(1).toString(),
                "to",
                today.plusMonths(11).toString()));
    assertThat(disciplined.status()).as(disciplined.body()).isEqualTo(200);
    return ids;
  }

  private String theOfficeOpensTheInterimRoundOf2027() {
    as("thuongtruc.habac");
    nav(page, "Sơ kết, tổng kết");
    assertThat(page.locator("h1")).hasText("Sơ kết, tổng kết phong trào");
    main()
        .getByRole(
            AriaRole.LINK,
            new Locator.GetByRoleOptions().setName("Mở đợt sơ kết, tổng kết").setExact(true))
        .click();
    page.getByLabel("Dịp sơ kết, tổng kết")
        .selectOption(new SelectOption().setLabel("Sơ kết giai đoạn 1 (2026 - 2027)"));
    button("Xem các hình thức khen thưởng");
    assertThat(main().locator("table")).containsText("Giấy khen");
    assertThat(main().locator("table")).not().containsText("Lao động tiên tiến");
    page.getByLabel("Hạn đề nghị khen thưởng").fill("2027-11-15");
    page.getByLabel("Hạn gửi báo cáo").fill("2027-11-30");
    shot(page, "round-open");
    button("Mở đợt và chốt số liệu");
    assertThat(page.locator(".notice")).containsText("Đã mở đợt");
    assertThat(page.locator("h1")).containsText("Sơ kết giai đoạn 1 (2026 - 2027)");
    assertThat(main().locator("h3.theme").first()).containsText("Nội dung:");
    return page.url();
  }

  private Locator vneidCell() {
    return main().locator("table.figures tr[data-code='VNEID'] td.value");
  }

  private String theVneidFigure() {
    String text = vneidCell().textContent().strip();
    assertThat(text).isNotBlank();
    return text;
  }

  private void aUnitEditsA2027ValueAndTheRoundsFiguresDoNotMove(
      Http office, long plan, long economy, String roundUrl, String frozen) {
    setValue(office, plan, economy, "1900");
    page.navigate(roundUrl);
    assertThat(vneidCell()).hasText(frozen);
    Locator changed =
        main().locator("table.changes tr").filter(new Locator.FilterOptions().setHasText(TRAINED));
    assertThat(changed).containsText("2027");
    shot(page, "round-frozen");
  }

  private void theReportDocxShowsResultsPerTheme(String frozen) throws Exception {
    Download download =
        page.waitForDownload(() ->
            main()
                .getByRole(
                    AriaRole.LINK,
                    new Locator.GetByRoleOptions().setName("Tải báo cáo (.docx)").setExact(true))
                .click());
    String text;
    try (InputStream in = Files.newInputStream(download.path());
        XWPFDocument d = new XWPFDocument(in);
        XWPFWordExtractor x = new XWPFWordExtractor(d)) {
      text = x.getText();
    }
    assertThat(text)
        .contains("BÁO CÁO")
        .contains("Sơ kết giai đoạn 1 (2026 - 2027)")
        .contains("Nội dung: Thi đua phát triển kinh tế số")
        .contains("Nội dung: Thi đua chuyển đổi xanh")
        .contains(TRAINED)
        .contains(frozen);
  }

  private void theBatchSuggestsTwoPeopleForGiayKhenAndNotTheThird(long[] people, String roundUrl) {
    page.navigate(roundUrl);
    main()
        .getByRole(
            AriaRole.LINK,
            new Locator.GetByRoleOptions().setName("Gợi ý khen thưởng từ hồ sơ").setExact(true))
        .click();
    assertThat(page.locator("h1")).hasText("Gợi ý khen thưởng từ hồ sơ");
    for (int i = 0; i < 2; i++) {
      Locator card =
          main().locator("li.suggestion[data-person='" + people[i] + "'][data-award='GIAY_KHEN']");
      assertThat(card).hasCount(1);
      assertThat(card).containsText("Hoàn thành xuất sắc nhiệm vụ năm 2027");
      assertThat(card.locator("ul.passed")).not().isEmpty();
    }
    assertThat(main().locator("li.suggestion[data-person='" + people[2] + "']")).hasCount(0);
    assertThat(main()).not().containsText("Phùng Văn Kỷ Luật");
    shot(page, "round-suggestions");
    // One step turns a suggestion into a nomination of the round.
    main()
        .locator("li.suggestion[data-person='" + people[1] + "'][data-award='GIAY_KHEN']")
        .getByRole(AriaRole.BUTTON)
        .click();
    assertThat(page.locator(".notice")).isVisible();
    assertThat(main()).containsText("Đinh Văn Gợi Ý");
    assertThat(main()).containsText("Giấy khen");
  }

  private void aNominationForAFormNotOfferedAtSoKetIsRefused(long person, String roundUrl) {
    String round = roundUrl.substring(roundUrl.lastIndexOf('/') + 1);
    page.navigate(baseUrl() + "/nominations/new?person=" + person + "&round=" + round);
    assertThat(main().locator("p.round")).containsText("Sơ kết giai đoạn 1");
    page.getByLabel("Hình thức khen thưởng", new Page.GetByLabelOptions().setExact(true))
        .selectOption("LAO_DONG_TIEN_TIEN");
    button("Lập đề nghị");
    assertThat(page.locator(".problem").first()).containsText("Hình thức khen thưởng:");
    assertThat(page.locator(".problem").first())
        .containsText("không có trong các hình thức mở tại đợt");
    shot(page, "round-nomination-refused");
  }

  private void theOfficeWritesAndSendsTheReport(String roundUrl) {
    page.navigate(roundUrl);
    page.getByLabel("Khó khăn, vướng mắc").fill("Thôn xa chưa có cáp quang.");
    page.getByLabel("Bài học kinh nghiệm").fill("Tổ công nghệ số cộng đồng đến từng hộ.");
    button("Lưu báo cáo");
    assertThat(page.locator(".notice")).containsText("Đã lưu báo cáo");
    button("Gửi báo cáo lên cấp trên");
    assertThat(page.locator(".notice")).containsText("Đã gửi báo cáo lên cấp trên");
    assertThat(page.locator(".badge")).hasText("Đã gửi báo cáo");
  }

  private void theCitySeesHaBacsRoundReport() {
    as("thuongtruc.haiphong");
    nav(page, "Sơ kết, tổng kết");
    Locator row =
        main()
            .locator("table.below tr")
            .filter(new Locator.FilterOptions().setHasText("Hà Bắc"))
            // Other tests may open Hà Bắc's annual review too: this is its sơ kết.
            .filter(new Locator.FilterOptions().setHasText("Sơ kết"));
    assertThat(row).containsText("Đã gửi báo cáo");
    shot(page, "round-city-board");
    row.getByRole(AriaRole.LINK).first().click();
    assertThat(main().locator(".report-text")).containsText("Thôn xa chưa có cáp quang.");
    button("Tiếp nhận báo cáo");
    assertThat(page.locator(".notice")).containsText("Đã tiếp nhận báo cáo");
    shot(page, "round-city-received");
  }
}
