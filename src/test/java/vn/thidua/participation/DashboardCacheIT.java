package vn.thidua.participation;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.ArrayList;
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
 * Dashboards (issue 16): the compact answer (what the page's tiles show, a page of parts), the
 * cache of the figures per plan, year, unit and version of the kept totals — a value entered on
 * this instance or written by another one shows at the next read — and the ETag made of that
 * version.
 */
class DashboardCacheIT extends ApplicationTest {

  private static final int YEAR = 2028;

  @Autowired JdbcClient jdbc;

  private static JsonNode byCode(JsonNode list, String value) {
    for (JsonNode n : list) {
      if (n.get("code").asString().equals(value)) {
        return n;
      }
    }
    throw new AssertionError(value + " not in " + list);
  }

  private static List<String> codes(JsonNode parts) {
    List<String> out = new ArrayList<>();
    parts.forEach(p -> out.add(p.get("code").asString()));
    return out;
  }

  private static BigDecimal total(JsonNode dashboard, String indicator) {
    return new BigDecimal(byCode(dashboard.get("indicators"), indicator).get("total").asString());
  }

  @Test
  void theCompactAnswerPagesTheTilesOfTheCommunes() {
    Http city = http().as("thuongtruc.haiphong", password("thuongtruc.haiphong"));
    Http office = http().as("thuongtruc.habac", password("thuongtruc.habac"));
    long cityPlan = city.json("/api/v1/movements/" + HaBac.plan(office)).get("parentId").asLong();
    String url = "/api/v1/movements/" + cityPlan + "/dashboard?year=" + YEAR;
    JsonNode full = city.json(url);
    int communes = full.get("parts").size();
    assertThat(communes).isGreaterThan(100);
    assertThat(full.get("partsTotal").asInt()).isEqualTo(communes);

    JsonNode first = city.json(url + "&view=tiles");
    assertThat(first.get("partsTotal").asInt()).isEqualTo(communes);
    assertThat(first.get("page").asInt()).isZero();
    assertThat(first.get("pageSize").asInt()).isEqualTo(50);
    assertThat(first.get("parts").size()).isEqualTo(50);
    assertThat(codes(first.get("parts"))).isEqualTo(codes(full.get("parts")).subList(0, 50));
    for (JsonNode tile : first.get("parts")) {
      assertThat(tile.get("cells").size()).as("a tile carries no cells").isZero();
      JsonNode same = byCode(full.get("parts"), tile.get("code").asString());
      assertThat(tile.get("band").asString()).isEqualTo(same.get("band").asString());
      assertThat(tile.get("name").asString()).isEqualTo(same.get("name").asString());
    }
    // The same tiles and totals as the full answer, in far fewer bytes.
    assertThat(first.get("indicators")).isEqualTo(full.get("indicators"));
    assertThat(city.get(url + "&view=tiles").body().length())
        .isLessThan(city.get(url).body().length() / 3);

    JsonNode second = city.json(url + "&view=tiles&page=1");
    assertThat(codes(second.get("parts"))).isEqualTo(codes(full.get("parts")).subList(50, 100));
    int lastPage = (communes - 1) / 40;
    JsonNode last = city.json(url + "&view=tiles&size=40&page=" + lastPage);
    assertThat(codes(last.get("parts")))
        .isEqualTo(codes(full.get("parts")).subList(lastPage * 40, communes));
    assertThat(city.json(url + "&view=tiles&page=" + (lastPage + 99)).get("parts").size()).isZero();
    // Paging the full answer keeps the cells.
    JsonNode fullPage = city.json(url + "&page=0&size=10");
    assertThat(fullPage.get("parts").size()).isEqualTo(10);
    assertThat(fullPage.get("parts").get(0).get("cells").size()).isPositive();

    // Bad paging: a clear Vietnamese message naming the field, 4xx.
    Http.Response negative = city.get(url + "&view=tiles&page=-1");
    assertThat(negative.status()).isBetween(400, 499);
    assertThat(negative.json().get("detail").asString()).contains("trang");
    Http.Response huge = city.get(url + "&view=tiles&size=5000");
    assertThat(huge.status()).isBetween(400, 499);
    assertThat(huge.json().get("detail").asString()).contains("mỗi trang").contains("200");
    Http.Response view = city.get(url + "&view=banh");
    assertThat(view.status()).isBetween(400, 499);
    assertThat(view.json().get("detail").asString()).contains("banh");
  }

  @Test
  void aValueEnteredShowsAtTheNextReadOfTheCachedFigures() {
    Http office = http().as("thuongtruc.habac", password("thuongtruc.habac"));
    long plan = HaBac.plan(office);
    long trung = HaBac.organization(office, "thon%20trung");
    String url = "/api/v1/movements/" + plan + "/dashboard?year=" + YEAR + "&view=tiles";
    BigDecimal before = total(office.json(url), "TRONG_CAY");
    assertThat(total(office.json(url), "TRONG_CAY")).isEqualByComparingTo(before);
    Http.Response r =
        office.putJson(
            "/api/v1/movements/" + plan + "/indicator-values",
            Map.of(
                "organizationId", trung, "indicatorCode", "TRONG_CAY", "year", YEAR, "value", 333));
    assertThat(r.status()).as(r.body()).isEqualTo(200);
    BigDecimal after = total(office.json(url), "TRONG_CAY");
    BigDecimal sum =
        jdbc.sql(
                "select coalesce(sum(value), 0) from indicator_value where movement_id = :m and indicator_code = 'TRONG_CAY' and year = :y")
            .param("m", plan)
            .param("y", YEAR)
            .query(BigDecimal.class)
            .single();
    assertThat(after).isEqualByComparingTo(sum);
    assertThat(
            byCode(office.json(url).get("parts"), String.valueOf(trung)).get("reporting").asInt())
        .isPositive();
  }

  /**
   * Another instance of the application writes to the same database: no event reaches this one,
   * only the rows (the value and the kept totals, with their new revision, as IndicatorValueService
   * writes them). The next read here shows the new total, and the old ETag no longer answers 304.
   */
  @Test
  void aValueWrittenByAnotherInstanceShowsAtTheNextRead() {
    Http office = http().as("thuongtruc.habac", password("thuongtruc.habac"));
    long plan = HaBac.plan(office);
    long bac = HaBac.organization(office, "thon%20bac");
    String url = "/api/v1/movements/" + plan + "/dashboard?year=" + YEAR;
    Http.Response first = office.get(url);
    assertThat(first.status()).isEqualTo(200);
    BigDecimal before = total(first.json(), "SANG_KIEN");
    String etag = first.header("ETag");
    Http conditional =
        http().as("thuongtruc.habac", password("thuongtruc.habac")).header("If-None-Match", etag);
    assertThat(conditional.get(url).status()).isEqualTo(304);

    // What the other instance commits: 7 more initiatives for Thôn Bắc under Hà Bắc's plan,
    // added to every total of the value's lineage at every level.
    BigDecimal delta = new BigDecimal("7");
    int inserted =
        jdbc.sql(
                """
                insert into indicator_value (movement_id, indicator_code, organization_id, unit_code, path, year, value, created_by, updated_by)
                select :m, 'SANG_KIEN', o.id, o.unit_code, o.path, :y, :v, 'other-instance', 'other-instance'
                from organization o where o.id = :o
                on conflict (movement_id, indicator_code, organization_id, year)
                  do update set value = indicator_value.value + excluded.value
                """)
            .param("m", plan)
            .param("y", YEAR)
            .param("v", delta)
            .param("o", bac)
            .update();
    assertThat(inserted).isEqualTo(1);
    jdbc.sql(
            """
            insert into indicator_total (movement_id, indicator_code, year, unit_code, total, reporting)
            select l.id, 'SANG_KIEN', :y, u.code, :v, 0
            from movement l, administrative_unit u
            where (l.id = :m or l.id in (select parent_id from movement where id = :m)
                   or l.id in (select p.parent_id from movement p join movement c on c.parent_id = p.id where c.id = :m))
              and u.code in ('10816', '31', 'VN') and u.path like l.path || '%'
            on conflict (movement_id, indicator_code, year, unit_code) do update
              set total = indicator_total.total + excluded.total,
                  revision = nextval('indicator_total_revision_seq')
            """)
        .param("m", plan)
        .param("y", YEAR)
        .param("v", delta)
        .update();

    Http.Response changed = conditional.get(url);
    assertThat(changed.status()).isEqualTo(200);
    assertThat(changed.header("ETag")).isNotEqualTo(etag);
    assertThat(total(changed.json(), "SANG_KIEN")).isEqualByComparingTo(before.add(delta));
    assertThat(total(office.json(url + "&view=tiles"), "SANG_KIEN"))
        .isEqualByComparingTo(before.add(delta));
  }

  @Test
  void theTagNamesTheShapeAndTheReader() {
    Http office = http().as("thuongtruc.habac", password("thuongtruc.habac"));
    long plan = HaBac.plan(office);
    String url = "/api/v1/movements/" + plan + "/dashboard?year=" + YEAR;
    String full = office.get(url).header("ETag");
    String tiles = office.get(url + "&view=tiles").header("ETag");
    assertThat(full).isNotBlank().isNotEqualTo(tiles);
    // The compact form's tag does not answer 304 for the full form.
    Http conditional =
        http().as("thuongtruc.habac", password("thuongtruc.habac")).header("If-None-Match", tiles);
    assertThat(conditional.get(url).status()).isEqualTo(200);
    assertThat(conditional.get(url + "&view=tiles").status()).isEqualTo(304);
    // Another reader (another scope, another last visit) gets its own tag.
    Http city = http().as("thuongtruc.haiphong", password("thuongtruc.haiphong"));
    assertThat(city.get(url + "&unit=10816").header("ETag")).isNotEqualTo(full);
  }
}
