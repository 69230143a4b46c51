package vn.thidua.platform;

import java.time.Clock;
import java.util.Locale;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.session.jdbc.config.annotation.web.http.EnableJdbcHttpSession;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.i18n.FixedLocaleResolver;

/** The clock, password hashing, the Vietnamese locale and HTTP sessions kept in PostgreSQL. */
@Configuration(proxyBeanMethods = false)
@EnableJdbcHttpSession(maxInactiveIntervalInSeconds = 8 * 3600)
class PlatformConfiguration {

  static final Locale VIETNAMESE = Locale.forLanguageTag("vi-VN");

  /**
   * The system clock, or a fixed instant from {@code THIDUA_CLOCK} (e.g. {@code
   * 2026-07-01T00:00:00Z}) to see deadlines as they will stand on another day.
   */
  @Bean
  @ConditionalOnMissingBean
  Clock clock(
      @org.springframework.beans.factory.annotation.Value("${thidua.clock:}") String fixed) {
    if (fixed != null && !fixed.isBlank()) {
      return Clock.fixed(java.time.Instant.parse(fixed.strip()), java.time.ZoneOffset.UTC);
    }
    return Clock.systemUTC();
  }

  /** BCrypt by default, with the algorithm recorded in each hash so that it can be upgraded. */
  @Bean
  PasswordEncoder passwordEncoder() {
    return PasswordEncoderFactories.createDelegatingPasswordEncoder();
  }

  @Bean
  LocaleResolver localeResolver() {
    Locale.setDefault(VIETNAMESE);
    return new FixedLocaleResolver(VIETNAMESE);
  }

  /**
   * The session repository the session filter uses: the JDBC one, writing a session only when it
   * changed ({@link QuietSessions}).
   */
  @Bean
  @org.springframework.context.annotation.Primary
  QuietSessions<?> quietSessions(
      org.springframework.session.jdbc.JdbcIndexedSessionRepository sessions,
      org.springframework.transaction.PlatformTransactionManager transactions) {
    return new QuietSessions<>(sessions, new TransactionTemplate(transactions));
  }

  /**
   * The JDBC repository runs its statements as they come: reading a session is one SELECT, and was
   * wrapped in a transaction of its own on every request (BEGIN and COMMIT around it, two of a
   * report submission's twenty statements); {@link QuietSessions} opens one where a write needs it
   * (a session saved or deleted: several statements together). Expired sessions are removed by a
   * single DELETE. (Set on Spring Session's configuration rather than as a TransactionOperations
   * bean, which would take the place of the application's own TransactionTemplate.)
   */
  @Bean
  static org.springframework.beans.factory.config.BeanPostProcessor
      sessionReadsWithoutTransaction() {
    return new org.springframework.beans.factory.config.BeanPostProcessor() {
      @Override
      public Object postProcessBeforeInitialization(Object bean, String name) {
        if (bean
            instanceof
            org.springframework.session.jdbc.config.annotation.web.http.JdbcHttpSessionConfiguration
                c) {
          c.setTransactionOperations(
              org.springframework.transaction.support.TransactionOperations.withoutTransaction());
        }
        return bean;
      }
    };
  }
}
