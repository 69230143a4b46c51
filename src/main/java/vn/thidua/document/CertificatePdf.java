package vn.thidua.document;

import com.openhtmltopdf.css.parser.FSRGBColor;
import com.openhtmltopdf.extend.FSObjectDrawer;
import com.openhtmltopdf.extend.FSSupplier;
import com.openhtmltopdf.extend.OutputDevice;
import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.render.DefaultObjectDrawerFactory;
import com.openhtmltopdf.render.RenderingContext;
import java.awt.Shape;
import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import org.w3c.dom.Element;

/**
 * Renders a {@link Certificate} as a one-page PDF in the state style: A4 landscape, a decorative
 * double border, Liberation Serif (bundled, OFL, always embedded as subsets), the issuing body
 * beside the national motto, the form's title, the awardee, the achievement, the decision, the
 * signature, and a QR code of the verification address drawn as vector squares.
 *
 * <p>Thread-safe and stateless apart from the font bytes, read once per JVM; call {@link #render}
 * from as many threads as there are cores (see {@code docs/benchmarks.md}) or use {@link
 * #renderAll}.
 */
public final class CertificatePdf {

  /** The font family every text of the certificate is set in. */
  public static final String FONT_FAMILY = "Liberation Serif";

  private static final String QR_TYPE = "application/x-thidua-qr";

  private static final List<Face> FACES =
      List.of(
          new Face("LiberationSerif-Regular.ttf", 400, FontStyle.NORMAL),
          new Face("LiberationSerif-Bold.ttf", 700, FontStyle.NORMAL),
          new Face("LiberationSerif-Italic.ttf", 400, FontStyle.ITALIC),
          new Face("LiberationSerif-BoldItalic.ttf", 700, FontStyle.ITALIC));

  private static final DefaultObjectDrawerFactory DRAWERS = new DefaultObjectDrawerFactory();

  static {
    DRAWERS.registerDrawer(QR_TYPE, new QrDrawer());
  }

  private static final String CSS =
      """
      @page { size: 297mm 210mm; margin: 0; }
      * { box-sizing: border-box; }
      html, body { margin: 0; padding: 0; font-family: 'Liberation Serif'; color: #000; }
      .frame { position: absolute; left: 7mm; top: 7mm; width: 283mm; height: 196mm;
               border: 2.4mm double #9b1c1c; }
      .inner { position: absolute; left: 1.6mm; top: 1.6mm; width: 275.6mm; height: 188mm;
               border: 0.5mm solid #b8860b; }
      .head { position: absolute; left: 8mm; top: 7mm; width: 259.6mm; }
      .head td { vertical-align: top; text-align: center; font-size: 13pt; line-height: 1.25; }
      .issuer { width: 42%; font-weight: bold; }
      .motto { width: 58%; font-weight: bold; }
      .rule { margin: 1mm auto 0 auto; width: 30mm; border-top: 0.3mm solid #000; }
      .rule.long { width: 58mm; }
      .body { position: absolute; left: 12mm; top: 30mm; width: 251.6mm; text-align: center; }
      .title { font-size: 40pt; font-weight: bold; color: #b00000; letter-spacing: 1.5pt;
               margin: 0 0 2mm 0; line-height: 1.1; }
      .awarding { font-size: 15pt; font-weight: bold; line-height: 1.3; }
      .awarding.last { font-size: 16pt; font-style: italic; margin-top: 1mm; }
      .name { font-size: 24pt; font-weight: bold; color: #0b2a6f; margin-top: 3mm; line-height: 1.2; }
      .unit { font-size: 15pt; line-height: 1.3; }
      .achievement { font-size: 15pt; font-style: italic; line-height: 1.35; margin: 3mm 18mm 0 18mm; }
      .foot { position: absolute; left: 12mm; top: 128mm; width: 251.6mm; }
      .foot td { vertical-align: top; }
      .left { width: 50%; text-align: left; font-size: 11pt; line-height: 1.3; }
      .right { width: 50%; text-align: center; font-size: 14pt; line-height: 1.3; }
      .qr { display: block; width: 30mm; height: 30mm; }
      .decision { font-size: 13pt; font-style: italic; margin-bottom: 2mm; }
      .serial { font-size: 11pt; }
      .place { font-style: italic; }
      .signer { font-weight: bold; }
      .sign-name { font-weight: bold; margin-top: 22mm; }
      .stamp { position: absolute; left: 88mm; top: 96mm; width: 121mm; text-align: center;
               font-size: 34pt; font-weight: bold; color: #d00000; border: 1.5mm solid #d00000;
               padding: 1mm 4mm; letter-spacing: 3pt; background-color: #ffffff; }
      """;

  private CertificatePdf() {}

  /** The certificate as a one-page PDF. Thread-safe. */
  public static byte[] render(Certificate certificate) {
    ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024);
    PdfRendererBuilder builder = new PdfRendererBuilder();
    for (Face face : FACES) {
      builder.useFont(face, FONT_FAMILY, face.weight, face.style, true);
    }
    builder.useObjectDrawerFactory(DRAWERS);
    builder.withHtmlContent(html(certificate), null);
    builder.toStream(out);
    try {
      builder.run();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }

  /** Each certificate rendered in order, on the calling thread; see {@link #render}. */
  public static List<byte[]> renderAll(List<Certificate> certificates) {
    return certificates.stream().map(CertificatePdf::render).toList();
  }

