package vn.thidua.portal;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.thidua.support.Commendations.giayKhenAtHaBac;

import java.io.ByteArrayInputStream;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;
import vn.thidua.support.ApplicationTest;
import vn.thidua.support.HaBac;
import vn.thidua.support.Http;

/**
 * The public portal as an anonymous visitor: plans by level and place with their phases, deadlines
 * and who has issued below; the honour list with a Giấy khen decided at Hà Bắc, searchable without
 * diacritics and publishing only name, unit and form; a crawl of every portal page linked from the
 * home page: each answers 200 and none shows personal data.
 */
class PortalIT extends ApplicationTest {

  /** What the portal must never show: e-mail addresses, phone numbers, ID numbers, births. */
  static final Map<String, Pattern> PERSONAL =
      Map.of(
          "e-mail", Pattern.compile("[\\w.+-]+@[\\w-]+\\.[\\w.]+"),
          "phone", Pattern.compile("(?<![\\d/.])(?:\\+84|0)[35789]\\d{8}(?![\\d/])"),
          "ID number", Pattern.compile("(?<![\\d/])\\d{12}(?![\\d/])"),
          "date of birth", Pattern.compile("(?i)ngày sinh|năm sinh"));

  private Http as(String user) {
    return http().as(user, password(user));
  }

  static List<String> personalData(String html) {
    String text = html.replaceAll("(?s)<script.*?</script>", "").replaceAll("<[^>]+>", " ");
    List<String> found = new java.util.ArrayList<>();
    PERSONAL.forEach((what, p) -> {
      Matcher m = p.matcher(text);
      if (m.find()) {
        found.add(what + ": " + m.group());
      }
    });
    return found;
  }

  @Test
  void plansAreListedByLevelAndPlaceWithPhasesDeadlinesAndWhoHasIssuedBelow() throws Exception {
    Http anonymous = http();
    Http.Response list = anonymous.get("/portal/plans");
    assertThat(list.status()).isEqualTo(200);
    long haBac = HaBac.plan(as("thuongtruc.habac"));
    assertThat(list.body()).contains("/portal/plans/" + haBac).contains("125/QĐ-UBND");

    // By place: only Hà Bắc's plans; by level: no commune plan among the city's.
    Http.Response commune = anonymous.get("/portal/plans?unit=" + HaBac.UNIT);
    assertThat(commune.body()).contains("/portal/plans/" + haBac);
    Http.Response provinces = anonymous.get("/portal/plans?level=PROVINCE");
    assertThat(provinces.status()).isEqualTo(200);
    assertThat(provinces.body()).doesNotContain("/portal/plans/" + haBac + "\"");

    // The city's plan: its phases, the deadline for communes and the communes that issued theirs.
    long city = parentOf(anonymous.get("/portal/plans/" + haBac).body());
    Http.Response cityPage = anonymous.get("/portal/plans/" + city);
    assertThat(cityPage.status()).isEqualTo(200);
    assertThat(cityPage.body())
        .contains("Các giai đoạn")
        .contains("Giai đoạn 2026 - 2027")
        .contains("Quý 2/2026")
        .contains("Các đơn vị đã ban hành kế hoạch thực hiện")
        .contains("Hà Bắc")
        .contains("Bình Giang")
        .contains("Nam Sách")
        .contains("20/06/2026");

    Http.Response docx = anonymous.get("/portal/plans/" + haBac + "/docx");
    assertThat(docx.status()).isEqualTo(200);
    try (XWPFDocument d = new XWPFDocument(new ByteArrayInputStream(docx.bytes()));
        XWPFWordExtractor x = new XWPFWordExtractor(d)) {
      assertThat(x.getText()).contains("KẾ HOẠCH").contains("Hà Bắc");
      // The seed's text names no issuing body: the header carries the plan's own, above the number.
      String text = x.getText();
      assertThat(text).contains("ỦY BAN NHÂN DÂN XÃ HÀ BẮC");
      assertThat(text.indexOf("ỦY BAN NHÂN DÂN XÃ HÀ BẮC")).isLessThan(text.indexOf("Số:"));
    }
    assertThat(anonymous.get("/portal/plans/987654321").status()).isEqualTo(404);

    // The same plan as PDF, laid out as the .docx: the issuing body and the motto in the header,
    // the body's text; its first page kept for people to look at.
    Http.Response pdf = anonymous.get("/portal/plans/" + haBac + "/pdf");
    assertThat(pdf.status()).isEqualTo(200);
    assertThat(pdf.contentType()).startsWith("application/pdf");
    assertThat(vn.thidua.support.Pdfs.text(pdf.bytes()))
        .contains("ỦY BAN NHÂN DÂN XÃ HÀ BẮC")
        .contains("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM")
        .contains("Độc lập - Tự do - Hạnh phúc")
        .contains("KẾ HOẠCH")
        .contains("Hà Bắc");
    java.nio.file.Path out = java.nio.file.Path.of("target", "documents");
    java.nio.file.Files.createDirectories(out);
    javax.imageio.ImageIO.write(
        vn.thidua.support.Pdfs.page(pdf.bytes()),
        "png",
        out.resolve("ke-hoach-ha-bac-portal.png").toFile());
    assertThat(anonymous.get("/portal/plans/987654321/pdf").status()).isEqualTo(404);

    // The office records the plan's classes for form 0601 on the plan's page.
    Http browser = http();
    browser.login("thuongtruc.habac", password("thuongtruc.habac"));
    String page = browser.get("/movements/" + haBac).body();
    assertThat(page).contains("value=\"THEMATIC\" selected=\"selected\"");
    Map<String, String> form =
        Map.of(
            "_csrf", Http.csrf(page),
            "scopeClass", "WHOLE",
            "durationClass", "LONG",
            "organizingMethod", "REGULAR");
    assertThat(browser.postForm("/movements/" + haBac + "/classification", form).status())
        .isEqualTo(302);
    assertThat(browser.get("/movements/" + haBac).body())
        .contains("Đã lưu phân loại phong trào.")
        .contains("value=\"REGULAR\" selected=\"selected\"");
    Map<String, String> back = new java.util.HashMap<>(form);
    back.put("organizingMethod", "THEMATIC");
    back.put("_csrf", Http.csrf(browser.get("/movements/" + haBac).body()));
    browser.postForm("/movements/" + haBac + "/classification", back);
    assertThat(browser.get("/movements/" + haBac).body())
        .contains("value=\"THEMATIC\" selected=\"selected\"");
  }

