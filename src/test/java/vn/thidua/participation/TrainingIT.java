package vn.thidua.participation;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import vn.thidua.support.ApplicationTest;
import vn.thidua.support.HaBac;
import vn.thidua.support.Http;

/**
 * Bình dân học vụ số: ten sessions with 200 learners in two villages of Hà Bắc show in the
 * commune's (and the city's) "people trained" indicator without anyone typing it, and in the
 * commune's summary by village, target group and skill; a cancelled session counts no more; bad
 * input is refused on its field and saves nothing.
 */
class TrainingIT extends ApplicationTest {

  private Http as(String user) {
    return http().as(user, password(user));
  }

  private static BigDecimal total(Http api, long plan, String unit, int year) {
    for (JsonNode t :
        api.json(
            "/api/v1/movements/" + plan + "/indicator-totals?unit=" + unit + "&year=" + year)) {
      if (t.get("indicatorCode").asString().equals("BINH_DAN_HOC_VU_SO")) {
        return t.get("total").decimalValue();
      }
    }
    throw new AssertionError("no BINH_DAN_HOC_VU_SO total");
  }

  private static Map<String, Object> session(long org, long village, LocalDate on) {
    Map<String, Object> s = new HashMap<>();
    s.put("organizationId", org);
    s.put("villageId", village);
    s.put("place", "Nhà văn hóa thôn");
    s.put("heldOn", on.toString());
    s.put("topic", "Cài đặt và dùng VNeID mức 2");
    s.put("trainers", "Tổ công nghệ số cộng đồng");
    s.put("skills", List.of("VNEID", "ONLINE_PUBLIC_SERVICES"));
    s.put(
        "learners",
        List.of(
            Map.of(
                "targetGroup", "ELDERLY", "ageGroup", "FROM_60", "learners", 12, "completed", 12),
            Map.of(
                "targetGroup",
                "ETHNIC_MINORITY",
                "ageGroup",
                "UNDER_35",
                "learners",
                8,
                "completed",
                8)));
    return s;
  }

  @Test
  void tenSessionsWithTwoHundredLearnersInTwoVillagesShowInTheCommunesIndicatorByGroup() {
    Http office = as("thuongtruc.habac");
    long plan = HaBac.plan(office);
    long trung = HaBac.organization(office, "thon%20trung");
    long bac = HaBac.organization(office, "thon%20bac");
    LocalDate on = LocalDate.now().minusDays(10);
    int year = on.getYear();
    BigDecimal before = total(office, plan, HaBac.UNIT, year);

    badSessionsAreRefusedOnTheirField(office, trung, on);

    long last = 0;
    long lastVersion = 0;
    for (int i = 0; i < 10; i++) {
      long village = i < 5 ? trung : bac;
      Http.Response r = office.postJson("/api/v1/training-sessions", session(village, village, on));
      assertThat(r.status()).as(r.body()).isEqualTo(200);
      last = r.json().get("id").asLong();
      lastVersion = r.json().get("version").asLong();
    }
    assertThat(total(office, plan, HaBac.UNIT, year))
        .isEqualByComparingTo(before.add(new BigDecimal("200")));

    JsonNode summary =
        office.json("/api/v1/training-sessions/summary?unit=" + HaBac.UNIT + "&year=" + year);
    assertThat(summary.toString()).contains("Thôn Trung").contains("Thôn Bắc");
    for (JsonNode line : summary.get("byVillage")) {
      if (line.get("key").asString().startsWith("Thôn Trung")
          || line.get("key").asString().startsWith("Thôn Bắc")) {
        assertThat(line.get("sessions").asInt()).isGreaterThanOrEqualTo(5);
      }
    }
    for (JsonNode line : summary.get("byTargetGroup")) {
      if (line.get("key").asString().equals("ELDERLY")) {
        assertThat(line.get("completed").asInt()).isGreaterThanOrEqualTo(120);
      }
    }

    // The commune's page shows its villages.
    Http browser = http();
    browser.login("thuongtruc.habac", password("thuongtruc.habac"));
    String page = browser.get("/training?year=" + year).body();
    assertThat(page).contains("Thôn Trung").contains("Thôn Bắc").contains("Người cao tuổi");

    // A session recorded by mistake is cancelled: it counts no more.
    Http.Response cancelled =
        office.postJson(
            "/api/v1/training-sessions/" + last + "/cancel",
            Map.of("version", lastVersion, "reason", "Ghi trùng"));
    assertThat(cancelled.status()).as(cancelled.body()).isEqualTo(200);
    assertThat(total(office, plan, HaBac.UNIT, year))
        .isEqualByComparingTo(before.add(new BigDecimal("180")));

    // Another commune does not see the session.
    assertThat(as("thuongtruc.binhgiang").get("/api/v1/training-sessions/" + last).status())
        .isEqualTo(404);
  }

  private void badSessionsAreRefusedOnTheirField(Http office, long village, LocalDate on) {
    int before = office.json("/api/v1/training-sessions?unit=" + HaBac.UNIT).size();
    Map<String, Object> tooMany = session(village, village, on);
    tooMany.put(
        "learners",
        List.of(
            Map.of("targetGroup", "WORKER", "ageGroup", "FROM_35", "learners", 5, "completed", 7)));
    Http.Response r = office.postJson("/api/v1/training-sessions", tooMany);
    assertThat(r.status()).as(r.body()).isEqualTo(422);
    assertThat(r.json().get("field").asString()).isEqualTo("learners[0]");
    assertThat(r.json().get("detail").asString()).contains("Người học, dòng 1");

    Map<String, Object> future = session(village, village, LocalDate.now().plusDays(30));
    r = office.postJson("/api/v1/training-sessions", future);
    assertThat(r.status()).isEqualTo(422);
    assertThat(r.json().get("field").asString()).isEqualTo("heldOn");

    Map<String, Object> noSkill = session(village, village, on);
    noSkill.put("skills", List.of("BOI_LOI"));
    r = office.postJson("/api/v1/training-sessions", noSkill);
    assertThat(r.status()).isEqualTo(422);
    assertThat(r.json().get("field").asString()).isEqualTo("skills");

    Map<String, Object> otherCommune = session(village, village, on);
    otherCommune.put("organizationId", 999_999_999L);
    r = office.postJson("/api/v1/training-sessions", otherCommune);
    assertThat(r.status()).isEqualTo(422);
    assertThat(r.json().get("field").asString()).isEqualTo("organizationId");

    assertThat(office.json("/api/v1/training-sessions?unit=" + HaBac.UNIT).size())
        .isEqualTo(before);
  }
}
