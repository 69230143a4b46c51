package vn.thidua.participation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;
import vn.thidua.document.Spreadsheets;
import vn.thidua.support.ApplicationTest;
import vn.thidua.support.Commendations;
import vn.thidua.support.HaBac;
import vn.thidua.support.Http;

/**
 * The commune office enters the registrations it gathered from its units from one .xlsx (issue 16):
 * the template lists the units it may register for, a file with any error saves nothing and names
 * every row and column, a good file creates drafts (history and one audit entry), a second file
 * changes the drafts, and a registration already sent refuses the file.
 */
class RegistrationImportIT extends ApplicationTest {

  private static final int YEAR = 2027;

  private static final List<String> HEADERS =
      List.of(
          "Mã tổ chức", "Tên tổ chức", "Năm", "Danh hiệu, hình thức đăng ký", "Nội dung cam kết");

  @Autowired JdbcClient jdbc;

  private static JsonNode row(JsonNode board, long org) {
    for (JsonNode r : board) {
      if (r.get("organizationId").asLong() == org) {
        return r;
      }
    }
    throw new AssertionError(org + " not on the board");
  }

  @Test
  void anOfficeImportsItsUnitsRegistrationsAllOrNothing() {
    Http office = http().as("thuongtruc.habac", password("thuongtruc.habac"));
    long plan = HaBac.plan(office);
    long east = HaBac.newVillage(office, "Thôn Đăng Ký Đông");
    long west = HaBac.newVillage(office, "Thôn Đăng Ký Tây");
    Http.Response agencyCreated =
        office.postJson(
            "/api/v1/organizations",
            Map.of("unitCode", HaBac.UNIT, "type", "AGENCY", "name", "Ban Đăng Ký Thử"));
    assertThat(agencyCreated.status() / 100).as(agencyCreated.body()).isEqualTo(2);
    long agency = agencyCreated.json().get("id").asLong();
    String base = "/api/v1/movements/" + plan + "/registrations";

    // Step 1: the template lists the units the office may register for, with their names.
    Http.Response template = office.get(base + "/template?year=" + YEAR);
    assertThat(template.status()).isEqualTo(200);
    Spreadsheets.Table table = Spreadsheets.table(template.bytes());
    assertThat(table.headers()).containsExactlyElementsOf(HEADERS);
    List<String> listed = new ArrayList<>();
    table.rows().forEach(r -> listed.add(r.cell(0).text() + " " + r.cell(1).text()));
    assertThat(listed).contains(east + " Thôn Đăng Ký Đông", agency + " Ban Đăng Ký Thử");

    // Step 2: a file with errors on four rows saves nothing and names each row and column.
    Http.Response refused =
        office.postFile(
            base + "/import",
            "file",
            "dang-ky-loi.xlsx",
            Commendations.workbook(
                HEADERS,
                List.of(
                    List.of(east, "Thôn Đăng Ký Đông", YEAR, "Giấy khen; Huân chương Lao động", ""),
                    List.of(west, "Thôn Khác Tên", YEAR, "Giấy khen", ""),
                    List.of(agency, "Ban Đăng Ký Thử", YEAR, "thon, to dan pho van hoa", ""),
                    List.of(east, "Thôn Đăng Ký Đông", 2045, "Giấy khen", ""),
                    List.of(west, "Thôn Đăng Ký Tây", YEAR, "Cúp vàng", "Trồng 100 cây"))));
    assertThat(refused.status()).as(refused.body()).isEqualTo(422);
    List<String> messages = new ArrayList<>();
    refused.json().get("errors").forEach(e -> messages.add(e.get("message").asString()));
    assertThat(messages)
        .anyMatch(m -> m.startsWith("Dòng 2, cột D") && m.contains("không dành cho thôn"))
        .anyMatch(m -> m.startsWith("Dòng 3, cột B") && m.contains("Thôn Khác Tên"))
        .anyMatch(m -> m.startsWith("Dòng 4, cột D") && m.contains("chỉ dành cho thôn"))
        .anyMatch(m -> m.startsWith("Dòng 5, cột C"))
        .anyMatch(m -> m.startsWith("Dòng 6, cột D") && m.contains("Cúp vàng"));
    JsonNode board = office.json(base + "?year=" + YEAR);
    assertThat(row(board, east).get("status").isNull()).as("nothing half-saved").isTrue();

    // Step 2b: the same file through the board's form shows every error in a table by row.
    Http form = browser("thuongtruc.habac");
    String boardUrl = "/movements/" + plan + "/registrations?year=" + YEAR;
    form.header("X-CSRF-TOKEN", Http.csrf(form.get(boardUrl).body()));
    Http.Response shown =
        form.postFile(
            "/movements/" + plan + "/registrations/import?year=" + YEAR,
            "file",
            "dang-ky-loi.xlsx",
            Commendations.workbook(
                HEADERS, List.of(List.of(west, "Thôn Khác Tên", YEAR, "Giấy khen", ""))));
    assertThat(shown.status()).isEqualTo(200);
    assertThat(shown.body())
        .contains("Kết quả kiểm tra tệp «dang-ky-loi.xlsx»: 1 lỗi")
        .contains("Thôn Khác Tên")
        .contains("Tệp có lỗi, chưa lưu bản đăng ký nào");

    // Step 3: the corrected file creates drafts, names folded and without diacritics accepted.
    long audits = auditEntries();
    Http.Response done =
        office.postFile(
            base + "/import",
            "file",
            "dang-ky-2027.xlsx",
            Commendations.workbook(
                HEADERS,
                List.of(
                    List.of(
                        east,
                        "Thôn Đăng Ký Đông",
                        YEAR,
                        "Thôn, tổ dân phố văn hóa; giay khen",
                        "Trồng 100 cây xanh\nKhông có hộ nghèo phát sinh"),
                    List.of(west, "thon dang ky tay", YEAR, "Giấy khen", ""),
                    List.of(agency, "Ban Đăng Ký Thử", YEAR, "Tập thể lao động tiên tiến", ""))));
    assertThat(done.status()).as(done.body()).isEqualTo(200);
    assertThat(done.json().get("created").asInt()).isEqualTo(3);
    assertThat(done.json().get("updated").asInt()).isZero();
    board = office.json(base + "?year=" + YEAR);
    JsonNode eastRow = row(board, east);
    assertThat(eastRow.get("status").asString()).isEqualTo("DRAFT");
    long eastId = eastRow.get("registrationId").asLong();
    JsonNode eastReg = office.json("/api/v1/registrations/" + eastId);
    assertThat(eastReg.get("titles").toString())
        .isEqualTo("[\"THON_TO_DAN_PHO_VAN_HOA\",\"GIAY_KHEN\"]");
    assertThat(eastReg.get("commitments")).hasSize(2);
    assertThat(eastReg.get("commitments").get(1).get("commitment").asString())
        .isEqualTo("Không có hộ nghèo phát sinh");
    JsonNode history = office.json("/api/v1/registrations/" + eastId + "/history");
    assertThat(history).hasSize(1);
    assertThat(history.get(0).get("action").asString()).isEqualTo("CREATE");
    // One audit entry for the whole file, listing what it created.
    assertThat(auditEntries()).isEqualTo(audits + 1);
    String entry =
        jdbc.sql(
                "select after_state from audit_log where action = 'registration.import' order by id desc limit 1")
            .query(String.class)
            .single();
    assertThat(entry).contains("\"created\":3").contains("\"createdIds\":[");

    // Step 4: a second file changes the drafts; nothing new is created.
    Http.Response again =
        office.postFile(
            base + "/import",
            "file",
            "dang-ky-2027-sua.xlsx",
            Commendations.workbook(
                HEADERS,
                List.of(List.of(east, "Thôn Đăng Ký Đông", YEAR, "Bằng khen cấp tỉnh", ""))));
    assertThat(again.status()).as(again.body()).isEqualTo(200);
    assertThat(again.json().get("updated").asInt()).isEqualTo(1);
    assertThat(office.json("/api/v1/registrations/" + eastId).get("titles").toString())
        .isEqualTo("[\"BANG_KHEN_CAP_TINH\"]");

    // Step 5: once the registration is sent, a file that would change it is refused whole.
    long version = office.json("/api/v1/registrations/" + eastId).get("version").asLong();
    assertThat(
            office
                .postJson(
                    "/api/v1/registrations/" + eastId + "/submit?version=" + version, Map.of())
                .status())
        .isEqualTo(200);
    Http.Response locked =
        office.postFile(
            base + "/import",
            "file",
            "dang-ky-2027-muon.xlsx",
            Commendations.workbook(
                HEADERS,
                List.of(
                    List.of(west, "Thôn Đăng Ký Tây", YEAR, "Thôn, tổ dân phố văn hóa", ""),
                    List.of(east, "Thôn Đăng Ký Đông", YEAR, "Giấy khen", ""))));
    assertThat(locked.status()).as(locked.body()).isEqualTo(422);
    assertThat(locked.json().get("detail").asString())
        .startsWith("Dòng 3, cột A")
        .contains("Thôn Đăng Ký Đông")
        .contains("Đã gửi, chờ duyệt");
    assertThat(office.json("/api/v1/registrations/" + eastId).get("titles").toString())
        .isEqualTo("[\"BANG_KHEN_CAP_TINH\"]");
    long westId = row(office.json(base + "?year=" + YEAR), west).get("registrationId").asLong();
    assertThat(office.json("/api/v1/registrations/" + westId).get("titles").toString())
        .as("the other row of the refused file is not saved either")
        .isEqualTo("[\"GIAY_KHEN\"]");

    // Step 6: the board page offers the import to the office; a village focal point's template
    // lists only the units under its village.
    String page = browser("thuongtruc.habac").get("/movements/" + plan + "/registrations").body();
    assertThat(page).contains("Nhập bản đăng ký từ tệp Excel");
    Http village = http().as("daumoi.habac", password("daumoi.habac"));
    Spreadsheets.Table own =
        Spreadsheets.table(village.get(base + "/template?year=" + YEAR).bytes());
    List<String> names = new ArrayList<>();
    own.rows().forEach(r -> names.add(r.cell(1).text()));
    // (Thôn Đông's own row may be gone: another test may have sent its registration of the year.)
    assertThat(names)
        .doesNotContain("Thôn Đăng Ký Tây", "Ban Đăng Ký Thử")
        .allMatch(n -> n.contains("Thôn Đông"));
    Spreadsheets.Table office2 =
        Spreadsheets.table(office.get(base + "/template?year=" + YEAR).bytes());
    List<String> officeNames = new ArrayList<>();
    office2.rows().forEach(r -> officeNames.add(r.cell(1).text()));
    assertThat(officeNames).as("the same template for the office").contains("Thôn Đăng Ký Tây");
  }

  @Test
  void aVillageFocalPointCannotImportForAnotherUnit() {
    Http office = http().as("thuongtruc.habac", password("thuongtruc.habac"));
    long plan = HaBac.plan(office);
    long other = HaBac.newVillage(office, "Thôn Ngoài Quyền");
    Http village = http().as("daumoi.habac", password("daumoi.habac"));
    Http.Response r =
        village.postFile(
            "/api/v1/movements/" + plan + "/registrations/import",
            "file",
            "dang-ky.xlsx",
            Commendations.workbook(
                HEADERS, List.of(List.of(other, "Thôn Ngoài Quyền", YEAR, "Giấy khen", ""))));
    assertThat(r.status()).isEqualTo(422);
    assertThat(r.json().get("detail").asString()).contains("ngoài phạm vi quản lý");
  }

  private Http browser(String user) {
    Http h = http();
    h.login(user, password(user));
    return h;
  }

  private long auditEntries() {
    return jdbc.sql("select count(*) from audit_log where action = 'registration.import'")
        .query(Long.class)
        .single();
  }
}
