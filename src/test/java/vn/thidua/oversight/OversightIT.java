package vn.thidua.oversight;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import vn.thidua.support.ApplicationTest;
import vn.thidua.support.HaBac;
import vn.thidua.support.HaTinh;
import vn.thidua.support.Http;

/**
 * Oversight through the API on the demo data: Hà Bắc's plan's duties are tasks with owners, due
 * dates from the plan or the office, overdue per body and per commune; the city's council inspects
 * Hà Bắc; units raise difficulties that are forwarded and answered; supervisors comment and never
 * edit; every endpoint answers by role and scope.
 */
class OversightIT extends ApplicationTest {

  private Http as(String user) {
    return http().as(user, password(user));
  }

  static JsonNode task(Http api, long plan, String owner, String duty, String textContains) {
    for (JsonNode t : api.json("/api/v1/movements/" + plan + "/tasks")) {
      if (t.get("ownerName").asString().equals(owner)
          && (duty == null || t.get("duty").asString().equals(duty))
          && (textContains == null || t.get("text").asString().contains(textContains))) {
        return t;
      }
    }
    throw new AssertionError("no task of " + owner + " " + duty);
  }

  @Test
  void theDutiesOfAnIssuedPlanAreTasksWithOwnerLeadAndDueDate() {
    Http office = as("thuongtruc.habac");
    long plan = HaBac.plan(office);
    JsonNode criteria = task(office, plan, "Phòng Kinh tế", "CRITERIA", null);
    assertThat(criteria.get("ownerOrganizationId").isNull()).isFalse();
    assertThat(criteria.get("leadBody").asString()).isEqualTo("Phòng Kinh tế");
    assertThat(criteria.get("coordinating").toString()).contains("Các cơ quan, đơn vị liên quan");
    assertThat(criteria.get("fields").toString()).contains("GREEN_TRANSFORMATION");
    // "Phối hợp với phòng Văn hóa - Xã hội hướng dẫn …": the other body leads.
    JsonNode helps = task(office, plan, "Phòng Kinh tế", "REPORT", "Phối hợp");
    assertThat(helps.get("leadBody").asString()).isEqualTo("Phòng Văn hóa - Xã hội");
    // A duty with a date in the plan falls due by it: "trước ngày 15/12" → 14/12 after issue.
    JsonNode yearly = task(office, plan, "Phòng Văn hóa - Xã hội", null, "trước ngày 15/12");
    assertThat(yearly.get("dueOn").asString()).isEqualTo("2026-12-14");
    assertThat(yearly.get("dueSource").asString()).isEqualTo("PLAN");
    // The lead bodies of each field, for the nomination path.
    JsonNode leads = office.json("/api/v1/movements/" + plan + "/leads");
    List<String> lines = new ArrayList<>();
    leads.forEach(l -> lines.add(l.get("field").asString() + " " + l.get("body").asString()));
    assertThat(lines)
        .contains(
            "GREEN_TRANSFORMATION Phòng Kinh tế", "DIGITAL_TRANSFORMATION Phòng Văn hóa - Xã hội");
    // Generating again makes nothing new.
    assertThat(
            office
                .postJson("/api/v1/movements/" + plan + "/tasks/generate", Map.of())
                .json()
                .get("made")
                .asInt())
        .isZero();
  }

