package vn.thidua.commendation;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import vn.thidua.support.ApplicationTest;
import vn.thidua.support.Http;

/** Records of past years: all-or-nothing .xlsx imports of awards and ratings, discipline. */
class RecordIT extends ApplicationTest {

  private static byte[] workbook(List<String> headers, List<List<Object>> rows) throws IOException {
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
          if (v instanceof Number n) {
            row.createCell(c).setCellValue(n.doubleValue());
          } else {
            row.createCell(c).setCellValue(v.toString());
          }
        }
      }
      wb.write(out);
      return out.toByteArray();
    }
  }

  private static final List<String> AWARDS =
      List.of(
          "Mã cá nhân",
          "Mã hình thức",
          "Dịp",
          "Năm",
          "Số quyết định",
          "Ngày quyết định",
          "Mã đơn vị ra quyết định");

  @Test
  void pastAwardsAndRatingsImportWholeOrNotAtAll() throws IOException {
    Http office = http().as("thuongtruc.habac", password("thuongtruc.habac"));
    long an =
        office
            .json("/api/v1/people?unit=10816&q=tran%20thi%20an")
            .get("items")
            .get(0)
            .get("id")
            .asLong();
    int before = office.json("/api/v1/people/" + an + "/record").get("awards").size();

    Http.Response refused =
        office.postFile(
            "/api/v1/records/awards/import",
            "file",
            "khen-thuong.xlsx",
            workbook(
                AWARDS,
                List.of(
                    List.of(
                        an,
                        "CHIEN_SI_THI_DUA_CO_SO",
                        "ANNUAL",
                        2024,
                        "12/QĐ-UBND",
                        "2024-12-20",
                        "10816"),
                    List.of(
                        an,
                        "BANG_KHEN_CAP_TINH",
                        "ANNUAL",
                        2025,
                        "88/QĐ-UBND",
                        "ngày mai",
                        "31"))));
    assertThat(refused.status()).isEqualTo(422);
    JsonNode error = refused.json().get("errors").get(0);
    assertThat(error.get("row").asInt()).isEqualTo(3);
    assertThat(error.get("column").asString()).isEqualTo("F");
    assertThat(error.get("message").asString()).startsWith("Dòng 3, cột F (Ngày quyết định)");
    assertThat(office.json("/api/v1/people/" + an + "/record").get("awards")).hasSize(before);

    // A file name no other test's import uses: the import's audit entry is found by it.
    Http.Response done =
        office.postFile(
            "/api/v1/records/awards/import",
            "file",
            "khen-thuong-nhieu-nam.xlsx",
            workbook(
                AWARDS,
                List.of(
                    List.of(
                        an,
                        "CHIEN_SI_THI_DUA_CO_SO",
                        "ANNUAL",
                        2024,
                        "12/QĐ-UBND",
                        "2024-12-20",
                        "10816"),
                    List.of(
                        an,
                        "BANG_KHEN_CAP_TINH",
                        "THEMATIC",
                        2025,
                        "88/QĐ-UBND",
                        "2025-09-02",
                        "31"))));
    assertThat(done.status()).as(done.body()).isEqualTo(200);
    assertThat(done.json().get("imported").asInt()).isEqualTo(2);
    // One audit entry for the import, listing the ids of the records it created (issue 16).
    JsonNode importEntries =
        http()
            .as("admin", password("admin"))
            .json("/api/v1/audit?entityType=award_record&entityId=khen-thuong-nhieu-nam.xlsx")
            .get("items");
    String listed = importEntries.get(0).get("after").asString();
    assertThat(importEntries.get(0).get("action").asString()).isEqualTo("records.import-awards");
    assertThat(listed).contains("\"rows\":2").containsPattern("\"ids\":\\[\"\\d+-\\d+\"\\]");
    assertThat(importEntries.size()).isEqualTo(1);
    JsonNode awardsNow = office.json("/api/v1/people/" + an + "/record").get("awards");
    assertThat(awardsNow).hasSize(before + 2);

    Http.Response ratings =
        office.postFile(
            "/api/v1/records/ratings/import",
            "file",
            "xep-loai.xlsx",
            workbook(
                List.of("Mã cá nhân", "Năm", "Xếp loại"),
                List.of(
                    List.of(an, 2024, "Hoàn thành xuất sắc nhiệm vụ"),
                    List.of(an, 2025, "hoan thanh tot nhiem vu"))));
    assertThat(ratings.status()).as(ratings.body()).isEqualTo(200);
    assertThat(
            office
                .postJson(
                    "/api/v1/people/" + an + "/discipline",
                    Map.of("measure", "Khiển trách", "from", "2026-03-01", "to", "2026-02-01"))
                .status())
        .isEqualTo(422);
    JsonNode record =
        office
            .postJson(
                "/api/v1/people/" + an + "/discipline",
                Map.of("measure", "Khiển trách", "from", "2023-03-01", "to", "2023-09-01"))
            .json();
    assertThat(record.get("awards").toString())
        .contains("CHIEN_SI_THI_DUA_CO_SO")
        .contains("THEMATIC");
    assertThat(record.get("ratings").toString()).contains("EXCELLENT").contains("GOOD");
    assertThat(record.get("discipline").toString()).contains("Khiển trách");

    // Another commune's person answers like a missing one (issue 11: the same 404 either way).
    Http other = http().as("thuongtruc.binhgiang", password("thuongtruc.binhgiang"));
    assertThat(other.get("/api/v1/people/" + an + "/record").status()).isEqualTo(404);
    Http.Response outOfScope =
        other.postFile(
            "/api/v1/records/ratings/import",
            "file",
            "xep-loai.xlsx",
            workbook(List.of("Mã cá nhân", "Năm", "Xếp loại"), List.of(List.of(an, 2023, "GOOD"))));
    assertThat(outOfScope.status()).isEqualTo(422);
    assertThat(outOfScope.body()).contains("Dòng 2, cột A");
  }
}
