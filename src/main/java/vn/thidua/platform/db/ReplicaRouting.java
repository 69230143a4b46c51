package vn.thidua.platform.db;

import com.zaxxer.hikari.HikariDataSource;
import java.io.Closeable;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.concurrent.TimeUnit;
import org.aopalliance.intercept.MethodInterceptor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.aop.Advisor;
import org.springframework.aop.support.DefaultPointcutAdvisor;
import org.springframework.aop.support.annotation.AnnotationMatchingPointcut;
import org.springframework.jdbc.datasource.AbstractDataSource;
import org.springframework.jdbc.datasource.LazyConnectionDataSourceProxy;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import vn.thidua.kernel.ReadsFromReplica;

/**
 * The application's DataSource when a streaming replica is configured: every connection is the
 * primary's, except the one a read-only transaction opened by a {@link ReadsFromReplica} method
 * takes, which is the replica's. Connections are taken lazily (at the first statement, when the
 * transaction is known to be read-only). An unreachable replica is skipped for {@link #BACKOFF_MS}
 * with a warning, the primary answering meanwhile.
 */
final class ReplicaRouting extends LazyConnectionDataSourceProxy implements Closeable {

  private static final Logger log = LoggerFactory.getLogger(ReplicaRouting.class);

  /** How long an unreachable replica is left alone before it is tried again. */
  static final long BACKOFF_MS = 30_000;

  /** Whether the current thread is inside a {@link ReadsFromReplica} method. */
  private static final ThreadLocal<Boolean> REPLICA_READS = new ThreadLocal<>();

  private final HikariDataSource primary;
  private final HikariDataSource replica;

  ReplicaRouting(HikariDataSource primary, HikariDataSource replica) {
    this.primary = primary;
    this.replica = replica;
    setTargetDataSource(new Router(primary, replica));
    afterPropertiesSet();
  }

  /** Marks the calls of {@link ReadsFromReplica} methods for the router. */
  static Advisor advisor() {
    MethodInterceptor marking =
        invocation -> {
          Boolean before = REPLICA_READS.get();
          REPLICA_READS.set(Boolean.TRUE);
          try {
            return invocation.proceed();
          } finally {
            if (before == null) {
              REPLICA_READS.remove();
            } else {
              REPLICA_READS.set(before);
            }
          }
        };
    return new DefaultPointcutAdvisor(
        AnnotationMatchingPointcut.forMethodAnnotation(ReadsFromReplica.class), marking);
  }

  @Override
  public void close() {
    replica.close();
    primary.close();
  }

  /** Picks the physical connection when a statement first needs one. */
  private static final class Router extends AbstractDataSource {

    private final HikariDataSource primary;
    private final HikariDataSource replica;
    private volatile long retryAt = System.nanoTime();

    Router(HikariDataSource primary, HikariDataSource replica) {
      this.primary = primary;
      this.replica = replica;
    }

    @Override
    public Connection getConnection() throws SQLException {
      if (Boolean.TRUE.equals(REPLICA_READS.get())
          && TransactionSynchronizationManager.isCurrentTransactionReadOnly()
          && System.nanoTime() - retryAt >= 0) {
        try {
          return replica.getConnection();
        } catch (SQLException e) {
          retryAt = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(BACKOFF_MS);
          log.warn(
              "Không kết nối được bản sao PostgreSQL ({}): đọc từ máy chủ chính trong {} giây",
              e.getMessage(),
              BACKOFF_MS / 1000);
        }
      }
      return primary.getConnection();
    }

    @Override
    public Connection getConnection(String username, String password) throws SQLException {
      return primary.getConnection(username, password);
    }
  }
}