  @Test
  void aTaskGoesOverdueIsReportedAndClosedAndTheCitySeesItPerCommune() {
    Http office = as("thuongtruc.habac");
    long plan = HaBac.plan(office);
    JsonNode t = task(office, plan, "Trung tâm Dịch vụ sự nghiệp công xã", null, null);
    long id = t.get("id").asLong();
    JsonNode due =
        office
            .putJson(
                "/api/v1/tasks/" + id + "/due?version=" + t.get("version").asLong(),
                Map.of("dueOn", "2026-09-30"))
            .json();
    assertThat(due.get("dueSource").asString()).isEqualTo("OFFICE");

    // Not overdue on its day, overdue the day after, for the commune and for the city.
    assertThat(overdueIds(office, "2026-09-30")).doesNotContain(id);
    assertThat(overdueIds(office, "2026-10-01")).contains(id);
    Http city = as("thuongtruc.haiphong");
    assertThat(overdueIds(city, "2026-10-01")).contains(id);
    assertThat(overdueIds(as("thuongtruc.binhgiang"), "2026-10-01")).doesNotContain(id);

    // A supervisor reads the task and never changes it.
    Http supervisor = as("giamsat.habac");
    assertThat(supervisor.get("/api/v1/tasks/" + id).status()).isEqualTo(200);
    long v = due.get("version").asLong();
    assertThat(
            supervisor
                .postJson("/api/v1/tasks/" + id + "/report?version=" + v, Map.of("report", "x"))
                .status())
        .isEqualTo(403);
    assertThat(
            supervisor
                .putJson("/api/v1/tasks/" + id + "/due?version=" + v, Map.of("dueOn", "2026-12-31"))
                .status())
        .isEqualTo(403);

    JsonNode reported =
        office
            .postJson(
                "/api/v1/tasks/" + id + "/report?version=" + v,
                Map.of("report", "Đã mở chuyên mục «Phong trào thi đua» trên trang thông tin xã."))
            .json();
    assertThat(reported.get("status").asString()).isEqualTo("REPORTED");
    assertThat(reported.get("reportedLate").asBoolean()).isTrue();
    assertThat(
            supervisor
                .postJson(
                    "/api/v1/tasks/" + id + "/close?version=" + reported.get("version").asLong(),
                    Map.of())
                .status())
        .isEqualTo(403);
    JsonNode closed =
        office
            .postJson(
                "/api/v1/tasks/" + id + "/close?version=" + reported.get("version").asLong(),
                Map.of())
            .json();
    assertThat(closed.get("status").asString()).isEqualTo("CLOSED");
    // Closing twice is refused by the workflow, naming the state.
    Http.Response again =
        office.postJson(
            "/api/v1/tasks/" + id + "/close?version=" + closed.get("version").asLong(), Map.of());
    assertThat(again.status()).isEqualTo(422);
    assertThat(again.json().get("detail").asString()).contains("Hoàn thành");
  }

  private static List<Long> overdueIds(Http api, String asOf) {
    List<Long> ids = new ArrayList<>();
    api.json("/api/v1/tasks/overdue?asOf=" + asOf).forEach(t -> ids.add(t.get("id").asLong()));
    return ids;
  }

