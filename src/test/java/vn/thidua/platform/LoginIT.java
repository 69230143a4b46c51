package vn.thidua.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import vn.thidua.support.ApplicationTest;
import vn.thidua.support.Http;

class LoginIT extends ApplicationTest {

  @Test
  void fiveWrongPasswordsLockTheAccountUntilAnAdministratorUnlocksIt() {
    Http admin = http().as("admin", password("admin"));
    JsonNode created =
        admin
            .postJson(
                "/api/v1/users",
                Map.of(
                    "username",
                    "khoa.thu",
                    "displayName",
                    "Khóa Thử",
                    "role",
                    "SUPERVISOR",
                    "scopeUnitCode",
                    "10816"))
            .json();
    String pw = created.get("initialPassword").asString();
    long id = created.get("user").get("id").asLong();
    for (int i = 0; i < 5; i++) {
      assertThat(http().as("khoa.thu", "sai-mat-khau-" + i).get("/api/v1/me").status())
          .isEqualTo(401);
    }
    Http.Response locked = http().as("khoa.thu", pw).get("/api/v1/me");
    assertThat(locked.status()).isEqualTo(401);
    assertThat(locked.json().get("detail").asString()).contains("tạm khóa");

    Http browser = http();
    assertThat(browser.login("khoa.thu", pw)).contains("/login?locked");

    assertThat(admin.postJson("/api/v1/users/" + id + "/unlock", Map.of()).status()).isEqualTo(200);
    assertThat(http().as("khoa.thu", pw).get("/api/v1/me").status()).isEqualTo(200);
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
    Http browser = http();
    String location = browser.login("thuongtruc.binhgiang", "khong-dung-1");
    assertThat(location).endsWith("/login?error");
    assertThat(browser.get("/login?error").body())
        .contains("Tên đăng nhập hoặc mật khẩu không đúng");
  }

  @Test
  void changingThePasswordRequiresTheCurrentOneAndAStrongNewOne() {
    Http admin = http().as("admin", password("admin"));
    JsonNode created =
        admin
            .postJson(
                "/api/v1/users",
                Map.of(
                    "username",
                    "doi.mat.khau",
                    "displayName",
                    "Đổi Mật Khẩu",
                    "role",
                    "SUPERVISOR",
                    "scopeUnitCode",
                    "10816"))
            .json();
    String pw = created.get("initialPassword").asString();
    Http browser = http();
    browser.login("doi.mat.khau", pw);
    String token = Http.csrf(browser.get("/account").body());
    Http.Response weak =
        browser.postForm(
            "/account/password",
            Map.of(
                "currentPassword",
                pw,
                "newPassword",
                "ngan",
                "confirmation",
                "ngan",
                "_csrf",
                token));
    assertThat(weak.body()).contains("ít nhất 10 ký tự");
    Http.Response ok =
        browser.postForm(
            "/account/password",
            Map.of(
                "currentPassword",
                pw,
                "newPassword",
                "MatKhauMoi2026",
                "confirmation",
                "MatKhauMoi2026",
                "_csrf",
                token));
    assertThat(ok.status()).isEqualTo(302);
    assertThat(http().as("doi.mat.khau", "MatKhauMoi2026").get("/api/v1/me").status())
        .isEqualTo(200);
  }

  @Test
  void unknownPagesAndApiPathsAnswerInVietnamese() {
    Http api = http().as("admin", password("admin"));
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
