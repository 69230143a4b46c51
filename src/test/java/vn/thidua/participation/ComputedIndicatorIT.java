package vn.thidua.participation;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import vn.thidua.support.ApplicationTest;
import vn.thidua.support.Commendations;
import vn.thidua.support.HaBac;
import vn.thidua.support.Http;

/**
 * Indicators that fill themselves: recognising an initiative of a Hà Bắc body moves the
 * "initiatives recognised" indicator of Hà Bắc and of the city above without anyone typing it, the
 * value names where it comes from, and a person's entry overrides it; the dashboard shows progress
 * per theme of the plan.
 */
class ComputedIndicatorIT extends ApplicationTest {

  private Http as(String user) {
    return http().as(user, password(user));
  }

  private static long cityPlan(Http api) {
    for (JsonNode m : api.json("/api/v1/movements")) {
      if (m.get("unitCode").asString().equals("31") && m.get("organizationId").isNull()) {
        return m.get("id").asLong();
      }
    }
    throw new AssertionError("no city plan");
  }

  private static BigDecimal total(Http api, long plan, String unit, int year) {
    for (JsonNode t :
        api.json(
            "/api/v1/movements/" + plan + "/indicator-totals?unit=" + unit + "&year=" + year)) {
      if (t.get("indicatorCode").asString().equals("SANG_KIEN")) {
        return t.get("total").decimalValue();
      }
    }
    throw new AssertionError("no SANG_KIEN total");
  }

  @Test
  void recognisingAnInitiativeMovesTheIndicatorOfItsUnitAndEveryLevelAbove() {
    Http office = as("thuongtruc.habac");
    Http city = as("thuongtruc.haiphong");
    long plan = HaBac.plan(office);
    long cityPlan = cityPlan(city);
    LocalDate decided = LocalDate.now().minusDays(3);
    int year = decided.getYear();
    long org = HaBac.organization(office, "truong%20trung%20hoc");
    long person = Commendations.person(office, HaBac.UNIT, "");
    BigDecimal communeBefore = total(office, plan, HaBac.UNIT, year);
    BigDecimal cityBefore = total(city, cityPlan, "31", year);

    Commendations.recognisedInitiative(
        as("admin"),
        office,
        as("lanhdao.habac"),
        as("hoidong.habac"),
        as("hoidong3.habac"),
        org,
        person,
        "BASE",
        decided);

    assertThat(total(office, plan, HaBac.UNIT, year))
        .isEqualByComparingTo(communeBefore.add(BigDecimal.ONE));
    assertThat(total(city, cityPlan, "31", year))
        .isEqualByComparingTo(cityBefore.add(BigDecimal.ONE));
    JsonNode value = null;
    for (JsonNode v :
        office.json(
            "/api/v1/movements/"
                + plan
                + "/indicator-values?organization="
                + org
                + "&year="
                + year)) {
      if (v.get("indicatorCode").asString().equals("SANG_KIEN")) {
        value = v;
      }
    }
    assertThat(value).isNotNull();
    assertThat(value.get("note").asString()).startsWith("Tự tính:").contains("sáng kiến");

    // A person's entry overrides it (the audit log keeps the computed value before it).
    java.util.Map<String, Object> entry = new java.util.HashMap<>();
    entry.put("organizationId", org);
    entry.put("indicatorCode", "SANG_KIEN");
    entry.put("year", year);
    entry.put("value", new BigDecimal("1"));
    entry.put("note", "Nhập lại theo quyết định");
    Http.Response typed = office.putJson("/api/v1/movements/" + plan + "/indicator-values", entry);
    assertThat(typed.status()).as(typed.body()).isEqualTo(200);
    assertThat(typed.json().get("note").asString()).isEqualTo("Nhập lại theo quyết định");

    // The dashboard shows progress per theme of the plan.
    JsonNode dashboard = office.json("/api/v1/movements/" + plan + "/dashboard?year=" + year);
    assertThat(dashboard.get("themes").size()).isGreaterThanOrEqualTo(3);
    assertThat(dashboard.get("themes").toString()).contains("Thi đua chuyển đổi xanh");
  }

  private static JsonNode value(Http api, long plan, long org, int year, String code) {
    for (JsonNode v :
        api.json(
            "/api/v1/movements/"
                + plan
                + "/indicator-values?organization="
                + org
                + "&year="
                + year)) {
      if (v.get("indicatorCode").asString().equals(code)) {
        return v;
      }
    }
    return null;
  }