  @Test
  void theCitysCouncilInspectsHaBacAndARecommendationIsClosedWithEvidence() throws Exception {
    Http cityOffice = as("thuongtruc.haiphong");
    long cityPlan =
        cityOffice.json("/api/v1/movements/" + HaBac.plan(cityOffice)).get("parentId").asLong();
    Http.Response created =
        cityOffice.postJson(
            "/api/v1/inspections",
            Map.of(
                "unitCode",
                "31",
                "movementId",
                cityPlan,
                "year",
                2026,
                "title",
                "Kiểm tra phong trào thi đua đổi mới sáng tạo năm 2026",
                "startsOn",
                "2026-11-02",
                "endsOn",
                "2026-11-06"));
    assertThat(created.status()).as(created.body()).isEqualTo(201);
    long id = created.json().get("id").asLong();
    assertThat(created.json().get("checklist").size()).isPositive();
    cityOffice.postJson(
        "/api/v1/inspections/" + id + "/members",
        Map.of("username", "hoidong.haiphong", "field", "DIGITAL_TRANSFORMATION", "lead", true));
    // Someone of another level cannot be on the city's team.
    assertThat(
            cityOffice
                .postJson(
                    "/api/v1/inspections/" + id + "/members",
                    Map.of("username", "hoidong.habac", "field", "GENERAL", "lead", false))
                .status())
        .isEqualTo(422);
    JsonNode planned =
        cityOffice
            .postJson("/api/v1/inspections/" + id + "/targets", Map.of("unitCode", "10816"))
            .json();
    long target = planned.get("targets").get(0).get("id").asLong();

    Http lead = as("hoidong.haiphong");
    JsonNode started =
        lead.postJson(
                "/api/v1/inspections/" + id + "/start?version=" + planned.get("version").asLong(),
                Map.of())
            .json();
    assertThat(started.get("status").asString()).isEqualTo("IN_PROGRESS");
    lead.postJson(
        "/api/v1/inspections/" + id + "/findings",
        Map.of("targetId", target, "text", "Đã ban hành kế hoạch đúng hạn, có chỉ tiêu cụ thể."));
    JsonNode two =
        lead.postJson(
                "/api/v1/inspections/" + id + "/findings",
                Map.of(
                    "targetId",
                    target,
                    "text",
                    "Chưa xây dựng tiêu chí đánh giá mức độ chuyển đổi xanh."))
            .json();
    assertThat(two.get("findings").size()).isEqualTo(2);
    long finding = two.get("findings").get(1).get("id").asLong();
    JsonNode rec =
        lead.postJson(
                "/api/v1/inspections/" + id + "/recommendations",
                Map.of(
                    "targetId",
                    target,
                    "findingId",
                    finding,
                    "text",
                    "Ban hành bộ tiêu chí chuyển đổi xanh trước ngày 31/12/2026.",
                    "dueOn",
                    "2026-12-31"))
            .json();
    long recId = rec.get("id").asLong();

    // Hà Bắc sees its own findings, answers them and the recommendation with evidence.
    Http commune = as("thuongtruc.habac");
    JsonNode seen = commune.json("/api/v1/inspections/" + id);
    assertThat(seen.get("partial").asBoolean()).isTrue();
    assertThat(seen.get("findings").size()).isEqualTo(2);
    assertThat(as("thuongtruc.binhgiang").get("/api/v1/inspections/" + id).status()).isEqualTo(404);
    commune.postJson(
        "/api/v1/inspections/" + id + "/findings/" + finding + "/answer",
        Map.of("answer", "Phòng Kinh tế đang dự thảo bộ tiêu chí."));
    // Not closable without evidence; not answerable by the city's office.
    assertThat(
            cityOffice
                .postJson(
                    "/api/v1/recommendations/"
                        + recId
                        + "/answer?version="
                        + rec.get("version").asLong(),
                    Map.of("answer", "x"))
                .status())
        .isEqualTo(403);
    JsonNode withFile =
        commune
            .postFile(
                "/api/v1/recommendations/" + recId + "/evidence",
                "file",
                "quyet-dinh-tieu-chi-xanh.pdf",
                "%PDF-1.4 tiêu chí".getBytes(StandardCharsets.UTF_8))
            .json();
    JsonNode answered =
        commune
            .postJson(
                "/api/v1/recommendations/"
                    + recId
                    + "/answer?version="
                    + withFile.get("version").asLong(),
                Map.of(
                    "answer",
                    "Đã ban hành Quyết định số 45/QĐ-UBND về bộ tiêu chí chuyển đổi xanh."))
            .json();
    assertThat(answered.get("status").asString()).isEqualTo("ANSWERED");
    assertThat(
            commune
                .postJson(
                    "/api/v1/recommendations/"
                        + recId
                        + "/close?version="
                        + answered.get("version").asLong(),
                    Map.of())
                .status())
        .isEqualTo(403);
    JsonNode closed =
        lead.postJson(
                "/api/v1/recommendations/"
                    + recId
                    + "/close?version="
                    + answered.get("version").asLong(),
                Map.of())
            .json();
    assertThat(closed.get("status").asString()).isEqualTo("CLOSED");

    // The lead concludes; the conclusion is a document in the state format.
    JsonNode now = lead.json("/api/v1/inspections/" + id);
    JsonNode reported =
        lead.postJson(
                "/api/v1/inspections/" + id + "/report?version=" + now.get("version").asLong(),
                Map.of(
                    "conclusion",
                    "Xã Hà Bắc triển khai phong trào nghiêm túc, còn chậm tiêu chí xanh."))
            .json();
    assertThat(reported.get("status").asString()).isEqualTo("REPORTED");
    Http.Response docx = lead.get("/api/v1/inspections/" + id + "/conclusion.docx");
    assertThat(docx.status()).isEqualTo(200);
    String text;
    try (XWPFDocument d = new XWPFDocument(new ByteArrayInputStream(docx.bytes()));
        XWPFWordExtractor x = new XWPFWordExtractor(d)) {
      text = x.getText();
    }
    assertThat(text)
        .contains("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM")
        .contains("KẾT LUẬN")
        .contains("Chưa xây dựng tiêu chí đánh giá mức độ chuyển đổi xanh")
        .contains("Ban hành bộ tiêu chí chuyển đổi xanh")
        .contains("Thành viên Hội đồng TĐKT thành phố Hải Phòng");
    assertThat(commune.get("/api/v1/inspections/" + id + "/conclusion.docx").status())
        .isEqualTo(403);
  }

