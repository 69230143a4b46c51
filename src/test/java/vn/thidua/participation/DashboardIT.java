package vn.thidua.participation;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;
import vn.thidua.support.ApplicationTest;
import vn.thidua.support.HaBac;
import vn.thidua.support.Http;

/**
 * Dashboards: the figures they show equal the sums of the entered values (checked here by a GROUP
 * BY the application itself never runs per page view), per commune of the city's plan and per
 * organisation of a commune's; outside one's scope they answer 403; the page lists what changed
 * since the user's last visit.
 */
class DashboardIT extends ApplicationTest {

  private static final int YEAR = 2029;

  @Autowired JdbcClient jdbc;

  private BigDecimal sum(List<Long> plans, String pathPrefix, String code) {
    return jdbc.sql(
            "select coalesce(sum(value), 0) from indicator_value where movement_id in (:m) and indicator_code = :c and year = :y and path like :p")
        .param("m", plans)
        .param("c", code)
        .param("y", YEAR)
        .param("p", pathPrefix + "%")
        .query(BigDecimal.class)
        .single();
  }

  private static JsonNode byCode(JsonNode list, String field, String value) {
    for (JsonNode n : list) {
      if (n.get(field).asString().equals(value)) {
        return n;
      }
    }
    throw new AssertionError(value + " not in " + list);
  }

  private static JsonNode cell(JsonNode part, String code) {
    return byCode(part.get("cells"), "code", code);
  }

  private static void record(Http api, long plan, long org, String code, Object value) {
    Http.Response r =
        api.putJson(
            "/api/v1/movements/" + plan + "/indicator-values",
            Map.of("organizationId", org, "indicatorCode", code, "year", YEAR, "value", value));
    assertThat(r.status()).as(r.body()).isEqualTo(200);
  }

  @Test
  void theDashboardsShowTheSumsOfTheEnteredValuesAtEveryLevel() {
    Http office = http().as("thuongtruc.habac", password("thuongtruc.habac"));
    long plan = HaBac.plan(office);
    long trung = HaBac.organization(office, "thon%20trung");
    long bac = HaBac.organization(office, "thon%20bac");
    record(office, plan, trung, "TRONG_CAY", 700);
    record(office, plan, bac, "TRONG_CAY", "512.5");
    record(office, plan, trung, "PHAN_LOAI_RAC", 90);
    record(office, plan, bac, "PHAN_LOAI_RAC", 70);

    // The commune's own plan, over the commune: per indicator and per organisation.
    JsonNode commune = office.json("/api/v1/movements/" + plan + "/dashboard?year=" + YEAR);
    assertThat(commune.get("unit").get("code").asString()).isEqualTo("10816");
    assertThat(commune.get("partKind").asString()).isEqualTo("ORGANIZATION");
    JsonNode trees = byCode(commune.get("indicators"), "code", "TRONG_CAY");
    BigDecimal treesSum = sum(List.of(plan), "/VN/31/10816/", "TRONG_CAY");
    assertThat(new BigDecimal(trees.get("total").asString()))
        .isEqualByComparingTo(treesSum)
        .isGreaterThanOrEqualTo(new BigDecimal("1212.5"));
    // Target 2029 of TRONG_CAY is 2,500 trees: progress is the total over the target.
    assertThat(trees.get("percent").asInt())
        .isEqualTo(
            treesSum.multiply(BigDecimal.valueOf(100)).divide(new BigDecimal("2500")).intValue());
    // A rate is compared as the average of the reporting organisations.
    JsonNode waste = byCode(commune.get("indicators"), "code", "PHAN_LOAI_RAC");
    BigDecimal wasteSum = sum(List.of(plan), "/VN/31/10816/", "PHAN_LOAI_RAC");
    assertThat(new BigDecimal(waste.get("total").asString())).isEqualByComparingTo(wasteSum);
    assertThat(new BigDecimal(waste.get("value").asString()))
        .isEqualByComparingTo(
            wasteSum.divide(
                BigDecimal.valueOf(waste.get("reporting").asInt()),
                2,
                java.math.RoundingMode.HALF_UP));
    JsonNode trungPart = byCode(commune.get("parts"), "code", String.valueOf(trung));
    assertThat(new BigDecimal(cell(trungPart, "TRONG_CAY").get("total").asString()))
        .isEqualByComparingTo("700");
    assertThat(new BigDecimal(cell(trungPart, "PHAN_LOAI_RAC").get("total").asString()))
        .isEqualByComparingTo("90");

    // The city's plan, over the city: its communes as parts, each the sum of the values of the
    // plans derived from the city's, and the city total.
    Http city = http().as("thuongtruc.haiphong", password("thuongtruc.haiphong"));
    long cityPlan = city.json("/api/v1/movements/" + plan).get("parentId").asLong();
    List<Long> derived =
        jdbc.sql("select id from movement where id = :p or parent_id = :p")
            .param("p", cityPlan)
            .query(Long.class)
            .list();
    JsonNode province = city.json("/api/v1/movements/" + cityPlan + "/dashboard?year=" + YEAR);
    assertThat(province.get("unit").get("code").asString()).isEqualTo("31");
    assertThat(province.get("partKind").asString()).isEqualTo("UNIT");
    assertThat(province.get("parts").size()).isGreaterThan(50);
    assertThat(
            new BigDecimal(
                byCode(province.get("indicators"), "code", "TRONG_CAY").get("total").asString()))
        .isEqualByComparingTo(sum(derived, "/VN/31/", "TRONG_CAY"));
    JsonNode habac = byCode(province.get("parts"), "code", "10816");
    assertThat(new BigDecimal(cell(habac, "TRONG_CAY").get("total").asString()))
        .isEqualByComparingTo(sum(derived, "/VN/31/10816/", "TRONG_CAY"))
        .isEqualByComparingTo(treesSum);
    assertThat(habac.get("band").asString()).isNotEqualTo("NO_DATA");
    // Drilling down to the commune under the city's plan lists its organisations.
    JsonNode down =
        city.json("/api/v1/movements/" + cityPlan + "/dashboard?year=" + YEAR + "&unit=10816");
    assertThat(down.get("partKind").asString()).isEqualTo("ORGANIZATION");
    assertThat(
            new BigDecimal(
                cell(byCode(down.get("parts"), "code", String.valueOf(trung)), "TRONG_CAY")
                    .get("total")
                    .asString()))
        .isEqualByComparingTo("700");

    // The commune's office sees the city's plan over its own commune, not over the city.
    JsonNode mine = office.json("/api/v1/movements/" + cityPlan + "/dashboard?year=" + YEAR);
    assertThat(mine.get("unit").get("code").asString()).isEqualTo("10816");
    assertThat(mine.get("levels").findValuesAsString("code")).containsExactly("10816");
    assertThat(
            office
                .get("/api/v1/movements/" + cityPlan + "/dashboard?year=" + YEAR + "&unit=31")
                .status())
        .isEqualTo(403);
    // Another commune's office may not see Hà Bắc's plan at all, nor learn it exists (404).
    Http other = http().as("thuongtruc.binhgiang", password("thuongtruc.binhgiang"));
    assertThat(other.get("/api/v1/movements/" + plan + "/dashboard?year=" + YEAR).status())
        .isEqualTo(404);
    assertThat(
            other
                .get("/api/v1/movements/" + cityPlan + "/dashboard?year=" + YEAR + "&unit=10816")
                .status())
        .isEqualTo(403);
  }