  private static tools.jackson.databind.node.ObjectNode indicator(
      JsonNode doc, String code, String name, String source) {
    tools.jackson.databind.node.ObjectNode i =
        ((tools.jackson.databind.node.ObjectNode) doc).objectNode();
    i.put("code", code);
    i.put("name", name);
    i.put("unit", "lượt");
    i.put("direction", "INCREASE");
    i.putObject("targets").put("2026", 1).put("2027", 1);
    i.put("theme", 3);
    i.put("source", source);
    return i;
  }

  /**
   * The plan names where each indicator's values come from: an office chooses "models published",
   * "models replicated", "units registered" and "reports on time" for new indicators, and the
   * records fill them (with their provenance), without anyone typing them; a source the system does
   * not know is refused on its field.
   */
  @Test
  void thePlanChoosesWhatComputesAnIndicatorAndTheRecordsFillIt() {
    Http office = as("thuongtruc.habac");
    Http focal = as("kinhte.habac");
    long plan = HaBac.plan(office);
    JsonNode original = office.json("/api/v1/movements/" + plan + "/document");
    tools.jackson.databind.node.ObjectNode doc =
        (tools.jackson.databind.node.ObjectNode) original.deepCopy();
    tools.jackson.databind.node.ArrayNode indicators =
        (tools.jackson.databind.node.ArrayNode) doc.get("indicators");
    indicators.add(indicator(doc, "BAD_SOURCE", "Chỉ tiêu nguồn lạ", "GUESSED"));
    Http.Response refused =
        office.putJson(
            "/api/v1/movements/"
                + plan
                + "/document?version="
                + office.json("/api/v1/movements/" + plan).get("version").asLong(),
            doc);
    assertThat(refused.status()).as(refused.body()).isEqualTo(422);
    assertThat(refused.body()).contains("Chỉ tiêu nguồn lạ").doesNotContain("GUESSED");
    indicators.remove(indicators.size() - 1);
    indicators.add(
        indicator(doc, "MO_HINH_CONG_BO", "Số mô hình được công bố", "MODELS_PUBLISHED"));
    indicators.add(
        indicator(doc, "MO_HINH_NHAN_RONG", "Số lượt nhân rộng mô hình", "MODELS_REPLICATED"));
    indicators.add(
        indicator(doc, "DON_VI_DANG_KY", "Số đơn vị đăng ký thi đua", "UNITS_REGISTERED"));
    indicators.add(
        indicator(doc, "BAO_CAO_DUNG_HAN", "Số báo cáo gửi đúng hạn", "REPORTS_ON_TIME"));
    Http.Response amended =
        office.putJson(
            "/api/v1/movements/"
                + plan
                + "/document?version="
                + office.json("/api/v1/movements/" + plan).get("version").asLong(),
            doc);
    assertThat(amended.status()).as(amended.body()).isEqualTo(200);
    try {
      assertThat(
              office.json("/api/v1/movements/" + plan + "/document").get("indicators").toString())
          .contains("\"source\":\"MODELS_PUBLISHED\"")
          .contains("\"source\":\"INITIATIVES_RECOGNISED\"");

      // A model published and replicated this year.
      int year = LocalDate.now().getYear();
      long culture = HaBac.organization(office, "van%20hoa");
      // The first publication recounts the organisation's models of the year (others published
      // before the indicator existed count too); a second one adds exactly one, at every level.
      publishModel(office, culture, "Mô hình thư viện số ở nhà văn hóa thôn");
      JsonNode published = value(office, plan, culture, year, "MO_HINH_CONG_BO");
      assertThat(published).isNotNull();
      BigDecimal first = published.get("value").decimalValue();
      assertThat(first).isGreaterThanOrEqualTo(BigDecimal.ONE);
      assertThat(published.get("note").asString()).startsWith("Tự tính:").contains("mô hình");
      BigDecimal communeFirst = total(office, plan, HaBac.UNIT, year, "MO_HINH_CONG_BO");
      assertThat(communeFirst).isGreaterThanOrEqualTo(first);
      BigDecimal replicatedFirst =
          java.util.Optional.ofNullable(value(office, plan, culture, year, "MO_HINH_NHAN_RONG"))
              .map(n -> n.get("value").decimalValue())
              .orElse(BigDecimal.ZERO);
      long second = publishModel(office, culture, "Mô hình tủ sách pháp luật điện tử");
      assertThat(value(office, plan, culture, year, "MO_HINH_CONG_BO").get("value").decimalValue())
          .isEqualByComparingTo(first.add(BigDecimal.ONE));
      assertThat(total(office, plan, HaBac.UNIT, year, "MO_HINH_CONG_BO"))
          .isEqualByComparingTo(communeFirst.add(BigDecimal.ONE));
      Http.Response replicated =
          office.postJson(
              "/api/v1/exemplary-models/" + second + "/replications",
              java.util.Map.of("place", "Thôn Đông", "startedOn", LocalDate.now().toString()));
      assertThat(replicated.status()).as(replicated.body()).isEqualTo(200);
      JsonNode replications = value(office, plan, culture, year, "MO_HINH_NHAN_RONG");
      assertThat(replications).isNotNull();
      assertThat(replications.get("value").decimalValue())
          .isEqualByComparingTo(replicatedFirst.add(BigDecimal.ONE));
      assertThat(replications.get("note").asString()).contains("nhân rộng");

      // The economy office registers and sends its report on time for 2027.
      long economy = HaBac.organization(office, "phong%20kinh%20te");
      Http.Response registered =
          focal.putJson(
              "/api/v1/movements/" + plan + "/registrations",
              java.util.Map.of(
                  "organizationId",
                  economy,
                  "year",
                  2027,
                  "titles",
                  java.util.List.of("TAP_THE_LAO_DONG_TIEN_TIEN")));
      assertThat(registered.status()).as(registered.body()).isEqualTo(200);
      Http.Response sent =
          focal.postForm(
              "/api/v1/registrations/"
                  + registered.json().get("id").asLong()
                  + "/submit?version="
                  + registered.json().get("version").asLong(),
              java.util.Map.of());
      assertThat(sent.status()).as(sent.body()).isEqualTo(200);
      JsonNode units = value(office, plan, economy, 2027, "DON_VI_DANG_KY");
      assertThat(units).isNotNull();
      assertThat(units.get("value").decimalValue()).isEqualByComparingTo(BigDecimal.ONE);
      assertThat(units.get("note").asString()).contains("đăng ký");

      Http.Response report =
          focal.putJson(
              "/api/v1/movements/" + plan + "/reports",
              java.util.Map.of(
                  "organizationId", economy, "year", 2027, "values", java.util.Map.of()));
      assertThat(report.status()).as(report.body()).isEqualTo(200);
      Http.Response submitted =
          focal.postJson(
              "/api/v1/reports/"
                  + report.json().get("report").get("id").asLong()
                  + "/submit?version="
                  + report.json().get("report").get("version").asLong(),
              java.util.Map.of());
      assertThat(submitted.status()).as(submitted.body()).isEqualTo(200);
      JsonNode onTime = value(office, plan, economy, 2027, "BAO_CAO_DUNG_HAN");
      assertThat(onTime).isNotNull();
      assertThat(onTime.get("value").decimalValue()).isEqualByComparingTo(BigDecimal.ONE);
      assertThat(onTime.get("note").asString()).contains("đúng hạn");
      // The report's page shows where each such figure comes from, beside the value.
      Http browser = http();
      browser.login("kinhte.habac", password("kinhte.habac"));
      String reportPage =
          browser.get("/reports/" + report.json().get("report").get("id").asLong()).body();
      assertThat(reportPage)
          .contains(onTime.get("note").asString())
          .contains(units.get("note").asString());
      // An indicator whose source is "entered" is not filled by any of this.
      JsonNode typed = value(office, plan, economy, 2027, "TRONG_CAY");
      assertThat(typed == null || !typed.path("note").asString("").startsWith("Tự tính:")).isTrue();
    } finally {
      Http.Response restored =
          office.putJson(
              "/api/v1/movements/"
                  + plan
                  + "/document?version="
                  + office.json("/api/v1/movements/" + plan).get("version").asLong(),
              original);
      assertThat(restored.status()).as(restored.body()).isEqualTo(200);
    }
  }

