package vn.thidua.organization;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import vn.thidua.support.ApplicationTest;
import vn.thidua.support.Http;

class ImportIT extends ApplicationTest {

  @org.springframework.beans.factory.annotation.Autowired
  org.springframework.jdbc.core.simple.JdbcClient jdbc;

  /** A people workbook with the given cells (empty text: no cell). */
  private static byte[] peopleRows(List<String[]> rows) throws IOException {
    try (XSSFWorkbook wb = new XSSFWorkbook();
        ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      Sheet sheet = wb.createSheet("Cá nhân");
      Row header = sheet.createRow(0);
      for (int i = 0; i < HEADERS.size(); i++) {
        header.createCell(i).setCellValue(HEADERS.get(i));
      }
      for (int r = 0; r < rows.size(); r++) {
        Row row = sheet.createRow(r + 1);
        String[] v = rows.get(r);
        for (int c = 0; c < v.length; c++) {
          if (!v[c].isEmpty()) {
            row.createCell(c).setCellValue(v[c]);
          }
        }
      }
      wb.write(out);
      return out.toByteArray();
    }
  }

  private long organizationOf(Http api, String query) {
    return api.json("/api/v1/organizations?unit=10816&q=" + query)
        .get("items")
        .get(0)
        .get("id")
        .asLong();
  }

  @Test
  void thousandsOfRowsGoThroughTheBulkPathWithTheirTextKeptAndOneAuditEntry() throws IOException {
    Http api = http().as("thuongtruc.habac", password("thuongtruc.habac"));
    long org = organizationOf(api, "cong%20ty%20co%20phan%20may");
    String orgPath =
        jdbc.sql("select path from organization where id = :id")
            .param("id", org)
            .query(String.class)
            .single();
    long maxBefore = jdbc.sql("select coalesce(max(id), 0) from person").query(Long.class).single();
    int n = 3000;
    List<String[]> rows = new java.util.ArrayList<>();
    for (int i = 0; i < n; i++) {
      // Every name typed decomposed (NFD), as some keyboards do; the import keeps NFC.
      String name =
          java.text.Normalizer.normalize("Đỗ  Thị Ánh Khối " + i, java.text.Normalizer.Form.NFD);
      rows.add(
          new String[] {
            name,
            Long.toString(org),
            i % 3 == 0 ? "" : (i % 2 == 0 ? "Nam" : "Nữ"),
            i % 4 == 0 ? "" : "05/06/1990",
            i % 2 == 0 ? "Tổ trưởng \"tổ 3\"\tKỹ sư\\kỹ thuật" : "",
            "Công nhân, người lao động",
            i % 5 == 0 ? "Có" : "",
            i % 7 == 0 ? "khoi" + i + "@vidu.vn" : "",
            i % 11 == 0 ? "0912 345 678" : ""
          });
    }
    Http.Response accepted =
        api.postFile("/api/v1/imports/people", "file", "khoi.xlsx", peopleRows(rows));
    assertThat(accepted.status()).isEqualTo(200);
    assertThat(accepted.json().get("importedRows").asInt()).isEqualTo(n);
    assertThat(accepted.json().get("processedRows").asInt()).isEqualTo(n);
    assertThat(accepted.json().get("totalRows").asInt()).isEqualTo(n);
    String jobId = accepted.json().get("id").asString();

    List<java.util.Map<String, Object>> saved =
        jdbc.sql(
                "select * from person where id > :max and full_name like 'Đỗ Thị Ánh Khối %' order by id")
            .param("max", maxBefore)
            .query()
            .listOfRows();
    assertThat(saved).hasSize(n);
    for (java.util.Map<String, Object> p : saved) {
      String name = (String) p.get("full_name");
      int i = Integer.parseInt(name.substring(name.lastIndexOf(' ') + 1));
      assertThat(name).isEqualTo("Đỗ Thị Ánh Khối " + i);
      assertThat(java.text.Normalizer.isNormalized(name, java.text.Normalizer.Form.NFC)).isTrue();
      assertThat(p.get("name_folded")).isEqualTo("do thi anh khoi " + i);
      assertThat(p.get("sort_key")).isEqualTo(vn.thidua.kernel.VietnameseText.personNameKey(name));
      assertThat(p.get("path")).isEqualTo(orgPath);
      assertThat(p.get("organization_id")).isEqualTo(org);
      assertThat(p.get("gender")).isEqualTo(i % 3 == 0 ? null : (i % 2 == 0 ? "MALE" : "FEMALE"));
      assertThat(p.get("birth_date"))
          .isEqualTo(i % 4 == 0 ? null : java.sql.Date.valueOf("1990-06-05"));
      // A tab inside a cell is white space (collapsed as every import cleans text); a backslash
      // and quotes are kept as they are.
      assertThat(p.get("position"))
          .isEqualTo(i % 2 == 0 ? "Tổ trưởng \"tổ 3\" Kỹ sư\\kỹ thuật" : null);
      assertThat(p.get("category")).isEqualTo("WORKER");
      assertThat(p.get("direct_worker")).isEqualTo(i % 5 == 0);
      assertThat(p.get("email")).isEqualTo(i % 7 == 0 ? "khoi" + i + "@vidu.vn" : null);
      assertThat(p.get("phone")).isEqualTo(i % 11 == 0 ? "0912 345 678" : null);
      assertThat(p.get("created_by")).isEqualTo("thuongtruc.habac");
      assertThat(p.get("active")).isEqualTo(true);
    }
    // Found by the search without diacritics, in Vietnamese order.
    assertThat(
            api.json("/api/v1/people?organization=" + org + "&q=do%20thi%20anh%20khoi%202999")
                .get("total")
                .asLong())
        .isEqualTo(1);

    // One audit entry for the whole import, listing what it created; none per person.
    JsonNode entries =
        http()
            .as("admin", password("admin"))
            .json("/api/v1/audit?entityType=import_job&entityId=" + jobId)
            .get("items");
    assertThat(entries.size()).isEqualTo(1);
    assertThat(entries.get(0).get("action").asString()).isEqualTo("import.people");
    JsonNode after =
        tools.jackson.databind.json.JsonMapper.shared()
            .readTree(entries.get(0).get("after").asString());
    assertThat(after.get("created").asInt()).isEqualTo(n);
    assertThat(after.get("table").asString()).isEqualTo("person");
    java.util.Set<Long> listed = new java.util.HashSet<>();
    for (JsonNode range : after.get("ids")) {
      String[] ends = range.asString().split("-");
      long from = Long.parseLong(ends[0]);
      long to = Long.parseLong(ends[ends.length - 1]);
      for (long id = from; id <= to; id++) {
        listed.add(id);
      }
    }
    assertThat(listed)
        .containsExactlyInAnyOrderElementsOf(saved.stream().map(p -> (Long) p.get("id")).toList());
    assertThat(
            jdbc.sql(
                    "select count(*) from audit_log where action = 'person.create' and entity_type = 'person' and entity_id::bigint > :max")
                .param("max", maxBefore)
                .query(Long.class)
                .single())
        .isZero();
    assertThat(
            http()
                .as("admin", password("admin"))
                .json("/api/v1/audit/verify")
                .get("valid")
                .asBoolean())
        .isTrue();
  }

