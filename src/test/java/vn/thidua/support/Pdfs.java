package vn.thidua.support;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.BinaryBitmap;
import com.google.zxing.DecodeHintType;
import com.google.zxing.RGBLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;

/** Reading what a generated PDF shows: its text, and the QR code printed on its first page. */
public final class Pdfs {

  private Pdfs() {}

  public static String text(byte[] pdf) {
    try (PDDocument doc = Loader.loadPDF(pdf)) {
      return new PDFTextStripper().getText(doc);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The first page rendered at 150 dpi, as a person's phone camera would see it. */
  public static BufferedImage page(byte[] pdf) {
    try (PDDocument doc = Loader.loadPDF(pdf)) {
      return new PDFRenderer(doc).renderImageWithDPI(0, 150, ImageType.RGB);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The text of the QR code on the first page; fails the test when there is none. */
  public static String qr(byte[] pdf) {
    return qr(page(pdf));
  }

  /** The text of the QR code in an image; fails the test when there is none. */
  public static String qr(BufferedImage image) {
    int w = image.getWidth();
    int h = image.getHeight();
    int[] rgb = image.getRGB(0, 0, w, h, null, 0, w);
    try {
      return new QRCodeReader()
          .decode(
              new BinaryBitmap(new HybridBinarizer(new RGBLuminanceSource(w, h, rgb))),
              Map.of(
                  DecodeHintType.TRY_HARDER,
                  Boolean.TRUE,
                  DecodeHintType.POSSIBLE_FORMATS,
                  List.of(BarcodeFormat.QR_CODE)))
          .getText();
    } catch (com.google.zxing.ReaderException e) {
      throw new AssertionError("no readable QR code on the certificate", e);
    }
  }
}
