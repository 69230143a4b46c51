package vn.thidua.commendation;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import vn.thidua.support.ApplicationTest;
import vn.thidua.support.HaBac;
import vn.thidua.support.Http;

/**
 * The tổng kết 2030 of Hà Bắc over the API: a person for Giấy khen, a collective for Bằng khen cấp
 * tỉnh and a second person whose ballot fails; the commune council votes; the chairman decides the
 * Giấy khen; the Bằng khen goes to the city, is returned for a missing document, completed,
 * appraised and decided; certificates verify publicly, a revoked one as revoked; two decisions at
 * once: one wins.
 */
class NominationIT extends ApplicationTest {

  private static long person(Http api, String q) {
    return api.json("/api/v1/people?unit=10816&q=" + q).get("items").get(0).get("id").asLong();
  }

  private static JsonNode ok(Http.Response r) {
    assertThat(r.status()).as(r.body()).isEqualTo(200);
    return r.json();
  }

  private static long version(JsonNode n) {
    return (n.has("nomination") ? n.get("nomination") : n).get("version").asLong();
  }

  private static long id(JsonNode n) {
    return (n.has("nomination") ? n.get("nomination") : n).get("id").asLong();
  }

  private JsonNode propose(Http unit, String award, String kind, Long person, Long org) {
    Map<String, Object> body = new java.util.HashMap<>();
    body.put("award", award);
    body.put("occasion", "FINAL");
    body.put("year", 2030);
    body.put("subjectKind", kind);
    body.put("personId", person);
    body.put("organizationId", org);
    body.put("achievement", "Hoàn thành xuất sắc nhiệm vụ chuyển đổi số giai đoạn 2026 - 2030.");
    JsonNode n = ok(unit.postJson("/api/v1/nominations", body));
    n = ok(unit.postJson("/api/v1/nominations/" + id(n) + "/documents/generate", Map.of()));
    return ok(
        unit.postJson("/api/v1/nominations/" + id(n) + "/submit?version=" + version(n), Map.of()));
  }

  private JsonNode step(Http who, JsonNode n, String action) {
    return ok(
        who.postJson(
            "/api/v1/nominations/" + id(n) + "/" + action + "?version=" + version(n), Map.of()));
  }

  private static String docxText(byte[] bytes) throws Exception {
    try (XWPFDocument d = new XWPFDocument(new ByteArrayInputStream(bytes));
        XWPFWordExtractor x = new XWPFWordExtractor(d)) {
      return x.getText();
    }
  }

