package vn.thidua.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import vn.thidua.support.ApplicationTest;
import vn.thidua.support.Http;

/**
 * Logins as an attacker and a careless user try them: an unknown name and a wrong password answer
 * alike (status, body, time), failures are throttled per client address and per name + address so
 * that nobody can lock the owner out, passwords are refused when common or made of the user's name,
 * a password change ends the other sessions, an administrator ends a user's sessions, and behind a
 * TLS proxy the session cookie is Secure and HSTS is sent. Each test comes from its own addresses
 * (X-Forwarded-For through the trusted loopback proxy), so throttling never reaches the other
 * tests.
 */
class LoginIT extends ApplicationTest {

  private Http admin() {
    return http().as("admin", password("admin"));
  }

  /** A fresh supervisor of Hà Bắc; returns its id and first password. */
  private JsonNode user(String username, String displayName) {
    Http.Response r =
        admin()
            .postJson(
                "/api/v1/users",
                Map.of(
                    "username",
                    username,
                    "displayName",
                    displayName,
                    "role",
                    "SUPERVISOR",
                    "scopeUnitCode",
                    "10816"));
    assertThat(r.status()).as(r.body()).isEqualTo(201);
    return r.json();
  }

  /** The login page's text without its per-session token. */
  private static String withoutToken(String html) {
    return html.replaceAll("name=\"_csrf\" value=\"[^\"]+\"", "");
  }

  @Test
  void anUnknownNameAndAWrongPasswordAnswerAlikeEvenAfterRepeatedFailures() {
    String known = "thuongtruc.namsach";
    String unknown = "khong.co.ai.ten.nay";
    // Form login: same redirect, same page.
    Http a = http().from("203.0.113.11");
    Http b = http().from("203.0.113.11");
    String toKnown = a.login(known, "Sai-mat-khau-1");
    String toUnknown = b.login(unknown, "Sai-mat-khau-1");
    assertThat(toKnown).isEqualTo(toUnknown).endsWith("/login?error");
    assertThat(withoutToken(a.get("/login?error").body()))
        .isEqualTo(withoutToken(b.get("/login?error").body()))
        .contains("Tên đăng nhập hoặc mật khẩu không đúng");
    // The API: same status, same problem detail.
    Http.Response apiKnown =
        http().from("203.0.113.12").as(known, "Sai-mat-khau-1").get("/api/v1/me");
    Http.Response apiUnknown =
        http().from("203.0.113.12").as(unknown, "Sai-mat-khau-1").get("/api/v1/me");
    assertThat(apiKnown.status()).isEqualTo(apiUnknown.status()).isEqualTo(401);
    assertThat(apiKnown.body()).isEqualTo(apiUnknown.body());

    // Five more failures each from one address: both names are held back alike; nothing says
    // "locked" (which only an existing account could be).
    for (int i = 0; i < 5; i++) {
      http().from("203.0.113.13").as(known, "Sai-mat-khau-x" + i).get("/api/v1/me");
      http().from("203.0.113.13").as(unknown, "Sai-mat-khau-x" + i).get("/api/v1/me");
    }
    Http.Response heldKnown =
        http().from("203.0.113.13").as(known, "Sai-mat-khau-y").get("/api/v1/me");
    Http.Response heldUnknown =
        http().from("203.0.113.13").as(unknown, "Sai-mat-khau-y").get("/api/v1/me");
    assertThat(heldKnown.status()).isEqualTo(heldUnknown.status()).isEqualTo(429);
    assertThat(heldKnown.body()).isEqualTo(heldUnknown.body()).doesNotContain("khóa");
    assertThat(heldKnown.header("Retry-After")).isNotNull();
    assertThat(heldUnknown.header("Retry-After")).isNotNull();
    String formKnown = http().from("203.0.113.13").login(known, "Sai-mat-khau-z");
    String formUnknown = http().from("203.0.113.13").login(unknown, "Sai-mat-khau-z");
    assertThat(formKnown).isEqualTo(formUnknown).contains("/login?throttled=");
    assertThat(http().get(formKnown.substring(formKnown.indexOf("/login"))).body())
        .contains("thử lại sau 1 phút");
  }

