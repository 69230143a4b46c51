package vn.thidua.review;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import vn.thidua.support.ApplicationTest;
import vn.thidua.support.Commendations;
import vn.thidua.support.Http;

/**
 * Review rounds over the API, on Bình Giang's sơ kết 2027 (Hà Bắc's is the browser test's): bad
 * requests are refused on their field and save nothing; opening freezes the figures, a later edit
 * does not move them and is listed as changed since; the report is edited with a version check and
 * generated with results per theme; a nomination of the round may ask only for its forms (đột xuất
 * stays open); the report goes up, only the city receives it and sees it beside the others; another
 * commune does not see the round.
 */
class ReviewRoundIT extends ApplicationTest {

  private static final String UNIT = "10966";

  private Http as(String user) {
    return http().as(user, password(user));
  }

  private static long plan(Http api) {
    for (JsonNode m : api.json("/api/v1/movements")) {
      if (m.get("unitCode").asString().equals(UNIT) && m.get("number").asInt() == 98) {
        return m.get("id").asLong();
      }
    }
    throw new AssertionError("no Bình Giang plan");
  }

  private static long organization(Http api, String query) {
    return api.json("/api/v1/organizations?unit=" + UNIT + "&q=" + query)
        .get("items")
        .get(0)
        .get("id")
        .asLong();
  }

  private static void setValue(Http api, long plan, long org, String code, String value) {
    Http.Response r =
        api.putJson(
            "/api/v1/movements/" + plan + "/indicator-values",
            Map.of(
                "organizationId",
                org,
                "indicatorCode",
                code,
                "year",
                2027,
                "value",
                new BigDecimal(value)));
    assertThat(r.status()).as(r.body()).isEqualTo(200);
  }

  private static Map<String, Object> opening(long plan, String occasion) {
    Map<String, Object> body = new HashMap<>();
    body.put("movementId", plan);
    body.put("occasion", occasion);
    body.put("nominationsDue", "2027-11-15");
    body.put("reportDue", "2027-11-30");
    return body;
  }

  private static JsonNode figure(JsonNode round, String code, int year) {
    for (JsonNode f : round.get("snapshot").get("figures")) {
      if (f.get("code").asString().equals(code) && f.get("year").asInt() == year) {
        return f;
      }
    }
    throw new AssertionError("no figure " + code + " " + year);
  }