  private static long parentOf(String html) {
    Matcher m =
        Pattern.compile("Thực hiện kế hoạch cấp trên:</span>\\s*<a href=\"/portal/plans/(\\d+)\"")
            .matcher(html);
    assertThat(m.find()).as("the plan names the plan it implements").isTrue();
    return Long.parseLong(m.group(1));
  }

  @Test
  void theHonourListShowsTheGiayKhenWithNameUnitAndFormOnlyAndFindsItWithoutDiacritics() {
    tools.jackson.databind.JsonNode decided =
        giayKhenAtHaBac(
            as("thuongtruc.habac"),
            as("hoidong.habac"),
            as("lanhdao.habac"),
            "nguyen%20van%20binh",
            "77/QĐ-UBND");
    Http anonymous = http();
    Http.Response list = anonymous.get("/portal/honours?unit=" + HaBac.UNIT + "&year=2026");
    assertThat(list.status()).isEqualTo(200);
    assertThat(list.body())
        .contains("Quyết định số 77/QĐ-UBND")
        .contains("Nguyễn Văn Bình")
        .contains("Phòng Văn hóa - Xã hội")
        .contains("Giấy khen");
    assertThat(personalData(list.body())).isEmpty();

    // Without diacritics, in any case; another name finds nothing of it.
    assertThat(anonymous.get("/portal/honours?q=NGUYEN%20van%20binh").body())
        .contains("Nguyễn Văn Bình");
    assertThat(anonymous.get("/portal/honours?q=khong%20co%20ai%20ten%20nay").body())
        .doesNotContain("Nguyễn Văn Bình")
        .contains("Chưa có quyết định khen thưởng nào.");
    // Another year's list does not hold it.
    assertThat(anonymous.get("/portal/honours?year=2019").body()).doesNotContain("77/QĐ-UBND");
    // Pages of 20 decisions: a page past the end shows the last one, never an error.
    assertThat(anonymous.get("/portal/honours?page=99").body()).contains("77/QĐ-UBND");
    assertThat(anonymous.get("/portal/honours?page=-3").status()).isEqualTo(200);
    // The export for the national database: the decision with its award, as JSON and as CSV.
    Http office = as("thuongtruc.habac");
    int year = java.time.LocalDate.now(java.time.ZoneId.of("Asia/Ho_Chi_Minh")).getYear();
    tools.jackson.databind.JsonNode export =
        office.json("/api/v1/exports/awards/" + HaBac.UNIT + "/" + year + ".json");
    assertThat(export.get("schemaVersion").asString()).isEqualTo("1.0");
    tools.jackson.databind.JsonNode decision = null;
    for (tools.jackson.databind.JsonNode d : export.get("decisions")) {
      if (d.get("number").asString().equals("77/QĐ-UBND")) {
        decision = d;
      }
    }
    assertThat(decision).as("decision 77 in the export").isNotNull();
    assertThat(decision.get("authority").asString()).isEqualTo("COMMUNE_CHAIRMAN");
    tools.jackson.databind.JsonNode award = decision.get("awards").get(0);
    assertThat(award.get("award").asString()).isEqualTo("GIAY_KHEN");
    assertThat(award.get("name").asString()).isEqualTo("Nguyễn Văn Bình");
    assertThat(award.get("rewardKind").asString()).isEqualTo("DOT_XUAT");
    assertThat(award.get("nomineeClass").asString()).isEqualTo("OTHER_INDIVIDUAL");
    assertThat(award.toString()).doesNotContain("birth").doesNotContain("phone");
    String csv = office.get("/api/v1/exports/awards/" + HaBac.UNIT + "/" + year + ".csv").body();
    assertThat(csv.lines().findFirst().orElseThrow())
        .isEqualTo(
            "\uFEFFschema_version,level_unit_code,level_unit_name,level,decision_number,"
                + "decision_date,decision_signer,decision_authority,award_id,certificate_code,award_code,"
                + "occasion,achievement_year,subject_kind,nominee_class,reward_kind,name,unit");
    assertThat(csv)
        .containsPattern(
            "1\\.0,10816,Xã Hà Bắc,COMMUNE,77/QĐ-UBND,[0-9-]+,Người ký,COMMUNE_CHAIRMAN,"
                + "\\d+,[^,]*,GIAY_KHEN,AD_HOC,2026,INDIVIDUAL,OTHER_INDIVIDUAL,DOT_XUAT,Nguyễn Văn Bình,"
                + "Phòng Văn hóa - Xã hội");
    // Another commune's office does not reach Hà Bắc's export.
    assertThat(
            as("thuongtruc.binhgiang")
                .get("/api/v1/exports/awards/" + HaBac.UNIT + "/" + year + ".json")
                .status())
        .isEqualTo(404);

    // The office corrects the classes the statistics count; a collective's class is refused.
    long nominationId = decided.get("id").asLong();
    assertThat(
            office
                .putJson(
                    "/api/v1/nominations/" + nominationId + "/classification",
                    Map.of("nomineeClass", "STATE_BODY", "rewardKind", "CONG_TRANG"))
                .status())
        .isEqualTo(422);
    Http.Response corrected =
        office.putJson(
            "/api/v1/nominations/" + nominationId + "/classification",
            Map.of("nomineeClass", "LEADER_OFFICE", "rewardKind", "CHUYEN_DE"));
    assertThat(corrected.status()).as(corrected.body()).isEqualTo(200);
    assertThat(office.get("/api/v1/exports/awards/" + HaBac.UNIT + "/" + year + ".csv").body())
        .contains("INDIVIDUAL,LEADER_OFFICE,CHUYEN_DE,Nguyễn Văn Bình");
    assertThat(
            as("hoidong.habac")
                .putJson(
                    "/api/v1/nominations/" + nominationId + "/classification",
                    Map.of("nomineeClass", "LEADER_OFFICE", "rewardKind", "CHUYEN_DE"))
                .status())
        .isEqualTo(403);

    // The home page lists the latest awards (other tests of this context may have decided later
    // ones, so which ones depends on the order of the tests) and leads to the whole list.
    String home = anonymous.get("/portal").body();
    assertThat(home)
        .doesNotContain("Chưa có quyết định khen thưởng nào")
        .contains("href=\"/portal/honours\"");
    assertThat(home.contains("77/QĐ-UBND") || home.split("/QĐ-").length > 8)
        .as("the Giấy khen itself, or the eight later decisions shown before it")
        .isTrue();
  }

