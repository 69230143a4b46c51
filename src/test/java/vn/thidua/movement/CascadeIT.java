package vn.thidua.movement;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import vn.thidua.support.ApplicationTest;
import vn.thidua.support.Http;

/**
 * The Hải Phòng cascade board on the demo data: 3 communes issued, the others missing, late after
 * Q2/2026.
 */
class CascadeIT extends ApplicationTest {

  private long haiPhong(Http api) {
    for (JsonNode m : api.json("/api/v1/movements")) {
      if (m.get("unitCode").asString().equals("31")) {
        return m.get("id").asLong();
      }
    }
    throw new AssertionError("no Hải Phòng plan");
  }

  @Test
  void boardCountsAddUpToTheCitysCommunesAndTheMissingOnesAreLateAfterTheDeadline() {
    Http api = http().as("thuongtruc.haiphong", password("thuongtruc.haiphong"));
    long id = haiPhong(api);
    int communes = api.json("/api/v1/administrative-units?parent=31").size();

    JsonNode before = api.json("/api/v1/movements/" + id + "/cascade?asOf=2026-06-30");
    JsonNode c = before.get("counts");
    assertThat(before.get("deadline").asString()).isEqualTo("2026-06-30");
    assertThat(c.get("total").asInt()).isEqualTo(communes);
    assertThat(
            c.get("issued").asInt()
                + c.get("issuedLate").asInt()
                + c.get("inProgress").asInt()
                + c.get("none").asInt())
        .isEqualTo(communes);
    assertThat(c.get("issued").asInt()).isGreaterThanOrEqualTo(3);
    assertThat(c.get("late").asInt()).isZero();

    JsonNode after = api.json("/api/v1/movements/" + id + "/cascade?asOf=2026-07-01");
    JsonNode a = after.get("counts");
    assertThat(a.get("late").asInt())
        .isEqualTo(a.get("none").asInt() + a.get("inProgress").asInt());
    assertThat(a.get("late").asInt()).isPositive();
    for (JsonNode row : after.get("rows")) {
      if (row.get("unitCode").asString().equals("10816")) {
        assertThat(row.get("state").asString()).isEqualTo("ISSUED");
        assertThat(row.get("late").asBoolean()).isFalse();
      }
    }
  }

  @Test
  void theBoardExportsToExcelAndACommuneCannotDeriveForAnother() {
    Http browser = http();
    browser.login("thuongtruc.haiphong", password("thuongtruc.haiphong"));
    Http api = http().as("thuongtruc.haiphong", password("thuongtruc.haiphong"));
    long id = haiPhong(api);
    Http.Response xlsx = browser.get("/movements/" + id + "/cascade.xlsx");
    assertThat(xlsx.status()).isEqualTo(200);
    assertThat(xlsx.contentType()).contains("spreadsheetml");
    Http habac = http().as("thuongtruc.habac", password("thuongtruc.habac"));
    assertThat(
            habac
                .postJson("/api/v1/movements/" + id + "/derive?unitCode=10966", java.util.Map.of())
                .status())
        .isEqualTo(403);
  }

  @Test
  void deadlinesFeedIsACalendar() {
    Http browser = http();
    browser.login("thuongtruc.habac", password("thuongtruc.habac"));
    Http.Response ics = browser.get("/calendar.ics");
    assertThat(ics.status()).isEqualTo(200);
    assertThat(ics.body())
        .startsWith("BEGIN:VCALENDAR")
        .contains("BEGIN:VEVENT")
        .contains("DTSTART;VALUE=DATE:");
    assertThat(browser.get("/calendar").body()).contains("Lịch thời hạn");
  }

