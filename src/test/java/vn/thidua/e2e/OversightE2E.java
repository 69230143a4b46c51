package vn.thidua.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Download;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.FilePayload;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;
import vn.thidua.support.BrowserTest;
import vn.thidua.support.HaBac;
import vn.thidua.support.HaTinh;
import vn.thidua.support.Http;

/**
 * Issue 13's acceptance, in the browser, Hà Tĩnh-like: a province plan issued; a department issues
 * its plan within 15 days and appears on the board; one that does not is late on day 16, not at the
 * quarter's end; the Phòng Kinh tế task of Hà Bắc's plan goes overdue, is reported and closed; an
 * inspection of Hà Bắc by the city's council with two findings, one recommendation closed with
 * evidence; a difficulty raised by Thôn Đông, forwarded by the commune and answered by the city.
 */
class OversightE2E extends BrowserTest {

  private Locator main() {
    return page.locator("main");
  }

  private void button(String name) {
    page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(name).setExact(true))
        .first()
        .click();
  }

  private void link(String name) {
    main()
        .getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName(name).setExact(true))
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

  // --- A province plan, a department's plan, the board ----------------------------------------

  @Test
  void aDepartmentIssuesWithinFifteenDaysAndOneThatDoesNotIsLateOnDaySixteen() {
    String planUrl = provinceOfficeImportsThePlan();
    theChairmanIssuesItOn(planUrl, "2026-07-01");
    String ownUrl = theDepartmentDerivesItsPlan(planUrl);
    theDepartmentIssuesItOn(ownUrl, "2026-07-10");
    theBoardShowsTheDepartmentIssuedAndTheOtherLateOnDaySixteen(planUrl);
  }

  private String provinceOfficeImportsThePlan() {
    as("thuongtruc.hatinh");
    nav(page, "Kế hoạch, phong trào");
    link("Nhập văn bản kế hoạch");
    page.getByLabel("Tệp văn bản (.txt UTF-8 hoặc .docx, tối đa 10 MB)").setInputFiles(HaTinh.PLAN);
    pick(page, "Đơn vị hành chính ban hành", "ha tinh", "Tỉnh Hà Tĩnh");
    page.getByLabel("Thực hiện kế hoạch của cấp trên")
        .selectOption(String.valueOf(HaTinh.nationalPlan(api("thuongtruc.hatinh"))));
    button("Đọc văn bản");
    assertThat(page.locator("h1")).hasText("Kiểm tra bản nháp");
    button("Lưu thành kế hoạch");
    assertThat(page.locator(".notice")).containsText("Đã lưu kế hoạch");
    String url = page.url();
    button("Trình ký");
    assertThat(page.locator(".notice")).containsText("Đã trình ký");
    return url;
  }

  private void theChairmanIssuesItOn(String planUrl, String date) {
    as("lanhdao.hatinh");
    page.navigate(planUrl);
    page.getByLabel("Số", new Page.GetByLabelOptions().setExact(true)).fill("160");
    page.getByLabel("Ngày ban hành").fill(date);
    button("Ký ban hành");
    assertThat(page.locator(".notice")).containsText("Đã ban hành");
    // Both deadlines of the plan are kept: within 15 days (16/07/2026) binds, not Q3 (30/09).
    assertThat(page.locator(".facts")).containsText("16/07/2026");
    shot(page, "oversight-province-plan-issued");
  }

  private String theDepartmentDerivesItsPlan(String planUrl) {
    as("khcn.hatinh");
    page.navigate(planUrl);
    page.getByLabel("Cơ quan, tổ chức", new Page.GetByLabelOptions().setExact(true))
        .selectOption(
            new com.microsoft.playwright.options.SelectOption()
                .setLabel("Sở Khoa học và Công nghệ"));
    main()
        .locator("form")
        .filter(new Locator.FilterOptions().setHasText("Kế hoạch của cơ quan, tổ chức cùng cấp"))
        .getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Tạo bản nháp"))
        .click();
    assertThat(page.locator("h1")).hasText("Sửa kế hoạch");
    page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Lưu").setExact(true))
        .click();
    assertThat(page.locator(".notice")).containsText("Đã lưu");
    assertThat(page.locator(".facts .owner")).hasText("Sở Khoa học và Công nghệ");
    return page.url();
  }

  private void theDepartmentIssuesItOn(String ownUrl, String date) {
    page.navigate(ownUrl);
    button("Trình ký");
    assertThat(page.locator(".notice")).containsText("Đã trình ký");
    page.getByLabel("Số", new Page.GetByLabelOptions().setExact(true)).fill("12");
    page.getByLabel("Ngày ban hành").fill(date);
    button("Ký ban hành");
    assertThat(page.locator(".notice")).containsText("Đã ban hành");
    shot(page, "oversight-department-plan-issued");
  }

  private void theBoardShowsTheDepartmentIssuedAndTheOtherLateOnDaySixteen(String planUrl) {
    as("thuongtruc.hatinh");
    page.navigate(planUrl);
    link("Bảng theo dõi cấp dưới");
    page.getByLabel("Tính đến ngày").fill("2026-07-16");
    button("Xem");
    Locator finance =
        page.locator("table.organizations tr")
            .filter(new Locator.FilterOptions().setHasText("Sở Tài chính"));
    assertThat(finance).not().containsText("Quá hạn");
    page.getByLabel("Tính đến ngày").fill("2026-07-17");
    button("Xem");
    assertThat(finance).containsText("Quá hạn");
    assertThat(
            page.locator("table.organizations tr")
                .filter(new Locator.FilterOptions().setHasText("Sở Khoa học và Công nghệ")))
        .containsText("Đã ban hành đúng hạn");
    assertThat(page.locator("p.lead")).containsText("16/07/2026");
    shot(page, "oversight-board-day-16");
  }

  // --- Hà Bắc's Phòng Kinh tế task --------------------------------------------------------

  @Test
  void thePhongKinhTeTaskGoesOverdueIsReportedAndClosed() {
    String taskUrl = theOfficeSeesTheTaskOverdueAfterItsDay();
    thePhongKinhTeReportsItWithEvidence(taskUrl);
    theOfficeClosesIt(taskUrl);
  }

  private String theOfficeSeesTheTaskOverdueAfterItsDay() {
    as("thuongtruc.habac");
    long plan = HaBac.plan(api("thuongtruc.habac"));
    page.navigate(baseUrl() + "/oversight/plans/" + plan + "?asOf=2026-09-30");
    Locator economy =
        page.locator(".owner-tasks")
            .filter(new Locator.FilterOptions().setHasText("Phòng Kinh tế"));
    Locator criteria =
        economy.locator("tr").filter(new Locator.FilterOptions().setHasText("chuyển đổi xanh"));
    assertThat(criteria).not().containsText("Quá hạn");
    page.getByLabel("Tính đến ngày").fill("2026-10-01");
    button("Xem");
    assertThat(criteria).containsText("Quá hạn");
    shot(page, "oversight-plan-tasks");
    nav(page, "Theo dõi, kiểm tra");
    link("Nhiệm vụ quá hạn theo cơ quan và theo xã");
    assertThat(page.locator("table.tallies")).containsText("Phòng Kinh tế");
    criteria = null;
    page.navigate(baseUrl() + "/oversight/plans/" + plan);
    page.locator(".owner-tasks")
        .filter(new Locator.FilterOptions().setHasText("Phòng Kinh tế"))
        .locator("tr")
        .filter(new Locator.FilterOptions().setHasText("chuyển đổi xanh"))
        .getByRole(AriaRole.LINK)
        .click();
    assertThat(page.locator("h1")).hasText("Nhiệm vụ của Phòng Kinh tế");
    return page.url();
  }

  private void thePhongKinhTeReportsItWithEvidence(String taskUrl) {
    as("kinhte.habac");
    nav(page, "Theo dõi, kiểm tra");
    assertThat(page.locator("#to-report + table, #to-report ~ table").first())
        .containsText("chuyển đổi xanh");
    page.navigate(taskUrl);
    assertThat(page.locator(".title-row")).containsText("Quá hạn");
    page.getByLabel("Tệp minh chứng (PDF, Word, Excel, ảnh; tối đa 10 MB)")
        .setInputFiles(
            new FilePayload(
                "du-thao-tieu-chi-xanh.pdf",
                "application/pdf",
                "%PDF-1.4 bộ tiêu chí chuyển đổi xanh".getBytes(StandardCharsets.UTF_8)));
    button("Tải lên");
    assertThat(page.locator(".notice")).containsText("Đã tải tệp lên");
    page.getByLabel("Báo cáo kết quả", new Page.GetByLabelOptions().setExact(true))
        .fill("Đã xây dựng bộ tiêu chí đánh giá mức độ chuyển đổi xanh, trình Chủ tịch UBND xã.");
    button("Gửi báo cáo kết quả");
    assertThat(page.locator(".notice")).containsText("Đã gửi báo cáo kết quả");
    assertThat(page.locator(".task-status")).hasText("Đã báo cáo");
    assertThat(page.locator(".facts")).containsText("Báo cáo sau hạn");
    shot(page, "oversight-task-reported");
  }

  private void theOfficeClosesIt(String taskUrl) {
    as("thuongtruc.habac");
    nav(page, "Theo dõi, kiểm tra");
    assertThat(page.locator("table.tasks").nth(1)).containsText("chuyển đổi xanh");
    page.navigate(taskUrl);
    button("Duyệt, kết thúc nhiệm vụ");
    assertThat(page.locator(".notice")).containsText("Đã duyệt báo cáo");
    assertThat(page.locator(".task-status")).hasText("Hoàn thành");
    assertThat(page.locator("ol.history")).containsText("Báo cáo kết quả");
  }

  // --- The city's council inspects Hà Bắc -----------------------------------------------------

  @Test
  void theCitysCouncilInspectsHaBacAndClosesARecommendationWithEvidence() throws Exception {
    String url = theCouncilPlansTheInspectionOfHaBac();
    theTeamRecordsTwoFindingsAndARecommendation(url);
    String recommendation = haBacAnswersTheRecommendationWithEvidence();
    theLeadClosesItAndConcludes(recommendation, url);
  }

  private String theCouncilPlansTheInspectionOfHaBac() {
    as("hoidong.haiphong");
    nav(page, "Theo dõi, kiểm tra");
    link("Kiểm tra, giám sát phong trào");
    page.getByLabel("Tên đợt kiểm tra").fill("Kiểm tra phong trào thi đua tại xã Hà Bắc năm 2026");
    page.getByLabel("Từ ngày").fill("2026-11-02");
    page.getByLabel("Đến ngày").fill("2026-11-04");
    button("Lập kế hoạch");
    assertThat(page.locator(".notice")).containsText("Đã lập kế hoạch kiểm tra");
    // The member is chosen by name, not typed as a user name (issue 12).
    pick(
        page,
        "Thành viên đoàn kiểm tra",
        "thanh vien hoi dong",
        "Thành viên Hội đồng TĐKT thành phố Hải Phòng");
    page.getByLabel("Lĩnh vực phụ trách").selectOption("DIGITAL_TRANSFORMATION");
    page.getByLabel("Trưởng đoàn").check();
    button("Phân công thành viên");
    assertThat(page.locator("ul.members")).containsText("Trưởng đoàn");
    pick(page, "Xã, phường được kiểm tra", "ha bac", "Xã Hà Bắc");
    button("Thêm đối tượng kiểm tra");
    assertThat(page.locator("ul.targets")).containsText("Hà Bắc");
    // The checklist is drawn from the city plan's criteria and indicators.
    assertThat(page.locator("ol.checklist li").first()).containsText("Đối với");
    assertThat(page.locator("ol.checklist"))
        .containsText("Tỷ lệ dịch vụ công trực tuyến toàn trình");
    button("Bắt đầu kiểm tra");
    assertThat(page.locator(".inspection-status")).hasText("Đang kiểm tra");
    return page.url();
  }

  private void theTeamRecordsTwoFindingsAndARecommendation(String url) {
    page.navigate(url);
    page.locator("#finding-check")
        .selectOption(new com.microsoft.playwright.options.SelectOption().setIndex(1));
    page.locator("#finding-text")
        .fill("Xã đã ban hành kế hoạch đúng hạn, có chỉ tiêu cụ thể cho từng thôn.");
    button("Ghi kết quả kiểm tra");
    assertThat(page.locator(".notice")).containsText("Đã ghi kết quả");
    page.locator("#finding-text").fill("Phòng Kinh tế chưa công bố bộ tiêu chí chuyển đổi xanh.");
    page.locator("#finding-file")
        .setInputFiles(
            new FilePayload(
                "bien-ban-kiem-tra.pdf",
                "application/pdf",
                "%PDF-1.4 biên bản".getBytes(StandardCharsets.UTF_8)));
    button("Ghi kết quả kiểm tra");
    assertThat(page.locator(".finding")).hasCount(2);
    page.locator("#rec-text").fill("Công bố bộ tiêu chí chuyển đổi xanh trên cổng thông tin xã.");
    page.locator("#rec-due").fill("2026-12-31");
    button("Thêm kiến nghị");
    assertThat(page.locator(".notice")).containsText("Đã thêm kiến nghị");
    shot(page, "oversight-inspection-findings");
  }

  private String haBacAnswersTheRecommendationWithEvidence() {
    as("thuongtruc.habac");
    nav(page, "Theo dõi, kiểm tra");
    page.locator("#recommendations-to-answer ~ table")
        .first()
        .getByRole(
            AriaRole.LINK,
            new Locator.GetByRoleOptions()
                .setName("Công bố bộ tiêu chí chuyển đổi xanh trên cổng thông tin xã."))
        .click();
    String url = page.url();
    page.getByLabel("Tệp minh chứng (PDF, Word, Excel, ảnh; tối đa 10 MB)")
        .setInputFiles(
            new FilePayload(
                "anh-chup-cong-thong-tin.png",
                "image/png",
                vn.thidua.support.Images.png())); // a real image: the type is read from content
    button("Tải lên");
    assertThat(page.locator("ul.files")).containsText("anh-chup-cong-thong-tin.png");
    page.getByLabel("Kết quả thực hiện kiến nghị")
        .fill(
            "Đã đăng bộ tiêu chí tại mục «Chuyển đổi xanh» của cổng thông tin xã ngày 20/11/2026.");
    button("Báo cáo đã thực hiện");
    assertThat(page.locator(".recommendation-status")).hasText("Đã báo cáo thực hiện");
    return url;
  }

  private void theLeadClosesItAndConcludes(String recommendation, String inspection)
      throws Exception {
    as("hoidong.haiphong");
    nav(page, "Theo dõi, kiểm tra");
    assertThat(page.locator("#recommendations-to-close ~ table").first())
        .containsText("Công bố bộ tiêu chí");
    page.navigate(recommendation);
    button("Đóng kiến nghị");
    assertThat(page.locator(".recommendation-status")).hasText("Đã đóng");
    page.navigate(inspection);
    page.locator("#conclusion")
        .fill(
            "Xã Hà Bắc triển khai phong trào nghiêm túc; đã khắc phục kiến nghị về tiêu chí xanh.");
    button("Ban hành kết luận");
    assertThat(page.locator(".inspection-status")).hasText("Đã kết luận");
    Download download = page.waitForDownload(() -> link("Tải kết luận (.docx)"));
    String text;
    try (InputStream in = Files.newInputStream(download.path());
        XWPFDocument d = new XWPFDocument(in);
        XWPFWordExtractor x = new XWPFWordExtractor(d)) {
      text = x.getText();
    }
    assertThat(text)
        .contains("KẾT LUẬN")
        .contains("Phòng Kinh tế chưa công bố bộ tiêu chí chuyển đổi xanh")
        .contains("Đã đóng");
    shot(page, "oversight-inspection-concluded");
  }

  // --- A difficulty of Thôn Đông --------------------------------------------------------------

  @Test
  void aDifficultyOfThonDongIsForwardedByTheCommuneAndAnsweredByTheCity() {
    String url = thonDongRaisesADifficulty();
    theCommuneForwardsItWithItsOpinion(url);
    theCityAnswersIt(url);
    thonDongReadsTheAnswerAndClosesIt(url);
  }

  private String thonDongRaisesADifficulty() {
    as("daumoi.habac");
    nav(page, "Theo dõi, kiểm tra");
    link("Khó khăn, vướng mắc, đề xuất");
    link("Nêu khó khăn, vướng mắc, đề xuất");
    page.getByLabel("Kế hoạch", new Page.GetByLabelOptions().setExact(true))
        .selectOption(String.valueOf(HaBac.plan(api("daumoi.habac"))));
    page.getByLabel("Loại").selectOption("DIFFICULTY");
    page.getByLabel("Đơn vị nêu")
        .selectOption(
            String.valueOf(
                HaBac.organization(api("thuongtruc.habac"), "thon%20dong&type=VILLAGE")));
    page.getByLabel("Lĩnh vực").selectOption("INFRASTRUCTURE");
    page.getByLabel("Tiêu đề").fill("Nhà văn hóa thôn chưa có máy tính cho Tổ công nghệ số");
    page.getByLabel("Nội dung", new Page.GetByLabelOptions().setExact(true))
        .fill(
            "Tổ công nghệ số cộng đồng Thôn Đông phải dùng điện thoại cá nhân để hướng dẫn người dân.");
    button("Gửi");
    assertThat(page.locator(".notice")).containsText("Đã gửi khó khăn");
    assertThat(page.locator(".raiser")).hasText("Thôn Đông");
    return page.url();
  }

  private void theCommuneForwardsItWithItsOpinion(String url) {
    as("thuongtruc.habac");
    nav(page, "Theo dõi, kiểm tra");
    assertThat(page.locator("#concerns-to-answer ~ table").first())
        .containsText("Nhà văn hóa thôn chưa có máy tính");
    page.navigate(url);
    page.getByLabel("Ý kiến của cấp dưới khi chuyển lên")
        .fill("Xã không còn kinh phí năm 2026; đề nghị thành phố hỗ trợ 02 máy tính.");
    button("Chuyển lên cấp trên");
    assertThat(page.locator(".concern-status")).hasText("Đã chuyển cấp trên");
  }

  private void theCityAnswersIt(String url) {
    as("thuongtruc.haiphong");
    nav(page, "Theo dõi, kiểm tra");
    assertThat(page.locator("#concerns-to-answer ~ table").first())
        .containsText("Nhà văn hóa thôn chưa có máy tính");
    page.navigate(url);
    assertThat(page.locator(".forwarded")).containsText("đề nghị thành phố hỗ trợ");
    page.getByLabel("Nội dung trả lời")
        .fill("Sở Khoa học và Công nghệ cấp 02 máy tính cho Thôn Đông trong tháng 01/2027.");
    button("Trả lời");
    assertThat(page.locator(".concern-status")).hasText("Đã trả lời");
  }

  private void thonDongReadsTheAnswerAndClosesIt(String url) {
    as("daumoi.habac");
    page.navigate(url);
    assertThat(page.locator(".answer-text")).containsText("02 máy tính");
    assertThat(page.locator(".answer")).containsText("Hải Phòng");
    button("Đồng ý, đóng lại");
    assertThat(page.locator(".concern-status")).hasText("Đã đóng");
    shot(page, "oversight-concern-closed");
  }
}
