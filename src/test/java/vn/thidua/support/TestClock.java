package vn.thidua.support;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

/**
 * The application's clock in the shared test context: the system clock, which a test may move
 * forward (ten working days of public notice) and must set back when it is done.
 */
public final class TestClock extends Clock {

  /** The one instance the test context uses. */
  public static final TestClock INSTANCE = new TestClock();

  private volatile Duration offset = Duration.ZERO;

  private TestClock() {}

  /** Moves the application's time forward (or back) from the real time. */
  public void advance(Duration by) {
    offset = offset.plus(by);
  }

  /** Back to the real time. */
  public void reset() {
    offset = Duration.ZERO;
  }

  @Override
  public ZoneId getZone() {
    return ZoneOffset.UTC;
  }

  @Override
  public Clock withZone(ZoneId zone) {
    Clock self = this;
    return new Clock() {
      @Override
      public ZoneId getZone() {
        return zone;
      }

      @Override
      public Clock withZone(ZoneId z) {
        return self.withZone(z);
      }

      @Override
      public Instant instant() {
        return self.instant();
      }
    };
  }

  @Override
  public Instant instant() {
    return Instant.now().plus(offset);
  }

  /** Registers the clock as the application's. */
  @TestConfiguration(proxyBeanMethods = false)
  public static class Config {
    @Bean
    @Primary
    Clock testClock() {
      return INSTANCE;
    }
  }
}