  @Test
  void aRepeatViewOfAnUnchangedDashboardAnswers304() {
    Http office = http().as("thuongtruc.habac", password("thuongtruc.habac"));
    long plan = HaBac.plan(office);
    String url = "/api/v1/movements/" + plan + "/dashboard?year=" + YEAR;
    Http.Response first = office.get(url);
    assertThat(first.status()).isEqualTo(200);
    String etag = first.header("ETag");
    assertThat(etag).isNotBlank();
    Http again =
        http().as("thuongtruc.habac", password("thuongtruc.habac")).header("If-None-Match", etag);
    Http.Response same = again.get(url);
    assertThat(same.status()).isEqualTo(304);
    assertThat(same.body()).isEmpty();
    // A new value: the answer changes, and so does its tag.
    record(office, plan, HaBac.organization(office, "thon%20trung"), "TRONG_CAY", 1234);
    Http.Response changed = again.get(url);
    assertThat(changed.status()).isEqualTo(200);
    assertThat(changed.header("ETag")).isNotEqualTo(etag);
  }

  @Test
  void thePageListsWhatChangedSinceTheLastVisit() {
    Http api = http().as("thuongtruc.habac", password("thuongtruc.habac"));
    long plan = HaBac.plan(api);
    long trung = HaBac.organization(api, "thon%20trung");
    Http browser = http();
    browser.login("thuongtruc.habac", password("thuongtruc.habac"));
    String page = "/movements/" + plan + "/dashboard?year=" + YEAR + "&unit=10816";

    Http.Response first = browser.get(page);
    assertThat(first.status()).isEqualTo(200);
    assertThat(first.body())
        .contains("Tiến độ chỉ tiêu của")
        .contains("id=\"progress-chart\"")
        .contains("/webjars/chart.js/4.5.1/dist/chart.umd.min.js");

    record(api, plan, trung, "SANG_KIEN", 4);
    Http.Response second = browser.get(page);
    assertThat(second.body()).contains("Từ lần xem trước").contains("id=\"changes\"");
    String changes = second.body().substring(second.body().indexOf("id=\"changes\""));
    assertThat(changes).contains("Số sáng kiến, giải pháp được công nhận");
    // Visiting again with nothing new lists nothing.
    Http.Response third = browser.get(page);
    assertThat(third.body()).contains("có 0 số liệu thay đổi").doesNotContain("id=\"changes\"");
    // The API reads the last visit without moving it.
    JsonNode viaApi =
        browser.json("/api/v1/movements/" + plan + "/dashboard?year=" + YEAR + "&unit=10816");
    assertThat(viaApi.get("lastVisit").isNull()).isFalse();
  }
}
