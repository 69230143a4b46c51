package vn.thidua.statistics;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import tools.jackson.databind.JsonNode;
import vn.thidua.support.ApplicationTest;
import vn.thidua.support.Http;

/**
 * A level's statistics forms sent up like a report, as a sequence of named steps: Hà Bắc's office
 * sends its forms of 2026 (frozen), the city's office sees them beside the other communes and
 * returns them with a reason, Hà Bắc fixes its registry on the registry page and sends again, the
 * city accepts. Nobody receives their own forms; a village focal point does not send; another
 * commune does not see them.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class StatisticsReturnIT extends ApplicationTest {

  private static final String HA_BAC = "10816";
  private static final String CITY = "31";
  private static final int YEAR = 2026;

  private static long id;
  private static long version;
  private static int bodiesAtSending;

  private Http api(String user) {
    return http().as(user, password(user));
  }

  private Http browser(String user) {
    Http h = http();
    h.login(user, password(user));
    return h;
  }

  /** The form's total (row 01 × column 1: "Tổng số"). */
  private static int rowTotal(JsonNode figures, String form) {
    for (JsonNode t : figures) {
      if (t.get("code").asString().equals(form)) {
        return total(t);
      }
    }
    throw new AssertionError("no form " + form);
  }

  private static int total(JsonNode table) {
    assertThat(table.get("rows").get(0).get("code").asString()).isEqualTo("01");
    return table.get("cells").get(0).get(0).asInt();
  }

  @Test
  @Order(1)
  void step1_theOfficeSendsItsFormsAndTheFiguresAreFrozen() {
    JsonNode before =
        api("thuongtruc.habac").json("/api/v1/statistics/returns?unit=" + HA_BAC + "&year=" + YEAR);
    assertThat(before.get("sent").isNull()).isTrue();

    // A village focal point is not the office of the level.
    Http.Response focal =
        api("daumoi.habac")
            .postJson("/api/v1/statistics/returns", Map.of("unit", HA_BAC, "year", YEAR));
    assertThat(focal.status()).as(focal.body()).isEqualTo(403);

    Http.Response sent =
        api("thuongtruc.habac")
            .postJson("/api/v1/statistics/returns", Map.of("unit", HA_BAC, "year", YEAR));
    assertThat(sent.status()).as(sent.body()).isEqualTo(200);
    JsonNode s = sent.json();
    assertThat(s.get("status").asString()).isEqualTo("SENT");
    assertThat(s.get("figures").size()).isEqualTo(5);
    id = s.get("id").asLong();
    version = s.get("version").asLong();
    bodiesAtSending = rowTotal(s.get("figures"), "0604");
    assertThat(bodiesAtSending).isPositive();

    // Sending again while the level above holds them is refused, in Vietnamese.
    Http.Response again =
        api("thuongtruc.habac")
            .postJson("/api/v1/statistics/returns", Map.of("unit", HA_BAC, "year", YEAR));
    assertThat(again.status()).isEqualTo(422);
    assertThat(again.body()).contains("chỉ gửi lại được khi cấp trên trả lại");
    // A year to come cannot be sent.
    Http.Response future =
        api("thuongtruc.habac")
            .postJson("/api/v1/statistics/returns", Map.of("unit", HA_BAC, "year", 2999));
    assertThat(future.status()).isEqualTo(422);
    assertThat(future.body()).contains("year");
  }

  @Test
  @Order(2)
  void step2_theCitySeesItBesideTheOtherCommunesAndNobodyReceivesTheirOwn() {
    JsonNode city =
        api("thuongtruc.haiphong")
            .json("/api/v1/statistics/returns?unit=" + CITY + "&year=" + YEAR);
    Map<String, String> status = new HashMap<>();
    for (JsonNode b : city.get("below")) {
      status.put(
          b.get("unitCode").asString(),
          b.get("sent").isNull() ? "-" : b.get("sent").get("status").asString());
    }
    assertThat(status).containsEntry(HA_BAC, "SENT").containsValue("-");
    String page =
        browser("thuongtruc.haiphong").get("/statistics?unit=" + CITY + "&year=" + YEAR).body();
    assertThat(page).contains("Biểu thống kê của cấp dưới", "Đã gửi, chờ tiếp nhận", "Chưa gửi");
    // The city's office finds it on its work list.
    assertThat(browser("thuongtruc.haiphong").get("/").body())
        .contains("Tiếp nhận biểu thống kê của cấp dưới", "/statistics/returns/" + id);

    // The sender cannot accept its own forms; another commune does not even see them.
    Http.Response own =
        api("thuongtruc.habac")
            .postJson("/api/v1/statistics/returns/" + id + "/accept", Map.of("version", version));
    assertThat(own.status()).isEqualTo(403);
    assertThat(api("thuongtruc.binhgiang").get("/api/v1/statistics/returns/" + id).status())
        .isEqualTo(404);
  }

  @Test
  @Order(3)
  void step3_theCityReturnsThemWithAReason() {
    Http.Response noReason =
        api("thuongtruc.haiphong")
            .postJson("/api/v1/statistics/returns/" + id + "/return", Map.of("version", version));
    assertThat(noReason.status()).isEqualTo(422);
    assertThat(noReason.body()).contains("reason", "Nhập lý do trả lại");
    Http.Response returned =
        api("thuongtruc.haiphong")
            .postJson(
                "/api/v1/statistics/returns/" + id + "/return",
                Map.of("version", version, "reason", "Thiếu Phòng Kinh tế trong biểu 0604"));
    assertThat(returned.status()).as(returned.body()).isEqualTo(200);
    assertThat(returned.json().get("status").asString()).isEqualTo("RETURNED");
    version = returned.json().get("version").asLong();
    assertThat(browser("thuongtruc.habac").get("/").body())
        .contains("Sửa và gửi lại biểu thống kê bị trả lại");
  }

  @Test
  @Order(4)
  void step4_theRegistryPageShowsFieldErrorsAndAddsTheMissingBody() {
    Http office = browser("thuongtruc.habac");
    String page = office.get("/statistics/registry?unit=" + HA_BAC).body();
    assertThat(page)
        .contains("Cơ quan và công chức làm công tác thi đua, khen thưởng", "Tối đa 300 ký tự");
    String token = Http.csrf(page);
    // A year that is no year: the form again, the message beside the field, nothing saved.
    Http.Response bad =
        office.postForm(
            "/statistics/registry/bodies",
            Map.of(
                "_csrf", token,
                "unit", HA_BAC,
                "name", "Phòng Kinh tế",
                "dedicated", "false",
                "fromYear", "hai nghìn"));
    assertThat(bad.status()).isEqualTo(200);
    assertThat(bad.body())
        .contains("class=\"field-error\"", "Năm phải là bốn chữ số")
        .contains("value=\"Phòng Kinh tế\"");
    Http.Response ok =
        office.postForm(
            "/statistics/registry/bodies",
            Map.of(
                "_csrf", token,
                "unit", HA_BAC,
                "name", "Phòng Kinh tế",
                "dedicated", "false",
                "fromYear", "2025"));
    assertThat(ok.status()).isEqualTo(302);
    JsonNode bodies = api("thuongtruc.habac").json("/api/v1/statistics/registry?unit=" + HA_BAC);
    long added = -1;
    for (JsonNode b : bodies) {
      if (b.get("name").asString().equals("Phòng Kinh tế")) {
        added = b.get("id").asLong();
      }
    }
    assertThat(added).isPositive();
    // An end before the start is refused with the start named.
    Http.Response early =
        api("thuongtruc.habac")
            .postJson(
                "/api/v1/statistics/registry/bodies/" + added + "/end", Map.of("toYear", 2020));
    assertThat(early.status()).isEqualTo(422);
    assertThat(early.body()).contains("toYear", "2025");
    // The registry of Hà Bắc is not Bình Giang's to change.
    Http.Response other =
        api("thuongtruc.binhgiang")
            .postJson(
                "/api/v1/statistics/registry/bodies/" + added + "/end", Map.of("toYear", 2026));
    assertThat(other.status()).isEqualTo(404);

    // The figures sent stay as they were sent; the live form counts the new body.
    JsonNode frozen = api("thuongtruc.haiphong").json("/api/v1/statistics/returns/" + id);
    assertThat(rowTotal(frozen.get("figures"), "0604")).isEqualTo(bodiesAtSending);
    JsonNode live =
        api("thuongtruc.habac").json("/api/v1/statistics/0604?unit=" + HA_BAC + "&year=" + YEAR);
    assertThat(total(live)).isEqualTo(bodiesAtSending + 1);
  }

  @Test
  @Order(5)
  void step5_sentAgainWithTheNewFiguresAndAccepted() {
    Http.Response again =
        api("thuongtruc.habac")
            .postJson(
                "/api/v1/statistics/returns",
                Map.of("unit", HA_BAC, "year", YEAR, "version", version));
    assertThat(again.status()).as(again.body()).isEqualTo(200);
    assertThat(again.json().get("status").asString()).isEqualTo("SENT");
    assertThat(rowTotal(again.json().get("figures"), "0604")).isEqualTo(bodiesAtSending + 1);
    version = again.json().get("version").asLong();

    // The city accepts on the page (with its confirmation), the history tells every step.
    Http city = browser("thuongtruc.haiphong");
    String page = city.get("/statistics/returns/" + id).body();
    assertThat(page).contains("data-confirm=", "Tiếp nhận biểu", "Trả lại để sửa", "Biểu số 0604");
    Http.Response accepted =
        city.postForm(
            "/statistics/returns/" + id + "/accept",
            Map.of("_csrf", Http.csrf(page), "version", Long.toString(version)));
    assertThat(accepted.status()).isEqualTo(302);
    String after = city.get("/statistics/returns/" + id).body();
    assertThat(after)
        .contains("Đã tiếp nhận")
        .contains("Gửi lại", "Trả lại", "Tiếp nhận", "Thiếu Phòng Kinh tế trong biểu 0604")
        .doesNotContain("ACCEPTED", "RESEND");
    // Accepted forms are not sent again.
    Http.Response late =
        api("thuongtruc.habac")
            .postJson(
                "/api/v1/statistics/returns",
                Map.of("unit", HA_BAC, "year", YEAR, "version", version + 1));
    assertThat(late.status()).isIn(409, 422);
  }
}