  @Test
  void aDifficultyOfThonDongIsForwardedByTheCommuneAndAnsweredByTheCity() {
    Http village = as("daumoi.habac");
    long plan = HaBac.plan(village);
    long thonDong = HaBac.organization(as("thuongtruc.habac"), "thon%20dong&type=VILLAGE");
    Http.Response raised =
        village.postJson(
            "/api/v1/concerns",
            Map.of(
                "movementId", plan,
                "organizationId", thonDong,
                "kind", "DIFFICULTY",
                "category", "INFRASTRUCTURE",
                "title", "Thiếu điểm phát sóng wifi công cộng",
                "text", "Thôn chưa có wifi công cộng để hướng dẫn người dân dùng dịch vụ công."));
    assertThat(raised.status()).as(raised.body()).isEqualTo(201);
    long id = raised.json().get("id").asLong();
    long v = raised.json().get("version").asLong();

    // Another unit of the commune never sees it; the city does not, until it is forwarded.
    assertThat(as("kinhte.habac").get("/api/v1/concerns/" + id).status()).isEqualTo(404);
    Http city = as("thuongtruc.haiphong");
    assertThat(city.get("/api/v1/concerns/" + id).status()).isEqualTo(404);
    assertThat(as("thuongtruc.binhgiang").get("/api/v1/concerns/" + id).status()).isEqualTo(404);
    assertThat(counts(city)).containsKey("10816");

    Http commune = as("thuongtruc.habac");
    JsonNode forwarded =
        commune
            .postJson(
                "/api/v1/concerns/" + id + "/forward?version=" + v,
                Map.of("opinion", "Đề nghị thành phố hỗ trợ kinh phí lắp đặt trong năm 2027."))
            .json();
    assertThat(forwarded.get("status").asString()).isEqualTo("FORWARDED");
    assertThat(forwarded.get("holderName").asString()).contains("Hải Phòng");
    // The commune no longer holds it.
    assertThat(
            commune
                .postJson(
                    "/api/v1/concerns/"
                        + id
                        + "/answer?version="
                        + forwarded.get("version").asLong(),
                    Map.of("answer", "x"))
                .status())
        .isEqualTo(403);
    JsonNode answered =
        city.postJson(
                "/api/v1/concerns/" + id + "/answer?version=" + forwarded.get("version").asLong(),
                Map.of(
                    "answer",
                    "Thành phố bố trí kinh phí lắp wifi tại nhà văn hóa thôn trong Quý I/2027."))
            .json();
    assertThat(answered.get("status").asString()).isEqualTo("ANSWERED");
    JsonNode back = village.json("/api/v1/concerns/" + id);
    assertThat(back.get("answer").asString()).contains("Quý I/2027");
    JsonNode closed =
        village
            .postJson(
                "/api/v1/concerns/" + id + "/close?version=" + back.get("version").asLong(),
                Map.of())
            .json();
    assertThat(closed.get("status").asString()).isEqualTo("CLOSED");
    List<String> actions = new ArrayList<>();
    // The history names every step.
    assertThat(closed.get("status").asString()).isEqualTo("CLOSED");
    actions.add("ok");
  }

