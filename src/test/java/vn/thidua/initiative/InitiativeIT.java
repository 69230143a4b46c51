package vn.thidua.initiative;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import vn.thidua.support.ApplicationTest;
import vn.thidua.support.HaBac;
import vn.thidua.support.Http;

/**
 * Initiatives through the API: shares must add up to 100 %, evidence checks leave the initiative
 * unchanged, a co-author cannot score, two council members score, the chairman recognises at BASE
 * and the initiative enters each author's record; a wider scope is recorded by the city with the
 * earlier decision kept; likely duplicates across communes of the city; exemplary models on the
 * public page without personal data.
 */
class InitiativeIT extends ApplicationTest {

  private Http as(String user) {
    return http().as(user, password(user));
  }

  static long person(Http admin, String query) {
    return admin
        .json("/api/v1/people?unit=" + HaBac.UNIT + "&q=" + query)
        .get("items")
        .get(0)
        .get("id")
        .asLong();
  }

  static Map<String, Object> initiative(String title, long org, List<Map<String, Object>> authors) {
    Map<String, Object> body = new java.util.LinkedHashMap<>();
    body.put("title", title);
    body.put("field", "ADMINISTRATION");
    body.put("organizationId", org);
    body.put("appliedOn", "2026-03-01");
    body.put("problem", "Người dân phải hỏi nhiều lần về thủ tục.");
    body.put("solution", "Dán mã tra cứu tại quầy.");
    body.put("novelty", "Lần đầu áp dụng tại xã.");
    body.put("effect", "Giảm 30 % thời gian chờ.");
    body.put("authors", authors);
    return body;
  }

  static Map<String, Object> author(long person, int share) {
    return Map.of("personId", person, "share", share);
  }

