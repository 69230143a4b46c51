package vn.thidua.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import tools.jackson.databind.JsonNode;

/**
 * Steps of the commendation path over the API, shared by the integration and browser tests: the
 * records a nominee needs (past awards, ratings, a recognised initiative), proposals and each
 * transition, every answer checked.
 */
public final class Commendations {

  private Commendations() {}

  public static JsonNode ok(Http.Response r) {
    assertThat(r.status()).as(r.body()).isEqualTo(200);
    return r.body().isEmpty() ? null : r.json();
  }

  public static JsonNode nomination(JsonNode n) {
    return n.has("nomination") ? n.get("nomination") : n;
  }

  public static long id(JsonNode n) {
    return nomination(n).get("id").asLong();
  }

  public static long version(JsonNode n) {
    return nomination(n).get("version").asLong();
  }

  public static String status(JsonNode n) {
    return nomination(n).get("status").asString();
  }

  /** The first person of a unit matching the (URL-encoded) query. */
  public static long person(Http api, String unit, String query) {
    return api.json("/api/v1/people?unit=" + unit + "&q=" + query)
        .get("items")
        .get(0)
        .get("id")
        .asLong();
  }

  /** A proposal as the API takes it. */
  public static Map<String, Object> proposal(
      String award, String occasion, int year, String kind, Long person, Long org, Long plan) {
    Map<String, Object> body = new HashMap<>();
    body.put("award", award);
    body.put("occasion", occasion);
    body.put("year", year);
    body.put("subjectKind", kind);
    body.put("personId", person);
    body.put("organizationId", org);
    body.put("movementId", plan);
    body.put("achievement", "Hoàn thành xuất sắc nhiệm vụ chuyển đổi số, chuyển đổi xanh.");
    return body;
  }

  /** Proposes, drafts the standard documents and submits. */
  public static JsonNode proposeAndSubmit(Http unit, Map<String, Object> proposal) {
    JsonNode n = ok(unit.postJson("/api/v1/nominations", proposal));
    n = ok(unit.postJson("/api/v1/nominations/" + id(n) + "/documents/generate", Map.of()));
    return ok(unit.postJson(path(n, "submit"), Map.of()));
  }

  /** The path of a transition of the nomination at its current version. */
  public static String path(JsonNode n, String action) {
    return "/api/v1/nominations/" + id(n) + "/" + action + "?version=" + version(n);
  }

  public static JsonNode step(Http who, JsonNode n, String action) {
    return ok(who.postJson(path(n, action), Map.of()));
  }

  /** The nomination as it stands now. */
  public static JsonNode fresh(Http who, JsonNode n) {
    return who.json("/api/v1/nominations/" + id(n)).get("nomination");
  }

  /** Receives and appraises. */
  public static JsonNode receiveAndAppraise(Http office, JsonNode n) {
    n = step(office, n, "receive");
    return step(office, n, "appraise");
  }

  /** Opens a session of the level's council on a day, with all and present members. */
  public static long session(
      Http office, String unit, Long organization, LocalDate day, int members, int present) {
    Map<String, Object> body = new HashMap<>();
    body.put("unitCode", unit);
    body.put("organizationId", organization);
    body.put("heldOn", day.toString());
    body.put("members", members);
    body.put("present", present);
    body.put("chair", "Chủ tịch Hội đồng");
    return ok(office.postJson("/api/v1/council-sessions", body)).get("id").asLong();
  }

  public static JsonNode agenda(Http office, JsonNode n, long session) {
    return ok(office.postJson(path(n, "agenda") + "&sessionId=" + session, Map.of()));
  }

  public static Http.Response ballot(Http member, JsonNode n, int inFavour, int against) {
    return member.postJson(
        "/api/v1/nominations/" + id(n) + "/ballot",
        Map.of("version", version(n), "inFavour", inFavour, "against", against, "abstain", 0));
  }

  public static Http.Response decide(Http chair, JsonNode n, String number, boolean acknowledged) {
    Map<String, Object> body = new HashMap<>();
    body.put("version", version(n));
    body.put("number", number);
    body.put("signer", "Người ký");
    body.put("acknowledged", acknowledged);
    return chair.postJson("/api/v1/nominations/" + id(n) + "/decide", body);
  }

