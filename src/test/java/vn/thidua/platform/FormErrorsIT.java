package vn.thidua.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import vn.thidua.support.ApplicationTest;
import vn.thidua.support.Http;

/**
 * A form answers with every field's error at once, each beside its field, not the first one only;
 * the API lists them all in the problem detail.
 */
class FormErrorsIT extends ApplicationTest {

  private static final Pattern FIELD_ERROR =
      Pattern.compile("<p class=\"field-error\"[^>]*>([^<]+)</p>");

  private Http browser(String user) {
    Http h = http();
    h.login(user, password(user));
    return h;
  }

  private static List<String> fieldErrors(String page) {
    Matcher m = FIELD_ERROR.matcher(page);
    List<String> out = new java.util.ArrayList<>();
    while (m.find()) {
      out.add(m.group(1));
    }
    return out;
  }

  @Test
  void theOrganisationFormShowsEveryFieldErrorAtOnce() {
    Http h = browser("thuongtruc.habac");
    String page = h.get("/organizations/new?unit=10816").body();
    Map<String, String> form = new HashMap<>();
    form.put("_csrf", Http.csrf(page));
    form.put("unitCode", "10816");
    form.put("type", "");
    form.put("name", "");
    form.put("email", "khong-phai-thu");
    Http.Response r = h.postForm("/organizations", form);
    assertThat(r.status()).isEqualTo(200);
    List<String> errors = fieldErrors(r.body());
    assertThat(errors).as(r.body()).hasSizeGreaterThanOrEqualTo(3).contains("Nhập tên tổ chức.");
    assertThat(r.body()).contains("value=\"khong-phai-thu\"");
  }

  @Test
  void theInitiativeFormShowsEveryFieldErrorBesideItsField() {
    Http h = browser("canhan.habac");
    String page = h.get("/initiatives/new").body();
    Matcher org = Pattern.compile("<option value=\"(\\d+)\"").matcher(page);
    assertThat(org.find()).isTrue();
    Map<String, String> form = new HashMap<>();
    form.put("_csrf", Http.csrf(page));
    form.put("title", "");
    form.put("field", "");
    form.put("organizationId", org.group(1));
    form.put("appliedOn", "2099-01-01");
    form.put("author0", "");
    form.put("share0", "");
    Http.Response r = h.postForm("/initiatives/new", form);
    List<String> errors = fieldErrors(r.body());
    assertThat(errors).as(r.body()).hasSizeGreaterThanOrEqualTo(3);
    assertThat(r.body())
        .contains("id=\"title-error\"")
        .contains("id=\"field-error\"")
        .contains("id=\"authors-error\"")
        .contains("Biểu mẫu còn");
  }

  @Test
  void theReportFormShowsEveryValuesErrorBesideItAndKeepsNone() {
    Http api = http().as("thuongtruc.habac", password("thuongtruc.habac"));
    long plan = vn.thidua.support.HaBac.plan(api);
    long dong = vn.thidua.support.HaBac.organization(api, "thon%20dong");
    Http h = browser("thuongtruc.habac");
    String page =
        h.get("/movements/" + plan + "/reports/form?organization=" + dong + "&year=2028").body();
    Map<String, String> form = new HashMap<>();
    form.put("_csrf", Http.csrf(page));
    form.put("organization", String.valueOf(dong));
    form.put("year", "2028");
    form.put("value_DVC_TOAN_TRINH", "150");
    form.put("value_TRONG_CAY", "-5");
    form.put("value_VNEID", "300");
    Http.Response r = h.postForm("/movements/" + plan + "/reports/form", form);
    assertThat(r.status()).isEqualTo(200);
    assertThat(r.body())
        .contains("id=\"error_DVC_TOAN_TRINH\"")
        .contains("id=\"error_TRONG_CAY\"")
        .doesNotContain("id=\"error_VNEID\"")
        .contains("Biểu mẫu còn 2 chỗ chưa đúng");
    assertThat(
            api.json(
                    "/api/v1/movements/"
                        + plan
                        + "/indicator-values?organization="
                        + dong
                        + "&year=2028")
                .size())
        .as("nothing half-saved")
        .isZero();
  }