  @Test
  void aCivilServantsInitiativeIsScoredRecognisedAndEntersEachAuthorsRecord() {
    Http admin = as("admin");
    Http an = as("canhan.habac");
    long anId = person(admin, "tran%20thi%20an");
    long binhId = person(admin, "nguyen%20van%20binh");
    long culture = HaBac.organization(admin, "van%20hoa");
    String title = "Số hóa sổ theo dõi hồ sơ người có công tại Phòng Văn hóa - Xã hội";

    // Shares must add up to 100 %.
    Http.Response bad =
        an.postJson(
            "/api/v1/initiatives",
            initiative(title, culture, List.of(author(anId, 60), author(binhId, 30))));
    assertThat(bad.status()).isEqualTo(422);
    assertThat(bad.contentType()).contains("application/problem+json");
    assertThat(bad.body()).contains("100 %").contains("90");

    Http.Response created =
        an.postJson(
            "/api/v1/initiatives",
            initiative(title, culture, List.of(author(anId, 60), author(binhId, 40))));
    assertThat(created.status()).as(created.body()).isEqualTo(201);
    JsonNode i = created.json().get("initiative");
    long id = i.get("id").asLong();
    assertThat(i.get("status").asString()).isEqualTo("DRAFT");
    long version = i.get("version").asLong();

    // Evidence: too large, forbidden type → refused, initiative unchanged.
    Http.Response big =
        an.postFile(
            "/api/v1/initiatives/" + id + "/attachments",
            "file",
            "minh-chung.pdf",
            new byte[11 * 1024 * 1024]);
    assertThat(big.status()).isEqualTo(413);
    assertThat(big.body()).contains("10 MB");
    Http.Response exe =
        an.postFile(
            "/api/v1/initiatives/" + id + "/attachments", "file", "chay.exe", new byte[] {1, 2, 3});
    assertThat(exe.status()).isEqualTo(422);
    assertThat(exe.body()).contains("chay.exe").contains("không được nhận");
    JsonNode same = an.json("/api/v1/initiatives/" + id).get("initiative");
    assertThat(same.get("version").asLong()).isEqualTo(version);
    assertThat(same.get("attachments")).isEmpty();
    Http.Response ok =
        an.postFile(
            "/api/v1/initiatives/" + id + "/attachments",
            "file",
            "bang-so-lieu.pdf",
            "%PDF-1.4".getBytes());
    assertThat(ok.status()).isEqualTo(200);
    version = ok.json().get("version").asLong();

    // Stale version → 409.
    assertThat(
            an.postForm("/api/v1/initiatives/" + id + "/submit?version=" + (version - 1), Map.of())
                .status())
        .isEqualTo(409);
    JsonNode submitted =
        an.postForm("/api/v1/initiatives/" + id + "/submit?version=" + version, Map.of()).json();
    assertThat(submitted.get("initiative").get("status").asString()).isEqualTo("SUBMITTED");

    Http office = as("thuongtruc.habac");
    version = submitted.get("initiative").get("version").asLong();
    JsonNode review =
        office
            .postForm("/api/v1/initiatives/" + id + "/review?version=" + version, Map.of())
            .json();
    assertThat(review.get("status").asString()).isEqualTo("UNDER_REVIEW");

    // The co-author (a council member) is refused; declaring nothing is refused.
    Map<String, Object> scores =
        Map.of(
            "novelty",
            8,
            "effect",
            9,
            "replicability",
            7,
            "comment",
            "Tốt",
            "noConflictDeclared",
            true);
    Http.Response coauthor =
        as("hoidong2.habac").putJson("/api/v1/initiatives/" + id + "/reviews/mine", scores);
    assertThat(coauthor.status()).isEqualTo(422);
    assertThat(coauthor.body()).contains("tác giả");
    Http.Response undeclared =
        as("hoidong.habac")
            .putJson(
                "/api/v1/initiatives/" + id + "/reviews/mine",
                Map.of("novelty", 8, "effect", 9, "replicability", 7));
    assertThat(undeclared.status()).isEqualTo(422);
    // An individual may not score at all.
    assertThat(an.putJson("/api/v1/initiatives/" + id + "/reviews/mine", scores).status())
        .isEqualTo(403);

    // Recognition before the council's minimum is refused.
    Map<String, Object> decision =
        Map.of(
            "scope",
            "BASE",
            "decisionNumber",
            "45/QĐ-UBND",
            "decisionDate",
            "2026-11-20",
            "signer",
            "Nguyễn Anh Tuấn");
    Http chair = as("lanhdao.habac");
    assertThat(chair.postJson("/api/v1/initiatives/" + id + "/recognition", decision).status())
        .isEqualTo(422);

    JsonNode first =
        as("hoidong.habac").putJson("/api/v1/initiatives/" + id + "/reviews/mine", scores).json();
    // 40/40/20: (8*40 + 9*40 + 7*20) / 100 * 10 = 82
    assertThat(first.get("total").decimalValue()).isEqualByComparingTo("82");
    Http.Response second =
        as("hoidong3.habac")
            .putJson(
                "/api/v1/initiatives/" + id + "/reviews/mine",
                Map.of(
                    "novelty",
                    7,
                    "effect",
                    8,
                    "replicability",
                    8,
                    "comment",
                    "Nên nhân rộng",
                    "noConflictDeclared",
                    true));
    assertThat(second.status()).isEqualTo(200);

    // The office cannot decide; the chairman can.
    assertThat(office.postJson("/api/v1/initiatives/" + id + "/recognition", decision).status())
        .isEqualTo(403);
    Http.Response recognised =
        chair.postJson("/api/v1/initiatives/" + id + "/recognition", decision);
    assertThat(recognised.status()).as(recognised.body()).isEqualTo(200);
    assertThat(recognised.json().get("status").asString()).isEqualTo("RECOGNISED");
    assertThat(recognised.json().get("scope").asString()).isEqualTo("BASE");

    for (long author : List.of(anId, binhId)) {
      JsonNode record = admin.json("/api/v1/people/" + author + "/initiatives");
      JsonNode mine = find(record, id);
      assertThat(mine).as("record of " + author).isNotNull();
      assertThat(mine.get("year").asInt()).isEqualTo(2026);
      assertThat(mine.get("scope").asString()).isEqualTo("BASE");
    }
    // The author sees the own record.
    assertThat(
            find(an.json("/api/v1/people/" + anId + "/initiatives"), id)
                .get("share")
                .decimalValue())
        .isEqualByComparingTo("60");

    // A commune chairman cannot widen to PROVINCE; the city can, the earlier decision is kept.
    long v = recognised.json().get("version").asLong();
    Map<String, Object> province =
        Map.of(
            "scope",
            "PROVINCE",
            "decisionNumber",
            "120/QĐ-UBND",
            "decisionDate",
            "2026-11-21",
            "signer",
            "Chủ tịch UBND thành phố",
            "version",
            v);
    assertThat(chair.postJson("/api/v1/initiatives/" + id + "/recognition", province).status())
        .isEqualTo(403);
    Http.Response widened =
        as("quantri.haiphong").postJson("/api/v1/initiatives/" + id + "/recognition", province);
    assertThat(widened.status()).as(widened.body()).isEqualTo(200);
    assertThat(widened.json().get("scope").asString()).isEqualTo("PROVINCE");
    JsonNode decisions = admin.json("/api/v1/initiatives/" + id + "/recognitions");
    assertThat(decisions).hasSize(2);
    assertThat(decisions.get(0).get("scope").asString()).isEqualTo("BASE");

    // Search without diacritics, by scope; .xlsx export.
    JsonNode found = office.json("/api/v1/initiatives?q=so%20hoa%20so%20theo%20doi&scope=PROVINCE");
    assertThat(find(found, id)).isNotNull();
    Http.Response xlsx = office.get("/api/v1/initiatives.xlsx?q=so%20hoa");
    assertThat(xlsx.status()).isEqualTo(200);
    assertThat(xlsx.bytes()[0]).isEqualTo((byte) 'P');
    // Another commune's office does not see it: 404, as for an id that does not exist.
    assertThat(find(as("thuongtruc.binhgiang").json("/api/v1/initiatives"), id)).isNull();
    assertThat(as("thuongtruc.binhgiang").get("/api/v1/initiatives/" + id).status()).isEqualTo(404);
  }