  @Test
  void everyBadCellIsNamedByLineAndColumnAndNothingIsWritten() throws IOException {
    Http api = http().as("thuongtruc.habac", password("thuongtruc.habac"));
    long org = organizationOf(api, "cong%20ty%20co%20phan%20may");
    long before = jdbc.sql("select count(*) from person").query(Long.class).single();
    long audits = jdbc.sql("select count(*) from audit_log").query(Long.class).single();
    List<String[]> rows = new java.util.ArrayList<>();
    for (int i = 0; i < 2500; i++) {
      rows.add(
          new String[] {
            "Sai Sót " + i,
            Long.toString(org),
            "Nam",
            "",
            "",
            "Công nhân, người lao động",
            "",
            "",
            ""
          });
    }
    rows.get(1200)[8] = "0".repeat(31); // phone longer than its column (row 1202, column I)
    rows.get(2499)[3] = "31/02/1990"; // no such date (row 2501, column D)
    Http.Response refused =
        api.postFile("/api/v1/imports/people", "file", "sai.xlsx", peopleRows(rows));
    assertThat(refused.status()).isEqualTo(422);
    JsonNode errors = refused.json().get("errors");
    assertThat(errors.size()).isEqualTo(2);
    assertThat(errors.get(0).get("row").asInt()).isEqualTo(1202);
    assertThat(errors.get(0).get("column").asString()).isEqualTo("I");
    assertThat(errors.get(0).get("message").asString())
        .startsWith("Dòng 1.202, cột I (Điện thoại)");
    assertThat(errors.get(1).get("row").asInt()).isEqualTo(2501);
    assertThat(errors.get(1).get("column").asString()).isEqualTo("D");
    assertThat(errors.get(1).get("message").asString()).contains("31/02/1990");
    assertThat(jdbc.sql("select count(*) from person").query(Long.class).single())
        .isEqualTo(before);
    // A refused import writes nothing to the audit log either.
    assertThat(
            jdbc.sql(
                    "select count(*) from audit_log where action like 'import.%' and entity_id = :id")
                .param("id", refused.json().get("importId").asString())
                .query(Long.class)
                .single())
        .isZero();
    assertThat(jdbc.sql("select count(*) from audit_log").query(Long.class).single())
        .isGreaterThanOrEqualTo(audits);
  }

