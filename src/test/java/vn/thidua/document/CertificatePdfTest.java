package vn.thidua.document;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

class CertificatePdfTest {

  static final Path OUT = Path.of("target", "certificates");

  /** Written decomposed (NFD) on purpose: the certificate must print NFC. */
  static final String NAME_NFD = Normalizer.normalize("Trần Thị Ánh Nguyệt", Normalizer.Form.NFD);

  static final String NAME_NFC = "Trần Thị Ánh Nguyệt";

  static final String URL = "https://thidua.example.vn/verify/GK-2030-000123?c=7Q4K9PZ2";

  static Certificate sample(String serial, String url) {
    return new Certificate(
        List.of("ỦY BAN NHÂN DÂN", "XÃ HÀ BẮC"),
        null,
        "GIẤY KHEN",
        List.of("CHỦ TỊCH ỦY BAN NHÂN DÂN XÃ HÀ BẮC", "Tặng"),
        NAME_NFD,
        List.of("Công chức Văn phòng - Thống kê, Ủy ban nhân dân xã Hà Bắc"),
        "Đã có thành tích xuất sắc trong phong trào thi đua \"Đổi mới sáng tạo, phát triển khoa"
            + " học, công nghệ, chuyển đổi số, chuyển đổi xanh\" giai đoạn 2026 - 2030",
        "Quyết định số 12/QĐ-UBND ngày 05/12/2030",
        "Hà Bắc, ngày 05 tháng 12 năm 2030",
        List.of("CHỦ TỊCH"),
        "Nguyễn Văn Hùng",
        serial,
        url,
        false);
  }

  @Test
  void rendersOnePageWithEmbeddedLiberationSerifNfcTextAndVerifiableQr() throws Exception {
    Certificate c = sample("GK-2030-000123", URL);
    byte[] pdf = CertificatePdf.render(c);
    Files.createDirectories(OUT);
    Files.write(OUT.resolve("giay-khen.pdf"), pdf);

    try (PDDocument doc = Loader.loadPDF(pdf)) {
      assertThat(doc.getNumberOfPages()).isEqualTo(1);
      PDPage page = doc.getPage(0);
      assertThat(page.getMediaBox().getWidth()).isGreaterThan(page.getMediaBox().getHeight());

      List<PDFont> fonts = fonts(page.getResources());
      assertThat(fonts).isNotEmpty();
      for (PDFont f : fonts) {
        assertThat(f.isEmbedded()).as("embedded: %s", f.getName()).isTrue();
        assertThat(f.getName()).as("font").contains("LiberationSerif");
      }
      assertThat(fonts.stream().map(PDFont::getName).toList())
          .anyMatch(n -> n.endsWith("LiberationSerif-Bold"))
          .anyMatch(n -> n.endsWith("LiberationSerif-Italic"));

      String text = new PDFTextStripper().getText(doc);
      assertThat(text)
          .contains(NAME_NFC)
          .doesNotContain(NAME_NFD)
          .contains("GIẤY KHEN")
          .contains("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM")
          .contains("Độc lập - Tự do - Hạnh phúc")
          .contains("Quyết định số 12/QĐ-UBND ngày 05/12/2030")
          .contains("GK-2030-000123")
          .doesNotContain(Certificate.REVOKED_STAMP);
      assertThat(Normalizer.isNormalized(text, Normalizer.Form.NFC)).isTrue();

      BufferedImage image = new PDFRenderer(doc).renderImageWithDPI(0, 150, ImageType.RGB);
      ImageIO.write(image, "png", OUT.resolve("giay-khen.png").toFile());
      assertThat(decodeQr(image)).isEqualTo(URL);
    }
    assertThat(CertificatePdf.html(c)).contains(NAME_NFC);
  }

  @Test
  void revokedCertificateIsStampedAndStillVerifies() throws Exception {
    Certificate c = sample("GK-2030-000124", URL).withRevoked(true);
    byte[] pdf = CertificatePdf.render(c);
    Files.createDirectories(OUT);
    Files.write(OUT.resolve("giay-khen-thu-hoi.pdf"), pdf);
    try (PDDocument doc = Loader.loadPDF(pdf)) {
      assertThat(doc.getNumberOfPages()).isEqualTo(1);
      assertThat(new PDFTextStripper().getText(doc))
          .contains(Certificate.REVOKED_STAMP)
          .contains(NAME_NFC);
      BufferedImage image = new PDFRenderer(doc).renderImageWithDPI(0, 150, ImageType.RGB);
      ImageIO.write(image, "png", OUT.resolve("giay-khen-thu-hoi.png").toFile());
      assertThat(decodeQr(image)).isEqualTo(URL);
    }
  }