  @Test
  void theCertificateBoxLeadsToTheVerificationPage() {
    Http.Response r = http().get("/portal/verify?code=%20abc-123%20");
    assertThat(r.status()).isEqualTo(302);
    assertThat(r.header("Location")).endsWith("/portal/verify/abc-123");
  }

  @Test
  void anAnonymousVisitorGetsNoSessionSoNoVisitWritesOne() {
    for (String page : java.util.List.of("/portal", "/portal/honours", "/portal/plans")) {
      Http.Response r = http().get(page);
      assertThat(r.status()).isEqualTo(200);
      assertThat(r.raw().headers().allValues("Set-Cookie")).as(page).isEmpty();
    }
  }

  @Test
  void everyPortalPageLinkedFromTheHomePageAnswersAndShowsNoPersonalData() {
    Http anonymous = http();
    assertThat(anonymous.get("/").body()).contains("href=\"/portal\"");
    Deque<String> queue = new ArrayDeque<>(List.of("/portal", "/"));
    Set<String> seen = new LinkedHashSet<>(queue);
    Map<String, String> wrong = new LinkedHashMap<>();
    Pattern href = Pattern.compile("href=\"(/[^\"#]*)\"");
    while (!queue.isEmpty() && seen.size() < 400) {
      String path = queue.poll();
      Http.Response r = anonymous.get(path);
      if (r.status() != 200) {
        wrong.put(path, "status " + r.status());
        continue;
      }
      String type = r.contentType() == null ? "" : r.contentType();
      if (!type.startsWith("text/html")) {
        continue;
      }
      List<String> personal = personalData(r.body());
      if (!personal.isEmpty()) {
        wrong.put(path, personal.toString());
      }
      Matcher m = href.matcher(r.body());
      while (m.find()) {
        String link = m.group(1).replace("&amp;", "&");
        if ((link.startsWith("/portal") || link.equals("/")) && seen.add(link)) {
          queue.add(link);
        }
      }
    }
    assertThat(seen).contains("/portal/plans", "/portal/honours", "/portal/initiatives");
    assertThat(seen.size()).isGreaterThan(10);
    assertThat(wrong).isEmpty();
  }
}
