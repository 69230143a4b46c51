package vn.thidua.review;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;
import vn.thidua.support.ApplicationTest;
import vn.thidua.support.Http;

/**
 * Benchmark, not a test (never in the build: run it by name, figures in docs/benchmarks.md):
 * suggestions for a province round — 100 communes of Hải Phòng, 50,000 people, five years of
 * ratings, some discipline and past awards — timed through the API.
 *
 * <pre>./mvnw -o verify -Dtest=NoSuchTest -Dsurefire.failIfNoSpecifiedTests=false \
 *   -Dit.test=SuggestionsBench -Djacoco.skip=true</pre>
 */
class SuggestionsBench extends ApplicationTest {

  @Autowired JdbcClient jdbc;

  @Test
  void suggestionsForAProvinceRound() {
    long t0 = System.nanoTime();
    jdbc.sql(
            """
            insert into organization (id, unit_code, type, name, path, name_folded, sort_key, created_by, updated_by)
            select c.id, c.code, 'AGENCY', 'Cơ quan thử ' || c.code, c.path || 'o' || c.id || '/',
              'co quan thu ' || c.code, 'bench' || c.code, 'bench', 'bench'
            from (select u.code, u.path, nextval('organization_seq') as id from administrative_unit u
                  where u.parent_code = '31' and u.level = 'COMMUNE' order by u.code limit 100) c
            """)
        .update();
    jdbc.sql(
            """
            insert into person (organization_id, path, full_name, category, name_folded, sort_key, created_by, updated_by)
            select o.id, o.path, 'Người thử ' || g, 'CIVIL_SERVANT', 'nguoi thu ' || g, 'bench' || g, 'bench', 'bench'
            from organization o cross join generate_series(1, 500) g where o.created_by = 'bench'
            """)
        .update();
    jdbc.sql(
            """
            insert into annual_rating (person_id, year, rating, source)
            select p.id, y, case when (p.id + y) % 10 < 3 then 'EXCELLENT'
                                 when (p.id + y) % 10 < 7 then 'GOOD' else 'COMPLETED' end, 'bench'
            from person p cross join generate_series(2023, 2027) y where p.created_by = 'bench'
            """)
        .update();
    jdbc.sql(
            """
            insert into discipline_period (person_id, measure, from_date, to_date, created_by)
            select p.id, 'KHIEN_TRACH', date '2026-01-01', date '2027-12-31', 'bench'
            from person p where p.created_by = 'bench' and p.id % 50 = 0
            """)
        .update();
    jdbc.sql(
            """
            insert into award_record (person_id, organization_id, subject_kind, award, occasion, year,
              decision_number, decision_date, deciding_unit)
            select p.id, p.organization_id, 'INDIVIDUAL', 'GIAY_KHEN', 'ANNUAL', 2025, '1/QĐ-UBND',
              date '2025-12-20', '31'
            from person p where p.created_by = 'bench' and p.id % 10 = 0
            """)
        .update();
    System.out.printf("BENCH data: %d ms%n", (System.nanoTime() - t0) / 1_000_000);

    Http city = http().as("thuongtruc.haiphong", password("thuongtruc.haiphong"));
    long plan = 0;
    for (JsonNode m : city.json("/api/v1/movements")) {
      if (m.get("unitCode").asString().equals("31") && m.get("organizationId").isNull()) {
        plan = m.get("id").asLong();
      }
    }
    Map<String, Object> open = new HashMap<>();
    open.put("movementId", plan);
    open.put("occasion", "INTERIM:2027");
    long t1 = System.nanoTime();
    Http.Response r = city.postJson("/api/v1/rounds", open);
    assertThat(r.status()).as(r.body()).isEqualTo(200);
    System.out.printf("BENCH open round (freeze): %d ms%n", (System.nanoTime() - t1) / 1_000_000);
    long id = r.json().get("id").asLong();
    for (int i = 0; i < 3; i++) {
      long t = System.nanoTime();
      Http.Response s = city.get("/api/v1/rounds/" + id + "/suggestions");
      long ms = (System.nanoTime() - t) / 1_000_000;
      assertThat(s.status()).isEqualTo(200);
      JsonNode j = s.json();
      System.out.printf(
          "BENCH suggestions run %d: %d ms, considered %d, total %d%n",
          i + 1, ms, j.get("considered").asInt(), j.get("total").asInt());
    }
  }
}
