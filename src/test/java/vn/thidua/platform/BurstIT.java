package vn.thidua.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.thidua.support.ApplicationTest;
import vn.thidua.support.Http;

/**
 * A burst of submissions, three times as many at once as the database pool has connections (found
 * by the fixed-rate load of issue 16): each submission holds a connection and takes a second one
 * after its commit for the notices, so without a bound on requests in flight every request held one
 * and waited 30 s for another, and the burst failed. Now they wait their turn and all go through.
 */
class BurstIT extends ApplicationTest {

  @Autowired JdbcClient jdbc;

  @Test
  void aBurstBeyondThePoolIsServedInTurnNotStalled() throws Exception {
    int n = 60;
    long plan =
        jdbc.sql(
                "select id from movement where unit_code = '31' and status = 'ISSUED' order by id limit 1")
            .query(Long.class)
            .single();
    jdbc.sql(
            """
            insert into organization (id, unit_code, type, name, path, name_folded, sort_key, created_by, updated_by)
            select nextval('organization_seq'), u.code, 'VILLAGE', 'Thôn dồn dập ' || g,
                   u.path || 'burst' || g || '/', 'thon don dap ' || g,
                   'thon don dap ' || lpad(g::text, 8, '0'), 'burst-test', 'burst-test'
            from generate_series(1, :n) g
            join lateral (select code, path from administrative_unit where parent_code = '31'
                          order by code offset (g % 100) limit 1) u on true
            """)
        .param("n", n)
        .update();
    List<Long> reports =
        jdbc.sql(
                """
                insert into report (movement_id, kind, organization_id, unit_code, path, year, due_on,
                                    status, narrative, created_by, updated_by)
                select :plan, 'UNIT', o.id, o.unit_code, o.path, 2027, date '2027-12-11', 'DRAFT',
                       '[{"theme":null,"text":"Báo cáo"}]', 'burst-test', 'burst-test'
                from organization o where o.created_by = 'burst-test'
                returning id
                """)
            .param("plan", plan)
            .query(Long.class)
            .list();
    assertThat(reports).hasSize(n);
    Http admin = http().as("admin", password("admin"));
    long start = System.nanoTime();
    List<Future<Integer>> answers = new ArrayList<>();
    try (ExecutorService burst = Executors.newVirtualThreadPerTaskExecutor()) {
      for (long id : reports) {
        answers.add(
            burst.submit(
                () -> admin.send("POST", "/api/v1/reports/" + id + "/submit?version=0").status()));
      }
      for (Future<Integer> a : answers) {
        assertThat(a.get()).isEqualTo(200);
      }
    }
    double seconds = (System.nanoTime() - start) / 1e9;
    assertThat(seconds).as("the burst waited for the pool's time-out").isLessThan(20);
    assertThat(
            jdbc.sql(
                    "select count(*) from report where created_by = 'burst-test' and status = 'SUBMITTED'")
                .query(Long.class)
                .single())
        .isEqualTo(n);
  }
}
