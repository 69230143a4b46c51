package vn.thidua.participation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import vn.thidua.support.ApplicationTest;
import vn.thidua.support.HaBac;
import vn.thidua.support.Http;

/**
 * Figures typed as Vietnamese write them: "1.200" is one thousand two hundred in the report form; a
 * percentage over 100, a negative count and a 16-digit value are field errors (never a crash); a
 * value more than ten times the target is kept only once confirmed.
 */
class NumberEntryIT extends ApplicationTest {

  private static final int YEAR = 2026;
  private static final Pattern VERSION = Pattern.compile("name=\"version\" value=\"(\\d+)\"");

  private static BigVal value(Http api, long plan, long org, String code) {
    for (JsonNode v :
        api.json(
            "/api/v1/movements/"
                + plan
                + "/indicator-values?year="
                + YEAR
                + "&organization="
                + org)) {
      if (v.get("indicatorCode").asString().equals(code)
          && v.get("organizationId").asLong() == org) {
        return new BigVal(v.get("value").asString());
      }
    }
    return null;
  }

  record BigVal(String text) {}

  private static Map<String, String> form(String page, long org, String field, String value) {
    Map<String, String> f = new HashMap<>();
    f.put("_csrf", Http.csrf(page));
    f.put("organization", String.valueOf(org));
    f.put("year", String.valueOf(YEAR));
    Matcher v = VERSION.matcher(page);
    if (v.find()) {
      f.put("version", v.group(1));
    }
    f.put(field, value);
    return f;
  }

  @Test
  void figuresAreReadAsVietnameseWriteThemAndCheckedBesideTheField() {
    Http api = http().as("thuongtruc.habac", password("thuongtruc.habac"));
    long plan = HaBac.plan(api);
    long doai = HaBac.organization(api, "thon%20doai");
    Http browser = http();
    browser.login("thuongtruc.habac", password("thuongtruc.habac"));
    String formPath = "/movements/" + plan + "/reports/form?organization=" + doai + "&year=" + YEAR;

    // "1.200" trees: one thousand two hundred, shown back as 1.200.
    String page = browser.get(formPath).body();
    Http.Response saved =
        browser.postForm(
            "/movements/" + plan + "/reports/form", form(page, doai, "value_TRONG_CAY", "1.200"));
    assertThat(saved.status()).as(saved.body()).isEqualTo(302);
    assertThat(new java.math.BigDecimal(value(api, plan, doai, "TRONG_CAY").text()))
        .isEqualByComparingTo("1200");
    assertThat(browser.get(formPath).body()).contains("value=\"1.200\"");

    // 150 % is refused beside its field, in Vietnamese.
    page = browser.get(formPath).body();
    Http.Response percent =
        browser.postForm(
            "/movements/" + plan + "/reports/form",
            form(page, doai, "value_DVC_TOAN_TRINH", "150"));
    assertThat(percent.status()).isEqualTo(200);
    assertThat(percent.body())
        .contains("id=\"error_DVC_TOAN_TRINH\"")
        .contains("Tỷ lệ phần trăm phải từ 0 đến 100");

    // −5 trees and a 16-digit figure: field errors, not a crash.
    Http.Response negative =
        browser.postForm(
            "/movements/" + plan + "/reports/form", form(page, doai, "value_TRONG_CAY", "-5"));
    assertThat(negative.status()).isEqualTo(200);
    assertThat(negative.body())
        .contains("id=\"error_TRONG_CAY\"")
        .contains("Số lượng không được âm");
    Http.Response huge =
        browser.postForm(
            "/movements/" + plan + "/reports/form",
            form(page, doai, "value_VNEID", "1234567890123456"));
    assertThat(huge.status()).isEqualTo(200);
    assertThat(huge.body()).contains("id=\"error_VNEID\"").contains("Số quá lớn");

    Map<String, Object> body = new HashMap<>();
    body.put("organizationId", doai);
    body.put("indicatorCode", "VNEID");
    body.put("year", YEAR);
    body.put("value", new java.math.BigDecimal("1234567890123456"));
    Http.Response apiHuge = api.putJson("/api/v1/movements/" + plan + "/indicator-values", body);
    assertThat(apiHuge.status()).as(apiHuge.body()).isEqualTo(422);
    assertThat(apiHuge.body()).contains("Số quá lớn");

    // 25.000 trees against a target of 2.000: asks for confirmation, kept once confirmed.
    page = browser.get(formPath).body();
    Http.Response jump =
        browser.postForm(
            "/movements/" + plan + "/reports/form", form(page, doai, "value_TRONG_CAY", "25.000"));
    assertThat(jump.status()).isEqualTo(200);
    assertThat(jump.body()).contains("lớn hơn 10 lần").contains("name=\"confirmed\"");
    assertThat(new java.math.BigDecimal(value(api, plan, doai, "TRONG_CAY").text()))
        .isEqualByComparingTo("1200");
    Map<String, String> confirmed = form(page, doai, "value_TRONG_CAY", "25.000");
    confirmed.put("confirmed", "true");
    Http.Response kept = browser.postForm("/movements/" + plan + "/reports/form", confirmed);
    assertThat(kept.status()).as(kept.body()).isEqualTo(302);
    assertThat(new java.math.BigDecimal(value(api, plan, doai, "TRONG_CAY").text()))
        .isEqualByComparingTo("25000");
  }
}
