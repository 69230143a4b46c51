package vn.thidua.commendation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import vn.thidua.support.ApplicationTest;
import vn.thidua.support.Http;

/** The eligibility API exactly as the contract states it, over real HTTP. */
class EligibilityApiIT extends ApplicationTest {

  private Http officer() {
    return http().as("thuongtruc.habac", password("thuongtruc.habac"));
  }

  static Map<String, Object> bangKhenThuTuong(String bangKhenTinhOccasion) {
    List<Map<String, Object>> ratings = new ArrayList<>();
    for (int y = 2026; y <= 2030; y++) {
      ratings.add(Map.of("year", y, "rating", y == 2030 ? "EXCELLENT" : "GOOD"));
    }
    return map(
        "award",
        "BANG_KHEN_THU_TUONG",
        "occasion",
        "ANNUAL",
        "asOf",
        "2030-12-01",
        "year",
        2030,
        "province",
        "31",
        "subject",
        Map.of("kind", "INDIVIDUAL", "category", "CIVIL_SERVANT", "directWorker", false),
        "history",
        List.of(
            Map.of("award", "BANG_KHEN_CAP_TINH", "year", 2025, "occasion", bangKhenTinhOccasion),
            Map.of("award", "CHIEN_SI_THI_DUA_CO_SO", "year", 2026),
            Map.of("award", "CHIEN_SI_THI_DUA_CO_SO", "year", 2028),
            Map.of("award", "CHIEN_SI_THI_DUA_CO_SO", "year", 2030)),
        "annualRatings",
        ratings,
        "initiatives",
        List.of(Map.of("year", 2028, "scope", "BASE")),
        "disciplined",
        false,
        "vote",
        Map.of("members", 9, "present", 9, "inFavour", 7),
        "note",
        "an unknown field is ignored");
  }

  static Map<String, Object> map(Object... keysAndValues) {
    Map<String, Object> m = new java.util.LinkedHashMap<>();
    for (int i = 0; i < keysAndValues.length; i += 2) {
      m.put((String) keysAndValues[i], keysAndValues[i + 1]);
    }
    return m;
  }

  static JsonNode check(JsonNode answer, String rule) {
    for (JsonNode c : answer.get("checks")) {
      if (c.get("rule").asString().equals(rule)) {
        return c;
      }
    }
    throw new AssertionError(rule + " not in " + answer);
  }

  @Test
  void bangKhenThuTuongIsJudgedWithEveryCheckAndItsArticle() {
    Http.Response r = officer().postJson("/api/v1/eligibility/check", bangKhenThuTuong("ANNUAL"));
    assertThat(r.status()).isEqualTo(200);
    JsonNode a = r.json();
    assertThat(a.get("eligible").asBoolean()).isTrue();
    assertThat(a.get("regime").asString()).isEqualTo("LAW_2022_ND_152_2025");
    assertThat(a.get("missing").isArray()).isTrue();
    assertThat(a.get("missing").size()).isZero();
    JsonNode prior = check(a, "BKTTG-ANNUAL-PRIOR");
    assertThat(prior.get("passed").asBoolean()).isTrue();
    assertThat(prior.get("confidence").asString()).isEqualTo("READ");
    assertThat(prior.get("citation").asString())
        .contains("Luật Thi đua, khen thưởng 2022, Điều 73");
    assertThat(prior.get("message").asString()).contains("Bằng khen");
    for (JsonNode c : a.get("checks")) {
      // The contract's fields, and "undecided" (added: a fact it needed was not given).
      assertThat(c.propertyNames())
          .containsExactlyInAnyOrder(
              "rule", "passed", "confidence", "message", "citation", "undecided");
    }
  }

  @Test
  void aThematicBangKhenTinhDoesNotCount() {
    JsonNode a =
        officer().postJson("/api/v1/eligibility/check", bangKhenThuTuong("THEMATIC")).json();
    assertThat(a.get("eligible").asBoolean()).isFalse();
    JsonNode prior = check(a, "BKTTG-ANNUAL-PRIOR");
    assertThat(prior.get("passed").asBoolean()).isFalse();
    assertThat(prior.get("citation").asString()).contains("Điều");
  }

