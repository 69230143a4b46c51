package vn.thidua.platform;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.mail.Message;
import jakarta.mail.internet.MimeMessage;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.JsonNode;
import vn.thidua.support.ApplicationTest;
import vn.thidua.support.FailingNotice;
import vn.thidua.support.HaBac;
import vn.thidua.support.Http;

/**
 * The work list is every role's home page, built from the modules' own rules of who acts next; each
 * step tells the people who act next and the people it concerns (inbox and e-mail); the menu is
 * grouped and only links to pages the role may open.
 */
class WorkListIT extends ApplicationTest {

  private static final int YEAR = 2030;

  /** The focal point of Hà Bắc's Phòng Kinh tế (its reports, not a village's). */
  private static final String UNIT = "kinhte.habac";

  private static final String REASON = "Thiếu số liệu trồng cây năm 2030";

  private static final Pattern MENU_LINK =
      Pattern.compile("<a(?: class=\"[^\"]*\")? href=\"([^\"]+)\">([^<]+)</a>");

  private Http browser(String user) {
    Http h = http();
    h.login(user, password(user));
    return h;
  }

  private static String menu(String page) {
    int start = page.indexOf("<nav class=\"menu\"");
    int end = page.indexOf("</nav>", start);
    return page.substring(start, end);
  }

  private static List<MimeMessage> mailTo(String address, String contains) throws Exception {
    List<MimeMessage> out = new ArrayList<>();
    for (MimeMessage m : MAIL.getReceivedMessages()) {
      for (var a : m.getRecipients(Message.RecipientType.TO)) {
        if (a.toString().contains(address) && m.getSubject().contains(contains)) {
          out.add(m);
        }
      }
    }
    return out;
  }

  private static boolean inboxHas(Http api, String text, String link) {
    for (JsonNode n : api.json("/api/v1/notifications")) {
      if (n.get("subject").asString().contains(text) && link.equals(n.get("link").asString())) {
        return true;
      }
    }
    return false;
  }

  @Test
  void theUnitIsToldWhenItsReportIsReturnedAndFindsItOnItsWorkList() throws Exception {
    Http office = http().as("thuongtruc.habac", password("thuongtruc.habac"));
    Http focal = http().as(UNIT, password(UNIT));
    long plan = HaBac.plan(office);
    long economy = HaBac.organization(office, "phong%20kinh%20te");

    // The village writes and sends its report.
    Http.Response saved =
        focal.putJson(
            "/api/v1/movements/" + plan + "/reports",
            Map.of("organizationId", economy, "year", YEAR, "values", Map.of()));
    assertThat(saved.status()).as(saved.body()).isEqualTo(200);
    long report = saved.json().get("report").get("id").asLong();
    long version = saved.json().get("report").get("version").asLong();
    String link = "/reports/" + report;
    String title = "Báo cáo năm 2030 của Phòng Kinh tế";

    // A draft waits for the village itself.
    String focalHome = browser(UNIT).get("/").body();
    assertThat(focalHome).contains("Hoàn thiện và gửi báo cáo").contains("href=\"" + link + "\"");

    Http.Response sent =
        focal.postJson("/api/v1/reports/" + report + "/submit?version=" + version, Map.of());
    assertThat(sent.status()).as(sent.body()).isEqualTo(200);

    // The office is told, and the report is on its work list with the day the level's report needs
    // it.
    assertThat(inboxHas(office, title + " đã được gửi", link)).isTrue();
    String officeHome = browser("thuongtruc.habac").get("/").body();
    assertThat(officeHome)
        .contains("Việc cần xử lý")
        .contains("Tiếp nhận hoặc trả lại báo cáo")
        .contains("href=\"" + link + "\"")
        .contains(title)
        .contains("14/12/2030");
    assertThat(menu(officeHome)).containsPattern("Việc cần xử lý \\(\\d+\\)");

    // Returned with a reason: the unit hears it in the inbox and by e-mail, with a link.
    Http.Response returned =
        office.postForm(
            "/api/v1/reports/" + report + "/return",
            Map.of("version", String.valueOf(version + 1), "reason", REASON));
    assertThat(returned.status()).as(returned.body()).isEqualTo(200);
    assertThat(inboxHas(focal, title + " đã bị trả lại", link)).isTrue();
    assertThat(inboxHas(focal, REASON, link)).isTrue();
    List<MimeMessage> mails = mailTo(UNIT + "@thidua.example", title + " đã bị trả lại");
    assertThat(mails).hasSize(1);
    assertThat(mails.getFirst().getSubject()).contains(REASON);
    assertThat(mails.getFirst().getContent().toString())
        .contains("Kính gửi")
        .contains(REASON)
        .contains(link);
    // The inbox page: one short line per message, linking to the report.
    String inboxPage = browser(UNIT).get("/notifications").body();
    assertThat(inboxPage)
        .contains("class=\"inbox-list\"")
        .contains("<a href=\"" + link + "\">" + title + " đã bị trả lại");
    // The one who returned it is not told of their own step.
    assertThat(inboxHas(office, title + " đã bị trả lại", link)).isFalse();

    // The village's work list now asks it to fix the report, with the days left; the office's no
    // more.
    focalHome = browser(UNIT).get("/").body();
    assertThat(focalHome)
        .contains("Sửa và gửi lại báo cáo bị trả lại")
        .contains("href=\"" + link + "\"")
        .contains("11/12/2030")
        .containsPattern("Còn \\d+ ngày");
    assertThat(browser("thuongtruc.habac").get("/").body()).doesNotContain("href=\"" + link + "\"");
  }

