package vn.thidua.initiative;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.thidua.initiative.InitiativeIT.author;
import static vn.thidua.initiative.InitiativeIT.initiative;
import static vn.thidua.initiative.InitiativeIT.person;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import vn.thidua.support.ApplicationTest;
import vn.thidua.support.HaBac;
import vn.thidua.support.Http;

/**
 * Nobody judges their own initiative: the chairman who co-authored one is refused (API and page)
 * with the reason and the deputy named, the recusal stays in the history, and the deputy decides; a
 * reviewer whose declared relative is the author is refused; only members of the level's council
 * may score and only their scores count; an author from another commune answers like an unknown
 * one; another commune's initiative answers 404 before any version check.
 */
class InitiativeImpartialityIT extends ApplicationTest {

  private static final Map<String, Object> SCORES =
      Map.of("novelty", 8, "effect", 8, "replicability", 8, "noConflictDeclared", true);

  private Http as(String user) {
    return http().as(user, password(user));
  }

  private Http browser(String user) {
    Http b = http();
    assertThat(b.login(user, password(user))).doesNotContain("login");
    return b;
  }

  /** Files and submits an initiative as the office, opens the review; returns id and version. */
  private long[] underReview(String title, long org, List<Map<String, Object>> authors) {
    Http office = as("thuongtruc.habac");
    Http.Response created = office.postJson("/api/v1/initiatives", initiative(title, org, authors));
    assertThat(created.status()).as(created.body()).isEqualTo(201);
    JsonNode i = created.json().get("initiative");
    long id = i.get("id").asLong();
    long v =
        office
            .postForm(
                "/api/v1/initiatives/" + id + "/submit?version=" + i.get("version").asLong(),
                Map.of())
            .json()
            .get("initiative")
            .get("version")
            .asLong();
    JsonNode review =
        office.postForm("/api/v1/initiatives/" + id + "/review?version=" + v, Map.of()).json();
    assertThat(review.get("status").asString()).isEqualTo("UNDER_REVIEW");
    return new long[] {id, review.get("version").asLong()};
  }

  private static Map<String, Object> decision(long version) {
    return Map.of(
        "scope",
        "BASE",
        "decisionNumber",
        "77/QĐ-UBND",
        "decisionDate",
        "2026-11-20",
        "signer",
        "Lương Văn Khải",
        "version",
        version);
  }

  @Test
  void theChairmanCannotRecogniseHisOwnInitiativeTheDeputyDecides() {
    Http admin = as("admin");
    long chair = person(admin, "nguyen%20anh%20tuan");
    long an = person(admin, "tran%20thi%20an");
    long culture = HaBac.organization(admin, "van%20hoa");
    long[] i =
        underReview(
            "Sổ tay điện tử hướng dẫn thủ tục cho người cao tuổi",
            culture,
            List.of(author(an, 50), author(chair, 50)));
    long id = i[0];
    for (String member : List.of("hoidong.habac", "hoidong3.habac")) {
      Http.Response scored =
          as(member).putJson("/api/v1/initiatives/" + id + "/reviews/mine", SCORES);
      assertThat(scored.status()).as(scored.body()).isEqualTo(200);
    }

    // Step 1: the page tells the chairman why not and who may, without the form.
    String page = browser("lanhdao.habac").get("/initiatives/" + id).body();
    assertThat(page).contains("Nguyễn Anh Tuấn").contains("phochutich.habac");
    assertThat(page).doesNotContain("recognition-form");

    // Step 2: the API refuses him, naming the reason and the deputy.
    Http.Response self =
        as("lanhdao.habac").postJson("/api/v1/initiatives/" + id + "/recognition", decision(i[1]));
    assertThat(self.status()).as(self.body()).isEqualTo(422);
    assertThat(self.json().get("detail").asString())
        .contains("Nguyễn Anh Tuấn")
        .contains("tác giả")
        .contains("Lương Văn Khải (phochutich.habac)");
    assertThat(
            as("lanhdao.habac")
                .postForm(
                    "/api/v1/initiatives/" + id + "/refusal?version=" + i[1] + "&reason=Kh%C3%B4ng",
                    Map.of())
                .status())
        .isEqualTo(422);

    // Step 3: the recusal is in the history; the initiative is unchanged.
    JsonNode history = admin.json("/api/v1/initiatives/" + id + "/history");
    JsonNode recusal = null;
    for (JsonNode h : history) {
      if (h.get("action").asString().equals("RECUSAL")) {
        recusal = h;
      }
    }
    assertThat(recusal).as(history.toString()).isNotNull();
    assertThat(recusal.get("actor").asString()).isEqualTo("lanhdao.habac");
    assertThat(recusal.get("reason").asString()).contains("tác giả");
    JsonNode after = admin.json("/api/v1/initiatives/" + id).get("initiative");
    assertThat(after.get("status").asString()).isEqualTo("UNDER_REVIEW");
    assertThat(after.get("version").asLong()).isEqualTo(i[1]);
    assertThat(browser("admin").get("/initiatives/" + id).body())
        .contains("Không được tham gia do xung đột lợi ích");

    // Step 4: the deputy decides.
    Http.Response deputy =
        as("phochutich.habac")
            .postJson("/api/v1/initiatives/" + id + "/recognition", decision(i[1]));
    assertThat(deputy.status()).as(deputy.body()).isEqualTo(200);
    assertThat(deputy.json().get("status").asString()).isEqualTo("RECOGNISED");
  }

