package vn.thidua.support;

import java.util.Optional;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.thidua.kernel.StateChanged;
import vn.thidua.organization.StepNotices;

/**
 * A module whose notice of a step fails inside PostgreSQL (division by zero) for the record {@link
 * #RECORD} only: a failed statement aborts the whole transaction unless the notice runs in a
 * savepoint, so a test can tell whether a broken notice undoes the step it tells of.
 */
public final class FailingNotice {

  /** The record kind whose notices fail; no real module uses it. */
  public static final String RECORD = "test_failing_notice";

  private FailingNotice() {}

  @TestConfiguration
  public static class Config {
    @Bean
    StepNotices failingNotice(JdbcClient jdbc) {
      return step -> {
        if (!RECORD.equals(step.record())) {
          return Optional.empty();
        }
        jdbc.sql("select 1 / 0").query(Integer.class).single();
        return Optional.empty();
      };
    }
  }

  /** A step of the failing record, as a workflow would publish it. */
  public static StateChanged step(String actor) {
    return new StateChanged(
        RECORD, 1, "SUBMIT", "DRAFT", "SUBMITTED", actor, null, java.time.Instant.now());
  }
}