  @Test
  void binhGiangsInterimRoundFreezesItsFiguresReportsUpAndBindsNominationsToItsForms()
      throws Exception {
    Http office = as("thuongtruc.binhgiang");
    long plan = plan(office);
    long org = organization(office, "kinh%20te");
    setValue(office, plan, org, "TRONG_CAY", "150");
    long awarded = Commendations.person(office, UNIT, "");
    Commendations.pastAward(as("admin"), awarded, "GIAY_KHEN", 2026, UNIT);

    // The plan's phases offer the sơ kết of 2027 and the tổng kết of 2030.
    JsonNode options = office.json("/api/v1/rounds/options?movementId=" + plan);
    assertThat(options.toString()).contains("INTERIM:2027").contains("FINAL:2030");

    badOpeningsAreRefusedOnTheirFieldAndSaveNothing(office, plan);

    Http.Response opened = office.postJson("/api/v1/rounds", opening(plan, "INTERIM:2027"));
    assertThat(opened.status()).as(opened.body()).isEqualTo(200);
    JsonNode round = opened.json();
    long id = round.get("id").asLong();
    assertThat(round.get("status").asString()).isEqualTo("OPEN");
    assertThat(round.get("fromYear").asInt()).isEqualTo(2026);
    assertThat(round.get("toYear").asInt()).isEqualTo(2027);
    assertThat(round.get("forms").toString()).contains("GIAY_KHEN");
    assertThat(figure(round, "TRONG_CAY", 2027).get("total").decimalValue())
        .isEqualByComparingTo("150");
    assertThat(figure(round, "TRONG_CAY", 2027).get("theme").asInt()).isEqualTo(5);
    // The period's commendations, frozen with the figures.
    assertThat(round.get("snapshot").get("honours").toString()).contains("\"award\":\"GIAY_KHEN\"");

    // Opening the same round twice is refused.
    Http.Response twice = office.postJson("/api/v1/rounds", opening(plan, "INTERIM:2027"));
    assertThat(twice.status()).isEqualTo(422);
    assertThat(twice.json().get("field").asString()).isEqualTo("occasion");

    // A later edit does not move the round's figures; it is listed as changed since the freeze.
    setValue(office, plan, org, "TRONG_CAY", "400");
    JsonNode again = office.json("/api/v1/rounds/" + id);
    assertThat(figure(again, "TRONG_CAY", 2027).get("total").decimalValue())
        .isEqualByComparingTo("150");
    JsonNode changes = office.json("/api/v1/rounds/" + id + "/changes");
    assertThat(changes).hasSize(1);
    assertThat(changes.get(0).get("code").asString()).isEqualTo("TRONG_CAY");
    assertThat(changes.get(0).get("now").decimalValue()).isEqualByComparingTo("400");

    long version = theOfficeEditsTheReport(office, id, again.get("version").asLong());
    theDocxShowsResultsPerTheme(office, id);
    nominationsOfTheRoundAskOnlyForItsForms(office, plan, id);
    theBatchSuggestsACollectiveAndNominatesItInOneStep(office, id);
    long received = theCityReceivesTheReportAndSeesItBesideTheOthers(office, id, version);
    theNextPhaseOpensFromTheClosedRoundWithThePlanAsAmended(office, plan, id, received);

    // Another commune does not see it: the same 404 as an id that does not exist.
    assertThat(as("thuongtruc.habac").get("/api/v1/rounds/" + id).status()).isEqualTo(404);
    assertThat(as("thuongtruc.habac").get("/api/v1/rounds/" + id + "/suggestions").status())
        .isEqualTo(404);
  }

  private void badOpeningsAreRefusedOnTheirFieldAndSaveNothing(Http office, long plan) {
    int before = office.json("/api/v1/rounds").size();
    Map<String, Object> unknownOccasion = opening(plan, "INTERIM:2099");
    Http.Response r = office.postJson("/api/v1/rounds", unknownOccasion);
    assertThat(r.status()).as(r.body()).isEqualTo(422);
    assertThat(r.json().get("field").asString()).isEqualTo("occasion");
    assertThat(r.json().get("detail").asString()).contains("Dịp sơ kết, tổng kết");

    Map<String, Object> noPlan = opening(plan, "INTERIM:2027");
    noPlan.remove("movementId");
    r = office.postJson("/api/v1/rounds", noPlan);
    assertThat(r.status()).isEqualTo(422);
    assertThat(r.json().get("field").asString()).isEqualTo("movementId");

    Map<String, Object> negativeQuota = opening(plan, "INTERIM:2027");
    negativeQuota.put("quotas", Map.of("GIAY_KHEN", -3));
    r = office.postJson("/api/v1/rounds", negativeQuota);
    assertThat(r.status()).isEqualTo(422);
    assertThat(r.json().get("field").asString()).isEqualTo("quota.GIAY_KHEN");

    Map<String, Object> reportFirst = opening(plan, "INTERIM:2027");
    reportFirst.put("reportDue", "2027-10-01");
    r = office.postJson("/api/v1/rounds", reportFirst);
    assertThat(r.status()).isEqualTo(422);
    assertThat(r.json().get("field").asString()).isEqualTo("reportDue");

    // A person of the commune (no office) may not open one.
    assertThat(
            as("canhan.habac").postJson("/api/v1/rounds", opening(plan, "INTERIM:2027")).status())
        .isEqualTo(403);
    assertThat(office.json("/api/v1/rounds").size()).isEqualTo(before);
  }

