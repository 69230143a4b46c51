package vn.thidua.document;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.text.Normalizer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

/** The streaming reader of imports gives the cells the workbook reader gives (issue 16). */
class SpreadsheetsStreamTest {

  private static byte[] workbook() throws IOException {
    try (XSSFWorkbook wb = new XSSFWorkbook();
        ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      Sheet sheet = wb.createSheet("Dữ liệu");
      CellStyle date = wb.createCellStyle();
      date.setDataFormat(wb.getCreationHelper().createDataFormat().getFormat("dd/mm/yyyy"));
      Row header = sheet.createRow(0);
      for (int i = 0; i < 6; i++) {
        header.createCell(i).setCellValue("Cột " + (i + 1));
      }
      Row a = sheet.createRow(1);
      a.createCell(0)
          .setCellValue(Normalizer.normalize("  Nguyễn   Thị Ánh ", Normalizer.Form.NFD));
      a.createCell(1).setCellValue(1001);
      a.createCell(2).setCellValue(LocalDate.of(1985, 3, 12));
      a.getCell(2).setCellStyle(date);
      a.createCell(3).setCellValue(true);
      a.createCell(5).setCellValue("Tổ \"3\"\tKỹ sư\\kỹ thuật");
      sheet.createRow(2); // blank: skipped
      Row c = sheet.createRow(4);
      c.createCell(1).setCellValue(2.5);
      c.createCell(4).setCellFormula("1+1");
      wb.setForceFormulaRecalculation(true);
      wb.getCreationHelper().createFormulaEvaluator().evaluateAll();
      wb.write(out);
      return out.toByteArray();
    }
  }

  @Test
  void streamedRowsAreTheRowsOfTheWorkbookReader() throws IOException {
    byte[] bytes = workbook();
    Spreadsheets.Table table = Spreadsheets.read(new ByteArrayInputStream(bytes));
    List<String> headers = new ArrayList<>();
    List<Spreadsheets.SheetRow> rows = new ArrayList<>();
    int[] declared = {-1};
    Spreadsheets.stream(
        bytes,
        new Spreadsheets.RowHandler() {
          @Override
          public void headers(List<String> h) {
            headers.addAll(h);
          }

          @Override
          public void row(Spreadsheets.SheetRow row) {
            rows.add(row);
          }

          @Override
          public void declaredLastRow(int rowNumber) {
            declared[0] = rowNumber;
          }
        });
    assertThat(headers).isEqualTo(table.headers());
    assertThat(rows).hasSize(2).hasSameSizeAs(table.rows());
    for (int r = 0; r < rows.size(); r++) {
      Spreadsheets.SheetRow streamed = rows.get(r);
      Spreadsheets.SheetRow read = table.rows().get(r);
      assertThat(streamed.number()).isEqualTo(read.number());
      for (int c = 0; c < 6; c++) {
        if (r == 1 && c == 4) {
          continue; // a formula: see below
        }
        assertThat(streamed.cell(c).text())
            .as("row %d col %d", r, c)
            .isEqualTo(read.cell(c).text());
        assertThat(streamed.cell(c).date()).isEqualTo(read.cell(c).date());
      }
    }
    assertThat(rows.get(0).cell(0).text()).isEqualTo("Nguyễn Thị Ánh");
    assertThat(rows.get(0).cell(2).date()).isEqualTo(LocalDate.of(1985, 3, 12));
    assertThat(rows.get(0).cell(5).text()).isEqualTo("Tổ \"3\" Kỹ sư\\kỹ thuật");
    assertThat(rows.get(1).number()).isEqualTo(5);
    // A formula cell reads as the value Excel shows (its cached result), not as its formula text.
    assertThat(rows.get(1).cell(4).text()).isEqualTo("2");
    assertThat(rows.get(1).cell(1).text()).isEqualTo(table.rows().get(1).cell(1).text());
    assertThat(declared[0]).isEqualTo(5);
  }

  @Test
  void aFileThatIsNotAWorkbookIsInvalid() {
    org.assertj.core.api.Assertions.assertThatThrownBy(() ->
            Spreadsheets.stream(
                "không phải excel".getBytes(java.nio.charset.StandardCharsets.UTF_8),
                new Spreadsheets.RowHandler() {
                  @Override
                  public void headers(List<String> h) {}

                  @Override
                  public void row(Spreadsheets.SheetRow row) {}
                }))
        .isInstanceOf(Spreadsheets.InvalidSpreadsheet.class);
  }
}
