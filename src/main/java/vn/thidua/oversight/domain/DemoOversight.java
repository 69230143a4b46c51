package vn.thidua.oversight.domain;

import java.sql.Date;
import java.time.LocalDate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import vn.thidua.kernel.AuditTrail;

/**
 * Demo oversight: the tasks of the demo plans were made when they were issued; the commune office
 * of Hà Bắc gave Phòng Kinh tế until 30/09/2026 to build the green-transformation criteria, so that
 * the demo shows an overdue task.
 */
@Component
@Order(30)
class DemoOversight implements ApplicationRunner {

  private static final Logger log = LoggerFactory.getLogger(DemoOversight.class);
  static final LocalDate GREEN_CRITERIA_DUE = LocalDate.of(2026, 9, 30);

  private final JdbcClient jdbc;
  private final AuditTrail audit;
  private final boolean enabled;

  DemoOversight(JdbcClient jdbc, AuditTrail audit, @Value("${thidua.demo:true}") boolean enabled) {
    this.jdbc = jdbc;
    this.audit = audit;
    this.enabled = enabled;
  }

  @Override
  @Transactional
  public void run(ApplicationArguments args) {
    if (!enabled) {
      return;
    }
    for (Long id :
        jdbc.sql(
                """
                select t.id from oversight_task t
                where t.unit_code = '10816' and t.owner_name = 'Phòng Kinh tế' and t.duty = 'CRITERIA'
                  and t.due_on is null and t.status = 'OPEN'
                """)
            .query(Long.class)
            .list()) {
      jdbc.sql(
              "update oversight_task set due_on = :d, due_source = 'OFFICE', version = version + 1, updated_by = 'system' where id = :id")
          .param("d", Date.valueOf(GREEN_CRITERIA_DUE))
          .param("id", id)
          .update();
      audit.record(
          "oversight_task.due",
          "oversight_task",
          id,
          null,
          java.util.Map.of("dueOn", GREEN_CRITERIA_DUE.toString()));
      log.info("Demo: nhiệm vụ {} của Phòng Kinh tế xã Hà Bắc có hạn {}", id, GREEN_CRITERIA_DUE);
    }
  }
}
