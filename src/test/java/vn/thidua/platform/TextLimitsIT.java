package vn.thidua.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.thidua.support.ApplicationTest;
import vn.thidua.support.Http;

/**
 * Long text is never cut silently: the form shows the limit the column sets (one fact), and the
 * server refuses longer text with a message beside the field, never a database error.
 */
class TextLimitsIT extends ApplicationTest {

  @Test
  void theFormShowsTheColumnsLimit() {
    Http h = http();
    h.login("thuongtruc.habac", password("thuongtruc.habac"));
    String page = h.get("/organizations/new?unit=10816").body();
    assertThat(page)
        .contains("id=\"shortName\"")
        .containsPattern("id=\"shortName\"[^>]*maxlength=\"100\"")
        .contains("id=\"shortName-limit\"")
        .contains("Tối đa 100 ký tự.")
        .containsPattern("id=\"name\"[^>]*maxlength=\"300\"");
  }

  @Test
  void longerTextIsAFieldErrorNotAServerError() {
    Http api = http().as("thuongtruc.habac", password("thuongtruc.habac"));
    Http.Response r =
        api.postJson(
            "/api/v1/organizations",
            Map.of(
                "unitCode", "10816",
                "type", "VILLAGE",
                "name", "Thôn Dài Tên",
                "shortName", "x".repeat(150),
                "address", "y".repeat(301)));
    assertThat(r.status()).as(r.body()).isEqualTo(422);
    assertThat(r.json().get("errors").toString()).contains("shortName").contains("address");
    assertThat(r.json().get("detail").asString()).contains("tối đa 100 ký tự");
  }

  @Test
  void theInitiativeFormShowsItsLimitsAndRefusesLongerText() {
    Http h = http();
    h.login("canhan.habac", password("canhan.habac"));
    String page = h.get("/initiatives/new").body();
    assertThat(page)
        .containsPattern("id=\"title\"[^>]*maxlength=\"500\"")
        .containsPattern("id=\"problem\"[^>]*maxlength=\"20000\"")
        .contains("Tối đa 20.000 ký tự.");
  }
}