  /** A one-sheet workbook: the header row, then the rows. */
  public static byte[] workbook(List<String> headers, List<List<Object>> rows) {
    try (XSSFWorkbook wb = new XSSFWorkbook();
        ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      Sheet sheet = wb.createSheet("Dữ liệu");
      Row header = sheet.createRow(0);
      for (int c = 0; c < headers.size(); c++) {
        header.createCell(c).setCellValue(headers.get(c));
      }
      for (int r = 0; r < rows.size(); r++) {
        Row row = sheet.createRow(r + 1);
        for (int c = 0; c < rows.get(r).size(); c++) {
          Object v = rows.get(r).get(c);
          if (v instanceof Number num) {
            row.createCell(c).setCellValue(num.doubleValue());
          } else {
            row.createCell(c).setCellValue(v.toString());
          }
        }
      }
      wb.write(out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Past awards: person, form, year (decided on 20/12 of that year by the unit). */
  public static void pastAward(Http office, long person, String award, int year, String unit) {
    Http.Response r =
        office.postFile(
            "/api/v1/records/awards/import",
            "file",
            "khen-thuong.xlsx",
            workbook(
                List.of(
                    "Mã cá nhân",
                    "Mã hình thức",
                    "Dịp",
                    "Năm",
                    "Số quyết định",
                    "Ngày quyết định",
                    "Mã đơn vị ra quyết định"),
                List.of(
                    List.of(
                        person, award, "ANNUAL", year, year + "/QĐ-UBND", year + "-12-20", unit))));
    assertThat(r.status()).as(r.body()).isEqualTo(200);
  }

  /** An annual rating (EXCELLENT, GOOD, COMPLETED, NOT_COMPLETED). */
  public static void rating(Http office, long person, int year, String rating) {
    Http.Response r =
        office.postFile(
            "/api/v1/records/ratings/import",
            "file",
            "xep-loai.xlsx",
            workbook(
                List.of("Mã cá nhân", "Năm", "Xếp loại"), List.of(List.of(person, year, rating))));
    assertThat(r.status()).as(r.body()).isEqualTo(200);
  }

  /** An initiative of the person, reviewed and recognised by Hà Bắc, widened to a scope. */
  public static void recognisedInitiative(
      Http admin,
      Http office,
      Http chair,
      Http reviewer1,
      Http reviewer2,
      long org,
      long person,
      String scope,
      LocalDate decided) {
    Map<String, Object> body = new java.util.LinkedHashMap<>();
    body.put("title", "Sổ tay số hóa hồ sơ thôn " + person);
    body.put("field", "ADMINISTRATION");
    body.put("organizationId", org);
    body.put("appliedOn", decided.minusMonths(6).toString());
    body.put("problem", "Hồ sơ giấy thất lạc.");
    body.put("solution", "Số hóa và lập chỉ mục theo mã hộ.");
    body.put("novelty", "Lần đầu áp dụng trong tỉnh.");
    body.put("effect", "Tra cứu trong một phút.");
    body.put("authors", List.of(Map.of("personId", person, "share", 100)));
    Http.Response made = office.postJson("/api/v1/initiatives", body);
    assertThat(made.status()).as(made.body()).isIn(200, 201);
    JsonNode created = made.json().get("initiative");
    long id = created.get("id").asLong();
    JsonNode submitted =
        ok(
            office.postForm(
                "/api/v1/initiatives/" + id + "/submit?version=" + created.get("version").asLong(),
                Map.of()));
    long v = submitted.get("initiative").get("version").asLong();
    JsonNode review =
        ok(office.postForm("/api/v1/initiatives/" + id + "/review?version=" + v, Map.of()));
    Map<String, Object> scores =
        Map.of("novelty", 9, "effect", 9, "replicability", 9, "noConflictDeclared", true);
    ok(reviewer1.putJson("/api/v1/initiatives/" + id + "/reviews/mine", scores));
    ok(reviewer2.putJson("/api/v1/initiatives/" + id + "/reviews/mine", scores));
    JsonNode base =
        ok(
            chair.postJson(
                "/api/v1/initiatives/" + id + "/recognition",
                Map.of(
                    "scope",
                    "BASE",
                    "decisionNumber",
                    "7/QĐ-UBND",
                    "decisionDate",
                    decided.toString(),
                    "signer",
                    "Nguyễn Anh Tuấn",
                    "version",
                    review.get("version").asLong())));
    if (!"BASE".equals(scope)) {
      ok(
          admin.postJson(
              "/api/v1/initiatives/" + id + "/recognition",
              Map.of(
                  "scope",
                  scope,
                  "decisionNumber",
                  "99/QĐ-TTg",
                  "decisionDate",
                  decided.toString(),
                  "signer",
                  "Người đứng đầu",
                  "version",
                  base.get("version").asLong())));
    }
  }

  /**
   * A Giấy khen of Hà Bắc's chairman for a person of the commune, through the commune's council (9
   * members, all in favour), decided under the given number: the award the honour list publishes.
   */
  public static JsonNode giayKhenAtHaBac(
      Http office, Http member, Http chair, String personQuery, String number) {
    long p = person(office, HaBac.UNIT, personQuery);
    JsonNode n =
        proposeAndSubmit(
            office, proposal("GIAY_KHEN", "AD_HOC", 2026, "INDIVIDUAL", p, null, null));
    n = receiveAndAppraise(office, n);
    long s =
        session(
            office, HaBac.UNIT, null, LocalDate.now(java.time.ZoneId.of("Asia/Ho_Chi_Minh")), 9, 9);
    n = agenda(office, n, s);
    n = ok(ballot(member, n, 9, 0));
    JsonNode decided = ok(decide(chair, n, number, true));
    assertThat(status(decided)).isEqualTo("AWARDED");
    return decided;
  }
}
