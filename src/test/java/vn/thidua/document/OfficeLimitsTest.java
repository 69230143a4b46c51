package vn.thidua.document;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import vn.thidua.kernel.FileTooLarge;
import vn.thidua.support.OfficeBombs;

class OfficeLimitsTest {

  @Test
  void aWorkbookThatUnpacksToNinetyFiveMegabytesIsRefusedInUnderASecond() {
    byte[] bomb = OfficeBombs.workbook(95, 4);
    assertThat(bomb.length).isLessThan(1024 * 1024);
    long start = System.nanoTime();
    assertThatThrownBy(() -> Spreadsheets.read(new ByteArrayInputStream(bomb)))
        .isInstanceOf(OfficeLimits.OfficeFileRefused.class)
        .extracting(e -> ((OfficeLimits.OfficeFileRefused) e).code())
        .isEqualTo("office.ratio-too-high");
    assertThat((System.nanoTime() - start) / 1_000_000).isLessThan(1000);
  }

  @Test
  void aDocumentThatUnpacksToNinetyFiveMegabytesIsRefusedInUnderASecond() {
    byte[] bomb = OfficeBombs.document(95);
    long start = System.nanoTime();
    assertThatThrownBy(() -> DocxReader.read(new ByteArrayInputStream(bomb)))
        .isInstanceOf(OfficeLimits.OfficeFileRefused.class);
    assertThat((System.nanoTime() - start) / 1_000_000).isLessThan(1000);
  }

  @Test
  void theMeasuredSizeCountsNotTheDeclaredOne() throws IOException {
    // Entries written with a data descriptor declare nothing in their local header; a forged
    // central directory is not needed to hide them, so the streamed bytes decide.
    byte[] bomb = OfficeBombs.workbook(95, 4);
    byte[] noDirectory = java.util.Arrays.copyOf(bomb, bomb.length - 22); // no end record
    assertThatThrownBy(() -> OfficeLimits.check(noDirectory))
        .isInstanceOf(OfficeLimits.OfficeFileRefused.class);
  }

  @Test
  void moreThanTheUnpackedTotalIsRefusedEvenAtAnHonestRatio() throws IOException {
    // 105 MB in runs of random letters: compresses about 25:1, within the ratio.
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    java.util.Random random = new java.util.Random(1);
    byte[] chunk = new byte[1024 * 1024];
    for (int j = 0; j < chunk.length; ) {
      byte letter = (byte) ('a' + random.nextInt(26));
      int run = 1 + random.nextInt(120);
      for (int k = 0; k < run && j < chunk.length; k++) {
        chunk[j++] = letter;
      }
    }
    try (ZipOutputStream zip = new ZipOutputStream(out)) {
      zip.setLevel(1);
      for (int i = 0; i < 7; i++) {
        zip.putNextEntry(new ZipEntry("xl/media/blob" + i + ".bin"));
        for (int k = 0; k < 15; k++) {
          zip.write(chunk);
        }
        zip.closeEntry();
      }
    }
    byte[] bytes = out.toByteArray();
    assertThat(bytes.length).isLessThan((int) OfficeLimits.MAX_COMPRESSED);
    assertThatThrownBy(() -> OfficeLimits.check(bytes))
        .isInstanceOf(OfficeLimits.OfficeFileRefused.class)
        .extracting(e -> ((OfficeLimits.OfficeFileRefused) e).code())
        .isEqualTo("office.unpacked-too-large");
  }

  @Test
  void overTenMegabytesCompressedIsTooLarge() {
    byte[] big = new byte[(int) OfficeLimits.MAX_COMPRESSED + 1];
    big[0] = 'P';
    big[1] = 'K';
    assertThatThrownBy(() -> OfficeLimits.check(big)).isInstanceOf(FileTooLarge.class);
  }

  @Test
  void moreThanTwoHundredThousandRowsIsRefused() throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (ZipOutputStream zip = new ZipOutputStream(out)) {
      zip.putNextEntry(new ZipEntry("xl/worksheets/sheet1.xml"));
      zip.write("<worksheet><sheetData>".getBytes(StandardCharsets.US_ASCII));
      for (int i = 1; i <= OfficeLimits.MAX_ROWS + 1; i++) {
        zip.write(
            ("<x:row r=\"" + i + "\"><c r=\"A" + i + "\"><v>" + i + "</v></c></x:row>")
                .getBytes(StandardCharsets.US_ASCII));
      }
      zip.write("</sheetData></worksheet>".getBytes(StandardCharsets.US_ASCII));
      zip.closeEntry();
    }
    assertThatThrownBy(() -> OfficeLimits.check(out.toByteArray()))
        .isInstanceOf(OfficeLimits.OfficeFileRefused.class)
        .extracting(e -> ((OfficeLimits.OfficeFileRefused) e).code())
        .isEqualTo("office.too-many-rows");
  }

  @Test
  void rowsAreCountedAcrossBufferBoundariesAndOnlyRowElements() {
    OfficeLimits.RowCounter counter = new OfficeLimits.RowCounter();
    byte[] xml =
        "<sheetData><row r=\"1\"><c/></row><rowBreaks/><x:row><c/></x:row><row/><rows></rows>"
            .getBytes(StandardCharsets.US_ASCII);
    int rows = 0;
    for (byte b : xml) {
      rows = counter.feed(new byte[] {b}, 1);
    }
    assertThat(rows).isEqualTo(3);
  }

  @Test
  void anOrdinaryWorkbookStillReads() throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (XSSFWorkbook wb = new XSSFWorkbook()) {
      Sheet sheet = wb.createSheet("Dữ liệu");
      for (int i = 0; i < 5000; i++) {
        Row row = sheet.createRow(i);
        row.createCell(0).setCellValue("Nguyễn Văn An");
        row.createCell(1).setCellValue(i);
      }
      wb.write(out);
    }
    Spreadsheets.Table table = Spreadsheets.read(new ByteArrayInputStream(out.toByteArray()));
    assertThat(table.rows()).hasSize(4999);
  }
}
