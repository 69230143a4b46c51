package vn.thidua.platform.db;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.nio.file.Path;
import javax.sql.DataSource;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Primary;

/**
 * The database: an external PostgreSQL when {@code THIDUA_DB_URL} is set, otherwise the embedded
 * PostgreSQL with its data in {@code THIDUA_DATA_DIR} (default {@code ./data}). Always behind a
 * Hikari pool.
 */
@Configuration(proxyBeanMethods = false)
class DatabaseConfiguration {

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
      @Value("${thidua.db.pool-size:10}") int poolSize) {
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
    return new HikariDataSource(config);
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