  @Test
  void theImportPageFollowsProgressWhileTheImportRuns() throws IOException {
    Http web = http();
    web.login("thuongtruc.habac", password("thuongtruc.habac"));
    Http api = http().as("thuongtruc.habac", password("thuongtruc.habac"));
    long org = organizationOf(api, "cong%20ty%20co%20phan%20may");
    int n = 25_000;
    List<String[]> rows = new java.util.ArrayList<>();
    for (int i = 0; i < n; i++) {
      rows.add(
          new String[] {
            "Tiến Độ " + i, Long.toString(org), "", "", "", "Công nhân, người lao động", "", "", ""
          });
    }
    byte[] file = peopleRows(rows);
    String token = Http.csrf(web.get("/imports").body());
    Http.Response posted =
        web.header("X-CSRF-TOKEN", token).postFile("/imports/people", "file", "tien-do.xlsx", file);
    assertThat(posted.status()).isEqualTo(302);
    String location = posted.header("Location");
    String id = location.substring(location.lastIndexOf('/') + 1);
    List<String> unfinished = new java.util.ArrayList<>();
    JsonNode job;
    long deadline = System.nanoTime() + 120_000_000_000L;
    while (true) {
      job = api.json("/api/v1/imports/" + id);
      String status = job.get("status").asString();
      if (status.equals("DONE") || status.equals("FAILED")) {
        break;
      }
      unfinished.add(
          status + " " + job.get("processedRows").asInt() + "/" + job.get("totalRows").asInt());
      assertThat(System.nanoTime()).isLessThan(deadline);
      try {
        Thread.sleep(20);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException(e);
      }
    }
    assertThat(job.get("status").asString()).isEqualTo("DONE");
    assertThat(job.get("importedRows").asInt()).isEqualTo(n);
    // Seen from outside the import's transaction while it ran: the size, then the rows checked.
    assertThat(unfinished).isNotEmpty().anyMatch(s -> s.endsWith("/" + n));
    // The page shows the progress as a person reads it (numbers formatted the Vietnamese way).
    String page = web.get("/imports/" + id).body();
    assertThat(page)
        .contains("Đã xử lý 25.000/25.000 dòng")
        .contains("Đã nhập thành công 25.000 bản ghi");
  }

  private static final List<String> HEADERS =
      List.of(
          "Họ và tên",
          "Mã tổ chức",
          "Giới tính",
          "Ngày sinh",
          "Chức vụ",
          "Đối tượng",
          "Trực tiếp lao động, sản xuất",
          "Thư điện tử",
          "Điện thoại");

  private static byte[] people(long organizationId, int count, Integer badRow) throws IOException {
    try (XSSFWorkbook wb = new XSSFWorkbook();
        ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      Sheet sheet = wb.createSheet("Cá nhân");
      Row header = sheet.createRow(0);
      for (int i = 0; i < HEADERS.size(); i++) {
        header.createCell(i).setCellValue(HEADERS.get(i));
      }
      for (int i = 0; i < count; i++) {
        Row row = sheet.createRow(i + 1);
        int excelRow = i + 2;
        row.createCell(0).setCellValue("Nhập Thử Số " + i);
        row.createCell(1).setCellValue(organizationId);
        row.createCell(2).setCellValue(i % 2 == 0 ? "Nam" : "Nữ");
        row.createCell(3).setCellValue("12/03/1985");
        row.createCell(4).setCellValue("Công nhân");
        row.createCell(5)
            .setCellValue(
                badRow != null && excelRow == badRow ? "Giáo sư" : "Công nhân, người lao động");
        row.createCell(6).setCellValue("Có");
      }
      wb.write(out);
      return out.toByteArray();
    }
  }

