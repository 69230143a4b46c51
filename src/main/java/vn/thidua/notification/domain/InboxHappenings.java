package vn.thidua.notification.domain;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import vn.thidua.organization.Actor;
import vn.thidua.organization.Happenings;

/**
 * "Since your last visit" from the inbox: every workflow step already tells the people it concerns
 * (submitted, returned with the reason, decided, recognised, published…) in one short line with a
 * link, so what reached the person's inbox after the previous sign-in is what changed for them.
 */
@Component
class InboxHappenings implements Happenings {

  private final JdbcClient jdbc;

  InboxHappenings(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  @Override
  @Transactional(readOnly = true)
  public List<Happening> since(Actor actor, Instant since, int limit) {
    return jdbc.sql(
            """
            select subject, link, created_at from notification
            where username = :u and created_at > :since
            order by created_at desc, id desc
            limit :limit
            """)
        .param("u", actor.getUsername())
        .param("since", Timestamp.from(since))
        .param("limit", limit)
        .query((rs, n) ->
            new Happening(
                rs.getTimestamp("created_at").toInstant(),
                rs.getString("subject"),
                rs.getString("link")))
        .list();
  }
}