  @Test
  void theFinalReviewOfHaBacFromProposalToCertificates() throws Exception {
    Http office = http().as("thuongtruc.habac", password("thuongtruc.habac"));
    Http council = http().as("hoidong.habac", password("hoidong.habac"));
    Http chair = http().as("lanhdao.habac", password("lanhdao.habac"));
    Http city = http().as("thuongtruc.haiphong", password("thuongtruc.haiphong"));
    Http cityChair = http().as("lanhdao.haiphong", password("lanhdao.haiphong"));
    long an = person(office, "tran%20thi%20an");
    long doai = HaBac.organization(office, "thon%20doai");
    long binh =
        office
            .json("/api/v1/people?organization=" + doai + "&size=1")
            .get("items")
            .get(0)
            .get("id")
            .asLong();

    // The level's list answers with or without a year.
    assertThat(ok(office.get("/api/v1/nominations?unit=10816")).isArray()).isTrue();
    assertThat(ok(office.get("/api/v1/nominations?unit=10816&year=2030")).isArray()).isTrue();
    // Refusals before anything is saved.
    Http.Response unknown =
        office.postJson(
            "/api/v1/nominations",
            Map.of(
                "award",
                "BANG_VANG",
                "occasion",
                "FINAL",
                "year",
                2030,
                "subjectKind",
                "INDIVIDUAL",
                "personId",
                an));
    assertThat(unknown.status()).isEqualTo(422);
    assertThat(unknown.body()).contains("BANG_VANG").contains("award");

    JsonNode giayKhen = propose(office, "GIAY_KHEN", "INDIVIDUAL", an, null);
    JsonNode failing = propose(office, "GIAY_KHEN", "INDIVIDUAL", binh, null);
    JsonNode bangKhen = propose(office, "BANG_KHEN_CAP_TINH", "COLLECTIVE", null, doai);
    // One open nomination per subject, form, occasion and year.
    Http.Response twice =
        office.postJson(
            "/api/v1/nominations",
            Map.of(
                "award",
                "GIAY_KHEN",
                "occasion",
                "FINAL",
                "year",
                2030,
                "subjectKind",
                "INDIVIDUAL",
                "personId",
                an));
    assertThat(twice.status()).isEqualTo(422);

    // The commune's office receives and appraises; the council sits with 9 of 9 members.
    JsonNode session =
        ok(
            office.postJson(
                "/api/v1/council-sessions",
                Map.of(
                    "unitCode",
                    "10816",
                    "heldOn",
                    "2030-11-20",
                    "members",
                    9,
                    "present",
                    9,
                    "chair",
                    "Nguyễn Anh Tuấn")));
    List<JsonNode> atCouncil = new ArrayList<>();
    for (JsonNode n : List.of(giayKhen, failing, bangKhen)) {
      JsonNode r = step(office, n, "receive");
      r = step(office, r, "appraise");
      atCouncil.add(
          ok(
              office.postJson(
                  "/api/v1/nominations/"
                      + id(r)
                      + "/agenda?version="
                      + version(r)
                      + "&sessionId="
                      + session.get("id").asLong(),
                  Map.of())));
    }
    // Only a council member records the ballot.
    assertThat(
            office
                .postJson(
                    "/api/v1/nominations/" + id(atCouncil.get(0)) + "/ballot",
                    Map.of(
                        "version",
                        version(atCouncil.get(0)),
                        "inFavour",
                        9,
                        "against",
                        0,
                        "abstain",
                        0))
                .status())
        .isEqualTo(403);
    int[][] votes = {{7, 2, 0}, {4, 4, 1}, {8, 1, 0}};
    List<JsonNode> voted = new ArrayList<>();
    for (int i = 0; i < 3; i++) {
      voted.add(
          ok(
              council.postJson(
                  "/api/v1/nominations/" + id(atCouncil.get(i)) + "/ballot",
                  Map.of(
                      "version",
                      version(atCouncil.get(i)),
                      "inFavour",
                      votes[i][0],
                      "against",
                      votes[i][1],
                      "abstain",
                      votes[i][2]))));
    }
    assertThat(voted.get(0).get("status").asString()).isEqualTo("VOTED_FOR");
    assertThat(voted.get(1).get("status").asString()).isEqualTo("VOTED_AGAINST");
    assertThat(voted.get(2).get("status").asString()).isEqualTo("VOTED_FOR");
    JsonNode minutes = ok(office.get("/api/v1/nominations/" + id(voted.get(0)))).get("nomination");
    assertThat(minutes.get("documents").toString()).contains("BIEN_BAN_HOI_DONG");

    // The eligibility of a nomination is judged from the records, with the council's ballot.
    JsonNode judged = ok(office.get("/api/v1/nominations/" + id(voted.get(0)) + "/eligibility"));
    assertThat(judged.get("facts").get("award").asString()).isEqualTo("GIAY_KHEN");
    assertThat(judged.get("facts").get("vote").get("inFavour").asInt()).isEqualTo(7);
    assertThat(judged.get("facts").get("subject").get("kind").asString()).isEqualTo("INDIVIDUAL");
    assertThat(judged.get("answer").get("checks")).isNotEmpty();
    for (JsonNode check : judged.get("answer").get("checks")) {
      assertThat(check.get("citation").asString()).isNotBlank();
    }
    // The commune's fund for 2030.
    ok(office.putJson("/api/v1/reward-funds/10816/2030?amount=1000000", Map.of()));
    // The chairman decides the Giấy khen; the failed nominee cannot be decided.
    assertThat(
            chair
                .postJson(
                    "/api/v1/nominations/" + id(voted.get(1)) + "/decide",
                    Map.of(
                        "version",
                        version(voted.get(1)),
                        "number",
                        "1/QĐ-UBND",
                        "date",
                        "2030-12-05",
                        "signer",
                        "Nguyễn Anh Tuấn"))
                .status())
        .isEqualTo(422);
    JsonNode awarded =
        ok(
            chair.postJson(
                "/api/v1/nominations/" + id(voted.get(0)) + "/decide",
                Map.of(
                    "version",
                    version(voted.get(0)),
                    "number",
                    "125/QĐ-UBND",
                    "date",
                    "2030-12-05",
                    "signer",
                    "Nguyễn Anh Tuấn",
                    "signerTitle",
                    "Chủ tịch")));
    assertThat(awarded.get("status").asString()).isEqualTo("AWARDED");
    assertThat(awarded.get("bonus").asInt()).isEqualTo(760_000);
    String code = awarded.get("certificateCode").asString();
    assertThat(code).hasSize(12);
    String decision =
        docxText(chair.get("/api/v1/nominations/" + id(awarded) + "/decision.docx").bytes());
    assertThat(decision)
        .contains("QUYẾT ĐỊNH")
        .contains("Điều 1. Tặng Giấy khen cho Trần Thị An")
        .contains("760.000")
        .contains("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM");
    JsonNode fund = office.json("/api/v1/reward-funds/10816/2030");
    assertThat(fund.get("awarded").asInt()).isEqualTo(760_000);
    assertThat(fund.get("left").asInt()).isEqualTo(240_000);
    assertThat(fund.get("decisions").get(0).get("decision_number").asString())
        .isEqualTo("125/QĐ-UBND");
    assertThat(office.get("/api/v1/reward-funds/10816/2030.xlsx").status()).isEqualTo(200);
    assertThat(
            http()
                .as("thuongtruc.binhgiang", password("thuongtruc.binhgiang"))
                .get("/api/v1/reward-funds/10816/2030")
                .status())
        .isEqualTo(403);
    assertThat(office.json("/api/v1/people/" + an + "/awards").toString())
        .contains("GIAY_KHEN")
        .contains("125/QĐ-UBND");

    // The Bằng khen is the city's to decide: forwarded with the commune's tờ trình.
    assertThat(
            chair
                .postJson(
                    "/api/v1/nominations/" + id(voted.get(2)) + "/decide",
                    Map.of(
                        "version",
                        version(voted.get(2)),
                        "number",
                        "2/QĐ-UBND",
                        "signer",
                        "Nguyễn Anh Tuấn"))
                .status())
        .isEqualTo(422);
    JsonNode forwarded = step(chair, voted.get(2), "forward");
    assertThat(forwarded.get("status").asString()).isEqualTo("FORWARDED");
    long upperId = forwarded.get("forwardedTo").asLong();
    JsonNode upper = ok(city.get("/api/v1/nominations/" + upperId)).get("nomination");
    assertThat(upper.get("status").asString()).isEqualTo("SUBMITTED");
    assertThat(upper.get("levelUnitCode").asString()).isEqualTo("31");

    // Returned once for a missing document, completed by the commune, resubmitted.
    upper = step(city, upper, "receive");
    Http.Response incomplete =
        city.postJson(
            "/api/v1/nominations/" + upperId + "/appraise?version=" + version(upper), Map.of());
    assertThat(incomplete.status()).isEqualTo(422);
    assertThat(incomplete.body()).contains("MINH_CHUNG");
    upper =
        ok(
            city.postForm(
                "/api/v1/nominations/" + upperId + "/return",
                Map.of(
                    "version",
                    String.valueOf(version(upper)),
                    "reason",
                    "Thiếu minh chứng thành tích")));
    assertThat(upper.get("status").asString()).isEqualTo("RETURNED");
    JsonNode completed =
        ok(
            office.postFile(
                "/api/v1/nominations/" + upperId + "/documents?docCode=MINH_CHUNG",
                "file",
                "minh-chung.pdf",
                "%PDF-1.4 minh chứng".getBytes(StandardCharsets.UTF_8)));
    upper = step(office, completed, "submit");
    upper = step(city, upper, "receive");
    upper = step(city, upper, "appraise");
    assertThat(upper.get("status").asString()).isEqualTo("APPRAISED");

    // Two leaders decide at once: one wins, the other is told.
    long v = version(upper);
    ExecutorService pool = Executors.newFixedThreadPool(2);
    List<Callable<Http.Response>> both = new ArrayList<>();
    for (String number : List.of("3001/QĐ-UBND", "3002/QĐ-UBND")) {
      both.add(() ->
          cityChair.postJson(
              "/api/v1/nominations/" + upperId + "/decide",
              Map.of(
                  "version",
                  v,
                  "number",
                  number,
                  "date",
                  "2030-12-20",
                  "signer",
                  "Chủ tịch UBND thành phố")));
    }
    List<Integer> statuses = new ArrayList<>();
    for (Future<Http.Response> f : pool.invokeAll(both)) {
      statuses.add(f.get().status());
    }
    pool.shutdown();
    assertThat(statuses).containsExactlyInAnyOrder(200, 409);
    JsonNode bk = ok(city.get("/api/v1/nominations/" + upperId)).get("nomination");
    assertThat(bk.get("status").asString()).isEqualTo("AWARDED");
    assertThat(bk.get("bonus").asInt()).isEqualTo(7_590_000);
    assertThat(
            ok(city.get("/api/v1/nominations/" + upperId + "/history"))
                .toString()
                .split("\"DECIDE\"", -1))
        .hasSize(2);

    // Public verification, then revocation.
    Http anonymous = http();
    String page = anonymous.get("/portal/verify/" + code).body();
    assertThat(page).contains("Trần Thị An").contains("Giấy chứng nhận hợp lệ");
    JsonNode gk = ok(chair.get("/api/v1/nominations/" + id(awarded))).get("nomination");
    ok(
        chair.postForm(
            "/api/v1/nominations/" + id(gk) + "/revoke",
            Map.of("version", String.valueOf(version(gk)), "reason", "Quyết định hủy bỏ số 9")));
    assertThat(anonymous.get("/portal/verify/" + code).body()).contains("đã bị thu hồi");
    assertThat(office.json("/api/v1/people/" + an + "/awards").get(0).get("revoked").asBoolean())
        .isTrue();
    assertThat(office.json("/api/v1/reward-funds/10816/2030").get("awarded").asInt()).isZero();
    assertThat(anonymous.get("/portal/verify/KHONGCOMA99").body())
        .contains("Không tìm thấy giấy chứng nhận");
  }
}