  @Test
  void aFileWithOneBadRowSavesNothingAndNamesRowAndColumnThenTheCorrectedFileImportsAll()
      throws IOException {
    Http api = http().as("thuongtruc.habac", password("thuongtruc.habac"));
    long enterprise =
        api.json("/api/v1/organizations?unit=10816&q=cong%20ty%20co%20phan%20may")
            .get("items")
            .get(0)
            .get("id")
            .asLong();
    long before = api.json("/api/v1/people?organization=" + enterprise).get("total").asLong();

    Http.Response refused =
        api.postFile(
            "/api/v1/imports/people", "file", "nhan-su.xlsx", people(enterprise, 1000, 537));
    assertThat(refused.status()).isEqualTo(422);
    JsonNode errors = refused.json().get("errors");
    assertThat(errors.size()).isEqualTo(1);
    assertThat(errors.get(0).get("row").asInt()).isEqualTo(537);
    assertThat(errors.get(0).get("column").asString()).isEqualTo("F");
    assertThat(errors.get(0).get("message").asString())
        .startsWith("Dòng 537, cột F (Đối tượng)")
        .contains("Giáo sư");
    assertThat(api.json("/api/v1/people?organization=" + enterprise).get("total").asLong())
        .isEqualTo(before);

    Http.Response accepted =
        api.postFile(
            "/api/v1/imports/people", "file", "nhan-su.xlsx", people(enterprise, 1000, null));
    assertThat(accepted.status()).isEqualTo(200);
    assertThat(accepted.json().get("importedRows").asInt()).isEqualTo(1000);
    assertThat(api.json("/api/v1/people?organization=" + enterprise).get("total").asLong())
        .isEqualTo(before + 1000);
  }

  @Test
  void aFileThatIsNotAWorkbookIsRefusedWithAClearMessage() {
    Http api = http().as("thuongtruc.habac", password("thuongtruc.habac"));
    Http.Response r =
        api.postFile(
            "/api/v1/imports/people",
            "file",
            "sai.xlsx",
            "không phải excel".getBytes(java.nio.charset.StandardCharsets.UTF_8));
    assertThat(r.status()).isEqualTo(422);
    assertThat(r.json().get("errors").get(0).get("message").asString())
        .contains("không phải tệp Excel");
  }

  @Test
  void theTemplateDownloads() {
    Http api = http().as("thuongtruc.habac", password("thuongtruc.habac"));
    Http.Response r = api.get("/api/v1/imports/templates/people");
    assertThat(r.status()).isEqualTo(200);
    assertThat(r.contentType()).contains("spreadsheetml");
  }

  @Test
  void organisationsImportWithParentsNamedInTheSameFile() throws IOException {
    Http api = http().as("thuongtruc.namsach", password("thuongtruc.namsach"));
    List<String> headers =
        List.of(
            "Mã đơn vị hành chính",
            "Tên tổ chức",
            "Loại tổ chức",
            "Tên viết tắt",
            "Tổ chức cấp trên",
            "Mã số thuế",
            "Địa chỉ",
            "Điện thoại",
            "Thư điện tử");
    byte[] file;
    try (XSSFWorkbook wb = new XSSFWorkbook();
        ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      Sheet sheet = wb.createSheet("Tổ chức");
      String[][] rows = {
        headers.toArray(String[]::new),
        {"10606", "Thôn Nhập Khẩu", "Thôn, tổ dân phố", "", "", "", "", "", ""},
        {
          "10606",
          "Tổ công nghệ số Thôn Nhập Khẩu",
          "to cong nghe so cong dong",
          "",
          "Thôn Nhập Khẩu",
          "",
          "",
          "",
          ""
        },
        {"10816", "Thôn Ngoài Phạm Vi", "VILLAGE", "", "", "", "", "", ""}
      };
      for (int r = 0; r < rows.length; r++) {
        Row row = sheet.createRow(r);
        for (int c = 0; c < rows[r].length; c++) {
          row.createCell(c).setCellValue(rows[r][c]);
        }
      }
      wb.write(out);
      file = out.toByteArray();
    }
    Http.Response refused =
        api.postFile("/api/v1/imports/organizations", "file", "to-chuc.xlsx", file);
    assertThat(refused.status()).isEqualTo(422);
    assertThat(refused.json().get("errors").get(0).get("row").asInt()).isEqualTo(4);
    assertThat(refused.json().get("errors").get(0).get("message").asString())
        .contains("ngoài phạm vi");
    assertThat(api.json("/api/v1/organizations?q=nhap%20khau").get("total").asLong()).isZero();
  }

