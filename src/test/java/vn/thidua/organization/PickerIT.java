package vn.thidua.organization;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import vn.thidua.support.ApplicationTest;
import vn.thidua.support.Http;

/**
 * The pickers that replace typed ids (issue 12): searched without diacritics, answered in
 * Vietnamese order, and never beyond the caller's scope.
 */
class PickerIT extends ApplicationTest {

  private Http habac() {
    return http().as("thuongtruc.habac", password("thuongtruc.habac"));
  }

  private Http binhGiang() {
    return http().as("thuongtruc.binhgiang", password("thuongtruc.binhgiang"));
  }

  private static List<String> labels(JsonNode choices) {
    List<String> labels = new ArrayList<>();
    choices.forEach(c -> labels.add(c.get("label").asString()));
    return labels;
  }

  private static long anOrganization(Http api, String unit) {
    return api.json("/api/v1/organizations?unit=" + unit).get("items").get(0).get("id").asLong();
  }

  private static void person(Http api, long organization, String name) {
    assertThat(
            api.postJson(
                    "/api/v1/people",
                    Map.of(
                        "organizationId",
                        organization,
                        "fullName",
                        name,
                        "category",
                        "CIVIL_SERVANT"))
                .status())
        .isEqualTo(201);
  }

  @Test
  void personIsFoundWithoutDiacriticsAndOnlyInsideTheScope() {
    Http binhGiang = binhGiang();
    String unit =
        binhGiang.json("/api/v1/organizations").get("items").get(0).get("unitCode").asString();
    person(binhGiang, anOrganization(binhGiang, unit), "Đặng Thị Ngọc Ánh Chọn");

    JsonNode found = binhGiang.json("/api/v1/pickers/people?q=dang%20thi%20ngoc%20anh%20chon");
    assertThat(labels(found)).containsExactly("Đặng Thị Ngọc Ánh Chọn");
    assertThat(found.get(0).get("value").asString()).matches("\\d+");

    // Hà Bắc's office does not find a person of Bình Giang, neither as JSON nor in the form.
    Http habac = habac();
    assertThat(habac.json("/api/v1/pickers/people?q=dang%20thi%20ngoc%20anh%20chon")).isEmpty();
    Http browser = http();
    browser.login("thuongtruc.habac", password("thuongtruc.habac"));
    Http.Response options = browser.get("/pickers/people?q=dang%20thi%20ngoc%20anh%20chon");
    assertThat(options.status()).isEqualTo(200);
    assertThat(options.body()).doesNotContain("Đặng Thị Ngọc Ánh Chọn").contains("aria-disabled");
  }

  @Test
  void peopleComeInVietnameseOrderAndTheFormGetsOptions() {
    Http habac = habac();
    long org = anOrganization(habac, vn.thidua.support.HaBac.UNIT);
    // Given names Dũng, Đạt, Ân, An: Vietnamese order is An, Ân, Dũng, Đạt (d before đ, a before â)
    // — code-point or folded order would put them otherwise.
    person(habac, org, "Kiều Thứtự Văn Đạt");
    person(habac, org, "Kiều Thứtự Văn Dũng");
    person(habac, org, "Kiều Thứtự Văn Ân");
    person(habac, org, "Kiều Thứtự Văn An");
    JsonNode found = habac.json("/api/v1/pickers/people?q=kieu%20thutu%20van");
    assertThat(labels(found))
        .containsSubsequence(
            "Kiều Thứtự Văn An", "Kiều Thứtự Văn Ân", "Kiều Thứtự Văn Dũng", "Kiều Thứtự Văn Đạt");

    Http browser = http();
    browser.login("thuongtruc.habac", password("thuongtruc.habac"));
    Http.Response options = browser.get("/pickers/people?q=tran%20thi%20an");
    assertThat(options.status()).isEqualTo(200);
    assertThat(options.body())
        .contains("role=\"option\"")
        .contains("Trần Thị An")
        .doesNotContain("<html");
  }

  @Test
  void organisationsStayInsideTheScope() {
    Http habac = habac();
    JsonNode own = habac.json("/api/v1/pickers/organizations?q=phong%20van%20hoa");
    assertThat(labels(own)).isNotEmpty().allMatch(l -> !l.contains("Bình Giang"));
    JsonNode binhGiang = binhGiang().json("/api/v1/pickers/organizations?q=phong%20van%20hoa");
    assertThat(labels(binhGiang)).isNotEmpty();
    List<String> ids = new ArrayList<>();
    own.forEach(c -> ids.add(c.get("value").asString()));
    binhGiang.forEach(c -> assertThat(ids).doesNotContain(c.get("value").asString()));
  }

  @Test
  void administrativeUnitsAreFoundWithoutDiacritics() {
    JsonNode units = habac().json("/api/v1/pickers/administrative-units?q=ha%20bac&level=COMMUNE");
    assertThat(units.get(0).get("label").asString()).isEqualTo("Xã Hà Bắc");
    assertThat(units.get(0).get("value").asString()).isEqualTo("10816");
    JsonNode provinces = habac().json("/api/v1/pickers/administrative-units?limit=50");
    assertThat(labels(provinces)).contains("Thành phố Hải Phòng");
  }

  @Test
  void theUnitPickerOfTheInspectionFormAnswersCommunes() {
    Http browser = http();
    browser.login("hoidong.haiphong", password("hoidong.haiphong"));
    Http.Response some = browser.get("/pickers/administrative-units?level=COMMUNE");
    assertThat(some.status()).as(some.body()).isEqualTo(200);
    assertThat(some.body()).contains("role=\"option\"");
    Http.Response found = browser.get("/pickers/administrative-units?level=COMMUNE&q=ha+bac");
    assertThat(found.status()).as(found.body()).isEqualTo(200);
    assertThat(found.body()).contains("Xã Hà Bắc");
  }
}
