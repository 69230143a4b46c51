package vn.thidua.platform.db;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.nio.file.Path;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.aop.Advisor;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Primary;
import org.springframework.context.annotation.Role;

/**
 * The database: an external PostgreSQL when {@code THIDUA_DB_URL} is set, otherwise the embedded
 * PostgreSQL with its data in {@code THIDUA_DATA_DIR} (default {@code ./data}). Always behind a
 * Hikari pool. With {@code THIDUA_DB_REPLICA_URL}, a second pool on a streaming replica serves the
 * read-only transactions of {@code @ReadsFromReplica} methods ({@link ReplicaRouting}); Flyway,
 * sessions, locks and every write use the primary.
 */
@Configuration(proxyBeanMethods = false)
class DatabaseConfiguration {

  private static final Logger log = LoggerFactory.getLogger(DatabaseConfiguration.class);

  @Bean(destroyMethod = "close")
  EmbeddedPostgresHolder embeddedPostgres(
      @Value("${thidua.db.url:}") String url, @Value("${thidua.data-dir}") String dataDir) {
    if (!url.isBlank()) {
      return new EmbeddedPostgresHolder(null);
    }
    return new EmbeddedPostgresHolder(EmbeddedPostgresServer.start(Path.of(dataDir)));
  }

  @Bean(destroyMethod = "close")
  @Primary
  DataSource dataSource(
      EmbeddedPostgresHolder embedded,
      @Value("${thidua.db.url:}") String url,
      @Value("${thidua.db.user:}") String user,
      @Value("${thidua.db.password:}") String password,
      @Value("${thidua.db.pool-size}") int poolSize,
      @Value("${thidua.db.replica.url:}") String replicaUrl,
      @Value("${thidua.db.replica.user:}") String replicaUser,
      @Value("${thidua.db.replica.password:}") String replicaPassword) {
    HikariConfig config = new HikariConfig();
    if (embedded.server() != null) {
      config.setJdbcUrl(embedded.server().jdbcUrl());
      config.setUsername("postgres");
    } else {
      config.setJdbcUrl(url);
      config.setUsername(user);
      config.setPassword(password);
    }
    config.setPoolName("thidua");
    config.setMaximumPoolSize(poolSize);
    config.addDataSourceProperty("reWriteBatchedInserts", "true");
    config.addDataSourceProperty("ApplicationName", "thidua");
    HikariDataSource primary = new HikariDataSource(config);
    if (replicaUrl.isBlank()) {
      return primary;
    }
    // The replica's pool starts at its first use and does not fail the start when the replica is
    // down: dashboards then read from the primary (ReplicaRouting).
    HikariDataSource replica = new HikariDataSource();
    replica.setJdbcUrl(replicaUrl);
    replica.setUsername(replicaUser.isBlank() ? config.getUsername() : replicaUser);
    replica.setPassword(replicaPassword.isBlank() ? config.getPassword() : replicaPassword);
    replica.setPoolName("thidua-replica");
    replica.setMaximumPoolSize(poolSize);
    replica.setReadOnly(true);
    replica.setInitializationFailTimeout(-1);
    replica.setConnectionTimeout(2000);
    replica.addDataSourceProperty("ApplicationName", "thidua-replica");
    log.info("Bản sao PostgreSQL cho các trang chỉ đọc: {}", replicaUrl);
    return new ReplicaRouting(primary, replica);
  }

  /** Marks {@code @ReadsFromReplica} methods (harmless without a replica). */
  @Bean
  @Role(BeanDefinition.ROLE_INFRASTRUCTURE)
  static Advisor replicaReadsAdvisor() {
    return ReplicaRouting.advisor();
  }

  /** Holds the embedded server, or nothing when an external database is used. */
  record EmbeddedPostgresHolder(EmbeddedPostgresServer server) implements AutoCloseable {
    @Override
    public void close() {
      if (server != null) {
        server.close();
      }
    }
  }
}