  @Test
  void anUnknownNameTakesAboutAsLongAsAWrongPassword() {
    List<Long> known = new ArrayList<>();
    List<Long> unknown = new ArrayList<>();
    for (int i = 0; i < 7; i++) {
      // A new address each time: no throttle in the way, only the password check.
      known.add(
          timed(http().from("198.18.0." + (10 + i)).as("thuongtruc.namsach", "Sai-" + i + "-abc")));
      unknown.add(
          timed(http().from("198.18.1." + (10 + i)).as("khong.ai." + i, "Sai-" + i + "-abc")));
    }
    long k = median(known);
    long u = median(unknown);
    // Without the dummy password check an unknown name answers many times faster.
    assertThat((double) u)
        .as("unknown %d ms, wrong password %d ms", u, k)
        .isBetween(k / 2.5, k * 2.5);
  }

  private static long timed(Http api) {
    long start = System.nanoTime();
    assertThat(api.get("/api/v1/me").status()).isEqualTo(401);
    return (System.nanoTime() - start) / 1_000_000;
  }

  private static long median(List<Long> values) {
    List<Long> sorted = new ArrayList<>(values);
    sorted.sort(null);
    return sorted.get(sorted.size() / 2);
  }

  @Test
  void failuresFromOneAddressDoNotLockTheOwnerOutOfAnother() {
    JsonNode created = user("khoa.thu", "Khóa Thử");
    String pw = created.get("initialPassword").asString();
    for (int i = 0; i < 5; i++) {
      assertThat(
              http()
                  .from("198.51.100.1")
                  .as("khoa.thu", "sai-mat-khau-" + i)
                  .get("/api/v1/me")
                  .status())
          .isEqualTo(401);
    }
    // The attacker's address waits, even with the right password...
    assertThat(http().from("198.51.100.1").as("khoa.thu", pw).get("/api/v1/me").status())
        .isEqualTo(429);
    assertThat(http().from("198.51.100.1").login("khoa.thu", pw)).contains("/login?throttled=");
    // ...the owner elsewhere is not held back, by the API or the form.
    assertThat(http().from("198.51.100.2").as("khoa.thu", pw).get("/api/v1/me").status())
        .isEqualTo(200);
    assertThat(http().from("198.51.100.3").login("khoa.thu", pw)).doesNotContain("login");

    // The administrator sees the failures and can forget them.
    long id = created.get("user").get("id").asLong();
    JsonNode listed = find(admin().json("/api/v1/users"), id);
    assertThat(listed.get("recentLoginFailures").asInt()).isEqualTo(5);
    assertThat(admin().postJson("/api/v1/users/" + id + "/unlock", Map.of()).status())
        .isEqualTo(200);
    assertThat(http().from("198.51.100.1").as("khoa.thu", pw).get("/api/v1/me").status())
        .isEqualTo(200);
  }

  @Test
  void manyFailuresFromOneAddressHoldThatAddressBackOnly() {
    String pw = user("dia.chi.thu", "Địa Chỉ Thử").get("initialPassword").asString();
    for (int i = 0; i < 30; i++) {
      http().from("192.0.2.50").as("ai.do." + i, "Sai-mat-khau-" + i).get("/api/v1/me");
    }
    Http.Response held = http().from("192.0.2.50").as("dia.chi.thu", pw).get("/api/v1/me");
    assertThat(held.status()).isEqualTo(429);
    assertThat(held.contentType()).startsWith("application/problem+json");
    assertThat(held.json().get("detail").asString()).contains("thử lại sau");
    assertThat(http().from("192.0.2.51").as("dia.chi.thu", pw).get("/api/v1/me").status())
        .isEqualTo(200);
  }

  @Test
  void aDisabledAccountIsOnlyNamedToWhoeverTypedItsPassword() {
    JsonNode created = user("tam.nghi", "Tạm Nghỉ");
    String pw = created.get("initialPassword").asString();
    long id = created.get("user").get("id").asLong();
    Http browser = http();
    browser.login("admin", password("admin"));
    String token = Http.csrf(browser.get("/admin/users").body());
    assertThat(
            browser
                .postForm(
                    "/admin/users/" + id + "/enabled", Map.of("enabled", "false", "_csrf", token))
                .status())
        .isEqualTo(302);
    assertThat(http().from("203.0.113.30").login("tam.nghi", "Sai-mat-khau-1"))
        .endsWith("/login?error");
    assertThat(http().from("203.0.113.30").login("tam.nghi", pw)).endsWith("/login?disabled");
    assertThat(
            http()
                .from("203.0.113.30")
                .as("tam.nghi", "Sai-mat-khau-2")
                .get("/api/v1/me")
                .json()
                .get("detail")
                .asString())
        .contains("tên đăng nhập và mật khẩu");
  }

