package vn.thidua.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.JsonNode;
import vn.thidua.support.ApplicationTest;
import vn.thidua.support.Http;

class AuditChainIT extends ApplicationTest {

  @Autowired JdbcClient jdbc;
  @Autowired TransactionTemplate transactions;

  @Test
  void everyChangeIsAuditedWithWhoBeforeAndAfter() {
    Http api = http().as("thuongtruc.habac", password("thuongtruc.habac"));
    JsonNode org =
        api.postJson(
                "/api/v1/organizations",
                Map.of("unitCode", "10816", "type", "COOPERATIVE", "name", "Hợp tác xã Kiểm Toán"))
            .json();
    long id = org.get("id").asLong();
    api.putJson(
        "/api/v1/organizations/" + id,
        Map.of(
            "type",
            "COOPERATIVE",
            "name",
            "Hợp tác xã Kiểm Toán Mới",
            "version",
            org.get("version").asLong()));
    JsonNode entries =
        http()
            .as("admin", password("admin"))
            .json("/api/v1/audit?entityType=organization&entityId=" + id)
            .get("items");
    assertThat(entries.size()).isEqualTo(2);
    JsonNode update = entries.get(0);
    assertThat(update.get("action").asString()).isEqualTo("organization.update");
    assertThat(update.get("actor").asString()).isEqualTo("thuongtruc.habac");
    assertThat(update.get("before").asString()).contains("Hợp tác xã Kiểm Toán\"");
    assertThat(update.get("after").asString()).contains("Hợp tác xã Kiểm Toán Mới");
  }

  @Test
  void theChainVerifiesAndBreaksWhenARowIsAlteredByHand() {
    Http admin = http().as("admin", password("admin"));
    assertThat(admin.json("/api/v1/audit/verify").get("valid").asBoolean()).isTrue();

    long victim = jdbc.sql("select min(id) + 3 from audit_log").query(Long.class).single();
    String original =
        jdbc.sql("select actor from audit_log where id = :id")
            .param("id", victim)
            .query(String.class)
            .single();
    tamper(victim, "ke-gian");
    try {
      JsonNode result = admin.json("/api/v1/audit/verify");
      assertThat(result.get("valid").asBoolean()).isFalse();
      assertThat(result.get("firstBrokenId").asLong()).isEqualTo(victim);
    } finally {
      tamper(victim, original);
    }
    assertThat(admin.json("/api/v1/audit/verify").get("valid").asBoolean()).isTrue();
  }

  @Test
  void theLogRefusesUpdatesThroughNormalSql() {
    long id = jdbc.sql("select min(id) from audit_log").query(Long.class).single();
    org.assertj.core.api.Assertions.assertThatThrownBy(() ->
            jdbc.sql("update audit_log set actor = 'x' where id = :id").param("id", id).update())
        .hasMessageContaining("append-only");
  }

  /** What someone with database access could do: bypass the trigger and change a row. */
  private void tamper(long id, String actor) {
    transactions.executeWithoutResult(s -> {
      jdbc.sql("set local session_replication_role = replica").update();
      jdbc.sql("update audit_log set actor = :a where id = :id")
          .param("a", actor)
          .param("id", id)
          .update();
    });
  }
}
