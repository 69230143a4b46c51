package vn.thidua.initiative.domain;

import java.util.List;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import vn.thidua.organization.Accounts;
import vn.thidua.organization.Actor;

/**
 * Demo data: Hà Bắc's initiative review council is {@code hoidong.habac}, {@code hoidong2.habac}
 * and {@code hoidong3.habac} (the organisation module's demo accounts), once.
 */
@Component
@Order(30)
class DemoCouncils implements ApplicationRunner {

  static final String HA_BAC = "10816";
  static final List<String> HA_BAC_MEMBERS =
      List.of("hoidong.habac", "hoidong2.habac", "hoidong3.habac");

  private final JdbcClient jdbc;
  private final Accounts accounts;
  private final boolean enabled;

  DemoCouncils(JdbcClient jdbc, Accounts accounts, @Value("${thidua.demo:true}") boolean enabled) {
    this.jdbc = jdbc;
    this.accounts = accounts;
    this.enabled = enabled;
  }

  @Override
  @Transactional
  public void run(ApplicationArguments args) {
    if (!enabled
        || jdbc.sql("select count(*) from initiative_council_member where unit_code = :u")
                .param("u", HA_BAC)
                .query(Integer.class)
                .single()
            > 0) {
      return;
    }
    for (String username : HA_BAC_MEMBERS) {
      Actor member = accounts.findActor(username).orElse(null);
      if (member == null) {
        continue;
      }
      jdbc.sql(
              """
              insert into initiative_council_member (unit_code, user_id, username, display_name, added_by)
              values (:u, :id, :name, :display, 'system') on conflict do nothing
              """)
          .param("u", HA_BAC)
          .param("id", member.userId())
          .param("name", member.getUsername())
          .param("display", member.displayName())
          .update();
    }
  }
}
