package vn.thidua.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static vn.thidua.support.Commendations.agenda;
import static vn.thidua.support.Commendations.ballot;
import static vn.thidua.support.Commendations.ok;
import static vn.thidua.support.Commendations.proposal;
import static vn.thidua.support.Commendations.proposeAndSubmit;
import static vn.thidua.support.Commendations.receiveAndAppraise;
import static vn.thidua.support.Commendations.session;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.FilePayload;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import vn.thidua.support.BrowserTest;
import vn.thidua.support.Commendations;
import vn.thidua.support.HaBac;
import vn.thidua.support.Http;
import vn.thidua.support.TestClock;

/**
 * Commendation on the rulebook, in the browser. A Chiến sĩ thi đua toàn quốc proposed by Hà Bắc
 * goes through the commune's council, the city's public notice of ten working days (a comment from
 * the public is approved into the minutes), the city's council — where 17 of 20 fails and 18 of 20
 * passes — and is forwarded with the city's own minutes. A decision on a nominee whose records
 * changed after the ballot is refused with its article; Lao động tiên tiến and Chiến sĩ thi đua cơ
 * sở of one person and year pay one bonus; a household is nominated and decided.
 */
class CommendationE2E extends BrowserTest {

  @AfterEach
  void realTime() {
    TestClock.INSTANCE.reset();
  }

  private Http api(String user) {
    return http().as(user, password(user));
  }

  private void as(String user) {
    context.clearCookies();
    login(page, user);
  }

