package vn.thidua.commendation;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.thidua.support.Commendations.id;
import static vn.thidua.support.Commendations.ok;
import static vn.thidua.support.Commendations.path;
import static vn.thidua.support.Commendations.proposal;
import static vn.thidua.support.Commendations.status;
import static vn.thidua.support.Commendations.step;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import vn.thidua.support.ApplicationTest;
import vn.thidua.support.HaTinh;
import vn.thidua.support.Http;

/**
 * Issue 13, over real HTTP: Hà Tĩnh's province plan names Sở Khoa học và Công nghệ to compile and
 * select the science and technology nominations before the appraising body. A province-level
 * nomination of that field waits for the Sở: the office's receive is refused naming it; the Sở
 * selects it (or does not, and it goes back with the reason); another Sở cannot; a nomination
 * without a field goes straight to the office.
 */
class SelectionIT extends ApplicationTest {

  private Http as(String user) {
    return http().as(user, password(user));
  }

  /** A signed-in browser session (the pages take no HTTP Basic). */
  private Http browser(String user) {
    Http b = http();
    b.login(user, password(user));
    return b;
  }

  private static Map<String, Object> withField(Map<String, Object> proposal, String field) {
    proposal.put("field", field);
    return proposal;
  }

  /** Proposes (as the province's office, the collective at province level) and submits. */
  private static JsonNode proposeAndSubmit(Http office, Map<String, Object> proposal) {
    Http.Response proposed = office.postJson("/api/v1/nominations", proposal);
    assertThat(proposed.status()).as(proposed.body()).isEqualTo(200);
    JsonNode n = proposed.json();
    return ok(office.postJson(path(n, "submit"), Map.of()));
  }