  @Test
  void aDerivedPlanKeepsThePlansIndicatorsThroughIssue() {
    Http office = http().as("thuongtruc.haiphong", password("thuongtruc.haiphong"));
    long city = haiPhong(office);
    int indicators =
        office.json("/api/v1/movements/" + city + "/document").get("indicators").size();
    assertThat(indicators).isPositive();
    JsonNode child =
        office
            .postJson("/api/v1/movements/" + city + "/derive?unitCode=10507", java.util.Map.of())
            .json();
    long id = child.get("id").asLong();
    assertThat(child.get("status").asString()).isEqualTo("DRAFT");
    assertThat(office.json("/api/v1/movements/" + id + "/document").get("indicators").size())
        .isEqualTo(indicators);
    JsonNode submitted =
        office
            .postJson(
                "/api/v1/movements/" + id + "/submit?version=" + child.get("version").asLong(),
                java.util.Map.of())
            .json();
    Http admin = http().as("admin", password("admin"));
    Http.Response issued =
        admin.postJson(
            "/api/v1/movements/" + id + "/issue?version=" + submitted.get("version").asLong(),
            java.util.Map.of(
                "number",
                7,
                "issuedOn",
                "2026-07-10",
                "signerName",
                "Lê Văn Thử",
                "signerTitle",
                "Chủ tịch"));
    assertThat(issued.status()).isEqualTo(200);
    JsonNode doc = office.json("/api/v1/movements/" + id + "/document");
    assertThat(doc.get("number").asInt()).isEqualTo(7);
    assertThat(doc.get("indicators").size()).isEqualTo(indicators);
    JsonNode row = null;
    for (JsonNode r :
        office.json("/api/v1/movements/" + city + "/cascade?asOf=2026-07-15").get("rows")) {
      if (r.get("unitCode").asString().equals("10507")) {
        row = r;
      }
    }
    assertThat(row.get("state").asString()).isEqualTo("ISSUED_LATE");
    assertThat(row.get("late").asBoolean()).isFalse();
  }

  @Test
  void plansAreReadableAboveAndInsideTheScopeButOnlyTheStandingOfficeEdits() {
    Http admin = http().as("admin", password("admin"));
    long city = haiPhong(admin);
    Http leader = http();
    leader.login("lanhdao.habac", password("lanhdao.habac"));
    assertThat(leader.get("/movements/" + city).status()).isEqualTo(200);
    assertThat(leader.get("/movements/" + city + "/edit").status()).isEqualTo(403);
    // The city plan lists every commune's plan below it; a Hà Bắc reader gets a link to its own
    // commune's plan only, the others by name (their pages would answer "not found").
    String cityPage = leader.get("/movements/" + city).body();
    java.util.regex.Matcher links =
        java.util.regex.Pattern.compile("href=\"/movements/(\\d+)\"").matcher(cityPage);
    java.util.List<Long> linked = new java.util.ArrayList<>();
    while (links.find()) {
      linked.add(Long.parseLong(links.group(1)));
    }
    assertThat(cityPage).contains("Xã Bình Giang — ");
    assertThat(linked).isNotEmpty();
    for (long child : linked) {
      assertThat(leader.get("/movements/" + child).status())
          .as("/movements/" + child)
          .isEqualTo(200);
    }
    Http otherProvince = http().as("admin", password("admin"));
    JsonNode created =
        otherProvince
            .postJson(
                "/api/v1/users",
                java.util.Map.of(
                    "username",
                    "thuongtruc.hanoi",
                    "displayName",
                    "Sở Nội vụ Hà Nội",
                    "role",
                    "STANDING_OFFICE",
                    "scopeUnitCode",
                    "01"))
            .json();
    Http hanoi = http().as("thuongtruc.hanoi", created.get("initialPassword").asString());
    assertThat(hanoi.get("/api/v1/movements/" + city).status()).isEqualTo(404);
    JsonNode national = null;
    for (JsonNode m : hanoi.json("/api/v1/movements")) {
      assertThat(m.get("unitCode").asString()).isIn("VN", "01");
      national = m;
    }
    assertThat(national).isNotNull();
  }
}
