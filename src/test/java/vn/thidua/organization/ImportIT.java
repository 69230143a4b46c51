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
}