  private long theOfficeEditsTheReport(Http office, long id, long version) {
    Map<String, Object> report = new HashMap<>();
    report.put("overview", "Bình Giang hoàn thành phần lớn chỉ tiêu giai đoạn 1.");
    report.put("difficulties", "Hạ tầng mạng ở thôn xa còn yếu.");
    report.put("lessons", "Giao chỉ tiêu cụ thể cho từng thôn.");
    report.put("nextTasks", "Phổ cập dịch vụ công trực tuyến toàn trình.");
    report.put("version", version - 1);
    assertThat(office.putJson("/api/v1/rounds/" + id + "/report", report).status()).isEqualTo(409);
    report.put("version", version);
    Http.Response saved = office.putJson("/api/v1/rounds/" + id + "/report", report);
    assertThat(saved.status()).as(saved.body()).isEqualTo(200);
    assertThat(saved.json().get("report").get("difficulties").asString())
        .isEqualTo("Hạ tầng mạng ở thôn xa còn yếu.");
    return saved.json().get("version").asLong();
  }

  private void theDocxShowsResultsPerTheme(Http office, long id) throws Exception {
    Http.Response docx = office.get("/api/v1/rounds/" + id + "/report.docx");
    assertThat(docx.status()).isEqualTo(200);
    String text;
    try (XWPFDocument d = new XWPFDocument(new ByteArrayInputStream(docx.bytes()));
        XWPFWordExtractor x = new XWPFWordExtractor(d)) {
      text = x.getText();
    }
    assertThat(text)
        .contains("BÁO CÁO")
        .contains("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM")
        .contains("Nội dung: Thi đua chuyển đổi xanh")
        .contains("Số cây xanh được trồng mới")
        .contains("150")
        .contains("Hạ tầng mạng ở thôn xa còn yếu.")
        .contains("CÔNG TÁC KHEN THƯỞNG TRONG GIAI ĐOẠN")
        .contains("Giấy khen");
    assertThat(text).doesNotContain("400").doesNotContain("2.027");
  }

  private void nominationsOfTheRoundAskOnlyForItsForms(Http office, long plan, long id) {
    long person = Commendations.person(office, UNIT, "");
    Map<String, Object> notOpen =
        Commendations.proposal(
            "CHIEN_SI_THI_DUA_CO_SO", "INTERIM", 2027, "INDIVIDUAL", person, null, plan);
    notOpen.put("roundId", id);
    Http.Response refused = office.postJson("/api/v1/nominations", notOpen);
    assertThat(refused.status()).as(refused.body()).isEqualTo(422);
    assertThat(refused.json().get("field").asString()).isEqualTo("award");
    assertThat(refused.json().get("detail").asString())
        .startsWith("Hình thức khen thưởng:")
        .contains("Giấy khen");

    Map<String, Object> wrongYear =
        Commendations.proposal("GIAY_KHEN", "INTERIM", 2026, "INDIVIDUAL", person, null, plan);
    wrongYear.put("roundId", id);
    Http.Response year = office.postJson("/api/v1/nominations", wrongYear);
    assertThat(year.status()).isEqualTo(422);
    assertThat(year.json().get("field").asString()).isEqualTo("year");

    Map<String, Object> open =
        Commendations.proposal("GIAY_KHEN", "INTERIM", 2027, "INDIVIDUAL", person, null, plan);
    open.put("roundId", id);
    Http.Response made = office.postJson("/api/v1/nominations", open);
    assertThat(made.status()).as(made.body()).isEqualTo(200);

    // Đột xuất stays open in a round.
    Map<String, Object> adHoc =
        Commendations.proposal("GIAY_KHEN", "AD_HOC", 2027, "INDIVIDUAL", person, null, plan);
    adHoc.put("roundId", id);
    Http.Response adHocMade = office.postJson("/api/v1/nominations", adHoc);
    assertThat(adHocMade.status()).as(adHocMade.body()).isEqualTo(200);
  }

