package vn.thidua.platform;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import vn.thidua.support.AppProcess;
import vn.thidua.support.HaBac;
import vn.thidua.support.Http;
import vn.thidua.support.Images;
import vn.thidua.support.TestHttp;

/**
 * Two instances on one PostgreSQL behind HAProxy (round robin), as docs/deployment.md deploys them:
 * the second instance uses THIDUA_DB_URL (the first one's embedded database) and starts no
 * PostgreSQL of its own. Through the load balancer, whose {@code X-Backend} header names the
 * instance that answered: a browser signed in once keeps working while its requests alternate
 * instances; a file uploaded through one instance is downloaded through the other; two conflicting
 * decisions racing through both instances give one success and one refusal; and the reminders of a
 * day go out once although both instances' schedulers run every two seconds.
 */
class ScaleOutIT {

  private static final String PASSWORD = "Scale-Out-Passw0rd";
  private static final String HAPROXY = "/usr/sbin/haproxy";

  /** 27/11/2029 in Việt Nam: 14 days before Hà Bắc's units' 2029 reports are due (11/12/2029). */
  private static final String DAY = "2029-11-27T03:00:00Z";

  private static GreenMail mail;
  private static Path first;
  private static Path second;
  private static Process a;
  private static Process b;
  private static Process haproxy;
  private static int portA;
  private static int portB;
  private static int portLb;

  @BeforeAll
  static void start() throws Exception {
    assertThat(Path.of(HAPROXY))
        .as(
            "HAProxy is needed by the scale-out test: sudo apt-get install -y haproxy"
                + " (./thidua test installs it)")
        .isExecutable();
    mail = new GreenMail(ServerSetupTest.SMTP.dynamicPort());
    mail.start();
    Map<String, String> env = new HashMap<>();
    env.put("THIDUA_DEMO", "true");
    env.put("THIDUA_CLOCK", DAY);
    env.put("THIDUA_REMINDERS_CRON", "*/2 * * * * *");
    env.put("THIDUA_SMTP_HOST", "localhost");
    env.put("THIDUA_SMTP_PORT", String.valueOf(mail.getSmtp().getPort()));
    env.put("LOGGING_LEVEL_VN_THIDUA_NOTIFICATION_DOMAIN", "DEBUG");

    first = Files.createTempDirectory(Path.of("target").toAbsolutePath(), "scale-a-");
    second = Files.createTempDirectory(Path.of("target").toAbsolutePath(), "scale-b-");
    portA = AppProcess.freePort();
    a = AppProcess.start(first, portA, PASSWORD, env);
    int pg = AppProcess.embeddedPostgresPort(first);
    assertThat(pg).isPositive();
    portB = AppProcess.freePort();
    Map<String, String> envB = new HashMap<>(env);
    envB.put("THIDUA_DB_URL", "jdbc:postgresql://localhost:" + pg + "/postgres");
    envB.put("THIDUA_DB_USER", "postgres");
    envB.put("THIDUA_DB_PASSWORD", "unused");
    b = AppProcess.start(second, portB, PASSWORD, envB);
    assertThat(second.resolve("postgres")).doesNotExist();

    portLb = AppProcess.freePort();
    Path config = first.resolve("haproxy.cfg");
    Files.writeString(
        config,
        """
        global
          maxconn 200
        defaults
          mode http
          option http-server-close
          option forwardfor
          timeout connect 5s
          timeout client 60s
          timeout server 60s
        frontend web
          bind 127.0.0.1:%d
          default_backend thidua
        backend thidua
          balance roundrobin
          http-response set-header X-Backend %%s
          server a 127.0.0.1:%d
          server b 127.0.0.1:%d
        """
            .formatted(portLb, portA, portB),
        StandardCharsets.UTF_8);
    haproxy =
        new ProcessBuilder(HAPROXY, "-db", "-f", config.toString())
            .redirectErrorStream(true)
            .redirectOutput(first.resolve("haproxy.log").toFile())
            .start();
    Instant deadline = Instant.now().plus(Duration.ofSeconds(20));
    while (true) {
      assertThat(haproxy.isAlive())
          .as("haproxy exited: %s", Files.readString(first.resolve("haproxy.log")))
          .isTrue();
      try (Socket s = new Socket("127.0.0.1", portLb)) {
        break;
      } catch (IOException notYet) {
        assertThat(Instant.now()).as("haproxy did not listen").isBefore(deadline);
        Thread.sleep(100);
      }
    }
  }