  private void press(String name) {
    page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(name).setExact(true))
        .click();
  }

  private static LocalDate today() {
    return LocalDate.now(TestClock.INSTANCE.withZone(ZoneId.of("Asia/Ho_Chi_Minh")));
  }

  /** Two consecutive Chiến sĩ thi đua cấp tỉnh and a nationwide initiative: the records. */
  private long candidate(Http office, Http admin, long village, int index) {
    long person =
        office
            .json("/api/v1/people?organization=" + village + "&size=10")
            .get("items")
            .get(index)
            .get("id")
            .asLong();
    int year = today().getYear();
    Commendations.pastAward(admin, person, "CHIEN_SI_THI_DUA_CAP_TINH", year - 3, "31");
    Commendations.pastAward(admin, person, "CHIEN_SI_THI_DUA_CAP_TINH", year, "31");
    Commendations.recognisedInitiative(
        admin,
        office,
        api("lanhdao.habac"),
        api("hoidong.habac"),
        api("hoidong3.habac"),
        village,
        person,
        "NATIONAL",
        today().minusDays(20));
    return person;
  }

  private void proposeInTheBrowser(long person, String award, String occasion, String kind) {
    page.navigate(baseUrl() + "/people/" + person);
    page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Lập đề nghị khen thưởng"))
        .click();
    page.getByLabel("Đối tượng đề nghị").selectOption(kind);
    page.getByLabel("Hình thức khen thưởng").selectOption(award);
    page.getByLabel("Dịp khen thưởng").selectOption(occasion);
    page.getByLabel("Thành tích", new Page.GetByLabelOptions().setExact(true))
        .fill("Dẫn đầu phong trào chuyển đổi số, chuyển đổi xanh.");
    press("Lập đề nghị");
    assertThat(page.locator("div.notice")).containsText("Đã lập đề nghị");
    press("Lập tờ trình, danh sách, báo cáo thành tích");
    assertThat(page.locator("table.dossier tr[data-doc=TO_TRINH]").first()).containsText("Đã có");
    press("Gửi đề nghị");
    assertThat(page.locator("div.notice")).containsText("Đã gửi đề nghị");
  }

  private void receiveAndAppraiseInTheBrowser(String url) {
    page.navigate(url);
    press("Tiếp nhận hồ sơ");
    press("Thẩm định: hồ sơ đủ, đạt");
    assertThat(page.locator(".title-row")).containsText("Đã thẩm định");
  }

  private void openSessionAndSchedule(String url, int members, int present) {
    page.navigate(url);
    page.getByLabel("Ngày họp").fill(today().toString());
    page.getByLabel("Tổng số thành viên Hội đồng").fill(Integer.toString(members));
    page.getByLabel("Số thành viên có mặt").fill(Integer.toString(present));
    page.getByLabel("Chủ trì phiên họp").fill("Chủ tịch Hội đồng");
    press("Mở phiên họp Hội đồng");
    assertThat(page.locator("div.notice")).containsText("Đã mở phiên họp");
    press("Đưa ra phiên họp Hội đồng");
  }

  private void vote(String url, int inFavour, int against) {
    page.navigate(url);
    page.getByLabel("Số phiếu đồng ý").fill(Integer.toString(inFavour));
    page.getByLabel("Số phiếu không đồng ý").fill(Integer.toString(against));
    press("Ghi kết quả bỏ phiếu");
    assertThat(page.locator("div.notice")).containsText("Đã ghi kết quả bỏ phiếu");
  }

  @Test
  void aChienSiThiDuaToanQuocGoesThroughEveryCouncilAndTheCitysNotice() {
    Http admin = api("admin");
    Http office = api("thuongtruc.habac");
    long school = HaBac.organization(office, "truong");
    long passing = candidate(office, admin, school, 0);
    long failing = candidate(office, admin, school, 1);

    // step: the commune's office proposes two teachers; the commune's council votes 9 of 9.
    as("thuongtruc.habac");
    proposeInTheBrowser(passing, "CHIEN_SI_THI_DUA_TOAN_QUOC", "ANNUAL", "INDIVIDUAL");
    String passingUrl = page.url();
    proposeInTheBrowser(failing, "CHIEN_SI_THI_DUA_TOAN_QUOC", "ANNUAL", "INDIVIDUAL");
    String failingUrl = page.url();
    for (String url : new String[] {passingUrl, failingUrl}) {
      receiveAndAppraiseInTheBrowser(url);
      openSessionAndSchedule(url, 9, 9);
      assertThat(page.locator(".title-row")).containsText("Đưa ra Hội đồng");
    }
    as("hoidong.habac");
    vote(passingUrl, 9, 0);
    vote(failingUrl, 9, 0);
    shot(page, "cstdtq-commune-voted");

    // step: the chairman cannot decide a national title; he forwards it with the commune's tờ
    // trình and minutes.
    as("lanhdao.habac");
    String[] upper = new String[2];
    int i = 0;
    for (String url : new String[] {passingUrl, failingUrl}) {
      page.navigate(url);
      assertThat(
              page.getByRole(
                  AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Quyết định khen thưởng")))
          .hasCount(0);
      press("Trình cấp trên");
      assertThat(page.locator(".title-row")).containsText("Đã trình cấp trên");
      page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Xem đề nghị ở cấp trên"))
          .click();
      upper[i++] = page.url();
    }

    // step: the city appraises; the council cannot meet before the public notice.
    as("thuongtruc.haiphong");
    receiveAndAppraiseInTheBrowser(upper[0]);
    assertThat(page.locator("main")).containsText("Phải công khai ít nhất 10 ngày làm việc");
    press("Công khai danh sách");
    assertThat(page.locator(".title-row")).containsText("Đang công khai");
    receiveAndAppraiseInTheBrowser(upper[1]);
    press("Công khai danh sách");
    // A session on today's date falls inside the notice: refused, naming the notice's end.
    openSessionAndSchedule(upper[1], 20, 20);
    assertThat(page.locator("div.problem")).containsText("công khai");
    assertThat(page.locator(".title-row")).containsText("Đang công khai");

    // step: a comment from the public, approved by the office.
    context.clearCookies();
    page.navigate(baseUrl() + "/portal/notices");
    page.locator("article", new Page.LocatorOptions().setHasText("Chiến sĩ thi đua toàn quốc"))
        .first()
        .locator("input[name=author]")
        .fill("Nguyễn Văn Dân");
    page.locator("article", new Page.LocatorOptions().setHasText("Chiến sĩ thi đua toàn quốc"))
        .first()
        .locator("textarea")
        .fill("Tôi đồng ý: anh là người tiêu biểu của thôn.");
    page.locator("article", new Page.LocatorOptions().setHasText("Chiến sĩ thi đua toàn quốc"))
        .first()
        .getByRole(AriaRole.BUTTON)
        .click();
    assertThat(page.locator("div.notice")).containsText("ý kiến");

    // step: a burst from the same address: five comments a minute are taken, the sixth is refused.
    for (int sent = 2; sent <= 6; sent++) {
      page.navigate(baseUrl() + "/portal/notices"); // no message left from the last one
      Locator form =
          page.locator(
                  "article", new Page.LocatorOptions().setHasText("Chiến sĩ thi đua toàn quốc"))
              .first();
      form.locator("input[name=author]").fill("Người gửi " + sent);
      form.locator("textarea").fill("Ý kiến thứ " + sent + " về người được đề nghị.");
      form.getByRole(AriaRole.BUTTON).click();
      if (sent <= 5) {
        assertThat(page.locator("div.notice")).containsText("Đã ghi nhận ý kiến");
      } else {
        assertThat(page.locator("main"))
            .containsText("Bạn đã gửi nhiều ý kiến trong thời gian ngắn");
      }
    }
    as("thuongtruc.haiphong");
    for (String url : upper) {
      page.navigate(url);
      Locator dan =
          page.locator("ul.comments li", new Page.LocatorOptions().setHasText("Nguyễn Văn Dân"));
      if (dan.count() > 0) {
        dan.getByRole(
                AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Duyệt").setExact(true))
            .click();
        assertThat(page.locator("div.notice")).containsText("Đã duyệt ý kiến");
      }
    }

    // step: fifteen days later the notice has ended; the city's council meets (20 members).
    TestClock.INSTANCE.advance(Duration.ofDays(16));
    openSessionAndSchedule(upper[0], 20, 20);
    assertThat(page.locator(".title-row")).containsText("Đưa ra Hội đồng");
    openSessionAndSchedule(upper[1], 20, 20);
    assertThat(page.locator(".title-row")).containsText("Đưa ra Hội đồng");
    as("hoidong.haiphong");
    vote(upper[1], 17, 3);
    assertThat(page.locator(".title-row")).containsText("Hội đồng không đồng ý");
    vote(upper[0], 18, 2);
    assertThat(page.locator(".title-row")).containsText("Hội đồng đồng ý");
    shot(page, "cstdtq-city-voted");

    // step: the city adds the provincial Party committee's opinion; its chairman forwards.
    as("thuongtruc.haiphong");
    page.navigate(upper[0]);
    assertThat(page.locator("table.dossier tr[data-doc=BIEN_BAN_HOI_DONG][data-level='31']"))
        .containsText("Đã có");
    assertThat(page.locator("table.dossier tr[data-doc=BIEN_BAN_HOI_DONG][data-level='10816']"))
        .containsText("Đã có");
    page.getByLabel("Văn bản", new Page.GetByLabelOptions().setExact(true))
        .selectOption("Y_KIEN_TINH_UY");
    page.locator("#file")
        .setInputFiles(
            new FilePayload(
                "y-kien-thanh-uy.pdf",
                "application/pdf",
                "%PDF-1.4 ý kiến Ban Thường vụ".getBytes(StandardCharsets.UTF_8)));
    press("Đính kèm");
    assertThat(page.locator("table.dossier tr[data-doc=Y_KIEN_TINH_UY]")).containsText("Đã có");
    as("lanhdao.haiphong");
    page.navigate(upper[0]);
    press("Trình cấp trên");
    assertThat(page.locator(".title-row")).containsText("Đã trình cấp trên");
    page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Xem đề nghị ở cấp trên"))
        .click();
    shot(page, "cstdtq-forwarded");

    // The nation's dossier holds the commune's and the city's own minutes, the city's with the
    // public's comment.
    JsonNode national =
        admin.json("/api/v1/nominations/" + page.url().replaceAll(".*/", "")).get("nomination");
    int minutes = 0;
    String cityMinutes = null;
    for (JsonNode d : national.get("documents")) {
      if (d.get("code").asString().equals("BIEN_BAN_HOI_DONG")) {
        minutes++;
        if ("31".equals(d.get("levelKey").asString())) {
          cityMinutes =
              docx(
                  admin
                      .get(
                          "/api/v1/nominations/"
                              + national.get("id").asLong()
                              + "/documents/"
                              + d.get("id").asLong())
                      .bytes());
        }
      }
    }
    org.assertj.core.api.Assertions.assertThat(minutes).isEqualTo(2);
    org.assertj.core.api.Assertions.assertThat(cityMinutes)
        .contains("thành phố Hải Phòng")
        .contains("đồng ý 18")
        .contains("Nguyễn Văn Dân")
        .contains("từ 90% tổng số thành viên");
  }

  private static String docx(byte[] bytes) {
    try (var d =
            new org.apache.poi.xwpf.usermodel.XWPFDocument(
                new java.io.ByteArrayInputStream(bytes));
        var x = new org.apache.poi.xwpf.extractor.XWPFWordExtractor(d)) {
      return x.getText();
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  @Test
  void decisionsFollowTheRecordsAndPayOnce() {
    Http office = api("thuongtruc.habac");
    Http member = api("hoidong.habac");
    long plan = HaBac.plan(office);
    long bac = HaBac.organization(office, "thon%20bac");
    long trung = HaBac.organization(office, "thon%20trung");
    long economy = HaBac.organization(office, "kinh%20te");
    int year = today().getYear();

    // step: a Giấy khen voted for, then a reprimand recorded: the chairman's decision is refused
    // with the article.
    long villager =
        office
            .json("/api/v1/people?organization=" + trung + "&size=5")
            .get("items")
            .get(1)
            .get("id")
            .asLong();
    JsonNode gk =
        proposeAndSubmit(
            office, proposal("GIAY_KHEN", "INTERIM", 2027, "INDIVIDUAL", villager, null, plan));
    gk = receiveAndAppraise(office, gk);
    gk = agenda(office, gk, session(office, HaBac.UNIT, null, today(), 9, 9));
    gk = ok(ballot(member, gk, 8, 1));
    ok(
        office.postJson(
            "/api/v1/people/" + villager + "/discipline",
            Map.of(
                "measure",
                "Cảnh cáo",
                "from",
                today().minusDays(1).toString(),
                "to",
                today().plusMonths(6).toString())));
    as("lanhdao.habac");
    page.navigate(baseUrl() + "/nominations/" + gk.get("id").asLong());
    page.getByLabel("Số quyết định").fill("50/QĐ-UBND");
    page.getByLabel("Người ký", new Page.GetByLabelOptions().setExact(true))
        .fill("Nguyễn Anh Tuấn");
    page.getByLabel("Tôi đã xem xét các điều kiện trên và chịu trách nhiệm về quyết định.").check();
    press("Quyết định khen thưởng");
    assertThat(page.locator("div.problem")).containsText("Điều 4, khoản 4");
    assertThat(page.locator(".title-row")).containsText("Hội đồng đồng ý");
    shot(page, "decision-refused-with-article");

    // step: Lao động tiên tiến then Chiến sĩ thi đua cơ sở of one person and year pay one bonus.
    long person =
        office
            .json("/api/v1/people?organization=" + economy + "&size=5")
            .get("items")
            .get(1)
            .get("id")
            .asLong();
    Commendations.rating(office, person, year, "EXCELLENT");
    long[] ids = new long[2];
    String[] awards = {"LAO_DONG_TIEN_TIEN", "CHIEN_SI_THI_DUA_CO_SO"};
    for (int k = 0; k < 2; k++) {
      JsonNode n =
          proposeAndSubmit(
              office, proposal(awards[k], "ANNUAL", year, "INDIVIDUAL", person, null, null));
      n = receiveAndAppraise(office, n);
      n = agenda(office, n, session(office, HaBac.UNIT, null, today(), 9, 9));
      ids[k] = ok(ballot(member, n, 9, 0)).get("id").asLong();
    }
    long total = 0;
    for (int k = 0; k < 2; k++) {
      page.navigate(baseUrl() + "/nominations/" + ids[k]);
      page.getByLabel("Số quyết định").fill((60 + k) + "/QĐ-UBND");
      page.getByLabel("Người ký", new Page.GetByLabelOptions().setExact(true))
          .fill("Nguyễn Anh Tuấn");
      page.getByLabel("Tôi đã xem xét các điều kiện trên và chịu trách nhiệm về quyết định.")
          .check();
      press("Quyết định khen thưởng");
      assertThat(page.locator(".title-row")).containsText("Đã khen thưởng");
      total += Long.parseLong(page.locator(".bonus").innerText().replaceAll("[^0-9]", ""));
    }
    assertThat(page.locator("main")).containsText("Điều 49, khoản 5");
    org.assertj.core.api.Assertions.assertThat(total)
        .isEqualTo(today().isBefore(LocalDate.of(2026, 7, 1)) ? 2_340_000 : 2_530_000);
    shot(page, "titles-pay-once");

    // step: a household, nominated from its head's page, decided by the chairman.
    long head =
        office
            .json("/api/v1/people?organization=" + bac + "&size=5")
            .get("items")
            .get(2)
            .get("id")
            .asLong();
    as("thuongtruc.habac");
    page.navigate(baseUrl() + "/people/" + head);
    page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Lập đề nghị khen thưởng"))
        .click();
    page.getByLabel("Đối tượng đề nghị").selectOption("HOUSEHOLD");
    page.getByLabel("Hình thức khen thưởng").selectOption("GIAY_KHEN");
    page.getByLabel("Dịp khen thưởng").selectOption("INTERIM");
    page.getByLabel("Năm xét (năm cuối của thời gian lập thành tích)").fill("2027");
    page.getByLabel("Phong trào, kế hoạch").selectOption(Long.toString(plan));
    page.getByLabel("Thành tích", new Page.GetByLabelOptions().setExact(true))
        .fill("Hiến đất mở rộng đường thôn, đi đầu phân loại rác.");
    press("Lập đề nghị");
    assertThat(page.locator("h1")).containsText("Hộ ");
    String household = page.url();
    press("Lập tờ trình, danh sách, báo cáo thành tích");
    press("Gửi đề nghị");
    receiveAndAppraiseInTheBrowser(household);
    openSessionAndSchedule(household, 9, 9);
    as("hoidong.habac");
    vote(household, 7, 2);
    as("lanhdao.habac");
    page.navigate(household);
    page.getByLabel("Số quyết định").fill("70/QĐ-UBND");
    page.getByLabel("Người ký", new Page.GetByLabelOptions().setExact(true))
        .fill("Nguyễn Anh Tuấn");
    page.getByLabel("Tôi đã xem xét các điều kiện trên và chịu trách nhiệm về quyết định.").check();
    press("Quyết định khen thưởng");
    assertThat(page.locator(".title-row")).containsText("Đã khen thưởng");
    assertThat(page.locator(".bonus"))
        .containsText(today().isBefore(LocalDate.of(2026, 7, 1)) ? "1.060.000" : "1.140.000");
    shot(page, "household-decided");
  }
}