  /** A new organisation of Bình Giang with people rated in 2027 (ratings in that order). */
  private static long unitWithRatedPeople(Http office, String name, String... ratings) {
    Http.Response org =
        office.postJson(
            "/api/v1/organizations",
            Map.of("unitCode", UNIT, "type", "PUBLIC_SERVICE_UNIT", "name", name));
    assertThat(org.status()).as(org.body()).isBetween(200, 201);
    long id = org.json().get("id").asLong();
    for (int i = 0; i < ratings.length; i++) {
      Map<String, Object> p = new HashMap<>();
      p.put("organizationId", id);
      p.put("fullName", "Viên Chức " + name.substring(name.lastIndexOf(' ') + 1) + " " + (i + 1));
      p.put("gender", "MALE");
      p.put("category", "CIVIL_SERVANT");
      p.put("position", "Chuyên viên");
      Http.Response made = office.postJson("/api/v1/people", p);
      assertThat(made.status()).as(made.body()).isEqualTo(201);
      Commendations.rating(office, made.json().get("id").asLong(), 2027, ratings[i]);
    }
    return id;
  }

  private static JsonNode suggestionOf(JsonNode result, long organization) {
    for (JsonNode s : result.get("suggestions")) {
      if (s.get("subjectKind").asString().equals("COLLECTIVE")
          && s.get("organizationId").asLong() == organization
          && s.get("award").asString().equals("GIAY_KHEN")) {
        return s;
      }
    }
    return null;
  }

  /**
   * The batch judges the collectives of the scope too: a unit whose members all completed their
   * tasks in 2027, one of them with distinction, is suggested for the collective Giấy khen with the
   * checks passed and what the council weighs; a unit whose members only completed their tasks is
   * not. One step makes the suggestion a nomination of the collective in the round; it then leaves
   * the suggestions.
   */
  private void theBatchSuggestsACollectiveAndNominatesItInOneStep(Http office, long id) {
    long achieving =
        unitWithRatedPeople(office, "Trạm Khuyến nông Gợi Ý", "EXCELLENT", "GOOD", "COMPLETED");
    long plain = unitWithRatedPeople(office, "Trạm Thú y Bình Thường", "COMPLETED", "COMPLETED");
    JsonNode result = office.json("/api/v1/rounds/" + id + "/suggestions");
    JsonNode collective = suggestionOf(result, achieving);
    assertThat(collective).as(result.toString()).isNotNull();
    assertThat(collective.get("fullName").asString()).isEqualTo("Trạm Khuyến nông Gợi Ý");
    assertThat(collective.get("personId") == null || collective.get("personId").isNull()).isTrue();
    assertThat(collective.get("score").asInt()).isPositive();
    assertThat(collective.get("evidence").toString())
        .contains("suggestion.collective.completed")
        .contains("3/3")
        .contains("suggestion.collective.excellent");
    assertThat(collective.get("toWeigh").toString()).isNotEqualTo("[]");
    assertThat(suggestionOf(result, plain)).isNull();
    assertThat(result.get("suggestions").toString()).doesNotContain("Trạm Thú y Bình Thường");

    // The page shows it as a collective, with its evidence.
    Http browser = http();
    browser.login("thuongtruc.binhgiang", password("thuongtruc.binhgiang"));
    String page = browser.get("/rounds/" + id + "/suggestions").body();
    assertThat(page)
        .contains("data-organization=\"" + achieving + "\"")
        .contains("Trạm Khuyến nông Gợi Ý")
        .contains("Tập thể — điểm thành tích")
        .contains("Thành viên hoàn thành nhiệm vụ năm cuối của giai đoạn: 3/3")
        .doesNotContain("Trạm Thú y Bình Thường");

    // Neither a person nor an organisation: refused on its field, nothing made.
    Http.Response none =
        office.postJson(
            "/api/v1/rounds/" + id + "/suggestions/nominate", Map.of("award", "GIAY_KHEN"));
    assertThat(none.status()).as(none.body()).isEqualTo(422);
    assertThat(none.json().get("field").asString()).isEqualTo("personId");
    assertThat(none.json().get("detail").asString()).contains("cá nhân hoặc tập thể");

    Http.Response made =
        office.postJson(
            "/api/v1/rounds/" + id + "/suggestions/nominate",
            Map.of("organizationId", achieving, "award", "GIAY_KHEN"));
    assertThat(made.status()).as(made.body()).isEqualTo(200);
    assertThat(made.json().get("subjectKind").asString()).isEqualTo("COLLECTIVE");
    assertThat(made.json().get("organizationId").asLong()).isEqualTo(achieving);
    assertThat(made.json().get("award").asString()).isEqualTo("GIAY_KHEN");
    assertThat(made.json().get("personId") == null || made.json().get("personId").isNull())
        .isTrue();
    // Nominated: no longer suggested for that form.
    assertThat(suggestionOf(office.json("/api/v1/rounds/" + id + "/suggestions"), achieving))
        .isNull();
  }