  @Test
  void bangKhenForACollectiveWithLongLinesStaysOnOnePage() throws Exception {
    Certificate c =
        new Certificate(
            List.of("ỦY BAN NHÂN DÂN", "THÀNH PHỐ HẢI PHÒNG"),
            Certificate.MOTTO,
            "BẰNG KHEN",
            List.of("CHỦ TỊCH ỦY BAN NHÂN DÂN THÀNH PHỐ HẢI PHÒNG", "Tặng"),
            "Phòng Văn hóa - Xã hội, Ủy ban nhân dân xã Hà Bắc",
            List.of("Thành phố Hải Phòng"),
            "Đã có thành tích xuất sắc trong phong trào thi đua \"Đổi mới sáng tạo, phát triển"
                + " khoa học, công nghệ, chuyển đổi số, chuyển đổi xanh\" giai đoạn 2026 - 2030,"
                + " góp phần vào sự nghiệp xây dựng chủ nghĩa xã hội và bảo vệ Tổ quốc",
            "Quyết định số 3456/QĐ-UBND ngày 20/12/2030",
            "Hải Phòng, ngày 20 tháng 12 năm 2030",
            List.of("KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH"),
            "Lê Thị Thu Hà",
            "BK-2030-004567",
            "https://thidua.example.vn/verify/BK-2030-004567?c=ZZ91KQ",
            false);
    byte[] pdf = CertificatePdf.render(c);
    Files.createDirectories(OUT);
    Files.write(OUT.resolve("bang-khen.pdf"), pdf);
    try (PDDocument doc = Loader.loadPDF(pdf)) {
      assertThat(doc.getNumberOfPages()).isEqualTo(1);
      assertThat(new PDFTextStripper().getText(doc))
          .contains("PHÓ CHỦ TỊCH")
          .contains("Lê Thị Thu Hà");
      BufferedImage image = new PDFRenderer(doc).renderImageWithDPI(0, 150, ImageType.RGB);
      ImageIO.write(image, "png", OUT.resolve("bang-khen.png").toFile());
      assertThat(decodeQr(image)).isEqualTo(c.verificationUrl());
    }
  }

  @Test
  void longNameAndAchievementStayAboveTheSignatureBlock() throws Exception {
    String achievement =
        ("Đã có thành tích xuất sắc trong phong trào thi đua \"Đổi mới sáng tạo, phát triển khoa"
                + " học, công nghệ, chuyển đổi số, chuyển đổi xanh\" giai đoạn 2026 - 2030, ")
            .repeat(4);
    Certificate base = sample("GK-2030-000126", URL);
    Certificate c =
        new Certificate(
            base.issuerLines(),
            base.mottoLines(),
            base.title(),
            base.awardingLines(),
            "Hợp tác xã Dịch vụ Nông nghiệp và Tiêu thụ Sản phẩm Thôn Đông Hà Bắc",
            base.awardeeLines(),
            achievement,
            base.decisionReference(),
            base.placeDateLine(),
            base.signerTitleLines(),
            base.signerName(),
            base.serial(),
            base.verificationUrl(),
            false);
    byte[] pdf = CertificatePdf.render(c);
    Files.createDirectories(OUT);
    try (PDDocument doc = Loader.loadPDF(pdf)) {
      assertThat(doc.getNumberOfPages()).isEqualTo(1);
      BufferedImage image = new PDFRenderer(doc).renderImageWithDPI(0, 150, ImageType.RGB);
      ImageIO.write(image, "png", OUT.resolve("giay-khen-dai.png").toFile());
      // read top to bottom: the achievement's last line comes before the decision line
      PDFTextStripper sorted = new PDFTextStripper();
      sorted.setSortByPosition(true);
      String text = sorted.getText(doc);
      assertThat(text).contains("Hợp tác xã Dịch vụ Nông nghiệp");
      assertThat(text.lastIndexOf("2030,"))
          .as("achievement ends above the decision line")
          .isGreaterThan(0)
          .isLessThan(text.indexOf("Quyết định số"));
      assertThat(decodeQr(image)).isEqualTo(URL);
    }
  }

