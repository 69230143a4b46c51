package vn.thidua.participation;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import vn.thidua.support.ApplicationTest;
import vn.thidua.support.HaBac;
import vn.thidua.support.Http;

/**
 * Block scoring of the Hà Bắc block (khối các cơ quan, đơn vị xã): members score themselves, the
 * block leader's scorer reviews, the council has the last word; a block-level scorer cannot change
 * a council score and every change keeps its reason in history.
 */
class BlockScoringIT extends ApplicationTest {

  private static final String OFFICE = "thuongtruc.habac";

  private long block(Http api) {
    for (JsonNode b : api.json("/api/v1/emulation-blocks")) {
      if (b.get("unitCode").asString().equals(HaBac.UNIT)) {
        return b.get("id").asLong();
      }
    }
    throw new AssertionError("no Hà Bắc block");
  }

  /** Member name → id, and the leader under the key "leader". */
  private Map<String, Long> members(Http api, long block) {
    JsonNode b = api.json("/api/v1/emulation-blocks/" + block);
    Map<String, Long> ids = new LinkedHashMap<>();
    for (JsonNode m : b.get("members")) {
      ids.put(m.get("name").asString(), m.get("id").asLong());
    }
    ids.put("leader", b.get("leaderId").asLong());
    return ids;
  }

  /** A unit focal point over one organisation, created by the administrator. */
  private Http focalPoint(String username, long organization) {
    Http admin = http().as("admin", password("admin"));
    Http.Response r =
        admin.postJson(
            "/api/v1/users",
            Map.of(
                "username",
                username,
                "displayName",
                "Đầu mối " + username,
                "role",
                "UNIT_FOCAL_POINT",
                "scopeOrganizationId",
                organization));
    assertThat(r.status()).as(r.body()).isEqualTo(201);
    CREATED.put(username, r.json().get("initialPassword").asString());
    return http().as(username, CREATED.get(username));
  }

  private static Map<String, Object> score(
      long criterion, long org, String layer, Object score, String reason, Long version) {
    Map<String, Object> body = new HashMap<>();
    body.put("criterionId", criterion);
    body.put("organizationId", org);
    body.put("layer", layer);
    body.put("score", score);
    body.put("reason", reason);
    body.put("version", version);
    return body;
  }

  private static JsonNode entry(JsonNode sheet, long criterion, long org) {
    for (JsonNode e : sheet.get("entries")) {
      if (e.get("criterionId").asLong() == criterion && e.get("organizationId").asLong() == org) {
        return e;
      }
    }
    return null;
  }

  private static Long version(Http api, String base, long criterion, long org) {
    JsonNode e = entry(api.json(base), criterion, org);
    return e == null ? null : e.get("version").asLong();
  }

  private Http.Response put(Http api, String base, Map<String, Object> body) {
    return api.putJson(base + "/scores", body);
  }