  private long theCityReceivesTheReportAndSeesItBesideTheOthers(
      Http office, long id, long version) {
    Http.Response sent =
        office.postJson("/api/v1/rounds/" + id + "/send", Map.of("version", version));
    assertThat(sent.status()).as(sent.body()).isEqualTo(200);
    assertThat(sent.json().get("status").asString()).isEqualTo("REPORTED");
    long v = sent.json().get("version").asLong();
    // The commune cannot receive its own report.
    assertThat(office.postJson("/api/v1/rounds/" + id + "/receive", Map.of("version", v)).status())
        .isEqualTo(403);
    Http city = as("thuongtruc.haiphong");
    assertThat(city.json("/api/v1/rounds").toString()).contains("\"id\":" + id);
    Http.Response received =
        city.postJson("/api/v1/rounds/" + id + "/receive", Map.of("version", v));
    assertThat(received.status()).as(received.body()).isEqualTo(200);
    assertThat(received.json().get("status").asString()).isEqualTo("RECEIVED");
    List<String> states = List.of("REPORTED", "RECEIVED");
    assertThat(states).contains(received.json().get("status").asString());
    Http browser = http();
    browser.login("thuongtruc.haiphong", password("thuongtruc.haiphong"));
    String page = browser.get("/rounds").body();
    assertThat(page).contains("Báo cáo của các đơn vị cấp dưới").contains("Bình Giang");
    return received.json().get("version").asLong();
  }