  @Test
  void aMissingVoteIsNamedAndAnUnknownAwardIsRefusedInVietnamese() {
    Map<String, Object> noVote = new java.util.HashMap<>(bangKhenThuTuong("ANNUAL"));
    noVote.remove("vote");
    JsonNode a = officer().postJson("/api/v1/eligibility/check", noVote).json();
    assertThat(a.get("eligible").asBoolean()).isFalse();
    assertThat(a.get("missing").toString()).contains("vote");

    Map<String, Object> unknown = new java.util.HashMap<>(bangKhenThuTuong("ANNUAL"));
    unknown.put("award", "HUY_CHUONG_VANG");
    Http.Response r = officer().postJson("/api/v1/eligibility/check", unknown);
    assertThat(r.status()).isEqualTo(422);
    assertThat(r.contentType()).contains("application/problem+json");
    assertThat(r.json().get("detail").asString())
        .contains("award")
        .contains("không có trong danh mục");
    assertThat(r.json().get("field").asString()).isEqualTo("award");
  }

  @Test
  void aReviewRoundIsJudgedAtOnce() {
    Map<String, Object> collective =
        map(
            "award",
            "TAP_THE_LAO_DONG_XUAT_SAC",
            "occasion",
            "ANNUAL",
            "asOf",
            "2026-12-01",
            "year",
            2026,
            "subject",
            Map.of("kind", "COLLECTIVE"),
            "members",
            Map.of(
                "total",
                20,
                "completedTasks",
                20,
                "laoDongTienTien",
                13,
                "chienSiThiDuaCoSo",
                1,
                "disciplinedWarningOrAbove",
                0),
            "annualRatings",
            List.of(Map.of("year", 2026, "rating", "EXCELLENT")),
            "disciplined",
            false,
            "vote",
            Map.of("members", 9, "inFavour", 9));
    Map<String, Object> disciplined = new java.util.HashMap<>(bangKhenThuTuong("ANNUAL"));
    disciplined.put("disciplined", true);
    Http.Response r =
        officer()
            .postJson(
                "/api/v1/eligibility/check-batch",
                List.of(bangKhenThuTuong("ANNUAL"), collective, disciplined));
    assertThat(r.status()).isEqualTo(200);
    JsonNode answers = r.json();
    assertThat(answers.size()).isEqualTo(3);
    assertThat(answers.get(0).get("eligible").asBoolean()).isTrue();
    assertThat(answers.get(1).get("eligible").asBoolean()).isFalse();
    assertThat(check(answers.get(1), "TTLDXS-ANNUAL-MEMBERS-LDTT").get("message").asString())
        .contains("13/20");
    assertThat(answers.get(2).get("eligible").asBoolean()).isFalse();
    assertThat(check(answers.get(2), "CHUNG-KY-LUAT").get("passed").asBoolean()).isFalse();
  }

