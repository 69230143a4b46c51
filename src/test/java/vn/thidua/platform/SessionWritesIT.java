package vn.thidua.platform;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.thidua.support.ApplicationTest;
import vn.thidua.support.Http;

/**
 * A signed-in request does not write the session row unless the session changed: the row's version
 * (PostgreSQL's {@code xmin}, new on every update) stays the same over twenty reads of the
 * signed-in floor, while signing in, a flash message and signing out still reach the database.
 */
class SessionWritesIT extends ApplicationTest {

  private static final String USER = "giamsat.habac";

  @Autowired JdbcClient jdbc;

  private String rowVersion() {
    return jdbc.sql(
            """
            select xmin::text from spring_session where principal_name = :u
            order by creation_time desc limit 1
            """)
        .param("u", USER)
        .query(String.class)
        .single();
  }

  @Test
  void readsDoNotWriteTheSessionButChangesDo() {
    Http browser = http();
    browser.login(USER, password(USER));
    assertThat(browser.get("/api/v1/notifications").status()).isEqualTo(200);
    String before = rowVersion();
    for (int i = 0; i < 20; i++) {
      assertThat(browser.get("/api/v1/notifications").status()).isEqualTo(200);
      assertThat(browser.get("/").status()).isEqualTo(200);
    }
    assertThat(rowVersion()).as("the session row was not rewritten by reads").isEqualTo(before);

    // Still the same session: the user stays signed in, and a change is written.
    assertThat(browser.get("/account").status()).isIn(200, 302);
    Http.Response out =
        browser.postForm("/logout", java.util.Map.of("_csrf", Http.csrf(browser.get("/").body())));
    assertThat(out.status()).isEqualTo(302);
    assertThat(browser.get("/api/v1/notifications").status()).isIn(401, 302);
  }
}