  /**
   * From the closed sơ kết the office opens the tổng kết in one step; it reads the plan as amended
   * after the first round (a new 2030 target shows in its figures and on its page).
   */
  private void theNextPhaseOpensFromTheClosedRoundWithThePlanAsAmended(
      Http office, long plan, long id, long version) {
    // Not before the sơ kết is closed.
    Http.Response early = office.postJson("/api/v1/rounds/" + id + "/next", Map.of());
    assertThat(early.status()).as(early.body()).isEqualTo(422);
    assertThat(early.json().get("detail").asString()).contains("đã kết thúc");
    Http.Response closed =
        office.postJson("/api/v1/rounds/" + id + "/close", Map.of("version", version));
    assertThat(closed.status()).as(closed.body()).isEqualTo(200);
    assertThat(closed.json().get("status").asString()).isEqualTo("CLOSED");

    // The plan is amended after the first round: a new target for 2030.
    tools.jackson.databind.node.ObjectNode doc =
        (tools.jackson.databind.node.ObjectNode)
            office.json("/api/v1/movements/" + plan + "/document").deepCopy();
    for (JsonNode i : doc.get("indicators")) {
      if (i.get("code").asString().equals("TRONG_CAY")) {
        ((tools.jackson.databind.node.ObjectNode) i.get("targets")).put("2030", 4321);
      }
    }
    Http.Response amended =
        office.putJson(
            "/api/v1/movements/"
                + plan
                + "/document?version="
                + office.json("/api/v1/movements/" + plan).get("version").asLong(),
            doc);
    assertThat(amended.status()).as(amended.body()).isEqualTo(200);

    // Another commune cannot open it; the office can, and only once.
    assertThat(as("thuongtruc.habac").postJson("/api/v1/rounds/" + id + "/next", Map.of()).status())
        .isEqualTo(404);
    Http browser = http();
    browser.login("thuongtruc.binhgiang", password("thuongtruc.binhgiang"));
    assertThat(browser.get("/rounds/" + id).body())
        .contains("id=\"next-round\"")
        .contains("tổng kết 2026 - 2030");
    Http.Response next = office.postJson("/api/v1/rounds/" + id + "/next", Map.of());
    assertThat(next.status()).as(next.body()).isEqualTo(200);
    JsonNode round = next.json();
    assertThat(round.get("occasion").asString()).isEqualTo("FINAL");
    assertThat(round.get("toYear").asInt()).isEqualTo(2030);
    assertThat(round.get("status").asString()).isEqualTo("OPEN");
    assertThat(figure(round, "TRONG_CAY", 2030).get("target").decimalValue())
        .isEqualByComparingTo("4321");
    assertThat(browser.get("/rounds/" + round.get("id").asLong()).body()).contains("4.321");
    Http.Response twice = office.postJson("/api/v1/rounds/" + id + "/next", Map.of());
    assertThat(twice.status()).as(twice.body()).isEqualTo(422);
    assertThat(browser.get("/rounds/" + id).body()).doesNotContain("id=\"next-round\"");
  }

  /**
   * A round closes when its decisions are issued: Hà Bắc's annual review of 2026 (no nominations
   * deadline) closes by itself once its only nomination is decided.
   */
  @Test
  void aRoundClosesWhenItsDecisionsAreIssued() {
    Http office = as("thuongtruc.habac");
    long plan = vn.thidua.support.HaBac.plan(office);
    Map<String, Object> body = new HashMap<>();
    body.put("movementId", plan);
    body.put("occasion", "ANNUAL:2026");
    Http.Response opened = office.postJson("/api/v1/rounds", body);
    assertThat(opened.status()).as(opened.body()).isEqualTo(200);
    long id = opened.json().get("id").asLong();

    long person = Commendations.person(office, vn.thidua.support.HaBac.UNIT, "");
    Map<String, Object> proposal =
        Commendations.proposal("GIAY_KHEN", "AD_HOC", 2026, "INDIVIDUAL", person, null, plan);
    proposal.put("roundId", id);
    JsonNode n = Commendations.proposeAndSubmit(office, proposal);
    n = Commendations.receiveAndAppraise(office, n);
    // Still being worked on: the round stays open.
    assertThat(office.json("/api/v1/rounds/" + id).get("status").asString()).isEqualTo("OPEN");
    long s =
        Commendations.session(
            office,
            vn.thidua.support.HaBac.UNIT,
            null,
            java.time.LocalDate.now(java.time.ZoneId.of("Asia/Ho_Chi_Minh")),
            9,
            9);
    n = Commendations.agenda(office, n, s);
    n = Commendations.ok(Commendations.ballot(as("hoidong.habac"), n, 9, 0));
    Commendations.ok(Commendations.decide(as("lanhdao.habac"), n, "77/QĐ-UBND", true));

    JsonNode after = office.json("/api/v1/rounds/" + id);
    assertThat(after.get("status").asString()).isEqualTo("CLOSED");
    Http browser = http();
    browser.login("thuongtruc.habac", password("thuongtruc.habac"));
    assertThat(browser.get("/rounds/" + id).body())
        .contains("Đã ban hành quyết định khen thưởng cho mọi hồ sơ của đợt");
  }
}
