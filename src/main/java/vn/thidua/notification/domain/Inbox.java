package vn.thidua.notification.domain;

import java.sql.Timestamp;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.thidua.notification.NotificationView;

/** A user's in-app inbox. */
@Service
public class Inbox {

  private final JdbcClient jdbc;

  Inbox(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  @Transactional(readOnly = true)
  public List<NotificationView> latest(String username, int limit) {
    return jdbc.sql(
            "select id, subject, body, link, created_at, read_at from notification where username = :u order by id desc limit :n")
        .param("u", username)
        .param("n", limit)
        .query((rs, i) -> {
          Timestamp at = rs.getTimestamp(5);
          return new NotificationView(
              rs.getLong(1),
              rs.getString(2),
              rs.getString(3),
              rs.getString(4),
              at.toInstant(),
              rs.getTimestamp(6) != null);
        })
        .list();
  }

  @Transactional(readOnly = true)
  public long unread(String username) {
    return jdbc.sql("select count(*) from notification where username = :u and read_at is null")
        .param("u", username)
        .query(Long.class)
        .single();
  }

  @Transactional
  public void markRead(String username, Long id) {
    jdbc.sql(
            "update notification set read_at = now() where username = :u and read_at is null and (cast(:id as bigint) is null or id = cast(:id as bigint))")
        .param("u", username)
        .param("id", id)
        .update();
  }
}
