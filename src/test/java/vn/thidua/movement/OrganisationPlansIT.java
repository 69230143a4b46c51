package vn.thidua.movement;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import vn.thidua.support.ApplicationTest;
import vn.thidua.support.HaTinh;
import vn.thidua.support.Http;

/**
 * Plans for everyone who must plan, on a Hà Tĩnh-like province plan of the repository's own: the
 * province issues it on 01/07/2026 with two deadlines for the plans below (within 15 days, and by
 * Q3/2026: the earlier binds); Sở Khoa học và Công nghệ derives, issues and sends its own plan in
 * time and stands on the board beside the communes; Sở Tài chính, which does not, is late on day
 * 16, not at the quarter's end. Saving checks the plan's level; a plan of two movements keeps both
 * names; a supervisor cannot edit.
 */
class OrganisationPlansIT extends ApplicationTest {

  private Http as(String user) {
    return http().as(user, password(user));
  }

  private static JsonNode row(JsonNode board, String name) {
    for (JsonNode r : board.get("organizations")) {
      if (r.get("unitName").asString().equals(name)) {
        return r;
      }
    }
    throw new AssertionError("no row " + name + " in " + board.get("organizations"));
  }

  @Test
  void aDepartmentIssuesItsPlanWithinFifteenDaysAndOneThatDoesNotIsLateOnDaySixteen()
      throws Exception {
    Http office = as("thuongtruc.hatinh");
    long province = HaTinh.issuedProvincePlan(office, as("lanhdao.hatinh"), 140, "2026-07-01");
    JsonNode plan = office.json("/api/v1/movements/" + province);
    // Both deadlines of the plan are kept; the earlier (01/07 + 15 days) binds, not 30/09.
    assertThat(plan.get("subPlanDeadline").asString()).isEqualTo("2026-07-16");

    // Sở Khoa học và Công nghệ derives its own plan from the province's, issues and sends it.
    Http science = as("khcn.hatinh");
    long scienceId = HaTinh.organization(office, "42", "khoa%20hoc");
    Http.Response derived =
        science.postJson(
            "/api/v1/movements/" + province + "/derive-organization?organizationId=" + scienceId,
            Map.of());
    assertThat(derived.status()).as(derived.body()).isEqualTo(201);
    long own = derived.json().get("id").asLong();
    assertThat(derived.json().get("organizationId").asLong()).isEqualTo(scienceId);
    assertThat(derived.json().get("organizationName").asString())
        .isEqualTo("Sở Khoa học và Công nghệ");
    assertThat(science.json("/api/v1/movements/" + own + "/document").get("responsibilities"))
        .extracting(r -> r.get("body").asString())
        .containsExactly("Sở Khoa học và Công nghệ");
    HaTinh.issue(science, own, 12, "2026-07-10");

    // Day 15 (16/07): nobody late yet; day 16 (17/07): Sở Tài chính is late, the department
    // that issued is on time, and the board counts the organisations apart from the communes.
    JsonNode day15 = office.json("/api/v1/movements/" + province + "/cascade?asOf=2026-07-16");
    assertThat(row(day15, "Sở Tài chính").get("late").asBoolean()).isFalse();
    JsonNode day16 = office.json("/api/v1/movements/" + province + "/cascade?asOf=2026-07-17");
    assertThat(row(day16, "Sở Tài chính").get("state").asString()).isEqualTo("NONE");
    assertThat(row(day16, "Sở Tài chính").get("late").asBoolean()).isTrue();
    assertThat(row(day16, "Sở Khoa học và Công nghệ").get("state").asString()).isEqualTo("ISSUED");
    assertThat(row(day16, "Sở Khoa học và Công nghệ").get("movementId").asLong()).isEqualTo(own);
    assertThat(day16.get("counts").get("total").asInt())
        .isEqualTo(office.json("/api/v1/administrative-units?parent=42").size());
    assertThat(day16.get("organizationCounts").get("late").asInt()).isPositive();

    // The department's plan is not a unit's: no plan can hang under it, and the province's
    // derived plans (what the level above adds up) leave it out.
    Http.Response underDepartment =
        office.postJson(
            "/api/v1/movements",
            Map.of(
                "unitCode",
                "18133",
                "parentId",
                own,
                "document",
                HaTinh.parse(office, HaTinh.PLAN)));
    assertThat(underDepartment.status()).isEqualTo(422);

    // Sở Tài chính may not write a plan for Sở Khoa học và Công nghệ.
    Http finance = as("taichinh.hatinh");
    assertThat(
            finance
                .postJson(
                    "/api/v1/movements/"
                        + province
                        + "/derive-organization?organizationId="
                        + scienceId,
                    Map.of())
                .status())
        .isEqualTo(403);
  }

