package vn.thidua.statistics.domain;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Demo data: the registry of bodies and civil servants doing emulation work in Hải Phòng, once. The
 * city's Ban Thi đua - Khen thưởng (dedicated, three civil servants) and each demo commune's Phòng
 * Văn hóa - Xã hội (the work alongside others, one civil servant each): the facts forms 0604 and
 * 0605 count (StatisticsIT states them by hand).
 */
@Component
@Order(40)
class DemoRegistry implements ApplicationRunner {

  private final JdbcClient jdbc;
  private final boolean enabled;

  DemoRegistry(JdbcClient jdbc, @Value("${thidua.demo:true}") boolean enabled) {
    this.jdbc = jdbc;
    this.enabled = enabled;
  }

  @Override
  @Transactional
  public void run(ApplicationArguments args) {
    if (!enabled
        || jdbc.sql("select count(*) from emulation_body").query(Integer.class).single() > 0
        || jdbc.sql("select count(*) from administrative_unit where code = '10816'")
                .query(Integer.class)
                .single()
            == 0) {
      return;
    }
    long city = body("31", "Ban Thi đua - Khen thưởng, Sở Nội vụ thành phố Hải Phòng", true);
    officer(city, true, 1980, "UNIVERSITY", 2008, true);
    officer(city, false, 1975, "POSTGRADUATE", 2000, true);
    officer(city, true, 1995, "UNIVERSITY", 2020, true);
    long haBac = body("10816", "Phòng Văn hóa - Xã hội xã Hà Bắc", false);
    officer(haBac, true, 1990, "UNIVERSITY", 2023, false);
    long binhGiang = body("10966", "Phòng Văn hóa - Xã hội xã Bình Giang", false);
    officer(binhGiang, false, 1998, "COLLEGE", 2022, false);
    long namSach = body("10606", "Phòng Văn hóa - Xã hội xã Nam Sách", false);
    officer(namSach, true, 1968, "UNIVERSITY", 2005, false);
  }

  private long body(String unit, String name, boolean dedicated) {
    return jdbc.sql(
            """
            insert into emulation_body (unit_code, path, name, dedicated, from_year, created_by)
            select code, path, :n, :d, 2025, 'system' from administrative_unit where code = :u
            returning id
            """)
        .param("u", unit)
        .param("n", name)
        .param("d", dedicated)
        .query(Long.class)
        .single();
  }

  private void officer(
      long body, boolean female, int born, String training, int started, boolean dedicated) {
    jdbc.sql(
            """
            insert into emulation_officer (body_id, female, birth_year, training, started_year,
              dedicated, from_year, created_by)
            values (:b, :f, :born, :t, :s, :d, 2025, 'system')
            """)
        .param("b", body)
        .param("f", female)
        .param("born", born)
        .param("t", training)
        .param("s", started)
        .param("d", dedicated)
        .update();
  }
}
