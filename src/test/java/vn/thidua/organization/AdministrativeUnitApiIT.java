package vn.thidua.organization;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import vn.thidua.support.ApplicationTest;
import vn.thidua.support.Http;

class AdministrativeUnitApiIT extends ApplicationTest {

  @Test
  void answersTheThirtyFourProvincesSortedByCode() {
    JsonNode provinces = http().as("admin", password("admin")).json("/api/v1/administrative-units");
    assertThat(provinces.isArray()).isTrue();
    assertThat(provinces.size()).isEqualTo(34);
    assertThat(provinces.get(0).get("code").asString()).isEqualTo("01");
    assertThat(provinces.get(0).get("level").asString()).isEqualTo("PROVINCE");
    String previous = "";
    for (JsonNode p : provinces) {
      assertThat(p.get("code").asString()).isGreaterThan(previous);
      previous = p.get("code").asString();
    }
  }

  @Test
  void haiPhongIncludesXaHaBac() {
    JsonNode communes =
        http().as("admin", password("admin")).json("/api/v1/administrative-units?parent=31");
    assertThat(communes.size()).isEqualTo(114);
    boolean found = false;
    for (JsonNode c : communes) {
      if (c.get("code").asString().equals("10816")) {
        assertThat(c.get("name").asString()).isEqualTo("Xã Hà Bắc");
        assertThat(c.get("level").asString()).isEqualTo("COMMUNE");
        assertThat(c.size()).isEqualTo(3);
        found = true;
      }
    }
    assertThat(found).isTrue();
  }

  @Test
  void withoutCredentialsAnswers401ProblemInVietnamese() {
    Http.Response r = http().get("/api/v1/administrative-units");
    assertThat(r.status()).isEqualTo(401);
    assertThat(r.contentType()).startsWith("application/problem+json");
    assertThat(r.json().get("detail").asString()).contains("đăng nhập");
  }

  @Test
  void wrongPasswordAnswers401() {
    assertThat(http().as("admin", "wrong-password-1").get("/api/v1/administrative-units").status())
        .isEqualTo(401);
  }

  @Test
  void searchIgnoresDiacritics() {
    JsonNode hits =
        http()
            .as("thuongtruc.habac", password("thuongtruc.habac"))
            .json("/api/v1/administrative-units/search?q=ha%20bac");
    assertThat(hits.get(0).get("name").asString()).isEqualTo("Xã Hà Bắc");
  }

  @Test
  void theUnitTreePageSearchesWithoutDiacritics() {
    Http browser = http();
    browser.login("thuongtruc.habac", password("thuongtruc.habac"));
    Http.Response page = browser.get("/units?q=ha+bac");
    assertThat(page.status()).isEqualTo(200);
    assertThat(page.body()).contains("Xã Hà Bắc");
  }
}