  @Test
  void savingAPlanChecksItsLevel() throws Exception {
    Http office = as("thuongtruc.hatinh");
    long national = HaTinh.nationalPlan(office);
    JsonNode commune =
        HaTinh.parse(
            office,
            Path.of("src/test/resources/plan-fixtures-3/huong-son-xa-can-cu-xuong-dong-2026.txt"));
    // A commune plan cannot hang under the national plan.
    Http.Response underNation =
        office.postJson(
            "/api/v1/movements",
            Map.of("unitCode", "18133", "parentId", national, "document", commune));
    assertThat(underNation.status()).isEqualTo(422);
    assertThat(underNation.json().get("detail").asString()).contains("cấp ngay trên");
    // A commune's document is not the province's plan.
    Http.Response asProvince =
        office.postJson(
            "/api/v1/movements",
            Map.of("unitCode", "42", "parentId", national, "document", commune));
    assertThat(asProvince.status()).isEqualTo(422);
    assertThat(asProvince.json().get("detail").asString()).contains("XÃ HƯƠNG SƠN");
  }

  @Test
  void onePlanMayServeTwoMovementsAndKeepsBothNames() throws Exception {
    Http admin = as("admin");
    JsonNode twoMovements =
        HaTinh.parse(
            admin,
            Path.of("src/test/resources/plan-fixtures/do-luong-two-movements-plan-2026.txt"));
    Http.Response created =
        admin.postJson("/api/v1/movements", Map.of("unitCode", "17662", "document", twoMovements));
    assertThat(created.status()).as(created.body()).isEqualTo(201);
    List<String> names = new java.util.ArrayList<>();
    created.json().get("names").forEach(n -> names.add(n.asString()));
    assertThat(names)
        .hasSize(2)
        .anyMatch(n -> n.contains("Cả nước chung sức xây dựng nông thôn mới"))
        .anyMatch(n -> n.contains("Dân vận khéo"));
  }

  @Test
  void aSupervisorReadsButNeverEdits() throws Exception {
    Http office = as("thuongtruc.hatinh");
    long province = HaTinh.issuedProvincePlan(office, as("lanhdao.hatinh"), 141, "2026-07-02");
    Http supervisor = as("giamsat.hatinh");
    assertThat(supervisor.get("/api/v1/movements/" + province).status()).isEqualTo(200);
    JsonNode m = supervisor.json("/api/v1/movements/" + province);
    JsonNode doc = supervisor.json("/api/v1/movements/" + province + "/document");
    Http.Response edit =
        supervisor.putJson(
            "/api/v1/movements/" + province + "/document?version=" + m.get("version").asLong(),
            doc);
    assertThat(edit.status()).isEqualTo(403);
    assertThat(edit.contentType()).startsWith("application/problem+json");
    assertThat(
            supervisor
                .postJson(
                    "/api/v1/movements/"
                        + province
                        + "/derive-organization?organizationId="
                        + HaTinh.organization(office, "42", "tai%20chinh"),
                    Map.of())
                .status())
        .isEqualTo(403);
  }

  @Test
  void aReportThatGoesWithTheAnnualReviewFallsDueTheDayTheOfficeGivesIt() throws Exception {
    Http office = as("thuongtruc.hatinh");
    long province = HaTinh.issuedProvincePlan(office, as("lanhdao.hatinh"), 142, "2026-07-03");
    JsonNode events = office.json("/api/v1/movements/" + province + "/events");
    assertThat(events.size()).isZero();
    Http.Response dated =
        office.putJson(
            "/api/v1/movements/" + province + "/events",
            Map.of(
                "event",
                "tổng kết công tác thi đua, khen thưởng hằng năm của tỉnh",
                "year",
                2026,
                "heldOn",
                "2026-12-20"));
    assertThat(dated.status()).as(dated.body()).isEqualTo(200);
    JsonNode deadlines = office.json("/api/v1/movements/deadlines?from=2026-12-01&to=2026-12-31");
    boolean found = false;
    for (JsonNode d : deadlines) {
      found |=
          d.get("movementId").asLong() == province
              && d.get("dueOn").asString().equals("2026-12-20");
    }
    assertThat(found).as(deadlines.toString()).isTrue();
    // The event must be one the plan's deadlines go with.
    assertThat(
            office
                .putJson(
                    "/api/v1/movements/" + province + "/events",
                    Map.of("event", "hội nghị khác", "year", 2026, "heldOn", "2026-12-20"))
                .status())
        .isEqualTo(422);
  }
}
