package vn.thidua.document;

import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import com.google.zxing.qrcode.encoder.ByteMatrix;
import com.google.zxing.qrcode.encoder.Encoder;
import com.google.zxing.qrcode.encoder.QRCode;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Base64;
import java.util.Map;
import javax.imageio.ImageIO;

/**
 * QR codes (ISO/IEC 18004, error correction M, UTF-8, 4-module quiet zone) as PNG, SVG or a plain
 * module matrix. Stateless and thread-safe.
 */
public final class QrCodes {

  /** Quiet zone around the symbol, in modules (the standard's minimum). */
  public static final int QUIET_ZONE = 4;

  private static final Map<EncodeHintType, Object> HINTS =
      Map.of(EncodeHintType.CHARACTER_SET, "UTF-8");

  private QrCodes() {}

  /**
   * The modules of the symbol without quiet zone: {@code [row][column]}, true for dark.
   *
   * @throws IllegalArgumentException when the text is empty or too long for a QR code
   */
  public static boolean[][] modules(String text) {
    if (text == null || text.isEmpty()) {
      throw new IllegalArgumentException("QR code text is empty");
    }
    QRCode code;
    try {
      code = Encoder.encode(text, ErrorCorrectionLevel.M, HINTS);
    } catch (WriterException e) {
      throw new IllegalArgumentException("Text does not fit a QR code: " + e.getMessage(), e);
    }
    ByteMatrix m = code.getMatrix();
    boolean[][] out = new boolean[m.getHeight()][m.getWidth()];
    for (int y = 0; y < m.getHeight(); y++) {
      for (int x = 0; x < m.getWidth(); x++) {
        out[y][x] = m.get(x, y) == 1;
      }
    }
    return out;
  }

  /**
   * A black-on-white PNG about {@code sizePx} wide and high (whole pixels per module, quiet zone
   * included, so never smaller than one pixel per module).
   */
  public static byte[] png(String text, int sizePx) {
    boolean[][] m = modules(text);
    int span = m.length + 2 * QUIET_ZONE;
    int scale = Math.max(1, sizePx / span);
    int size = span * scale;
    BufferedImage img = new BufferedImage(size, size, BufferedImage.TYPE_BYTE_BINARY);
    int white = 0xFFFFFF;
    int black = 0x000000;
    for (int y = 0; y < size; y++) {
      int my = y / scale - QUIET_ZONE;
      for (int x = 0; x < size; x++) {
        int mx = x / scale - QUIET_ZONE;
        boolean dark = my >= 0 && my < m.length && mx >= 0 && mx < m.length && m[my][mx];
        img.setRGB(x, y, dark ? black : white);
      }
    }
    try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      ImageIO.write(img, "png", out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** {@link #png} as a {@code data:image/png;base64,…} URI for an {@code <img src>}. */
  public static String pngDataUri(String text, int sizePx) {
    return "data:image/png;base64," + Base64.getEncoder().encodeToString(png(text, sizePx));
  }

  /**
   * A scalable SVG (one path, one unit per module, quiet zone included), for web pages: set its
   * width and height by CSS.
   */
  public static String svg(String text) {
    boolean[][] m = modules(text);
    int span = m.length + 2 * QUIET_ZONE;
    StringBuilder path = new StringBuilder(m.length * m.length * 3);
    for (int y = 0; y < m.length; y++) {
      int x = 0;
      while (x < m.length) {
        if (!m[y][x]) {
          x++;
          continue;
        }
        int start = x;
        while (x < m.length && m[y][x]) {
          x++;
        }
        path.append('M')
            .append(start + QUIET_ZONE)
            .append(' ')
            .append(y + QUIET_ZONE)
            .append('h')
            .append(x - start)
            .append("v1h-")
            .append(x - start)
            .append('z');
      }
    }
    return "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 "
        + span
        + ' '
        + span
        + "\" shape-rendering=\"crispEdges\"><rect width=\"100%\" height=\"100%\" fill=\"#fff\"/>"
        + "<path fill=\"#000\" d=\""
        + path
        + "\"/></svg>";
  }
}