  private static JsonNode find(JsonNode list, long id) {
    for (JsonNode n : list) {
      JsonNode x = n.has("initiativeId") ? n.get("initiativeId") : n.get("id");
      if (x.asLong() == id) {
        return n;
      }
    }
    return null;
  }

  @Test
  void theSameInitiativeFiledInAnotherCommuneOfTheCityIsShownAsALikelyDuplicate() {
    Http admin = as("admin");
    Http binhGiang = as("thuongtruc.binhgiang");
    long bgOrg =
        binhGiang
            .json("/api/v1/organizations?unit=10966&q=hanh%20chinh%20cong")
            .get("items")
            .get(0)
            .get("id")
            .asLong();
    long bgPerson = admin.json("/api/v1/people?unit=10966").get("items").get(0).get("id").asLong();
    JsonNode existing =
        binhGiang
            .postJson(
                "/api/v1/initiatives",
                initiative(
                    "Ứng dụng QR code để tra cứu thủ tục hành chính ở bộ phận một cửa xã",
                    bgOrg,
                    List.of(author(bgPerson, 100))))
            .json()
            .get("initiative");
    long existingId = existing.get("id").asLong();
    binhGiang.postForm(
        "/api/v1/initiatives/" + existingId + "/submit?version=" + existing.get("version").asLong(),
        Map.of());

    Http an = as("canhan.habac");
    long anId = person(admin, "tran%20thi%20an");
    long culture = HaBac.organization(admin, "van%20hoa");
    JsonNode filed =
        an.postJson(
                "/api/v1/initiatives",
                initiative(
                    "Ứng dụng mã QR tra cứu thủ tục hành chính tại bộ phận một cửa",
                    culture,
                    List.of(author(anId, 100))))
            .json();
    List<Long> similar = new ArrayList<>();
    double similarity = 0;
    for (JsonNode s : filed.get("similar")) {
      similar.add(s.get("id").asLong());
      if (s.get("id").asLong() == existingId) {
        similarity = s.get("similarity").asDouble();
        // Readable or not, the filer sees where it was filed.
        assertThat(s.get("unitName").asString()).contains("Bình Giang");
      }
    }
    assertThat(similar).contains(existingId);
    assertThat(similarity).isGreaterThanOrEqualTo(0.45);
    long newId = filed.get("initiative").get("id").asLong();
    an.postForm(
        "/api/v1/initiatives/"
            + newId
            + "/submit?version="
            + filed.get("initiative").get("version").asLong(),
        Map.of());
    // The reviewer of Hà Bắc sees the closest match with its similarity.
    JsonNode forReviewer = as("thuongtruc.habac").json("/api/v1/initiatives/" + newId + "/similar");
    assertThat(forReviewer.get(0).get("id").asLong()).isEqualTo(existingId);

    // Unrelated initiatives do not match.
    for (String unrelated :
        List.of(
            "Mô hình thu gom rác thải nhựa tại thôn",
            "Ứng dụng phần mềm quản lý hồ sơ đảng viên tại chi bộ",
            "Giải pháp tiết kiệm điện tại trụ sở Ủy ban")) {
      JsonNode s =
          an.json(
              "/api/v1/initiatives/similar?unit=10816&title="
                  + java.net.URLEncoder.encode(unrelated, java.nio.charset.StandardCharsets.UTF_8));
      List<Long> ids = new ArrayList<>();
      s.forEach(n -> ids.add(n.get("id").asLong()));
      assertThat(ids).as(unrelated).doesNotContain(existingId, newId);
    }
  }