  /** The XHTML the PDF is rendered from (for tests and previews). */
  static String html(Certificate c) {
    StringBuilder h = new StringBuilder(4096);
    h.append("<!DOCTYPE html><html xmlns=\"http://www.w3.org/1999/xhtml\" lang=\"vi\"><head>")
        .append("<meta charset=\"UTF-8\"/><title>")
        .append(esc(c.title() + " - " + c.awardeeName()))
        .append("</title><style>")
        .append(CSS)
        .append("</style></head><body><div class=\"frame\"><div class=\"inner\"></div></div>");

    h.append("<table class=\"head\" cellspacing=\"0\" cellpadding=\"0\"><tr><td class=\"issuer\">");
    lines(h, c.issuerLines());
    if (!c.issuerLines().isEmpty()) {
      h.append("<div class=\"rule\"></div>");
    }
    h.append("</td><td class=\"motto\">");
    lines(h, c.mottoLines());
    if (!c.mottoLines().isEmpty()) {
      h.append("<div class=\"rule long\"></div>");
    }
    h.append("</td></tr></table>");

    h.append("<div class=\"body\">");
    div(h, "title", c.title());
    for (int i = 0; i < c.awardingLines().size(); i++) {
      boolean last = i == c.awardingLines().size() - 1 && c.awardingLines().size() > 1;
      div(h, last ? "awarding last" : "awarding", c.awardingLines().get(i));
    }
    div(h, "name", c.awardeeName());
    for (String line : c.awardeeLines()) {
      div(h, "unit", line);
    }
    div(h, "achievement", c.achievement());
    h.append("</div>");

    h.append("<table class=\"foot\" cellspacing=\"0\" cellpadding=\"0\"><tr><td class=\"left\">");
    div(h, "decision", c.decisionReference());
    h.append("<object class=\"qr\" type=\"")
        .append(QR_TYPE)
        .append("\" data=\"")
        .append(esc(c.verificationUrl()))
        .append("\"></object>");
    if (!c.serial().isEmpty()) {
      div(h, "serial", "Số: " + c.serial());
    }
    div(h, "serial", c.verificationUrl());
    h.append("</td><td class=\"right\">");
    div(h, "place", c.placeDateLine());
    for (String line : c.signerTitleLines()) {
      div(h, "signer", line);
    }
    div(h, "sign-name", c.signerName());
    h.append("</td></tr></table>");

    if (c.revoked()) {
      div(h, "stamp", Certificate.REVOKED_STAMP);
    }
    h.append("</body></html>");
    return h.toString();
  }

  private static void lines(StringBuilder h, List<String> lines) {
    for (String line : lines) {
      h.append("<div>").append(esc(line)).append("</div>");
    }
  }

  private static void div(StringBuilder h, String cssClass, String text) {
    if (text == null || text.isEmpty()) {
      return;
    }
    h.append("<div class=\"").append(cssClass).append("\">").append(esc(text)).append("</div>");
  }

  static String esc(String s) {
    StringBuilder b = new StringBuilder(s.length() + 16);
    for (int i = 0; i < s.length(); i++) {
      char ch = s.charAt(i);
      switch (ch) {
        case '<' -> b.append("&lt;");
        case '>' -> b.append("&gt;");
        case '&' -> b.append("&amp;");
        case '"' -> b.append("&quot;");
        case '\'' -> b.append("&#39;");
        default -> {
          if (ch < 0x20 && ch != '\n' && ch != '\t') {
            b.append(' ');
          } else {
            b.append(ch);
          }
        }
      }
    }
    return b.toString();
  }

  /** A bundled font face, read once and handed to each render from memory. */
  private static final class Face implements FSSupplier<InputStream> {
    private final String file;
    private final int weight;
    private final FontStyle style;
    private volatile byte[] bytes;

    Face(String file, int weight, FontStyle style) {
      this.file = file;
      this.weight = weight;
      this.style = style;
    }

    @Override
    public InputStream supply() {
      byte[] b = bytes;
      if (b == null) {
        try (InputStream in = CertificatePdf.class.getResourceAsStream("/fonts/" + file)) {
          if (in == null) {
            throw new IllegalStateException("Missing bundled font /fonts/" + file);
          }
          b = in.readAllBytes();
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
        bytes = b;
      }
      return new ByteArrayInputStream(b);
    }

    @Override
    public String cacheKey() {
      return "thidua-font:" + file;
    }
  }

  /** Draws the QR code of the element's {@code data} as dark squares on white, quiet zone kept. */
  private static final class QrDrawer implements FSObjectDrawer {
    @Override
    public Map<Shape, String> drawObject(
        Element e,
        double x,
        double y,
        double width,
        double height,
        OutputDevice device,
        RenderingContext ctx,
        int dotsPerPixel) {
      boolean[][] m = QrCodes.modules(e.getAttribute("data"));
      int span = m.length + 2 * QrCodes.QUIET_ZONE;
      double side = Math.min(width, height);
      double cell = side / span;
      device.setColor(new FSRGBColor(255, 255, 255));
      device.fill(new Rectangle2D.Double(x, y, side, side));
      Path2D.Double dark = new Path2D.Double();
      for (int r = 0; r < m.length; r++) {
        int col = 0;
        while (col < m.length) {
          if (!m[r][col]) {
            col++;
            continue;
          }
          int start = col;
          while (col < m.length && m[r][col]) {
            col++;
          }
          dark.append(
              new Rectangle2D.Double(
                  x + (start + QrCodes.QUIET_ZONE) * cell,
                  y + (r + QrCodes.QUIET_ZONE) * cell,
                  (col - start) * cell,
                  cell),
              false);
        }
      }
      device.setColor(FSRGBColor.BLACK);
      device.fill(dark);
      return null;
    }
  }
}