  @AfterAll
  static void stop() throws InterruptedException {
    for (Process p : new Process[] {haproxy, b, a}) {
      if (p != null) {
        p.destroy();
        if (!p.waitFor(60, TimeUnit.SECONDS)) {
          p.destroyForcibly();
        }
      }
    }
    if (mail != null) {
      mail.stop();
    }
  }

  private static Http balanced() {
    return TestHttp.at("http://127.0.0.1:" + portLb);
  }

  private static String password(String user) throws IOException {
    for (String line :
        Files.readAllLines(first.resolve("demo-accounts.txt"), StandardCharsets.UTF_8)) {
      String[] parts = line.split("\t");
      if (!line.startsWith("#") && parts.length > 3 && parts[0].equals(user)) {
        return parts[3];
      }
    }
    throw new AssertionError("no demo account " + user);
  }

  @Test
  void bothInstancesShareDataAndABrowserSignedInOnceThroughTheBalancer() throws Exception {
    Http onA = TestHttp.at("http://localhost:" + portA).as("admin", PASSWORD);
    long id =
        onA.postJson(
                "/api/v1/organizations",
                Map.of("unitCode", "10816", "type", "VILLAGE", "name", "Thôn Hai Máy Chủ"))
            .json()
            .get("id")
            .asLong();
    Http onB = TestHttp.at("http://localhost:" + portB).as("admin", PASSWORD);
    assertThat(onB.json("/api/v1/organizations/" + id).get("name").asString())
        .isEqualTo("Thôn Hai Máy Chủ");

    // The login page comes from one instance, the form is posted to the other (its CSRF token
    // lives in the shared session), and every later page is served signed in by either.
    Http browser = balanced();
    assertThat(browser.login("admin", PASSWORD)).endsWith("/");
    List<String> backends = new ArrayList<>();
    for (int i = 0; i < 6; i++) {
      Http.Response page = browser.get("/organizations/" + id);
      assertThat(page.status()).as(page.body()).isEqualTo(200);
      assertThat(page.body()).contains("Thôn Hai Máy Chủ");
      backends.add(page.header("X-Backend"));
    }
    assertThat(backends).containsOnly("a", "b");
    for (int i = 1; i < backends.size(); i++) {
      assertThat(backends.get(i)).isNotEqualTo(backends.get(i - 1));
    }
    // A form rendered by one instance is accepted by the other.
    Http.Response form = browser.get("/notifications");
    Http.Response posted =
        browser.postForm("/notifications/read-all", Map.of("_csrf", Http.csrf(form.body())));
    assertThat(posted.header("X-Backend")).isNotEqualTo(form.header("X-Backend"));
    assertThat(posted.status()).isEqualTo(302);
    assertThat(posted.header("Location")).doesNotContain("/login");
  }

