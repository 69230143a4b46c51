package vn.thidua.notification;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.mail.Message;
import jakarta.mail.internet.MimeMessage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;
import vn.thidua.support.AppProcess;
import vn.thidua.support.ApplicationTest;
import vn.thidua.support.Http;
import vn.thidua.support.TestHttp;

/**
 * Reminders of the 2029 annual report of xã Hà Bắc (units due by 11/12/2029, the commune's report
 * by 14/12/2029), with the day given as a test clock: 14, 7 and 1 days before and the day after,
 * each once, by e-mail through a real SMTP server (GreenMail) with a Vietnamese subject and body
 * and in the inbox, while two application instances on one database run every day twice at once.
 */
class ReminderIT extends ApplicationTest {

  @Autowired DataSource dataSource;

  private static List<MimeMessage> mailTo(String address, String contains) throws Exception {
    List<MimeMessage> out = new ArrayList<>();
    for (MimeMessage m : MAIL.getReceivedMessages()) {
      boolean to = false;
      for (var a : m.getRecipients(Message.RecipientType.TO)) {
        to |= a.toString().contains(address);
      }
      if (to && m.getSubject().contains(contains)) {
        out.add(m);
      }
    }
    return out;
  }

  private static String body(MimeMessage m) throws Exception {
    return m.getContent().toString();
  }

  @Test
  void eachReminderGoesOutOnceFromTwoInstances() throws Exception {
    String url;
    try (Connection c = dataSource.getConnection()) {
      url = c.getMetaData().getURL();
    }
    Path dir = Files.createTempDirectory(Path.of("target").toAbsolutePath(), "reminder-b-");
    int portB = AppProcess.freePort();
    Process b =
        AppProcess.start(
            dir,
            portB,
            password("admin"),
            Map.of(
                "THIDUA_DB_URL", url,
                "THIDUA_DB_USER", "postgres",
                "THIDUA_DB_PASSWORD", "unused",
                "THIDUA_SMTP_HOST", "localhost",
                "THIDUA_SMTP_PORT", String.valueOf(MAIL.getSmtp().getPort()),
                "THIDUA_REMINDERS_CRON", "-"));
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      Http onA = http().as("admin", password("admin"));
      Http onB = TestHttp.at("http://localhost:" + portB).as("admin", password("admin"));
      for (String day :
          List.of(
              "2029-11-27", "2029-11-28", "2029-11-30", "2029-12-04", "2029-12-10", "2029-12-12")) {
        List<Callable<Http.Response>> runs = new ArrayList<>();
        for (Http instance : List.of(onA, onB, onA, onB)) {
          runs.add(() -> instance.postJson("/api/v1/reminders/run?date=" + day, Map.of()));
        }
        for (Future<Http.Response> f : pool.invokeAll(runs)) {
          assertThat(f.get().status()).as(f.get().body()).isEqualTo(200);
        }
      }
      // A non-administrator cannot run reminders.
      assertThat(
              http()
                  .as("thuongtruc.habac", password("thuongtruc.habac"))
                  .postJson("/api/v1/reminders/run?date=2029-12-04", Map.of())
                  .status())
          .isEqualTo(403);
    } finally {
      pool.shutdownNow();
      b.destroy();
      b.waitFor(60, TimeUnit.SECONDS);
    }

    // The village focal point: four reminders for Thôn Đông's 2029 report, one per milestone.
    List<MimeMessage> village = mailTo("daumoi.habac@thidua.example", "hạn báo cáo năm 2029");
    assertThat(village)
        .extracting(MimeMessage::getSubject)
        .hasSize(4)
        .anyMatch(s -> s.startsWith("[ThiĐua] Còn 14 ngày: hạn báo cáo năm 2029 của Xã Hà Bắc"))
        .anyMatch(s -> s.startsWith("[ThiĐua] Còn 7 ngày"))
        .anyMatch(s -> s.startsWith("[ThiĐua] Còn 1 ngày"))
        .anyMatch(s -> s.startsWith("[ThiĐua] Đã quá hạn"))
        .allMatch(s -> s.contains("11/12/2029"));
    for (MimeMessage m : village) {
      assertThat(body(m))
          .contains("Kính gửi")
          .contains("Báo cáo kết quả năm 2029 của Thôn Đông")
          .contains("/reports/form?organization=");
    }
    // The commune's office: its own aggregated report 14 days before 14/12/2029, once.
    List<MimeMessage> rollup = mailTo("thuongtruc.habac@thidua.example", "14/12/2029");
    assertThat(rollup).hasSize(1);
    assertThat(body(rollup.getFirst()))
        .contains("Báo cáo tổng hợp năm 2029 của Xã Hà Bắc gửi cấp trên");
    // Nothing on a day that is no milestone.
    assertThat(mailTo("daumoi.habac@thidua.example", "Còn 13 ngày")).isEmpty();

    // The same four in the focal point's inbox.
    JsonNode inbox =
        http().as("daumoi.habac", password("daumoi.habac")).json("/api/v1/notifications");
    int found = 0;
    for (JsonNode n : inbox) {
      if (n.get("subject").asString().contains("hạn báo cáo năm 2029")) {
        found++;
      }
    }
    assertThat(found).isEqualTo(4);

    // In the browser: the inbox lists them; "read all" marks every one read.
    Http browser = http();
    browser.login("daumoi.habac", password("daumoi.habac"));
    String page = browser.get("/notifications").body();
    assertThat(page).contains("năm 2029");
    assertThat(
            browser.postForm("/notifications/read-all", Map.of("_csrf", Http.csrf(page))).status())
        .isEqualTo(302);
    for (JsonNode n :
        http().as("daumoi.habac", password("daumoi.habac")).json("/api/v1/notifications")) {
      assertThat(n.get("read").asBoolean()).isTrue();
    }
  }
}