  @Test
  void membersScoreTheBlockReviewsTheCouncilDecidesAndTheRankingShowsTies() {
    Http office = http().as(OFFICE, password(OFFICE));
    long block = block(office);
    Map<String, Long> ids = members(office, block);
    long culture = ids.get("Phòng Văn hóa - Xã hội");
    long economy = ids.get("Phòng Kinh tế");
    long school = ids.get("Trường Trung học cơ sở Hà Bắc");
    assertThat(ids.get("leader")).isEqualTo(culture);
    String base = "/api/v1/blocks/" + block + "/scoring";
    String sheet = base + "?year=2026";

    // The block's scorer works at the leader organisation; the economy office is a member.
    Http scorer = focalPoint("truongkhoi.habac", culture);
    Http member = focalPoint("daumoi.kinhte.habac", economy);
    Http council = http().as("hoidong.habac", password("hoidong.habac"));

    assertThat(office.get(sheet).status()).isEqualTo(404);
    assertThat(scorer.postJson(sheet, Map.of()).status()).isEqualTo(403);
    Http.Response opened = office.postJson(sheet, Map.of());
    assertThat(opened.status()).isEqualTo(201);
    assertThat(opened.json().get("status").asString()).isEqualTo("OPEN");
    assertThat(office.postJson(sheet, Map.of()).status()).isEqualTo(422);

    Map<String, Object> tc1 =
        Map.of(
            "code",
            "tc1",
            "name",
            "Thực hiện nhiệm vụ chính trị được giao",
            "maxPoints",
            50,
            "evidenceRequired",
            "Báo cáo tổng kết năm");
    assertThat(scorer.postJson(base + "/criteria?year=2026", tc1).status()).isEqualTo(403);
    JsonNode c1 = office.postJson(base + "/criteria?year=2026", tc1).json();
    assertThat(c1.get("code").asString()).isEqualTo("TC1");
    JsonNode c2 =
        office
            .postJson(
                base + "/criteria?year=2026",
                Map.of("code", "TC2", "name", "Chuyển đổi số", "maxPoints", 30))
            .json();
    assertThat(c2.get("position").asInt()).isEqualTo(2);
    assertThat(
            office
                .postJson(
                    base + "/criteria?year=2026",
                    Map.of("code", "TC1", "name", "Trùng mã", "maxPoints", 10))
                .status())
        .isEqualTo(422);
    long k1 = c1.get("id").asLong();
    long k2 = c2.get("id").asLong();

    // Validation: a score above the maximum names the field in Vietnamese; nothing is saved.
    Http.Response tooHigh = put(member, base, score(k1, economy, "SELF", 60, null, null));
    assertThat(tooHigh.status()).isEqualTo(422);
    assertThat(tooHigh.json().get("field").asString()).isEqualTo("score");
    assertThat(tooHigh.json().get("detail").asString())
        .contains("Điểm tự chấm (60) vượt quá điểm tối đa 50");
    assertThat(put(member, base, score(k1, economy, "SELF", -1, null, null)).status())
        .isEqualTo(422);
    assertThat(entry(office.json(sheet), k1, economy)).isNull();
    // A member scores itself only.
    assertThat(put(member, base, score(k1, culture, "SELF", 10, null, null)).status())
        .isEqualTo(403);

    Map<String, Object> self1 = score(k1, economy, "SELF", 40, null, null);
    self1.put("evidenceNote", "Báo cáo số 12/BC-PKT");
    JsonNode e1 = put(member, base, self1).json();
    assertThat(e1.get("selfScore").decimalValue()).isEqualByComparingTo("40");
    assertThat(e1.get("evidenceNote").asString()).isEqualTo("Báo cáo số 12/BC-PKT");
    put(member, base, score(k2, economy, "SELF", 20, null, null));

    // The block review differs from the self-score: a reason is needed.
    Http.Response noReason =
        put(
            scorer,
            base,
            score(k1, economy, "BLOCK", 35, null, version(office, sheet, k1, economy)));
    assertThat(noReason.status()).isEqualTo(422);
    assertThat(noReason.json().get("field").asString()).isEqualTo("reason");
    JsonNode reviewed =
        put(
                scorer,
                base,
                score(
                    k1,
                    economy,
                    "BLOCK",
                    35,
                    "Thiếu minh chứng quý IV",
                    version(office, sheet, k1, economy)))
            .json();
    assertThat(reviewed.get("blockScore").decimalValue()).isEqualByComparingTo("35");
    assertThat(reviewed.get("effective").decimalValue()).isEqualByComparingTo("35");

    // ACCEPTANCE: a scorer at block level cannot set or change a council score.
    int historyBefore = office.json(base + "/history?year=2026").size();
    Http.Response refused =
        put(
            scorer,
            base,
            score(k1, economy, "COUNCIL", 30, "Theo khối", version(office, sheet, k1, economy)));
    assertThat(refused.status()).isEqualTo(403);
    JsonNode unchanged = entry(office.json(sheet), k1, economy);
    assertThat(unchanged.get("councilScore").isNull()).isTrue();
    assertThat(unchanged.get("version").asLong()).isEqualTo(reviewed.get("version").asLong());
    assertThat(office.json(base + "/history?year=2026").size()).isEqualTo(historyBefore);

    JsonNode decided =
        put(
                council,
                base,
                score(
                    k1,
                    economy,
                    "COUNCIL",
                    30,
                    "Hội đồng trừ điểm chậm báo cáo",
                    version(office, sheet, k1, economy)))
            .json();
    assertThat(decided.get("effective").decimalValue()).isEqualByComparingTo("30");
    // Once set, the council score still cannot be changed from block level, and stays.
    assertThat(
            put(
                    scorer,
                    base,
                    score(
                        k1,
                        economy,
                        "COUNCIL",
                        35,
                        "Khối đề nghị giữ 35",
                        decided.get("version").asLong()))
                .status())
        .isEqualTo(403);
    assertThat(entry(office.json(sheet), k1, economy).get("councilScore").decimalValue())
        .isEqualByComparingTo("30");
    // The council changes its own score only with a reason.
    assertThat(
            put(
                    council,
                    base,
                    score(k1, economy, "COUNCIL", 32, null, decided.get("version").asLong()))
                .status())
        .isEqualTo(422);
    JsonNode changed =
        put(
                council,
                base,
                score(
                    k1,
                    economy,
                    "COUNCIL",
                    32,
                    "Bổ sung minh chứng sau họp",
                    decided.get("version").asLong()))
            .json();
    // A stale version is refused.
    assertThat(
            put(
                    council,
                    base,
                    score(k1, economy, "COUNCIL", 31, "Lần nữa", decided.get("version").asLong()))
                .status())
        .isEqualTo(409);
    assertThat(changed.get("councilScore").decimalValue()).isEqualByComparingTo("32");

    // A member changing its self-score after the first entry needs a reason too.
    Long v2 = version(office, sheet, k2, economy);
    assertThat(put(member, base, score(k2, economy, "SELF", 25, null, v2)).status()).isEqualTo(422);
    assertThat(
            put(
                    member,
                    base,
                    score(k2, economy, "SELF", 25, "Tính thêm dịch vụ công trực tuyến", v2))
                .status())
        .isEqualTo(200);

    // Economy: 32 + 25 = 57; culture the same (tie); the school 80; the others 0.
    put(office, base, score(k1, culture, "SELF", 40, null, null));
    put(office, base, score(k2, culture, "SELF", 17, null, null));
    put(office, base, score(k1, school, "SELF", 50, null, null));
    put(office, base, score(k2, school, "SELF", 30, null, null));

    List<String> ranking = new ArrayList<>();
    for (JsonNode r : office.json(base + "/ranking?year=2026")) {
      ranking.add(
          r.get("rank").asInt()
              + (r.get("tied").asBoolean() ? "=" : "")
              + " "
              + r.get("organizationName").asString()
              + " "
              + r.get("total").decimalValue().stripTrailingZeros().toPlainString());
    }
    assertThat(ranking.getFirst()).isEqualTo("1 Trường Trung học cơ sở Hà Bắc 80");
    // Tied members share rank 2 (in the block's order); the next rank is 4.
    assertThat(ranking.subList(1, 3))
        .containsExactlyInAnyOrder("2= Phòng Văn hóa - Xã hội 57", "2= Phòng Kinh tế 57");
    assertThat(ranking.subList(3, ranking.size())).allMatch(r -> r.startsWith("4= "));

    // Every change keeps who, which layer, old, new and its reason.
    List<String> history = new ArrayList<>();
    for (JsonNode h : office.json(base + "/history?year=2026")) {
      if (h.get("organizationId").asLong() == economy) {
        history.add(
            h.get("actor").asString()
                + " "
                + h.get("layer").asString()
                + " "
                + h.get("criterionCode").asString()
                + " "
                + (h.get("oldScore").isNull()
                    ? "—"
                    : h.get("oldScore").decimalValue().stripTrailingZeros().toPlainString())
                + "→"
                + h.get("newScore").decimalValue().stripTrailingZeros().toPlainString()
                + " "
                + (h.get("reason").isNull() ? "" : h.get("reason").asString()));
      }
    }
    assertThat(history)
        .containsExactly(
            "daumoi.kinhte.habac SELF TC1 —→40 ",
            "daumoi.kinhte.habac SELF TC2 —→20 ",
            "truongkhoi.habac BLOCK TC1 —→35 Thiếu minh chứng quý IV",
            "hoidong.habac COUNCIL TC1 —→30 Hội đồng trừ điểm chậm báo cáo",
            "hoidong.habac COUNCIL TC1 30→32 Bổ sung minh chứng sau họp",
            "daumoi.kinhte.habac SELF TC2 20→25 Tính thêm dịch vụ công trực tuyến");

    // In the pages the refusal is said in Vietnamese, and nothing changes.
    Http browser = http();
    browser.login("truongkhoi.habac", CREATED.get("truongkhoi.habac"));
    String page = "/blocks/" + block + "/scoring/members/" + economy + "?year=2026";
    Http.Response memberPage = browser.get(page);
    assertThat(memberPage.status()).isEqualTo(200);
    assertThat(memberPage.body()).contains("Khối chấm").doesNotContain("value=\"COUNCIL\"");
    Http.Response posted =
        browser.postForm(
            "/blocks/" + block + "/scoring/scores",
            Map.of(
                "_csrf",
                Http.csrf(memberPage.body()),
                "year",
                "2026",
                "criterionId",
                String.valueOf(k1),
                "organizationId",
                String.valueOf(economy),
                "layer",
                "COUNCIL",
                "score",
                "50",
                "reason",
                "Thử sửa",
                "version",
                String.valueOf(changed.get("version").asLong())));
    assertThat(posted.status()).isEqualTo(302);
    assertThat(browser.get(page).body())
        .contains("Chỉ Hội đồng Thi đua - Khen thưởng (hoặc thường trực TĐKT) mới được chấm");
    assertThat(entry(office.json(sheet), k1, economy).get("councilScore").decimalValue())
        .isEqualByComparingTo("32");
    assertThat(browser.get("/blocks/" + block + "/scoring?year=2026").body())
        .contains("đồng hạng")
        .contains("Thiếu minh chứng quý IV");

    // The workbook carries the ranking with ties and the three layers.
    Http.Response xlsx = office.get(base + ".xlsx?year=2026");
    assertThat(xlsx.status()).isEqualTo(200);
    try (var wb = new XSSFWorkbook(new ByteArrayInputStream(xlsx.bytes()))) {
      var s = wb.getSheetAt(0);
      var header = s.getRow(0);
      assertThat(header.getCell(0).getStringCellValue()).isEqualTo("Hạng");
      assertThat(header.getCell(1).getStringCellValue()).isEqualTo("Đồng hạng");
      assertThat(header.getCell(3).getStringCellValue()).isEqualTo("Tổng điểm");
      assertThat(header.getCell(4).getStringCellValue()).isEqualTo("TC1 — Tự chấm");
      assertThat(header.getCell(5).getStringCellValue()).isEqualTo("TC1 — Khối chấm");
      assertThat(header.getCell(6).getStringCellValue()).isEqualTo("TC1 — Hội đồng chấm");
      assertThat(header.getCell(7).getStringCellValue()).isEqualTo("TC1 — Điểm tính");
      var first = s.getRow(1);
      assertThat(first.getCell(0).getNumericCellValue()).isEqualTo(1);
      assertThat(first.getCell(1).getStringCellValue()).isEqualTo("Không");
      assertThat(first.getCell(2).getStringCellValue()).isEqualTo("Trường Trung học cơ sở Hà Bắc");
      assertThat(first.getCell(3).getNumericCellValue()).isEqualTo(80);
      Map<String, List<Object>> rows = new HashMap<>();
      for (int i = 2; i <= 3; i++) {
        var row = s.getRow(i);
        rows.put(
            row.getCell(2).getStringCellValue(),
            List.of(
                row.getCell(0).getNumericCellValue(),
                row.getCell(1).getStringCellValue(),
                row.getCell(3).getNumericCellValue()));
      }
      assertThat(rows.get("Phòng Kinh tế")).containsExactly(2.0, "Có", 57.0);
      assertThat(rows.get("Phòng Văn hóa - Xã hội")).containsExactly(2.0, "Có", 57.0);
      var economyRow =
          s.getRow(2).getCell(2).getStringCellValue().equals("Phòng Kinh tế")
              ? s.getRow(2)
              : s.getRow(3);
      assertThat(economyRow.getCell(4).getNumericCellValue()).isEqualTo(40);
      assertThat(economyRow.getCell(5).getNumericCellValue()).isEqualTo(35);
      assertThat(economyRow.getCell(6).getNumericCellValue()).isEqualTo(32);
      assertThat(economyRow.getCell(7).getNumericCellValue()).isEqualTo(32);
      assertThat(wb.getSheetAt(1).getRow(3).getCell(0).getStringCellValue())
          .contains("TC1")
          .contains("Báo cáo tổng kết năm");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }

    // Published: the ranking is final.
    JsonNode now = office.json(sheet);
    assertThat(
            office
                .postForm(
                    base + "/publish?year=2026&version=" + now.get("version").asLong(), Map.of())
                .json()
                .get("status")
                .asString())
        .isEqualTo("PUBLISHED");
    assertThat(
            put(
                    member,
                    base,
                    score(k2, economy, "SELF", 26, "Muộn", version(office, sheet, k2, economy)))
                .status())
        .isEqualTo(422);
  }