  @Test
  void passwordsAreStoredHashedWithAModernAlgorithm() {
    Http browser = http();
    assertThat(browser.login("giamsat.habac", password("giamsat.habac"))).doesNotContain("error");
    Http.Response page = browser.get("/");
    assertThat(page.body()).contains("Giám sát");
  }

  @Test
  void formLoginWithAWrongPasswordSaysSoInVietnamese() {
    Http browser = http().from("203.0.113.40");
    String location = browser.login("thuongtruc.binhgiang", "khong-dung-1");
    assertThat(location).endsWith("/login?error");
    assertThat(browser.get("/login?error").body())
        .contains("Tên đăng nhập hoặc mật khẩu không đúng");
  }

  private static Map<String, String> change(String current, String next, String token) {
    return Map.of(
        "currentPassword", current, "newPassword", next, "confirmation", next, "_csrf", token);
  }

  @Test
  void aNewPasswordIsNeitherShortNorCommonNorTheUsersOwnName() {
    JsonNode created = user("doi.mat.khau", "Phạm Quốc Khánh");
    String pw = created.get("initialPassword").asString();
    Http browser = http();
    browser.login("doi.mat.khau", pw);
    String token = Http.csrf(browser.get("/account").body());
    assertThat(browser.postForm("/account/password", change(pw, "ngan1", token)).body())
        .contains("ít nhất 10 ký tự");
    for (String common : List.of("Password2026", "qwerty12345", "MatKhau@2026", "1qaz2wsx3edc")) {
      assertThat(browser.postForm("/account/password", change(pw, common, token)).body())
          .as(common)
          .contains("quá phổ biến");
    }
    for (String own : List.of("Khanh.Pham2026", "phamquockhanh9", "Doi.Mat.Khau.99")) {
      assertThat(browser.postForm("/account/password", change(pw, own, token)).body())
          .as(own)
          .containsAnyOf("họ tên", "tên đăng nhập");
    }
    // The API says the same as a problem detail beside the field.
    Http.Response api =
        http()
            .as("doi.mat.khau", pw)
            .postJson(
                "/api/v1/me/password",
                Map.of(
                    "currentPassword",
                    pw,
                    "newPassword",
                    "iloveyou2026",
                    "confirmation",
                    "iloveyou2026"));
    assertThat(api.status()).isEqualTo(422);
    assertThat(api.json().get("field").asString()).isEqualTo("newPassword");
    Http.Response ok =
        browser.postForm("/account/password", change(pw, "Sông-Cấm-chảy-1947", token));
    assertThat(ok.status()).isEqualTo(302);
    assertThat(http().as("doi.mat.khau", "Sông-Cấm-chảy-1947").get("/api/v1/me").status())
        .isEqualTo(200);
  }

  @Test
  void changingThePasswordEndsTheUsersOtherSessions() {
    String pw = user("hai.phien", "Hai Phiên").get("initialPassword").asString();
    Http laptop = http();
    Http phone = http();
    assertThat(laptop.login("hai.phien", pw)).doesNotContain("login");
    assertThat(phone.login("hai.phien", pw)).doesNotContain("login");
    assertThat(phone.get("/account").status()).isEqualTo(200);

    String token = Http.csrf(laptop.get("/account").body());
    assertThat(laptop.postForm("/account/password", change(pw, "Bến-Nghé-cũ-1698", token)).status())
        .isEqualTo(302);
    // The phone's session is over; the laptop's goes on.
    Http.Response phoneAfter = phone.get("/account");
    assertThat(phoneAfter.status()).isEqualTo(302);
    assertThat(phoneAfter.header("Location")).contains("/login");
    assertThat(laptop.get("/account").status()).isEqualTo(200);
  }