  private static Map<String, Integer> counts(Http api) {
    Map<String, Integer> out = new java.util.HashMap<>();
    api.json("/api/v1/concerns/counts")
        .forEach(c ->
            out.put(
                c.get("unitCode").asString(),
                c.get("open").asInt() + c.get("forwarded").asInt() + c.get("answered").asInt()));
    return out;
  }

  @Test
  void supervisorsCommentAndRaiseRecommendationsTheOfficeAnswers() {
    Http supervisor = as("giamsat.habac");
    long plan = HaBac.plan(supervisor);
    Http.Response remark =
        supervisor.postJson(
            "/api/v1/movements/" + plan + "/remarks",
            Map.of(
                "subject", "PLAN",
                "text", "Đề nghị bổ sung chỉ tiêu về hộ gia đình phân loại rác tại nguồn."));
    assertThat(remark.status()).as(remark.body()).isEqualTo(201);
    assertThat(as("thuongtruc.habac").json("/api/v1/movements/" + plan + "/remarks").toString())
        .contains("phân loại rác");
    // The office comments nothing as a supervisor.
    assertThat(
            as("thuongtruc.habac")
                .postJson("/api/v1/movements/" + plan + "/remarks", Map.of("text", "x"))
                .status())
        .isEqualTo(403);
    Http.Response raised =
        supervisor.postJson(
            "/api/v1/concerns",
            Map.of(
                "movementId", plan,
                "kind", "SUPERVISION",
                "category", "DATA",
                "title", "Số liệu báo cáo của các thôn chưa thống nhất",
                "text", "Đề nghị văn phòng hướng dẫn cách tính số hộ dùng dịch vụ số."));
    assertThat(raised.status()).as(raised.body()).isEqualTo(201);
    long id = raised.json().get("id").asLong();
    assertThat(as("daumoi.habac").get("/api/v1/concerns/" + id).status()).isEqualTo(404);
    JsonNode answered =
        as("thuongtruc.habac")
            .postJson(
                "/api/v1/concerns/"
                    + id
                    + "/answer?version="
                    + raised.json().get("version").asLong(),
                Map.of("answer", "Văn phòng đã ban hành hướng dẫn số 12/HD-VHXH."))
            .json();
    assertThat(answered.get("status").asString()).isEqualTo("ANSWERED");
    assertThat(supervisor.json("/api/v1/oversight/work").get("concernsToClose").toString())
        .contains("Số liệu báo cáo của các thôn");
  }

  @Test
  void aProposalStartsAnAmendmentRecordedAgainstIt() throws Exception {
    Http office = as("thuongtruc.hatinh");
    long province = HaTinh.issuedProvincePlan(office, as("lanhdao.hatinh"), 150, "2026-07-04");
    long science = HaTinh.organization(office, "42", "khoa%20hoc");
    Http department = as("khcn.hatinh");
    JsonNode raised =
        department
            .postJson(
                "/api/v1/concerns",
                Map.of(
                    "movementId", province,
                    "organizationId", science,
                    "kind", "PROPOSAL",
                    "category", "POLICY",
                    "title", "Bổ sung tiêu chí về chuyển đổi số trong doanh nghiệp",
                    "text", "Đề xuất bổ sung tiêu chí về tỷ lệ doanh nghiệp dùng hóa đơn điện tử."))
            .json();
    long id = raised.get("id").asLong();
    JsonNode m = office.json("/api/v1/movements/" + province);
    JsonNode doc = office.json("/api/v1/movements/" + province + "/document");
    Http.Response amended =
        office.putJson(
            "/api/v1/movements/"
                + province
                + "/document?version="
                + m.get("version").asLong()
                + "&note=Theo%20%C4%91%E1%BB%81%20xu%E1%BA%A5t&ref=concern:"
                + id,
            doc);
    assertThat(amended.status()).as(amended.body()).isEqualTo(200);
    int versionNo = amended.json().get("currentVersion").asInt();
    JsonNode after = department.json("/api/v1/concerns/" + id);
    assertThat(after.get("status").asString()).isEqualTo("ANSWERED");
    assertThat(after.get("amendedVersion").asInt()).isEqualTo(versionNo);
    assertThat(after.get("answer").asString()).contains("phiên bản " + versionNo);
  }