  @Test
  void organisationsAreWrittenInBulkWithTheirPathsAndOneAuditEntry() throws IOException {
    Http api = http().as("thuongtruc.namsach", password("thuongtruc.namsach"));
    String unitPath =
        jdbc.sql("select path from administrative_unit where code = '10606'")
            .query(String.class)
            .single();
    List<String> headers =
        List.of(
            "Mã đơn vị hành chính",
            "Tên tổ chức",
            "Loại tổ chức",
            "Tên viết tắt",
            "Tổ chức cấp trên",
            "Mã số thuế",
            "Địa chỉ",
            "Điện thoại",
            "Thư điện tử");
    String[][] rows = {
      headers.toArray(String[]::new),
      {"10606", "Thôn Hàng Loạt", "Thôn, tổ dân phố", "", "", "", "Số 1 \\ ngõ 2", "", ""},
      {"10606", "Chi hội Hàng Loạt", "VILLAGE", "CH", "Thôn Hàng Loạt", "", "", "", ""},
      {"10606", "Tổ Hàng Loạt", "VILLAGE", "", "Chi hội Hàng Loạt", "", "", "", ""}
    };
    byte[] file;
    try (XSSFWorkbook wb = new XSSFWorkbook();
        ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      Sheet sheet = wb.createSheet("Tổ chức");
      for (int r = 0; r < rows.length; r++) {
        Row row = sheet.createRow(r);
        for (int c = 0; c < rows[r].length; c++) {
          if (!rows[r][c].isEmpty()) {
            row.createCell(c).setCellValue(rows[r][c]);
          }
        }
      }
      wb.write(out);
      file = out.toByteArray();
    }
    Http.Response accepted =
        api.postFile("/api/v1/imports/organizations", "file", "hang-loat.xlsx", file);
    assertThat(accepted.status()).isEqualTo(200);
    assertThat(accepted.json().get("importedRows").asInt()).isEqualTo(3);
    List<java.util.Map<String, Object>> saved =
        jdbc.sql(
                "select id, parent_id, path, name_folded, address, short_name, tax_code from organization where name like '%Hàng Loạt' order by id")
            .query()
            .listOfRows();
    assertThat(saved).hasSize(3);
    long village = (Long) saved.get(0).get("id");
    long branch = (Long) saved.get(1).get("id");
    long team = (Long) saved.get(2).get("id");
    assertThat(saved.get(0).get("parent_id")).isNull();
    assertThat(saved.get(0).get("path")).isEqualTo(unitPath + "o" + village + "/");
    assertThat(saved.get(0).get("address")).isEqualTo("Số 1 \\ ngõ 2");
    assertThat(saved.get(0).get("short_name")).isNull();
    assertThat(saved.get(0).get("tax_code")).isNull();
    assertThat(saved.get(1).get("parent_id")).isEqualTo(village);
    assertThat(saved.get(1).get("path")).isEqualTo(unitPath + "o" + village + "/o" + branch + "/");
    assertThat(saved.get(2).get("path"))
        .isEqualTo(unitPath + "o" + village + "/o" + branch + "/o" + team + "/");
    assertThat(saved.get(2).get("name_folded")).isEqualTo("to hang loat");
    assertThat(api.json("/api/v1/organizations?q=hang%20loat").get("total").asLong()).isEqualTo(3);

    JsonNode entries =
        http()
            .as("admin", password("admin"))
            .json(
                "/api/v1/audit?entityType=import_job&entityId="
                    + accepted.json().get("id").asString())
            .get("items");
    assertThat(entries.size()).isEqualTo(1);
    assertThat(entries.get(0).get("action").asString()).isEqualTo("import.organizations");
    assertThat(entries.get(0).get("after").asString()).contains("\"created\":3");

    // A second file naming the same organisation under the same parent is refused, by line.
    String[][] again = {
      headers.toArray(String[]::new),
      {"10606", "Chi hội hàng loạt", "VILLAGE", "", "Thôn Hàng Loạt", "", "", "", ""}
    };
    try (XSSFWorkbook wb = new XSSFWorkbook();
        ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      Sheet sheet = wb.createSheet("Tổ chức");
      for (int r = 0; r < again.length; r++) {
        Row row = sheet.createRow(r);
        for (int c = 0; c < again[r].length; c++) {
          row.createCell(c).setCellValue(again[r][c]);
        }
      }
      wb.write(out);
      file = out.toByteArray();
    }
    Http.Response refused = api.postFile("/api/v1/imports/organizations", "file", "lap.xlsx", file);
    assertThat(refused.status()).isEqualTo(422);
    assertThat(refused.json().get("errors").get(0).get("row").asInt()).isEqualTo(2);
    assertThat(refused.json().get("errors").get(0).get("column").asString()).isEqualTo("B");
    assertThat(api.json("/api/v1/organizations?q=hang%20loat").get("total").asLong()).isEqualTo(3);
  }
}
