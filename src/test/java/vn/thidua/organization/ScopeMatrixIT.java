package vn.thidua.organization;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import vn.thidua.support.ApplicationTest;
import vn.thidua.support.Http;

/**
 * Authorisation by role × scope, through the API (HTTP Basic) and the pages (form login): every
 * cell of the matrix is an expected status code.
 */
class ScopeMatrixIT extends ApplicationTest {

  private static final List<String> USERS =
      List.of(
          "thuongtruc.habac",
          "lanhdao.habac",
          "hoidong.habac",
          "giamsat.habac",
          "daumoi.habac",
          "canhan.habac",
          "thuongtruc.haiphong",
          "quantri.haiphong",
          "admin");

  private final Map<String, Map<String, Integer>> matrix = new LinkedHashMap<>();

  @BeforeEach
  void buildMatrix() {
    Http admin = http().as("admin", password("admin"));
    long bgOrg = first(admin, "/api/v1/organizations?unit=10966&q=phong%20kinh%20te");
    long bgPerson =
        admin.json("/api/v1/people?organization=" + bgOrg).get("items").get(0).get("id").asLong();
    long hbOrg = first(admin, "/api/v1/organizations?unit=10816&q=phong%20kinh%20te");
    long hbPerson =
        admin.json("/api/v1/people?organization=" + hbOrg).get("items").get(0).get("id").asLong();
    long hbVillage = first(admin, "/api/v1/organizations?unit=10816&q=thon%20dong&type=VILLAGE");
    long an =
        admin
            .json("/api/v1/people?q=tran%20thi%20an&unit=10816")
            .get("items")
            .get(0)
            .get("id")
            .asLong();

    // Bình Giang: nobody scoped to Hà Bắc may see it, nor learn that it exists (404).
    row("organizations/" + bgOrg, 404, 404, 404, 404, 404, 404, 200, 200, 200);
    row("people/" + bgPerson, 404, 404, 404, 404, 404, 404, 200, 200, 200);
    // Hà Bắc, an agency: the commune's roles yes; a village focal point and an individual no.
    row("organizations/" + hbOrg, 200, 200, 200, 200, 403, 403, 200, 200, 200);
    row("people/" + hbPerson, 200, 200, 200, 200, 403, 403, 200, 200, 200);
    // The village's own focal point sees the village.
    row("organizations/" + hbVillage, 200, 200, 200, 200, 200, 403, 200, 200, 200);
    // An individual sees the own record.
    row("people/" + an, 200, 200, 200, 200, 403, 200, 200, 200, 200);
  }

  private void row(String target, int... statuses) {
    Map<String, Integer> expected = new LinkedHashMap<>();
    for (int i = 0; i < USERS.size(); i++) {
      expected.put(USERS.get(i), statuses[i]);
    }
    matrix.put(target, expected);
  }

  private static long first(Http api, String path) {
    JsonNode items = api.json(path).get("items");
    assertThat(items.size()).as(path).isPositive();
    return items.get(0).get("id").asLong();
  }

  @Test
  void apiAnswersByRoleAndScope() {
    List<String> wrong = new ArrayList<>();
    for (String user : USERS) {
      Http api = http().as(user, password(user));
      for (var cell : matrix.entrySet()) {
        int expected = cell.getValue().get(user);
        Http.Response r = api.get("/api/v1/" + cell.getKey());
        if (r.status() != expected) {
          wrong.add(
              user
                  + " GET /api/v1/"
                  + cell.getKey()
                  + " → "
                  + r.status()
                  + ", expected "
                  + expected);
        } else if (expected == 403) {
          assertThat(r.contentType()).startsWith("application/problem+json");
        }
      }
    }
    assertThat(wrong).isEmpty();
  }

  @Test
  void pagesAnswerByRoleAndScope() {
    List<String> wrong = new ArrayList<>();
    for (String user : USERS) {
      Http browser = http();
      assertThat(browser.login(user, password(user))).as(user + " logs in").doesNotContain("error");
      for (var cell : matrix.entrySet()) {
        int expected = cell.getValue().get(user);
        Http.Response r = browser.get("/" + cell.getKey());
        if (r.status() != expected) {
          wrong.add(
              user + " GET /" + cell.getKey() + " → " + r.status() + ", expected " + expected);
        } else if (expected == 403) {
          assertThat(r.body()).contains("Không có quyền");
        }
      }
    }
    assertThat(wrong).isEmpty();
  }

  @Test
  void listingAnotherCommunesUnitIsRefused() {
    for (String user : List.of("thuongtruc.habac", "lanhdao.habac", "giamsat.habac")) {
      Http api = http().as(user, password(user));
      assertThat(api.get("/api/v1/organizations?unit=10966").status()).as(user).isEqualTo(403);
      assertThat(api.get("/api/v1/people?unit=10966").status()).as(user).isEqualTo(403);
    }
    Http city = http().as("thuongtruc.haiphong", password("thuongtruc.haiphong"));
    assertThat(city.json("/api/v1/organizations?unit=10966").get("total").asLong()).isPositive();
  }

  @Test
  void aCommuneOfficerCannotCreateInAnotherCommune() {
    Http api = http().as("thuongtruc.habac", password("thuongtruc.habac"));
    Http.Response r =
        api.postJson(
            "/api/v1/organizations",
            Map.of("unitCode", "10966", "type", "VILLAGE", "name", "Thôn Lạ"));
    assertThat(r.status()).isEqualTo(403);
  }

  @Test
  void apiCallsWithBasicNeedNoCsrfButBrowserSessionsDo() {
    Http browser = http();
    browser.login("thuongtruc.habac", password("thuongtruc.habac"));
    Http.Response withoutToken =
        browser.postJson(
            "/api/v1/organizations",
            Map.of("unitCode", "10816", "type", "VILLAGE", "name", "Thôn Không Token"));
    assertThat(withoutToken.status()).isEqualTo(403);
  }
}