  @Test
  void titleIsAboveTheNameAndTheMottoBesideTheIssuerInPdftotextLayout() throws Exception {
    Path pdf = Files.createDirectories(OUT).resolve("layout.pdf");
    Files.write(pdf, CertificatePdf.render(sample("GK-2030-000125", URL)));
    String text;
    try {
      Process p =
          new ProcessBuilder("pdftotext", "-layout", "-enc", "UTF-8", pdf.toString(), "-")
              .redirectErrorStream(true)
              .start();
      text = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      assertThat(p.waitFor(30, TimeUnit.SECONDS)).isTrue();
    } catch (IOException e) {
      Assumptions.abort(
          "pdftotext (poppler-utils) is not installed; ./thidua installs it when run as root");
      return;
    }
    List<String> lines = text.lines().toList();
    int title = indexOf(lines, "GIẤY KHEN");
    int name = indexOf(lines, NAME_NFC);
    int achievement = indexOf(lines, "Đã có thành tích xuất sắc");
    int issuer = indexOf(lines, "ỦY BAN NHÂN DÂN");
    int motto = indexOf(lines, "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM");
    int signer = indexOf(lines, "Nguyễn Văn Hùng");
    assertThat(title).as("title line").isGreaterThanOrEqualTo(0);
    assertThat(title).as("title above the name").isLessThan(name);
    assertThat(name).as("name above the achievement").isLessThan(achievement);
    assertThat(achievement).as("achievement above the signer").isLessThan(signer);
    assertThat(issuer).as("issuer on the motto's line").isEqualTo(motto);
    assertThat(lines.get(issuer).indexOf("ỦY BAN NHÂN DÂN"))
        .as("issuer left of the motto")
        .isLessThan(lines.get(motto).indexOf("CỘNG HÒA"));
  }

  @Test
  void rendersConcurrently() throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(2);
    try {
      List<Future<byte[]>> futures = new ArrayList<>();
      for (int i = 0; i < 8; i++) {
        String serial = "GK-2030-%06d".formatted(i);
        String url = URL + i;
        futures.add(pool.submit(() -> CertificatePdf.render(sample(serial, url))));
      }
      for (int i = 0; i < futures.size(); i++) {
        try (PDDocument doc = Loader.loadPDF(futures.get(i).get())) {
          assertThat(new PDFTextStripper().getText(doc)).contains("GK-2030-%06d".formatted(i));
        }
      }
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void qrPngAndSvgDecodeBack() throws Exception {
    byte[] png = QrCodes.png(URL, 200);
    BufferedImage image = ImageIO.read(new ByteArrayInputStream(png));
    assertThat(image.getWidth()).isLessThanOrEqualTo(200).isGreaterThan(100);
    assertThat(decodeQr(image)).isEqualTo(URL);
    assertThat(QrCodes.pngDataUri("x", 50)).startsWith("data:image/png;base64,");
    assertThat(QrCodes.svg(URL)).startsWith("<svg").contains("<path");
    assertThat(decodeQr(ImageIO.read(new ByteArrayInputStream(QrCodes.png("Xã Hà Bắc", 120)))))
        .isEqualTo("Xã Hà Bắc");
  }

  static int indexOf(List<String> lines, String needle) {
    for (int i = 0; i < lines.size(); i++) {
      if (lines.get(i).contains(needle)) {
        return i;
      }
    }
    return -1;
  }

  static List<PDFont> fonts(PDResources resources) throws IOException {
    List<PDFont> out = new ArrayList<>();
    for (COSName n : resources.getFontNames()) {
      out.add(resources.getFont(n));
    }
    for (COSName n : resources.getXObjectNames()) {
      if (resources.getXObject(n)
          instanceof org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject form) {
        out.addAll(fonts(form.getResources()));
      }
    }
    return out;
  }

  static String decodeQr(BufferedImage image) {
    return vn.thidua.support.Pdfs.qr(image);
  }
}