  @Test
  void anAdministratorEndsAUsersSessionsByPageAndApi() {
    JsonNode created = user("bi.ket.thuc", "Bị Kết Thúc");
    String pw = created.get("initialPassword").asString();
    long id = created.get("user").get("id").asLong();
    Http first = http();
    first.login("bi.ket.thuc", pw);
    Http second = http();
    second.login("bi.ket.thuc", pw);
    assertThat(first.get("/account").status()).isEqualTo(200);

    Http.Response ended = admin().send("DELETE", "/api/v1/users/" + id + "/sessions");
    assertThat(ended.status()).as(ended.body()).isEqualTo(200);
    assertThat(ended.json().get("sessionsEnded").asInt()).isEqualTo(2);
    assertThat(first.get("/account").status()).isEqualTo(302);
    assertThat(second.get("/account").status()).isEqualTo(302);

    // The page: log in again, the administrator ends it from the users page.
    Http third = http();
    third.login("bi.ket.thuc", pw);
    Http adminBrowser = http();
    adminBrowser.login("admin", password("admin"));
    String token = Http.csrf(adminBrowser.get("/admin/users").body());
    Http.Response form =
        adminBrowser.postForm("/admin/users/" + id + "/sessions/end", Map.of("_csrf", token));
    assertThat(form.status()).isEqualTo(302);
    assertThat(adminBrowser.get("/admin/users").body())
        .contains("Đã kết thúc 1 phiên đăng nhập của bi.ket.thuc");
    assertThat(third.get("/account").status()).isEqualTo(302);

    // Someone who administers the city only cannot reach the national administrator: 404, as for
    // an id that does not exist.
    Http city = http().as("quantri.haiphong", password("quantri.haiphong"));
    long adminId = admin().json("/api/v1/me").get("id").asLong();
    assertThat(city.send("DELETE", "/api/v1/users/" + adminId + "/sessions").status())
        .isEqualTo(404);
    assertThat(city.send("DELETE", "/api/v1/users/987654321/sessions").status()).isEqualTo(404);
    // A role without user administration: 403.
    assertThat(
            http()
                .as("thuongtruc.habac", password("thuongtruc.habac"))
                .send("DELETE", "/api/v1/users/" + id + "/sessions")
                .status())
        .isEqualTo(403);
  }

  @Test
  void behindATlsProxyTheSessionCookieIsSecureAndHstsIsSent() {
    Http.Response viaProxy = http().header("X-Forwarded-Proto", "https").get("/login");
    assertThat(viaProxy.status()).isEqualTo(200);
    assertThat(viaProxy.header("Strict-Transport-Security")).contains("max-age=");
    List<String> cookies = viaProxy.raw().headers().allValues("Set-Cookie");
    assertThat(cookies)
        .anySatisfy(
            c -> assertThat(c).startsWith("SESSION=").contains("Secure").contains("HttpOnly"));

    Http.Response plain = http().get("/login");
    assertThat(plain.header("Strict-Transport-Security")).isNull();
    assertThat(plain.raw().headers().allValues("Set-Cookie"))
        .allSatisfy(c -> assertThat(c).doesNotContain("Secure"));

    // A redirect behind the proxy stays on https.
    Http.Response redirect = http().header("X-Forwarded-Proto", "https").get("/account");
    assertThat(redirect.status()).isEqualTo(302);
    assertThat(redirect.header("Location")).doesNotStartWith("http://");
  }

  private static JsonNode find(JsonNode list, long id) {
    for (JsonNode n : list) {
      if (n.get("id").asLong() == id) {
        return n;
      }
    }
    throw new AssertionError("no user " + id);
  }

  @Test
  void unknownPagesAndApiPathsAnswerInVietnamese() {
    Http api = admin();
    Http.Response missing = api.get("/api/v1/organizations/999999999");
    assertThat(missing.status()).isEqualTo(404);
    assertThat(missing.json().get("detail").asString()).isEqualTo("Không tìm thấy tổ chức.");
    Http browser = http();
    browser.login("admin", password("admin"));
    Http.Response page = browser.get("/khong-co-trang-nay");
    assertThat(page.status()).isEqualTo(404);
    assertThat(page.body()).contains("Không tìm thấy");
    Http.Response unknownApi = api.get("/api/v1/khong-co");
    assertThat(unknownApi.status()).isEqualTo(404);
    assertThat(unknownApi.contentType()).startsWith("application/problem+json");
    assertThat(unknownApi.json().get("detail").asString()).contains("Không tìm thấy");
  }

  @Test
  void healthIsUpWithoutLogin() {
    Http.Response health = http().get("/actuator/health");
    assertThat(health.status()).isEqualTo(200);
    assertThat(health.json().get("status").asString()).isEqualTo("UP");
  }
}
