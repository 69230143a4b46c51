package vn.thidua.participation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import vn.thidua.support.ApplicationTest;
import vn.thidua.support.HaBac;
import vn.thidua.support.Http;

/** Registrations: a village registers, is returned with a reason, resubmits and is accepted. */
class RegistrationIT extends ApplicationTest {

  private JsonNode boardRow(Http api, long plan, long organization) {
    for (JsonNode row : api.json("/api/v1/movements/" + plan + "/registrations?year=2026")) {
      if (row.get("organizationId").asLong() == organization) {
        return row;
      }
    }
    throw new AssertionError("organisation " + organization + " not on the board");
  }

  @Test
  void aVillageRegistersIsReturnedWithAReasonResubmitsAndIsAccepted() {
    Http office = http().as("thuongtruc.habac", password("thuongtruc.habac"));
    long plan = HaBac.plan(office);
    long dong = HaBac.organization(office, "thon%20dong");
    long doai = HaBac.organization(office, "thon%20doai");
    Http focal = http().as("daumoi.habac", password("daumoi.habac"));

    assertThat(boardRow(office, plan, dong).get("status").isNull()).isTrue();
    assertThat(
            office
                .putJson(
                    "/api/v1/movements/"
                        + plan
                        + "/registration-window?year=2026&closesOn=2026-01-31",
                    Map.of())
                .status())
        .isEqualTo(200);

    Http.Response unknownTitle =
        focal.putJson(
            "/api/v1/movements/" + plan + "/registrations",
            Map.of("organizationId", dong, "year", 2026, "titles", List.of("HUY_CHUONG_VANG")));
    assertThat(unknownTitle.status()).isEqualTo(422);
    assertThat(unknownTitle.body()).contains("«HUY_CHUONG_VANG» không có trong danh mục");
    assertThat(boardRow(office, plan, dong).get("status").isNull()).isTrue();
    // A village (thôn) registers only for what the rulebook opens to villages (issue 12).
    Http.Response notForVillage =
        focal.putJson(
            "/api/v1/movements/" + plan + "/registrations",
            Map.of(
                "organizationId",
                dong,
                "year",
                2026,
                "titles",
                List.of("TAP_THE_LAO_DONG_TIEN_TIEN")));
    assertThat(notForVillage.status()).isEqualTo(422);
    assertThat(notForVillage.body())
        .contains("«Tập thể lao động tiên tiến» không dành cho thôn, tổ dân phố");
    assertThat(boardRow(office, plan, dong).get("status").isNull()).isTrue();
    assertThat(
            focal
                .putJson(
                    "/api/v1/movements/" + plan + "/registrations",
                    Map.of("organizationId", doai, "year", 2026, "titles", List.of("GIAY_KHEN")))
                .status())
        .isEqualTo(403);

    Http.Response saved =
        focal.putJson(
            "/api/v1/movements/" + plan + "/registrations",
            Map.of(
                "organizationId",
                dong,
                "year",
                2026,
                "titles",
                List.of("THON_TO_DAN_PHO_VAN_HOA"),
                "commitments",
                List.of(
                    Map.of("item", "PHAN_LOAI_RAC", "commitment", "  100% hộ phân loại rác  "))));
    assertThat(saved.status()).isEqualTo(200);
    JsonNode draft = saved.json();
    long id = draft.get("id").asLong();
    assertThat(draft.get("status").asString()).isEqualTo("DRAFT");
    assertThat(draft.get("commitments").get(0).get("commitment").asString())
        .isEqualTo("100% hộ phân loại rác");

    JsonNode submitted =
        focal
            .postForm(
                "/api/v1/registrations/" + id + "/submit?version=" + draft.get("version").asLong(),
                Map.of())
            .json();
    assertThat(submitted.get("status").asString()).isEqualTo("SUBMITTED");
    assertThat(submitted.get("late").asBoolean()).isTrue();

    assertThat(
            focal
                .postForm(
                    "/api/v1/registrations/"
                        + id
                        + "/accept?version="
                        + submitted.get("version").asLong(),
                    Map.of())
                .status())
        .isEqualTo(403);
    assertThat(
            office
                .postForm(
                    "/api/v1/registrations/"
                        + id
                        + "/return?version="
                        + submitted.get("version").asLong()
                        + "&reason=",
                    Map.of())
                .status())
        .isEqualTo(422);
    JsonNode returned =
        office
            .postForm(
                "/api/v1/registrations/"
                    + id
                    + "/return?version="
                    + submitted.get("version").asLong()
                    + "&reason=Thi%E1%BA%BFu%20cam%20k%E1%BA%BFt%20VNeID",
                Map.of())
            .json();
    assertThat(returned.get("status").asString()).isEqualTo("RETURNED");
    assertThat(returned.get("reason").asString()).isEqualTo("Thiếu cam kết VNeID");
    // A returned registration cannot be accepted, and a stale version is refused.
    assertThat(
            office
                .postForm(
                    "/api/v1/registrations/"
                        + id
                        + "/accept?version="
                        + returned.get("version").asLong(),
                    Map.of())
                .status())
        .isEqualTo(422);
    assertThat(
            focal
                .postForm(
                    "/api/v1/registrations/"
                        + id
                        + "/submit?version="
                        + submitted.get("version").asLong(),
                    Map.of())
                .status())
        .isEqualTo(409);

    JsonNode edited =
        focal
            .putJson(
                "/api/v1/movements/" + plan + "/registrations",
                Map.of(
                    "organizationId",
                    dong,
                    "year",
                    2026,
                    "titles",
                    List.of("THON_TO_DAN_PHO_VAN_HOA"),
                    "commitments",
                    List.of(
                        Map.of("item", "PHAN_LOAI_RAC", "commitment", "100% hộ phân loại rác"),
                        Map.of("item", "VNEID", "commitment", "95% người dân có VNeID"))))
            .json();
    assertThat(edited.get("id").asLong()).isEqualTo(id);
    assertThat(edited.get("commitments").size()).isEqualTo(2);
    JsonNode resubmitted =
        focal
            .postForm(
                "/api/v1/registrations/" + id + "/submit?version=" + edited.get("version").asLong(),
                Map.of())
            .json();
    JsonNode accepted =
        office
            .postForm(
                "/api/v1/registrations/"
                    + id
                    + "/accept?version="
                    + resubmitted.get("version").asLong(),
                Map.of())
            .json();
    assertThat(accepted.get("status").asString()).isEqualTo("ACCEPTED");

    // Accepted registrations are no longer editable by the unit.
    assertThat(
            focal
                .putJson(
                    "/api/v1/movements/" + plan + "/registrations",
                    Map.of("organizationId", dong, "year", 2026, "titles", List.of("GIAY_KHEN")))
                .status())
        .isEqualTo(422);

    List<String> actions = new java.util.ArrayList<>();
    for (JsonNode h : office.json("/api/v1/registrations/" + id + "/history")) {
      actions.add(h.get("action").asString());
    }
    assertThat(actions).containsSubsequence("SUBMIT", "RETURN", "SUBMIT", "ACCEPT");
    JsonNode row = boardRow(office, plan, dong);
    assertThat(row.get("status").asString()).isEqualTo("ACCEPTED");
    assertThat(row.get("late").asBoolean()).isTrue();
    assertThat(boardRow(office, plan, doai).get("status").isNull()).isTrue();

    // The board as officers pass it around: a workbook with the same states.
    Http browser = http();
    browser.login("thuongtruc.habac", password("thuongtruc.habac"));
    Http.Response xlsx = browser.get("/movements/" + plan + "/registrations.xlsx?year=2026");
    assertThat(xlsx.status()).isEqualTo(200);
    try (var wb =
        new org.apache.poi.xssf.usermodel.XSSFWorkbook(
            new java.io.ByteArrayInputStream(xlsx.bytes()))) {
      var sheet = wb.getSheetAt(0);
      assertThat(sheet.getRow(0).getCell(3).getStringCellValue()).isEqualTo("Trạng thái");
      String village = accepted.get("organizationName").asString();
      var found = new java.util.ArrayList<String>();
      for (int i = 1; i <= sheet.getLastRowNum(); i++) {
        var line = sheet.getRow(i);
        if (line.getCell(1).getStringCellValue().equals(village)) {
          for (int c = 1; c <= 5; c++) {
            found.add(line.getCell(c).getStringCellValue());
          }
        }
      }
      assertThat(found)
          .containsExactly(
              village, "Thôn, tổ dân phố", "Đã chấp nhận", "Có", "Thôn, tổ dân phố văn hóa");
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  @Test
  void onlyTheVillageAndOfficesAboveItOpenItsRegistrationForm() {
    Http office = http().as("thuongtruc.habac", password("thuongtruc.habac"));
    long plan = HaBac.plan(office);
    long dong = HaBac.organization(office, "thon%20dong");
    String form = "/movements/" + plan + "/registrations/form?organization=" + dong + "&year=2028";
    Map<String, Integer> expected = new java.util.LinkedHashMap<>();
    expected.put("thuongtruc.habac", 200);
    expected.put("lanhdao.habac", 403);
    expected.put("hoidong.habac", 403);
    expected.put("giamsat.habac", 403);
    expected.put("daumoi.habac", 200);
    expected.put("canhan.habac", 403);
    expected.put("thuongtruc.haiphong", 200);
    expected.put("admin", 200);
    List<String> wrong = new java.util.ArrayList<>();
    for (var cell : expected.entrySet()) {
      Http browser = http();
      browser.login(cell.getKey(), password(cell.getKey()));
      Http.Response r = browser.get(form);
      if (r.status() != cell.getValue()) {
        wrong.add(cell.getKey() + " → " + r.status() + ", expected " + cell.getValue());
      } else if (r.status() == 200) {
        assertThat(r.body()).contains("Bản đăng ký thi đua của Thôn Đông năm 2028");
      }
    }
    assertThat(wrong).isEmpty();
  }

  @Test
  void theFormLinksCommitmentsToIndicatorsByChoosingThemRowByRow() {
    Http office = http().as("thuongtruc.habac", password("thuongtruc.habac"));
    long plan = HaBac.plan(office);
    long dong = HaBac.organization(office, "thon%20dong");
    Http browser = http();
    browser.login("daumoi.habac", password("daumoi.habac"));
    String form = "/movements/" + plan + "/registrations/form";
    Http.Response page = browser.get(form + "?organization=" + dong + "&year=2030");
    assertThat(page.status()).isEqualTo(200);
    // No code to type: the rows carry an indicator picker and the commitment beside it.
    assertThat(page.body())
        .contains("role=\"combobox\"")
        .contains("Chỉ tiêu của cam kết 1")
        .doesNotContain("PHAN_LOAI_RAC:");
    // A village is offered the villages' title, not the collectives of workers'.
    assertThat(page.body())
        .contains("Thôn, tổ dân phố văn hóa")
        .doesNotContain("Tập thể lao động tiên tiến");
    String token = Http.csrf(page.body());

    Map<String, String> bad = new java.util.HashMap<>();
    bad.put("_csrf", token);
    bad.put("organization", Long.toString(dong));
    bad.put("year", "2030");
    bad.put("titles", "THON_TO_DAN_PHO_VAN_HOA");
    bad.put("item0", "PHAN_LOAI_RAC");
    bad.put("text0", "100% hộ phân loại rác tại nguồn");
    bad.put("item1", "KHONG_CO_CHI_TIEU_NAY");
    bad.put("text1", "Một cam kết");
    Http.Response refused = browser.postForm(form, bad);
    assertThat(refused.status()).isEqualTo(200);
    assertThat(refused.body())
        .contains("Cam kết 2: chỉ tiêu đã chọn không thuộc kế hoạch này")
        // the first row is kept, shown by the indicator's name
        .contains("Tỷ lệ hộ gia đình phân loại chất thải rắn sinh hoạt tại nguồn")
        .contains("100% hộ phân loại rác tại nguồn");

    bad.put("item1", "VNEID");
    bad.put("text1", " ");
    Http.Response noText = browser.postForm(form, bad);
    assertThat(noText.body()).contains("Cam kết 2: đã chọn chỉ tiêu nhưng chưa ghi nội dung");
    assertThat(office.json("/api/v1/movements/" + plan + "/registrations?year=2030").toString())
        .doesNotContain("100% hộ phân loại rác tại nguồn");

    bad.put("text1", "95% người dân có VNeID");
    Http.Response saved = browser.postForm(form, bad);
    assertThat(saved.status()).isEqualTo(302);
    String location = saved.header("Location");
    long id = Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
    JsonNode r = office.json("/api/v1/registrations/" + id);
    assertThat(r.get("commitments").get(0).get("item").asString()).isEqualTo("PHAN_LOAI_RAC");
    assertThat(r.get("commitments").get(1).get("item").asString()).isEqualTo("VNEID");
    assertThat(r.get("commitments").get(1).get("commitment").asString())
        .isEqualTo("95% người dân có VNeID");
  }
}