  @Test
  void aFileUploadedThroughOneInstanceIsDownloadedThroughTheOtherAndADecisionIsTakenOnce()
      throws Exception {
    Http an = balanced().as("canhan.habac", password("canhan.habac"));
    Http admin = balanced().as("admin", PASSWORD);
    long person =
        admin
            .json("/api/v1/people?unit=" + HaBac.UNIT + "&q=tran%20thi%20an")
            .get("items")
            .get(0)
            .get("id")
            .asLong();
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("title", "Sổ tay điện tử cho hai máy chủ");
    body.put("field", "ADMINISTRATION");
    body.put("organizationId", HaBac.organization(admin, "van%20hoa"));
    body.put("appliedOn", "2029-03-01");
    body.put("problem", "Người dân phải hỏi nhiều lần.");
    body.put("solution", "Dán mã tra cứu tại quầy.");
    body.put("novelty", "Lần đầu áp dụng.");
    body.put("effect", "Giảm thời gian chờ.");
    body.put("authors", List.of(Map.of("personId", person, "share", 100)));
    Http.Response created = an.postJson("/api/v1/initiatives", body);
    assertThat(created.status()).as(created.body()).isEqualTo(201);
    long id = created.json().get("initiative").get("id").asLong();

    byte[] png = Images.png();
    Http.Response uploaded =
        an.postFile("/api/v1/initiatives/" + id + "/attachments", "file", "anh.png", png);
    assertThat(uploaded.status()).as(uploaded.body()).isEqualTo(200);
    long file = uploaded.json().get("attachments").get(0).get("id").asLong();
    long version = uploaded.json().get("version").asLong();
    Http.Response downloaded = an.get("/api/v1/initiatives/" + id + "/attachments/" + file);
    assertThat(downloaded.status()).isEqualTo(200);
    assertThat(downloaded.header("X-Backend")).isNotEqualTo(uploaded.header("X-Backend"));
    assertThat(downloaded.bytes()).isEqualTo(png);
    // Straight from each instance too.
    for (int port : new int[] {portA, portB}) {
      assertThat(
              TestHttp.at("http://localhost:" + port)
                  .as("canhan.habac", password("canhan.habac"))
                  .get("/api/v1/initiatives/" + id + "/attachments/" + file)
                  .bytes())
          .isEqualTo(png);
    }

    // The author sends the initiative twice at once, through both instances, on the same version:
    // it is sent once, the other request is refused as a concurrent change.
    ExecutorService pool = Executors.newFixedThreadPool(2);
    List<Http.Response> answers = new ArrayList<>();
    try {
      List<Callable<Http.Response>> both = new ArrayList<>();
      for (int i = 0; i < 2; i++) {
        Http author = balanced().as("canhan.habac", password("canhan.habac"));
        both.add(() ->
            author.postForm("/api/v1/initiatives/" + id + "/submit?version=" + version, Map.of()));
      }
      for (Future<Http.Response> f : pool.invokeAll(both)) {
        answers.add(f.get());
      }
    } finally {
      pool.shutdownNow();
    }
    assertThat(answers).extracting(Http.Response::status).containsExactlyInAnyOrder(200, 409);
    Set<String> served = new HashSet<>();
    answers.forEach(r -> served.add(r.header("X-Backend")));
    assertThat(served).containsExactlyInAnyOrder("a", "b");
    JsonNode after = an.json("/api/v1/initiatives/" + id).get("initiative");
    assertThat(after.get("status").asString()).isEqualTo("SUBMITTED");
    assertThat(after.get("version").asLong()).isEqualTo(version + 1);
  }

  @Test
  void theDaysRemindersGoOutOnceWhileBothSchedulersRun() throws Exception {
    // Both instances run the job every two seconds for 27/11/2029: wait until each has run it
    // several times.
    Instant deadline = Instant.now().plus(Duration.ofSeconds(30));
    while (scheduledRuns(first) < 3 || scheduledRuns(second) < 3) {
      assertThat(Instant.now()).as("both schedulers run").isBefore(deadline);
      Thread.sleep(500);
    }
    List<String> subjects = new ArrayList<>();
    for (MimeMessage m : mail.getReceivedMessages()) {
      if (m.getAllRecipients()[0].toString().contains("daumoi.habac@")) {
        subjects.add(m.getSubject());
      }
    }
    assertThat(subjects)
        .filteredOn(s -> s.contains("Còn 14 ngày") && s.contains("năm 2029"))
        .hasSize(1);
    int inbox = 0;
    for (JsonNode n :
        balanced().as("daumoi.habac", password("daumoi.habac")).json("/api/v1/notifications")) {
      if (n.get("subject").asString().contains("Còn 14 ngày")
          && n.get("subject").asString().contains("năm 2029")) {
        inbox++;
      }
    }
    assertThat(inbox).isEqualTo(1);
  }

  /** How many times an instance's scheduler has run the reminders of 27/11/2029. */
  private static long scheduledRuns(Path dataDir) throws IOException {
    return Files.readAllLines(dataDir.resolve("app.log"), StandardCharsets.UTF_8).stream()
        .filter(l -> l.contains("scheduled reminders of 2029-11-27"))
        .count();
  }
}