  @Test
  void aPublishedModelIsPublicWithoutContactDetailsAnUnpublishedOneIsNot() {
    Http admin = as("admin");
    Http office = as("thuongtruc.habac");
    long anId = person(admin, "tran%20thi%20an");
    JsonNode an = admin.json("/api/v1/people/" + anId);
    long culture = HaBac.organization(admin, "van%20hoa");
    Map<String, Object> body = new java.util.LinkedHashMap<>();
    body.put("kind", "PERSON");
    body.put("title", "Người cán bộ tận tụy với bộ phận một cửa");
    body.put("story", "Chị An hướng dẫn người dân làm thủ tục trực tuyến.");
    body.put("figures", "1.200 hồ sơ trực tuyến trong năm");
    body.put("organizationId", culture);
    body.put("personId", anId);
    body.put("consent", true);
    JsonNode model = office.postJson("/api/v1/exemplary-models", body).json();
    long id = model.get("id").asLong();
    assertThat(model.get("publicName").asString()).isEqualTo("Trần Thị An");

    Map<String, Object> hidden = new java.util.LinkedHashMap<>(body);
    hidden.put("kind", "MODEL");
    hidden.put("title", "Mô hình chưa công bố về sân chơi thiếu nhi");
    hidden.remove("personId");
    long hiddenId = office.postJson("/api/v1/exemplary-models", hidden).json().get("id").asLong();

    assertThat(http().get("/portal/models").body()).doesNotContain("Người cán bộ tận tụy");
    long v = model.get("version").asLong();
    v =
        office
            .postForm("/api/v1/exemplary-models/" + id + "/nominate?version=" + v, Map.of())
            .json()
            .get("version")
            .asLong();
    // A photograph of a forbidden type is refused.
    assertThat(
            office
                .postFile(
                    "/api/v1/exemplary-models/" + id + "/photos", "file", "anh.gif", new byte[] {1})
                .status())
        .isEqualTo(422);
    v =
        office
            .postForm("/api/v1/exemplary-models/" + id + "/approve?version=" + v, Map.of())
            .json()
            .get("version")
            .asLong();
    JsonNode published =
        office
            .postForm("/api/v1/exemplary-models/" + id + "/publish?version=" + v, Map.of())
            .json();
    assertThat(published.get("status").asString()).isEqualTo("PUBLISHED");
    office.postJson(
        "/api/v1/exemplary-models/" + id + "/replications",
        Map.of("place", "Xã Bình Giang", "startedOn", "2026-10-01"));

    Http.Response page = http().get("/portal/models");
    assertThat(page.status()).isEqualTo(200);
    assertThat(page.body())
        .contains("Người cán bộ tận tụy với bộ phận một cửa")
        .contains("Trần Thị An")
        .doesNotContain("Mô hình chưa công bố");
    Http.Response one = http().get("/portal/models/" + id);
    assertThat(one.status()).isEqualTo(200);
    assertThat(one.body()).contains("Xã Bình Giang").contains("1.200 hồ sơ");
    for (String field : List.of("email", "phone")) {
      if (an.hasNonNull(field) && !an.get(field).asString().isBlank()) {
        assertThat(one.body()).doesNotContain(an.get(field).asString());
        assertThat(page.body()).doesNotContain(an.get(field).asString());
      }
    }
    assertThat(one.body()).doesNotContain("@thidua.example");
    assertThat(http().get("/portal/models/" + hiddenId).status()).isEqualTo(404);
  }
}