  @Test
  void theLeadBodyOfTheFieldSelectsBeforeTheOfficeReceives() throws Exception {
    Http office = as("thuongtruc.hatinh");
    Http science = as("khcn.hatinh");
    Http finance = as("taichinh.hatinh");
    long plan = HaTinh.issuedProvincePlan(office, as("lanhdao.hatinh"), 160, "2026-07-06");
    long enterprise = HaTinh.organization(office, HaTinh.UNIT, "hong%20linh");
    long front = HaTinh.organization(office, HaTinh.UNIT, "mat%20tran");

    // An unknown field is refused on the field.
    Http.Response unknown =
        office.postJson(
            "/api/v1/nominations",
            withField(
                proposal(
                    "BANG_KHEN_CAP_TINH", "AD_HOC", 2026, "COLLECTIVE", null, enterprise, plan),
                "ASTROLOGY"));
    assertThat(unknown.status()).as(unknown.body()).isEqualTo(422);
    assertThat(unknown.body()).contains("field").contains("Lĩnh vực");

    JsonNode n =
        proposeAndSubmit(
            office,
            withField(
                proposal(
                    "BANG_KHEN_CAP_TINH", "AD_HOC", 2026, "COLLECTIVE", null, enterprise, plan),
                "SCIENCE_TECHNOLOGY"));
    assertThat(n.get("level").asString()).isEqualTo("PROVINCE");
    assertThat(status(n)).isEqualTo("SUBMITTED");
    JsonNode detail = office.json("/api/v1/nominations/" + id(n));
    assertThat(detail.get("field").asString()).isEqualTo("SCIENCE_TECHNOLOGY");
    assertThat(detail.get("selectionLead").asString()).isEqualTo("Sở Khoa học và Công nghệ");

    // The office cannot receive it yet: the refusal names the lead body.
    Http.Response early = office.postJson(path(n, "receive"), Map.of());
    assertThat(early.status()).as(early.body()).isEqualTo(422);
    assertThat(early.json().get("detail").asString())
        .contains("Hồ sơ đang chờ Sở Khoa học và Công nghệ tổng hợp, lựa chọn");
    // Nor select it: that is the lead body's.
    assertThat(office.postJson(path(n, "select"), Map.of()).status()).isEqualTo(403);
    // The office's page says who it waits for and offers no receive button.
    String officePage = browser("thuongtruc.hatinh").get("/nominations/" + id(n)).body();
    assertThat(officePage).contains("Hồ sơ đang chờ Sở Khoa học và Công nghệ tổng hợp, lựa chọn");
    assertThat(officePage).doesNotContain("value=\"receive\"");

    // Another department neither sees nor selects it.
    assertThat(finance.get("/api/v1/nominations/" + id(n)).status()).isEqualTo(404);
    assertThat(finance.postJson(path(n, "select"), Map.of()).status()).isIn(403, 404);
    assertThat(ids(finance.json("/api/v1/nominations/awaiting-selection"))).doesNotContain(id(n));

    // The Sở reads it, lists it among those waiting for it, and nothing else.
    assertThat(science.get("/api/v1/nominations/" + id(n)).status()).isEqualTo(200);
    assertThat(ids(science.json("/api/v1/nominations/awaiting-selection"))).contains(id(n));
    Http sciencePages = browser("khcn.hatinh");
    assertThat(sciencePages.get("/nominations/awaiting-selection").body())
        .contains("Hồ sơ chờ lựa chọn")
        .contains("Công ty Cổ phần Công nghệ Hồng Lĩnh");
    String sciencePage = sciencePages.get("/nominations/" + id(n)).body();
    assertThat(sciencePage).contains("value=\"select\"").contains("value=\"not-selected\"");
    assertThat(sciencePage).doesNotContain("value=\"receive\"");
    assertThat(science.postJson(path(n, "receive"), Map.of()).status()).isEqualTo(403);
    assertThat(science.postJson(path(n, "return") + "&reason=x", Map.of()).status()).isEqualTo(403);

    // The Sở selects it; the office then receives it.
    JsonNode selected =
        ok(science.postJson(path(n, "select") + "&note=Ph%C3%B9%20h%E1%BB%A3p", Map.of()));
    assertThat(status(selected)).isEqualTo("SELECTED");
    assertThat(ids(science.json("/api/v1/nominations/awaiting-selection"))).doesNotContain(id(n));
    // Selecting twice is refused by the workflow.
    assertThat(science.postJson(path(selected, "select"), Map.of()).status()).isEqualTo(422);
    JsonNode received = step(office, selected, "receive");
    assertThat(status(received)).isEqualTo("RECEIVED");
    List<String> moves = new ArrayList<>();
    office.json("/api/v1/nominations/" + id(n) + "/history").forEach(h -> moves.add(h.toString()));
    assertThat(String.join("\n", moves)).contains("SELECT").contains("khcn.hatinh");

    // Another nomination of the field, not selected: back to the proposer with the reason.
    JsonNode other =
        proposeAndSubmit(
            office,
            withField(
                proposal("BANG_KHEN_CAP_TINH", "AD_HOC", 2026, "COLLECTIVE", null, front, plan),
                "SCIENCE_TECHNOLOGY"));
    Http.Response noReason = science.postJson(path(other, "not-selected"), Map.of());
    assertThat(noReason.status()).as(noReason.body()).isEqualTo(422);
    String why = "Thành tích chưa thuộc lĩnh vực khoa học, công nghệ";
    JsonNode back =
        ok(
            science.postJson(
                path(other, "not-selected")
                    + "&reason="
                    + java.net.URLEncoder.encode(why, java.nio.charset.StandardCharsets.UTF_8),
                Map.of()));
    assertThat(status(back)).isEqualTo("RETURNED");
    assertThat(back.get("reason").asString()).isEqualTo(why);
    assertThat(finance.postJson(path(back, "not-selected") + "&reason=x", Map.of()).status())
        .isIn(403, 404);

    // Without a field, the office receives at once; the Sở does not see it.
    JsonNode plain =
        proposeAndSubmit(
            office,
            proposal("BANG_KHEN_CAP_TINH", "AD_HOC", 2025, "COLLECTIVE", null, enterprise, plan));
    assertThat(office.json("/api/v1/nominations/" + id(plain)).get("selectionLead").isNull())
        .isTrue();
    assertThat(science.get("/api/v1/nominations/" + id(plain)).status()).isEqualTo(404);
    assertThat(science.postJson(path(plain, "select"), Map.of()).status()).isIn(403, 404);
    assertThat(status(step(office, plain, "receive"))).isEqualTo("RECEIVED");
  }

  /** The page's buttons: the Sở selects through the nomination page (session, CSRF). */
  @Test
  void theLeadSelectsOnTheNominationPage() {
    Http office = as("thuongtruc.hatinh");
    long plan = HaTinh.issuedProvincePlan(office, as("lanhdao.hatinh"), 161, "2026-07-07");
    long enterprise = HaTinh.organization(office, HaTinh.UNIT, "hong%20linh");
    JsonNode n =
        proposeAndSubmit(
            office,
            withField(
                proposal(
                    "BANG_KHEN_CAP_TINH", "AD_HOC", 2024, "COLLECTIVE", null, enterprise, plan),
                "SCIENCE_TECHNOLOGY"));
    Http browser = browser("khcn.hatinh");
    String page = browser.get("/nominations/" + id(n)).body();
    Http.Response r =
        browser.postForm(
            "/nominations/" + id(n) + "/action",
            Map.of(
                "action",
                "select",
                "version",
                String.valueOf(n.get("version").asLong()),
                "_csrf",
                Http.csrf(page)));
    assertThat(r.status()).isEqualTo(302);
    assertThat(status(office.json("/api/v1/nominations/" + id(n)))).isEqualTo("SELECTED");
    assertThat(browser.get("/nominations/" + id(n)).body()).contains("Đã được lựa chọn");
  }

  private static List<Long> ids(JsonNode list) {
    List<Long> out = new ArrayList<>();
    list.forEach(x -> out.add(x.get("id").asLong()));
    return out;
  }
}