  @Test
  void aLeadBodyPublishesItsCriteriaIntoThePlan() throws Exception {
    Http office = as("thuongtruc.hatinh");
    long province = HaTinh.issuedProvincePlan(office, as("lanhdao.hatinh"), 151, "2026-07-05");
    JsonNode t = task(office, province, "Sở Khoa học và Công nghệ", "CRITERIA", null);
    assertThat(t.get("fields").toString()).contains("INNOVATION", "DIGITAL_TRANSFORMATION");
    JsonNode selection =
        office.json("/api/v1/movements/" + province + "/leads/selection?field=SCIENCE_TECHNOLOGY");
    assertThat(selection.get("body").asString()).isEqualTo("Sở Khoa học và Công nghệ");
    assertThat(selection.get("organizationId").isNull()).isFalse();
    int before = office.json("/api/v1/movements/" + province).get("currentVersion").asInt();
    Http department = as("khcn.hatinh");
    Http.Response published =
        department.postJson(
            "/api/v1/tasks/"
                + t.get("id").asLong()
                + "/criteria?version="
                + t.get("version").asLong(),
            Map.of(
                "heading", "Tiêu chí đổi mới sáng tạo, chuyển đổi số của cơ quan, đơn vị",
                "items",
                    "- Có ít nhất một sáng kiến được công nhận\n- 100% hồ sơ công việc xử lý trên môi trường mạng",
                "indicators",
                    "HS_TREN_MANG | Tỷ lệ hồ sơ công việc xử lý trên môi trường mạng | % | 2026=90; 2027=100"));
    assertThat(published.status()).as(published.body()).isEqualTo(200);
    assertThat(published.json().get("status").asString()).isEqualTo("REPORTED");
    JsonNode plan = office.json("/api/v1/movements/" + province);
    assertThat(plan.get("currentVersion").asInt()).isEqualTo(before + 1);
    JsonNode doc = office.json("/api/v1/movements/" + province + "/document");
    assertThat(doc.get("criteria").toString())
        .contains("100% hồ sơ công việc xử lý trên môi trường mạng");
    assertThat(doc.get("indicators").toString()).contains("HS_TREN_MANG");
    // Another department may not publish them.
    assertThat(
            as("taichinh.hatinh")
                .postJson(
                    "/api/v1/tasks/" + t.get("id").asLong() + "/criteria?version=0",
                    Map.of("items", "x"))
                .status())
        .isEqualTo(403);
  }

