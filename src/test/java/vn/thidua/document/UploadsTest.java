package vn.thidua.document;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.thidua.kernel.BusinessRuleViolation;
import vn.thidua.support.OfficeBombs;

class UploadsTest {

  private static final byte[] PNG = {
    (byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R'
  };
  private static final byte[] JPEG = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0, 0, 16};

  @Test
  void theTypeComesFromTheContentNotTheName() {
    assertThat(Uploads.detect("%PDF-1.4 x".getBytes(StandardCharsets.US_ASCII), "a.png"))
        .isEqualTo(Uploads.Type.PDF);
    assertThat(Uploads.detect(PNG, "a.pdf")).isEqualTo(Uploads.Type.PNG);
    assertThat(Uploads.detect(JPEG, "a.docx")).isEqualTo(Uploads.Type.JPEG);
    assertThat(Uploads.detect("<html><body>x</body></html>".getBytes(), "a.pdf")).isNull();
    assertThat(Uploads.detect(new byte[] {1, 2, 3}, "a.pdf")).isNull();
    assertThat(Uploads.detect("MZ\u0090\u0000".getBytes(StandardCharsets.ISO_8859_1), "a.docx"))
        .isNull();
  }

  @Test
  void officePackagesByTheirParts() {
    byte[] xlsx = Spreadsheets.write("S", List.of("A"), List.of(List.<Object>of("x")), List.of());
    assertThat(Uploads.detect(xlsx, "bang.pdf")).isEqualTo(Uploads.Type.XLSX);
    byte[] docx = StateDocxWriterSample.docx();
    assertThat(Uploads.detect(docx, "x.bin")).isEqualTo(Uploads.Type.DOCX);
    // a zip bomb is no document
    assertThat(Uploads.detect(OfficeBombs.workbook(95, 4), "bom.xlsx")).isNull();
  }

  @Test
  void aTypeOutsideTheAllowListIsRefusedWithTheFileName() {
    assertThatThrownBy(() ->
            Uploads.check(
                "anh.pdf",
                "%PDF-1.4".getBytes(StandardCharsets.US_ASCII),
                1024,
                Uploads.IMAGES,
                "model.photo-type"))
        .isInstanceOf(BusinessRuleViolation.class)
        .extracting(e -> ((BusinessRuleViolation) e).field())
        .isEqualTo("file");
    Uploads.Checked ok = Uploads.check("anh.jpg", PNG, 1024, Uploads.IMAGES, "model.photo-type");
    assertThat(ok.contentType()).isEqualTo("image/png");
  }

  @Test
  void namesAreReducedToTheirLastSegmentAndCleaned() {
    assertThat(Uploads.fileName("C:\\Users\\an\\Desktop\\bao-cao.pdf")).isEqualTo("bao-cao.pdf");
    assertThat(Uploads.fileName("../../etc/passwd")).isEqualTo("passwd");
    assertThat(Uploads.fileName("anh\u202Egnp.exe")).isEqualTo("anhgnp.exe");
    assertThat(Uploads.fileName("a\u0000b\u0007c\u2066d\u2069.pdf")).isEqualTo("abcd.pdf");
    assertThat(Uploads.fileName("..")).isNull();
    assertThat(Uploads.fileName("/")).isNull();
    assertThat(Uploads.fileName("Báo cáo tổng kết.pdf")).isEqualTo("Báo cáo tổng kết.pdf");
    String longName = "x".repeat(500) + ".pdf";
    assertThat(Uploads.fileName(longName)).hasSize(200).endsWith(".pdf");
  }

  /** A small real .docx. */
  static final class StateDocxWriterSample {
    static byte[] docx() {
      try (org.apache.poi.xwpf.usermodel.XWPFDocument d =
              new org.apache.poi.xwpf.usermodel.XWPFDocument();
          java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream()) {
        d.createParagraph().createRun().setText("Kế hoạch");
        d.write(out);
        return out.toByteArray();
      } catch (java.io.IOException e) {
        throw new java.io.UncheckedIOException(e);
      }
    }
  }
}
