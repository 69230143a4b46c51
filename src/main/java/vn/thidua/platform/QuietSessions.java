package vn.thidua.platform;

import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.Session;
import org.springframework.transaction.support.TransactionOperations;

/**
 * The sessions kept in PostgreSQL, written only when they changed. Spring Session marks a session
 * changed on every request, for its last-access time alone, so each signed-in request wrote the
 * session row. Here a new last-access time is kept only when the stored one is older than {@link
 * #GRANULARITY}: a session then expires at most that much earlier than it would have (8 hours of
 * inactivity); attributes (sign-in, flash messages, CSRF token) are written as before, when they
 * change. Reading a session is one SELECT outside any transaction; a save or a delete runs in one.
 */
final class QuietSessions<S extends Session>
    implements FindByIndexNameSessionRepository<QuietSessions.QuietSession<S>> {

  /** How stale the stored last-access time may be before it is written again. */
  static final Duration GRANULARITY = Duration.ofMinutes(1);

  private final FindByIndexNameSessionRepository<S> delegate;

  /** Around a save or a delete: the repository itself runs its statements one by one. */
  private final TransactionOperations writes;

  QuietSessions(FindByIndexNameSessionRepository<S> delegate, TransactionOperations writes) {
    this.delegate = delegate;
    this.writes = writes;
  }

  @Override
  public QuietSession<S> createSession() {
    return new QuietSession<>(delegate.createSession());
  }

  @Override
  public void save(QuietSession<S> session) {
    writes.executeWithoutResult(status -> delegate.save(session.inner));
  }

  @Override
  public QuietSession<S> findById(String id) {
    S s = delegate.findById(id);
    return s == null ? null : new QuietSession<>(s);
  }

  @Override
  public void deleteById(String id) {
    writes.executeWithoutResult(status -> delegate.deleteById(id));
  }

  @Override
  public Map<String, QuietSession<S>> findByIndexNameAndIndexValue(
      String indexName, String indexValue) {
    Map<String, QuietSession<S>> out = new LinkedHashMap<>();
    delegate
        .findByIndexNameAndIndexValue(indexName, indexValue)
        .forEach((k, v) -> out.put(k, new QuietSession<>(v)));
    return out;
  }

  /** A stored session whose last-access time moves by at least {@link #GRANULARITY}. */
  static final class QuietSession<S extends Session> implements Session {

    private final S inner;

    QuietSession(S inner) {
      this.inner = inner;
    }

    @Override
    public void setLastAccessedTime(Instant lastAccessedTime) {
      Instant stored = inner.getLastAccessedTime();
      if (stored == null || !lastAccessedTime.isBefore(stored.plus(GRANULARITY))) {
        inner.setLastAccessedTime(lastAccessedTime);
      }
    }

    @Override
    public String getId() {
      return inner.getId();
    }

    @Override
    public String changeSessionId() {
      return inner.changeSessionId();
    }

    @Override
    public <T> T getAttribute(String attributeName) {
      return inner.getAttribute(attributeName);
    }

    @Override
    public Set<String> getAttributeNames() {
      return inner.getAttributeNames();
    }

    @Override
    public void setAttribute(String attributeName, Object attributeValue) {
      inner.setAttribute(attributeName, attributeValue);
    }

    @Override
    public void removeAttribute(String attributeName) {
      inner.removeAttribute(attributeName);
    }

    @Override
    public Instant getCreationTime() {
      return inner.getCreationTime();
    }

    @Override
    public Instant getLastAccessedTime() {
      return inner.getLastAccessedTime();
    }

    @Override
    public void setMaxInactiveInterval(Duration interval) {
      if (!interval.equals(inner.getMaxInactiveInterval())) {
        inner.setMaxInactiveInterval(interval);
      }
    }

    @Override
    public Duration getMaxInactiveInterval() {
      return inner.getMaxInactiveInterval();
    }

    @Override
    public boolean isExpired() {
      return inner.isExpired();
    }
  }
}
