package vn.thidua.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import vn.thidua.support.ApplicationTest;

/** The OpenAPI document lists every capability's API, with Vietnamese summaries. */
class OpenApiIT extends ApplicationTest {

  @Test
  void theApiDocumentListsTheEndpointsOfEachCapability() {
    JsonNode doc = http().json("/v3/api-docs");
    List<String> paths = new ArrayList<>();
    doc.get("paths").propertyNames().forEach(paths::add);
    assertThat(paths)
        .contains(
            "/api/v1/administrative-units",
            "/api/v1/organizations",
            "/api/v1/people",
            "/api/v1/movements",
            "/api/v1/movements/{id}/derive-organization",
            "/api/v1/movements/{id}/events",
            "/api/v1/movements/{id}/tasks",
            "/api/v1/movements/{id}/leads",
            "/api/v1/movements/{id}/remarks",
            "/api/v1/tasks/{id}/report",
            "/api/v1/tasks/{id}/criteria",
            "/api/v1/tasks/overdue",
            "/api/v1/inspections",
            "/api/v1/inspections/{id}/findings",
            "/api/v1/inspections/{id}/conclusion.docx",
            "/api/v1/recommendations/{id}/answer",
            "/api/v1/concerns",
            "/api/v1/concerns/{id}/forward",
            "/api/v1/oversight/work",
            "/api/v1/movements/{movementId}/indicator-values",
            "/api/v1/movements/{movementId}/indicator-values/import",
            "/api/v1/movements/{movementId}/registrations",
            "/api/v1/movements/{movementId}/registrations/template",
            "/api/v1/movements/{movementId}/registrations/import",
            "/api/v1/movements/{movementId}/registration-window",
            "/api/v1/registrations/{id}",
            "/api/v1/registrations/{id}/history",
            "/api/v1/registrations/{id}/submit",
            "/api/v1/registrations/{id}/accept",
            "/api/v1/registrations/{id}/return",
            "/api/v1/blocks/{blockId}/scoring",
            "/api/v1/blocks/{blockId}/scoring/criteria",
            "/api/v1/blocks/{blockId}/scoring/scores",
            "/api/v1/blocks/{blockId}/scoring/history",
            "/api/v1/blocks/{blockId}/scoring/ranking",
            "/api/v1/blocks/{blockId}/scoring.xlsx",
            "/api/v1/movements/{movementId}/reports",
            "/api/v1/movements/{movementId}/reports/rollup",
            "/api/v1/movements/{movementId}/reports/children",
            "/api/v1/reports/{id}",
            "/api/v1/reports/{id}/attachments",
            "/api/v1/reports/{id}/submit",
            "/api/v1/reports/{id}/accept",
            "/api/v1/reports/{id}/return",
            "/api/v1/reports/{id}/report.docx",
            "/api/v1/reports/{id}/units.xlsx",
            "/api/v1/notifications",
            "/api/v1/reminders/run",
            "/api/v1/initiatives",
            "/api/v1/initiatives.xlsx",
            "/api/v1/initiatives/similar",
            "/api/v1/initiatives/{id}",
            "/api/v1/initiatives/{id}/attachments",
            "/api/v1/initiatives/{id}/submit",
            "/api/v1/initiatives/{id}/review",
            "/api/v1/initiatives/{id}/reviews/mine",
            "/api/v1/initiatives/{id}/recognition",
            "/api/v1/initiatives/{id}/similar",
            "/api/v1/initiative-councils/{unitCode}",
            "/api/v1/people/{id}/initiatives",
            "/api/v1/exemplary-models",
            "/api/v1/exemplary-models/{id}",
            "/api/v1/exemplary-models/{id}/photos",
            "/api/v1/exemplary-models/{id}/publish",
            "/api/v1/exemplary-models/{id}/replications",
            "/api/v1/eligibility/check",
            "/api/v1/eligibility/check-batch",
            "/api/v1/eligibility/rules",
            "/api/v1/eligibility/regimes",
            "/api/v1/eligibility/province-parameters",
            "/api/v1/commendation/catalogue",
            "/api/v1/commendation/catalogue/{code}",
            "/api/v1/commendation/base-salaries",
            "/api/v1/nominations",
            "/api/v1/nominations/{id}/eligibility",
            "/api/v1/nominations/{id}/decide",
            "/api/v1/nominations/{id}/forward",
            "/api/v1/nominations/{id}/certificate.pdf",
            "/api/v1/council-sessions",
            "/api/v1/reward-funds/{unit}/{year}",
            "/api/v1/records/awards/import",
            "/api/v1/people/{personId}/record");
    assertThat(
            doc.get("paths")
                .get("/api/v1/registrations/{id}/return")
                .get("post")
                .get("summary")
                .asString())
        .startsWith("Trả lại");
    // Pages are not part of the API document.
    assertThat(paths).noneMatch(p -> !p.startsWith("/api/v1/"));
  }
}