  @Test
  void aReviewerWhoseDeclaredRelativeIsTheAuthorIsRefused() {
    Http admin = as("admin");
    Http office = as("thuongtruc.habac");
    long economy = HaBac.organization(admin, "kinh%20te");
    Map<String, Object> newPerson = new java.util.LinkedHashMap<>();
    newPerson.put("organizationId", economy);
    newPerson.put("fullName", "Nguyễn Thị Mận");
    newPerson.put("gender", "FEMALE");
    newPerson.put("category", "CIVIL_SERVANT");
    newPerson.put("position", "Chuyên viên");
    Http.Response createdPerson = office.postJson("/api/v1/people", newPerson);
    assertThat(createdPerson.status()).as(createdPerson.body()).isEqualTo(201);
    long man = createdPerson.json().get("id").asLong();
    long binh = person(admin, "nguyen%20van%20binh");

    // Nguyễn Văn Bình (a council member, who sees the commune's people) declares his sister.
    Http binhApi = as("hoidong2.habac");
    Http.Response declared =
        binhApi.postJson(
            "/api/v1/people/" + binh + "/relatives",
            Map.of("relativeId", man, "relation", "SIBLING"));
    assertThat(declared.status()).as(declared.body()).isEqualTo(201);
    // Someone who cannot see the directory must name the relative exactly: ids cannot be probed.
    long an = person(admin, "tran%20thi%20an");
    Http anApi = as("canhan.habac");
    for (String wrong : List.of("", "Nguyễn Thị Mai")) {
      Http.Response r =
          anApi.postJson(
              "/api/v1/people/" + an + "/relatives",
              Map.of("relativeId", man, "relation", "OTHER", "relativeName", wrong));
      assertThat(r.status()).isEqualTo(422);
      assertThat(r.body()).doesNotContain("Mận");
    }
    assertThat(
            anApi
                .postJson(
                    "/api/v1/people/" + an + "/relatives",
                    Map.of(
                        "relativeId", man, "relation", "OTHER", "relativeName", "nguyen thi man"))
                .status())
        .isEqualTo(201);
    JsonNode relatives = admin.json("/api/v1/people/" + man + "/relatives");
    assertThat(relatives.toString()).contains("Nguyễn Văn Bình").contains("Trần Thị An");
    assertThat(relatives.get(0).get("declaredByPerson").asBoolean()).isFalse();
    // Another commune's office cannot read them (404, as for nobody).
    assertThat(as("thuongtruc.binhgiang").get("/api/v1/people/" + man + "/relatives").status())
        .isEqualTo(404);

    long[] i =
        underReview(
            "Bảng theo dõi tiến độ hồ sơ đất đai bằng mã màu", economy, List.of(author(man, 100)));
    Http.Response refused =
        binhApi.putJson("/api/v1/initiatives/" + i[0] + "/reviews/mine", SCORES);
    assertThat(refused.status()).as(refused.body()).isEqualTo(422);
    assertThat(refused.json().get("detail").asString())
        .contains("Nguyễn Thị Mận")
        .contains("anh, chị hoặc em ruột")
        .contains("hoidong.habac");
    assertThat(admin.json("/api/v1/initiatives/" + i[0] + "/history").toString())
        .contains("RECUSAL");
    // The page tells him too.
    assertThat(browser("hoidong2.habac").get("/initiatives/" + i[0]).body())
        .contains("anh, chị hoặc em ruột")
        .doesNotContain("review-form");
  }