  @Test
  void issuingAPlanWithoutNumberDateAndSignerNamesAllThree() {
    Http office = http().as("thuongtruc.haiphong", password("thuongtruc.haiphong"));
    long city = -1;
    for (JsonNode m : office.json("/api/v1/movements")) {
      if (m.get("unitCode").asString().equals("31")) {
        city = m.get("id").asLong();
      }
    }
    String unit = null;
    for (JsonNode u : office.json("/api/v1/administrative-units?parent=31")) {
      String code = u.get("code").asString();
      if (!List.of("10816", "10966", "10606", "10507").contains(code)) {
        unit = code;
        break;
      }
    }
    JsonNode child =
        office.postJson("/api/v1/movements/" + city + "/derive?unitCode=" + unit, Map.of()).json();
    long id = child.get("id").asLong();
    JsonNode submitted =
        office
            .postJson(
                "/api/v1/movements/" + id + "/submit?version=" + child.get("version").asLong(),
                Map.of())
            .json();
    Http admin = http().as("admin", password("admin"));
    Http.Response r =
        admin.postJson(
            "/api/v1/movements/" + id + "/issue?version=" + submitted.get("version").asLong(),
            Map.of());
    assertThat(r.status()).as(r.body()).isEqualTo(422);
    List<String> fields = new java.util.ArrayList<>();
    r.json().get("errors").forEach(e -> fields.add(e.get("field").asString()));
    assertThat(fields).containsExactly("number", "issuedOn", "signerName");
  }

  @Test
  void aNominationNamesEveryWrongFieldAtOnce() {
    Http api = http().as("thuongtruc.habac", password("thuongtruc.habac"));
    Http.Response r =
        api.postJson(
            "/api/v1/nominations",
            Map.of(
                "subjectKind", "ALIEN", "award", "KHONG_CO", "occasion", "ANNUAL", "year", 1999));
    assertThat(r.status()).as(r.body()).isEqualTo(422);
    List<String> fields = new java.util.ArrayList<>();
    r.json().get("errors").forEach(e -> fields.add(e.get("field").asString()));
    assertThat(fields).contains("subjectKind", "award", "year");
  }

  @Test
  void theNominationPageShowsEachErrorBesideItsFieldAndKeepsWhatWasTyped() {
    Http browser = http();
    browser.login("thuongtruc.habac", password("thuongtruc.habac"));
    String form = browser.get("/nominations/new").body();
    Http.Response r =
        browser.postForm(
            "/nominations/new",
            Map.of(
                "_csrf", Http.csrf(form),
                "subjectKind", "ALIEN",
                "award", "KHONG_CO",
                "occasion", "ANNUAL",
                "year", "1999",
                "achievement", "Thành tích đã gõ không được mất"));
    assertThat(r.status()).isEqualTo(200);
    String page = r.body();
    assertThat(page)
        .contains("id=\"award-error\"", "id=\"year-error\"")
        .contains("Thành tích đã gõ không được mất")
        .contains("value=\"1999\"");
  }

  @Test
  void aRegistrationNamesAWrongYearAndAnUnknownTitleTogether() {
    Http office = http().as("thuongtruc.habac", password("thuongtruc.habac"));
    long plan = vn.thidua.support.HaBac.plan(office);
    long dong = vn.thidua.support.HaBac.organization(office, "thon%20dong");
    Http.Response r =
        office.putJson(
            "/api/v1/movements/" + plan + "/registrations",
            Map.of("organizationId", dong, "year", 1990, "titles", List.of("HUY_CHUONG_VANG")));
    assertThat(r.status()).as(r.body()).isEqualTo(422);
    List<String> fields = new java.util.ArrayList<>();
    r.json().get("errors").forEach(e -> fields.add(e.get("field").asString()));
    assertThat(fields).containsExactly("year", "titles");
  }

  @Test
  void theRegistrationPageShowsBothErrorsBesideTheirFields() {
    Http office = http().as("thuongtruc.habac", password("thuongtruc.habac"));
    long plan = vn.thidua.support.HaBac.plan(office);
    long dong = vn.thidua.support.HaBac.organization(office, "thon%20dong");
    Http browser = http();
    browser.login("thuongtruc.habac", password("thuongtruc.habac"));
    Http.Response r =
        browser.postForm(
            "/movements/" + plan + "/registrations/form",
            Map.of(
                "_csrf",
                Http.csrf(browser.get("/").body()),
                "organization",
                Long.toString(dong),
                "year",
                "1990",
                "titles",
                "HUY_CHUONG_VANG"));
    assertThat(r.status()).isEqualTo(200);
    assertThat(r.body())
        .contains("id=\"titles-error\"", "id=\"year-error\"")
        .contains("class=\"problem-list\"");
  }

  @Test
  void theApiListsEveryFieldError() {
    Http api = http().as("thuongtruc.habac", password("thuongtruc.habac"));
    Http.Response r =
        api.postJson(
            "/api/v1/people", Map.of("fullName", "", "email", "sai", "birthDate", "2999-01-01"));
    assertThat(r.status()).as(r.body()).isEqualTo(422);
    JsonNode errors = r.json().get("errors");
    assertThat(errors).as(r.body()).isNotNull();
    List<String> fields = new java.util.ArrayList<>();
    errors.forEach(e -> fields.add(e.get("field").asString()));
    assertThat(fields).contains("organizationId", "fullName", "category", "email");
  }
}