  /** Creates, nominates, approves and publishes a model of an organisation; its id. */
  private static long publishModel(Http office, long org, String title) {
    java.util.Map<String, Object> body = new java.util.LinkedHashMap<>();
    body.put("kind", "MODEL");
    body.put("title", title);
    body.put("story", "Nhà văn hóa thôn mở thư viện số cho người dân.");
    body.put("organizationId", org);
    JsonNode model = office.postJson("/api/v1/exemplary-models", body).json();
    long id = model.get("id").asLong();
    long v = model.get("version").asLong();
    for (String step : java.util.List.of("nominate", "approve", "publish")) {
      Http.Response r =
          office.postForm(
              "/api/v1/exemplary-models/" + id + "/" + step + "?version=" + v, java.util.Map.of());
      assertThat(r.status()).as(r.body()).isEqualTo(200);
      v = r.json().get("version").asLong();
    }
    return id;
  }

  private static BigDecimal total(Http api, long plan, String unit, int year, String code) {
    for (JsonNode t :
        api.json(
            "/api/v1/movements/" + plan + "/indicator-totals?unit=" + unit + "&year=" + year)) {
      if (t.get("indicatorCode").asString().equals(code)) {
        return t.get("total").decimalValue();
      }
    }
    return BigDecimal.ZERO;
  }
}