  @Test
  void onlyTheCouncilsMembersScoreAndOnlyTheirScoresCount() {
    Http admin = as("admin");
    Http office = as("thuongtruc.habac");
    long an = person(admin, "tran%20thi%20an");
    long economy = HaBac.organization(admin, "kinh%20te");
    long[] i =
        underReview(
            "Phần mềm nhắc lịch tiêm chủng cho trẻ em qua tin nhắn",
            economy,
            List.of(author(an, 100)));
    long id = i[0];

    // The council of the level and its members.
    JsonNode council = office.json("/api/v1/initiative-councils/" + HaBac.UNIT);
    assertThat(council.get("members").toString())
        .contains("hoidong.habac")
        .contains("hoidong2.habac")
        .contains("hoidong3.habac");
    assertThat(as("thuongtruc.binhgiang").get("/api/v1/initiative-councils/" + HaBac.UNIT).status())
        .isEqualTo(404);

    // Two people with the review permission who are not members: refused, the members named.
    for (String outsider : List.of("thuongtruc.habac", "lanhdao.habac")) {
      Http.Response r = as(outsider).putJson("/api/v1/initiatives/" + id + "/reviews/mine", SCORES);
      assertThat(r.status()).as(outsider + ": " + r.body()).isEqualTo(422);
      assertThat(r.json().get("detail").asString())
          .contains("không phải thành viên")
          .contains("hoidong3.habac");
    }
    assertThat(browser("lanhdao.habac").get("/initiatives/" + id).body())
        .contains("không phải thành viên")
        .doesNotContain("review-form");
    Http.Response early =
        as("lanhdao.habac").postJson("/api/v1/initiatives/" + id + "/recognition", decision(i[1]));
    assertThat(early.status()).isEqualTo(422);
    assertThat(early.json().get("detail").asString()).contains("mới có 0");

    // Two members score; a member removed no longer counts.
    for (String member : List.of("hoidong.habac", "hoidong3.habac")) {
      assertThat(as(member).putJson("/api/v1/initiatives/" + id + "/reviews/mine", SCORES).status())
          .isEqualTo(200);
    }
    Http.Response removed =
        office.send(
            "DELETE", "/api/v1/initiative-councils/" + HaBac.UNIT + "/members/hoidong3.habac");
    assertThat(removed.status()).as(removed.body()).isEqualTo(200);
    try {
      Http.Response one =
          as("lanhdao.habac")
              .postJson("/api/v1/initiatives/" + id + "/recognition", decision(i[1]));
      assertThat(one.status()).isEqualTo(422);
      assertThat(one.json().get("detail").asString()).contains("mới có 1");
      // Only a user with the review permission of the level can be added.
      assertThat(
              office
                  .send(
                      "PUT", "/api/v1/initiative-councils/" + HaBac.UNIT + "/members/giamsat.habac")
                  .status())
          .isEqualTo(422);
      assertThat(
              as("hoidong.habac")
                  .send(
                      "PUT",
                      "/api/v1/initiative-councils/" + HaBac.UNIT + "/members/hoidong3.habac")
                  .status())
          .isEqualTo(403);
    } finally {
      assertThat(
              office
                  .send(
                      "PUT",
                      "/api/v1/initiative-councils/" + HaBac.UNIT + "/members/hoidong3.habac")
                  .status())
          .isEqualTo(200);
    }
    Http.Response two =
        as("lanhdao.habac").postJson("/api/v1/initiatives/" + id + "/recognition", decision(i[1]));
    assertThat(two.status()).as(two.body()).isEqualTo(200);
    assertThat(browser("thuongtruc.habac").get("/initiative-councils/" + HaBac.UNIT).body())
        .contains("Nguyễn Văn Bình")
        .contains("hoidong3.habac");
  }

  @Test
  void anAuthorFromAnotherCommuneAnswersLikeNobody() {
    Http admin = as("admin");
    Http an = as("canhan.habac");
    long culture = HaBac.organization(admin, "van%20hoa");
    long anId = person(admin, "tran%20thi%20an");
    long stranger = admin.json("/api/v1/people?unit=10966").get("items").get(0).get("id").asLong();
    Http.Response foreign =
        an.postJson(
            "/api/v1/initiatives",
            initiative(
                "Tra cứu lịch trực của cán bộ xã trên bảng tin thôn",
                culture,
                List.of(author(anId, 50), author(stranger, 50))));
    Http.Response nobody =
        an.postJson(
            "/api/v1/initiatives",
            initiative(
                "Tra cứu lịch trực của cán bộ xã trên bảng tin thôn",
                culture,
                List.of(author(anId, 50), author(987654321L, 50))));
    assertThat(foreign.status()).isEqualTo(422);
    assertThat(foreign.body()).isEqualTo(nobody.body());
    String strangerName = admin.json("/api/v1/people/" + stranger).get("fullName").asString();
    assertThat(foreign.body()).doesNotContain(strangerName);
  }

  @Test
  void anotherCommunesInitiativeAnswers404BeforeAnyVersionCheck() {
    Http admin = as("admin");
    long culture = HaBac.organization(admin, "van%20hoa");
    long an = person(admin, "tran%20thi%20an");
    long id =
        as("thuongtruc.habac")
            .postJson(
                "/api/v1/initiatives",
                initiative("Hộp thư góp ý điện tử của xã", culture, List.of(author(an, 100))))
            .json()
            .get("initiative")
            .get("id")
            .asLong();
    Http other = as("thuongtruc.binhgiang");
    for (String path :
        List.of("/submit?version=999", "/review?version=999", "/return?version=999&reason=x")) {
      Http.Response existing = other.postForm("/api/v1/initiatives/" + id + path, Map.of());
      Http.Response missing = other.postForm("/api/v1/initiatives/987654321" + path, Map.of());
      assertThat(existing.status()).as(path).isEqualTo(404);
      assertThat(existing.body()).isEqualTo(missing.body().replace("987654321", "" + id));
    }
    Http.Response stale =
        other.putJson(
            "/api/v1/initiatives/" + id, initiative("Đổi tên", culture, List.of(author(an, 100))));
    assertThat(stale.status()).isEqualTo(404);
  }
}