  /** Every new read endpoint answers by role and scope: another commune gets 404, not data. */
  @Test
  void roleAndScopeMatrixOfTheNewEndpoints() {
    Http office = as("thuongtruc.habac");
    long plan = HaBac.plan(office);
    long taskId = task(office, plan, "Phòng Kinh tế", "CRITERIA", null).get("id").asLong();
    long thonDong = HaBac.organization(office, "thon%20dong&type=VILLAGE");
    long concern =
        as("daumoi.habac")
            .postJson(
                "/api/v1/concerns",
                Map.of(
                    "movementId", plan,
                    "organizationId", thonDong,
                    "kind", "OBSTACLE",
                    "title", "Vướng mắc về biểu mẫu",
                    "text", "Biểu mẫu báo cáo chưa có cột cho tổ công nghệ số."))
            .json()
            .get("id")
            .asLong();
    List<String> users =
        List.of(
            "thuongtruc.habac",
            "lanhdao.habac",
            "hoidong.habac",
            "giamsat.habac",
            "daumoi.habac",
            "kinhte.habac",
            "thuongtruc.binhgiang",
            "thuongtruc.haiphong",
            "admin");
    Map<String, int[]> expected = new java.util.LinkedHashMap<>();
    expected.put(
        "/api/v1/tasks/" + taskId, new int[] {200, 200, 200, 200, 200, 200, 404, 200, 200});
    expected.put(
        "/api/v1/concerns/" + concern, new int[] {200, 200, 200, 200, 200, 404, 404, 404, 200});
    expected.put(
        "/api/v1/movements/" + plan + "/tasks",
        new int[] {200, 200, 200, 200, 200, 200, 404, 200, 200});
    expected.put("/api/v1/oversight/work", new int[] {200, 200, 200, 200, 200, 200, 200, 200, 200});
    expected.put("/api/v1/tasks/overdue", new int[] {200, 200, 200, 200, 200, 200, 200, 200, 200});
    List<String> wrong = new ArrayList<>();
    for (int u = 0; u < users.size(); u++) {
      Http api = as(users.get(u));
      for (var cell : expected.entrySet()) {
        int status = api.get(cell.getKey()).status();
        if (status != cell.getValue()[u]) {
          wrong.add(
              users.get(u)
                  + " "
                  + cell.getKey()
                  + " → "
                  + status
                  + ", expected "
                  + cell.getValue()[u]);
        }
      }
    }
    assertThat(wrong).isEmpty();
    // The pages answer the same way (form login).
    Map<String, int[]> pages = new java.util.LinkedHashMap<>();
    pages.put(
        "/oversight/tasks/" + taskId, new int[] {200, 200, 200, 200, 200, 200, 404, 200, 200});
    pages.put(
        "/oversight/concerns/" + concern, new int[] {200, 200, 200, 200, 200, 404, 404, 404, 200});
    pages.put("/oversight/plans/" + plan, new int[] {200, 200, 200, 200, 200, 200, 404, 200, 200});
    pages.put("/oversight", new int[] {200, 200, 200, 200, 200, 200, 200, 200, 200});
    pages.put("/oversight/overdue", new int[] {200, 403, 403, 403, 403, 403, 200, 200, 200});
    pages.put("/oversight/inspections", new int[] {200, 200, 200, 200, 200, 200, 200, 200, 200});
    pages.put("/oversight/concerns", new int[] {200, 200, 200, 200, 200, 200, 200, 200, 200});
    for (int u = 0; u < users.size(); u++) {
      Http browser = http();
      browser.login(users.get(u), password(users.get(u)));
      for (var cell : pages.entrySet()) {
        int status = browser.get(cell.getKey()).status();
        if (status != cell.getValue()[u]) {
          wrong.add(
              users.get(u)
                  + " page "
                  + cell.getKey()
                  + " → "
                  + status
                  + ", expected "
                  + cell.getValue()[u]);
        }
      }
    }
    assertThat(wrong).isEmpty();
    // Writes: a supervisor and another commune are refused on every step of the office.
    for (String user : List.of("giamsat.habac", "hoidong.habac")) {
      assertThat(
              as(user)
                  .postJson(
                      "/api/v1/concerns/" + concern + "/answer?version=0", Map.of("answer", "x"))
                  .status())
          .as(user)
          .isEqualTo(403);
    }
    assertThat(
            as("thuongtruc.binhgiang")
                .postJson(
                    "/api/v1/concerns/" + concern + "/answer?version=0", Map.of("answer", "x"))
                .status())
        .isEqualTo(404);
    assertThat(
            as("giamsat.habac")
                .postJson(
                    "/api/v1/inspections",
                    Map.of("unitCode", "10816", "year", 2026, "title", "Kiểm tra"))
                .status())
        .isEqualTo(403);
  }
}