  @Test
  void aBatchStreamedAsJsonLinesIsAnsweredLineByLineInOrder() throws Exception {
    tools.jackson.databind.ObjectMapper mapper =
        tools.jackson.databind.json.JsonMapper.builder().build();
    Map<String, Object> disciplined = new java.util.HashMap<>(bangKhenThuTuong("ANNUAL"));
    disciplined.put("disciplined", true);
    StringBuilder body = new StringBuilder();
    body.append(mapper.writeValueAsString(bangKhenThuTuong("ANNUAL"))).append('\n');
    body.append("{ này không phải JSON\n");
    body.append(mapper.writeValueAsString(Map.of("occasion", "ANNUAL"))).append('\n');
    body.append('\n');
    body.append(mapper.writeValueAsString(disciplined)).append('\n');
    // Many more lines than one chunk, to see the order kept across chunks judged in parallel.
    for (int i = 0; i < 9000; i++) {
      body.append(mapper.writeValueAsString(i % 2 == 0 ? bangKhenThuTuong("ANNUAL") : disciplined))
          .append('\n');
    }
    Http.Response r =
        officer()
            .send(
                "POST",
                "/api/v1/eligibility/check-batch?compact=true",
                "application/x-ndjson",
                body.toString());
    assertThat(r.status()).as(r.body()).isEqualTo(200);
    assertThat(r.contentType()).startsWith("application/x-ndjson");
    String[] lines = r.body().split("\n");
    assertThat(lines).hasSize(4 + 9000);
    assertThat(mapper.readTree(lines[0]).get("eligible").asBoolean()).isTrue();
    // Compact: an eligible answer lists no check, every listed check failed or is undecided.
    assertThat(mapper.readTree(lines[0]).get("checks").size()).isZero();
    JsonNode unreadable = mapper.readTree(lines[1]);
    assertThat(unreadable.get("line").asInt()).isEqualTo(2);
    assertThat(unreadable.get("error").asString()).contains("không phải một đối tượng JSON");
    JsonNode noAward = mapper.readTree(lines[2]);
    assertThat(noAward.get("line").asInt()).isEqualTo(3);
    assertThat(noAward.get("field").asString()).isEqualTo("award");
    JsonNode refused = mapper.readTree(lines[3]);
    assertThat(refused.get("eligible").asBoolean()).isFalse();
    for (JsonNode c : refused.get("checks")) {
      assertThat(c.get("passed").asBoolean() && !c.get("undecided").asBoolean()).isFalse();
    }
    for (int i = 0; i < 9000; i++) {
      assertThat(mapper.readTree(lines[4 + i]).get("eligible").asBoolean())
          .as("line %d", 5 + i)
          .isEqualTo(i % 2 == 0);
    }
    // The JSON batch stays as it was.
    assertThat(
            officer()
                .postJson("/api/v1/eligibility/check-batch", List.of(bangKhenThuTuong("ANNUAL")))
                .json()
                .get(0)
                .get("checks")
                .size())
        .isPositive();
  }

  @Test
  void catalogueAndRulesArePublishedWithCitationsAndConfidences() {
    Http api = officer();
    JsonNode catalogue = api.json("/api/v1/award-forms?on=2026-07-15");
    List<String> codes = new ArrayList<>();
    catalogue.forEach(a -> codes.add(a.get("code").asString()));
    assertThat(codes).containsAll(vn.thidua.rulebook.AwardNames.planCodes());
    JsonNode bkt = api.json("/api/v1/award-forms/BANG_KHEN_CAP_TINH?on=2026-07-15");
    assertThat(bkt.get("bonus").get("INDIVIDUAL").get("amount").asLong()).isEqualTo(3_800_000);
    assertThat(bkt.get("bonus").get("COLLECTIVE").get("amount").asLong()).isEqualTo(7_590_000);
    JsonNode ldtt = api.json("/api/v1/award-forms/LAO_DONG_TIEN_TIEN?on=2026-06-30");
    assertThat(ldtt.get("bonus").get("INDIVIDUAL").get("amount").asLong()).isEqualTo(710_000);
    JsonNode bkttg = api.json("/api/v1/award-forms/BANG_KHEN_THU_TUONG");
    assertThat(bkttg.get("decidedBy").get(0).asString()).isEqualTo("PRIME_MINISTER");
    assertThat(api.get("/api/v1/award-forms/HUY_CHUONG_VANG").status()).isEqualTo(404);
    JsonNode rules = api.json("/api/v1/eligibility/rules?award=BANG_KHEN_THU_TUONG");
    assertThat(rules.size()).isGreaterThan(5);
    for (JsonNode rule : rules) {
      assertThat(rule.get("citation").asString()).contains("Điều");
      assertThat(rule.get("confidence").asString())
          .isIn("READ", "READ-2", "OLD", "INFERRED", "GAP");
    }
    assertThat(api.json("/api/v1/eligibility/regimes").size()).isEqualTo(2);
    assertThat(
            api.json("/api/v1/eligibility/province-parameters?province=31")
                .get("quorum")
                .asString())
        .isEqualTo("2/3");
    assertThat(http().get("/api/v1/eligibility/regimes").status()).isEqualTo(401);
  }
}