  @Autowired private PlatformTransactionManager transactions;
  @Autowired private ApplicationEventPublisher events;
  @Autowired private JdbcClient jdbc;

  /**
   * The notice is written in the step's own transaction, in a savepoint: a notice that fails inside
   * PostgreSQL (which aborts the whole transaction without one) is rolled back alone and the step
   * is kept.
   */
  @Test
  void aNoticeThatFailsDoesNotUndoTheStep() {
    String marker = "buoc-van-duoc-luu-" + System.nanoTime();
    new TransactionTemplate(transactions)
        .executeWithoutResult(status -> {
          // The step's own write, then its event, as a workflow does.
          jdbc.sql(
                  "insert into notification (username, subject, body, link)"
                      + " values ('khong-ai', :m, :m, '/')")
              .param("m", marker)
              .update();
          events.publishEvent(FailingNotice.step("lanhdao.habac"));
        });
    assertThat(
            jdbc.sql("select count(*) from notification where subject = :m")
                .param("m", marker)
                .query(Integer.class)
                .single())
        .as("the step's write survives its failed notice")
        .isEqualTo(1);
    jdbc.sql("delete from notification where subject = :m").param("m", marker).update();
  }

  @Test
  void aPersonWithNothingWaitingIsToldSo() {
    String home = browser("canhan.habac").get("/").body();
    assertThat(home).contains("Hiện không có việc nào đang chờ bạn xử lý");
    assertThat(menu(home)).doesNotContain("Việc cần xử lý (");
  }

  @Test
  void everyMenuLinkOfEveryDemoRoleOpensAndNoTwoShareAName() {
    Set<String> users = new java.util.TreeSet<>(demoPasswords().keySet());
    assertThat(users).contains("admin", "thuongtruc.habac", "daumoi.habac", "canhan.habac");
    for (String user : users) {
      Http h = browser(user);
      String menu = menu(h.get("/").body());
      Matcher m = MENU_LINK.matcher(menu);
      Set<String> names = new HashSet<>();
      int links = 0;
      while (m.find()) {
        String href = m.group(1);
        String name = m.group(2).replaceAll(" \\(\\d+\\)$", "");
        if (href.equals("/account") || href.equals("/notifications")) {
          continue;
        }
        links++;
        assertThat(names.add(name)).as(user + ": two menu items named " + name).isTrue();
        Http.Response r = h.get(href);
        assertThat(r.status()).as(user + " " + href).isEqualTo(200);
      }
      assertThat(links).as(user).isGreaterThan(3);
      assertThat(menu).as(user).contains("<summary>Sáng kiến, điển hình</summary>");
      // System administrators (national, and Hải Phòng's "quantri") have the API documentation.
      if (user.equals("admin") || user.startsWith("quantri.")) {
        assertThat(menu)
            .contains("swagger-ui/")
            .contains(">Tài liệu API</a>")
            .contains("<summary>Quản trị</summary>");
      } else {
        assertThat(menu).as(user).doesNotContain("Tài liệu API").doesNotContain("swagger-ui");
      }
    }
  }
}