  @Test
  void theMovementResultCriterionProposesASelfScoreFromTheMembersData() {
    Http office = http().as(OFFICE, password(OFFICE));
    long block = block(office);
    Map<String, Long> ids = members(office, block);
    long economy = ids.get("Phòng Kinh tế");
    long culture = ids.get("Phòng Văn hóa - Xã hội");
    long plan = HaBac.plan(office);
    String base = "/api/v1/blocks/" + block + "/scoring";

    // The economy office registered (accepted) and entered one indicator for 2028.
    JsonNode reg =
        office
            .putJson(
                "/api/v1/movements/" + plan + "/registrations",
                Map.of("organizationId", economy, "year", 2028, "titles", List.of("GIAY_KHEN")))
            .json();
    JsonNode submitted =
        office
            .postForm(
                "/api/v1/registrations/"
                    + reg.get("id").asLong()
                    + "/submit?version="
                    + reg.get("version").asLong(),
                Map.of())
            .json();
    assertThat(
            office
                .postForm(
                    "/api/v1/registrations/"
                        + reg.get("id").asLong()
                        + "/accept?version="
                        + submitted.get("version").asLong(),
                    Map.of())
                .status())
        .isEqualTo(200);
    assertThat(
            office
                .putJson(
                    "/api/v1/movements/" + plan + "/indicator-values",
                    Map.of(
                        "organizationId",
                        economy,
                        "indicatorCode",
                        "TRONG_CAY",
                        "year",
                        2028,
                        "value",
                        12))
                .status())
        .isEqualTo(200);

    assertThat(office.postJson(base + "?year=2028", Map.of()).status()).isEqualTo(201);
    Http.Response noMovement =
        office.postJson(
            base + "/criteria?year=2028",
            Map.of(
                "code",
                "KQPT",
                "name",
                "Kết quả phong trào",
                "maxPoints",
                20,
                "kind",
                "MOVEMENT_RESULT"));
    assertThat(noMovement.status()).isEqualTo(422);
    assertThat(noMovement.json().get("field").asString()).isEqualTo("movementId");
    JsonNode criterion =
        office
            .postJson(
                base + "/criteria?year=2028",
                Map.of(
                    "code",
                    "KQPT",
                    "name",
                    "Kết quả thực hiện phong trào thi đua",
                    "maxPoints",
                    20,
                    "kind",
                    "MOVEMENT_RESULT",
                    "movementId",
                    plan))
            .json();
    long k = criterion.get("id").asLong();

    JsonNode proposal =
        office.json(base + "/proposal?criterionId=" + k + "&organizationId=" + economy);
    assertThat(proposal.get("registrationStatus").asString()).isEqualTo("ACCEPTED");
    assertThat(proposal.get("indicatorsEntered").asInt()).isEqualTo(1);
    int total = proposal.get("indicatorsTotal").asInt();
    assertThat(total).isPositive();
    BigDecimal expected =
        new BigDecimal("20")
            .multiply(
                BigDecimal.ONE
                    .add(BigDecimal.ONE.divide(BigDecimal.valueOf(total), 6, RoundingMode.HALF_UP))
                    .divide(BigDecimal.valueOf(2), 6, RoundingMode.HALF_UP))
            .setScale(2, RoundingMode.HALF_UP);
    assertThat(proposal.get("score").decimalValue()).isEqualByComparingTo(expected);
    JsonNode none = office.json(base + "/proposal?criterionId=" + k + "&organizationId=" + culture);
    assertThat(none.get("registrationStatus").asString()).isEqualTo("NONE");
    assertThat(none.get("score").decimalValue()).isEqualByComparingTo("0");

    // The member page explains the proposal and pre-fills the self-score with it.
    Http browser = http();
    browser.login(OFFICE, password(OFFICE));
    String page =
        browser.get("/blocks/" + block + "/scoring/members/" + economy + "?year=2028").body();
    assertThat(page).contains("Đề xuất").contains("Đã chấp nhận").contains("1/" + total);
    Http.Response sheetPage = browser.get("/blocks/" + block + "/scoring?year=2028");
    assertThat(sheetPage.status()).isEqualTo(200);
    assertThat(sheetPage.body())
        .contains("Kết quả thực hiện phong trào thi đua")
        .contains("Thêm tiêu chí");
    assertThat(browser.get("/blocks/" + block).body()).contains("/blocks/" + block + "/scoring");

    // A village focal point is neither a member nor the block's scorer: the sheet is not theirs.
    Http village = http().as("daumoi.habac", password("daumoi.habac"));
    assertThat(village.get(base + "?year=2028").status()).isEqualTo(403);
  }

  private static final Map<String, String> CREATED = new HashMap<>();
}
