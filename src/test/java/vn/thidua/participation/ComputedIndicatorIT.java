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
}
