package vn.thidua.document;

import com.openhtmltopdf.css.parser.FSRGBColor;
import com.openhtmltopdf.extend.FSObjectDrawer;
import com.openhtmltopdf.extend.OutputDevice;
import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.pdfboxout.PDFontSupplier;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.render.DefaultObjectDrawerFactory;
import com.openhtmltopdf.render.RenderingContext;
import com.openhtmltopdf.util.XRLog;
import java.awt.Shape;
import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.logging.Level;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;

/**
 * Renders a {@link Certificate} as a one-page PDF in the state style: A4 landscape, a decorative
 * double border, Liberation Serif (bundled, OFL, always embedded as subsets), the issuing body
 * beside the national motto, the form's title, the awardee, the achievement, the decision, the
 * signature, and a QR code of the verification address drawn as vector squares.
 *
 * <p>Thread-safe: the bundled fonts are read once per JVM and parsed once per concurrent render;
 * call {@link #render} from as many threads as there are cores (see {@code docs/benchmarks.md}) or
 * use {@link #renderAll}.
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
    // openhtmltopdf logs every font load and layout pass at INFO on its own console logger.
    for (String logger : XRLog.listRegisteredLoggers()) {
      XRLog.setLevel(logger, Level.WARNING);
    }
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
      .issuer, .motto { position: absolute; top: 17mm; text-align: center; font-size: 13pt;
                        line-height: 1.25; font-weight: bold; }
      .issuer { left: 17mm; width: 110mm; }
      .motto { left: 127mm; width: 153mm; }
      .rule { margin: 1mm auto 0 auto; width: 30mm; border-top: 0.3mm solid #000; }
      .rule.long { width: 58mm; }
      .body { position: absolute; left: 20mm; top: 40mm; width: 257mm; text-align: center; }
      .title { font-size: 40pt; font-weight: bold; color: #b00000; letter-spacing: 1.5pt;
               margin: 0 0 2mm 0; line-height: 1.1; }
      .awarding { font-size: 15pt; font-weight: bold; line-height: 1.3; }
      .awarding.last { font-size: 16pt; font-style: italic; margin-top: 1mm; }
      .name { font-size: 24pt; font-weight: bold; color: #0b2a6f; margin-top: 3mm; line-height: 1.2; }
      .unit { font-size: 15pt; line-height: 1.3; }
      .achievement { font-size: 15pt; font-style: italic; line-height: 1.35; margin: 3mm 18mm 0 18mm; }
      .name.long { font-size: 20pt; }
      .achievement.long { font-size: 13pt; line-height: 1.3; margin: 2mm 8mm 0 8mm; }
      .achievement.longer { font-size: 11.5pt; line-height: 1.25; margin: 2mm 4mm 0 4mm; }
      .left { position: absolute; left: 20mm; top: 140mm; width: 128mm; text-align: left;
              font-size: 11pt; line-height: 1.3; }
      .right { position: absolute; left: 148mm; top: 140mm; width: 129mm; text-align: center;
               font-size: 14pt; line-height: 1.3; }
      .qr { display: block; width: 30mm; height: 30mm; }
      .decision { font-size: 13pt; font-style: italic; margin-bottom: 2mm; }
      .serial { font-size: 11pt; }
      .place { font-style: italic; }
      .signer { font-weight: bold; }
      .sign-name { font-weight: bold; margin-top: 22mm; }
      .stamp { position: absolute; left: 88mm; top: 119mm; width: 121mm; text-align: center;
               font-size: 30pt; font-weight: bold; color: #d00000; border: 1.5mm solid #d00000;
               padding: 0.5mm 4mm; letter-spacing: 3pt; background-color: #ffffff; }
      """;

  private CertificatePdf() {}

  /** The certificate as a one-page PDF. Thread-safe. */
  public static byte[] render(Certificate certificate) {
    return renderXhtml(html(certificate));
  }

  /**
   * Renders well-formed XHTML to PDF with the bundled Liberation Serif faces (family {@link
   * #FONT_FAMILY}): the certificates here, the other state documents in {@link StatePdf}.
   */
  static byte[] renderXhtml(String xhtml) {
    ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024);
    TrueTypeFont[] fonts = FontPool.borrow();
    try (PDDocument doc = new PDDocument()) {
      PdfRendererBuilder builder = new PdfRendererBuilder();
      builder.usePDDocument(doc);
      for (int i = 0; i < FACES.size(); i++) {
        Face face = FACES.get(i);
        builder.useFont(new LazyFont(doc, fonts[i]), FONT_FAMILY, face.weight, face.style, true);
      }
      builder.useObjectDrawerFactory(DRAWERS);
      builder.withW3cDocument(dom(xhtml), null);
      builder.toStream(out);
      builder.run();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } finally {
      FontPool.release(fonts);
    }
    return out.toByteArray();
  }

  private static final DocumentBuilderFactory XML = xmlFactory();

  private static DocumentBuilderFactory xmlFactory() {
    DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
    f.setNamespaceAware(true);
    f.setExpandEntityReferences(false);
    try {
      f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
      f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
    } catch (ParserConfigurationException e) {
      throw new IllegalStateException(e);
    }
    return f;
  }

  /**
   * Parses the generated XHTML here rather than in openhtmltopdf, which sets up a SAX reader and an
   * identity transformer per document (a sixth of the time of a certificate).
   */
  private static Document dom(String xhtml) {
    try {
      DocumentBuilder parser;
      synchronized (XML) {
        parser = XML.newDocumentBuilder();
      }
      return parser.parse(new InputSource(new StringReader(xhtml)));
    } catch (ParserConfigurationException | SAXException | IOException e) {
      throw new IllegalStateException("Certificate markup is not well-formed", e);
    }
  }

  /** Each certificate rendered in order, on the calling thread; see {@link #render}. */
  public static List<byte[]> renderAll(List<Certificate> certificates) {
    return certificates.stream().map(CertificatePdf::render).toList();
  }

  /** The XHTML the PDF is rendered from (for tests and previews). */
  static String html(Certificate c) {
    StringBuilder h = new StringBuilder(4096);
    h.append("<html xmlns=\"http://www.w3.org/1999/xhtml\" lang=\"vi\"><head>")
        .append("<meta charset=\"UTF-8\"/><title>")
        .append(esc(c.title() + " - " + c.awardeeName()))
        .append("</title><style>")
        .append(CSS)
        .append("</style></head><body><div class=\"frame\"><div class=\"inner\"></div></div>");

    h.append("<div class=\"issuer\">");
    lines(h, c.issuerLines());
    if (!c.issuerLines().isEmpty()) {
      h.append("<div class=\"rule\"></div>");
    }
    h.append("</div><div class=\"motto\">");
    lines(h, c.mottoLines());
    if (!c.mottoLines().isEmpty()) {
      h.append("<div class=\"rule long\"></div>");
    }
    h.append("</div>");

    h.append("<div class=\"body\">");
    div(h, "title", c.title());
    for (int i = 0; i < c.awardingLines().size(); i++) {
      boolean last = i == c.awardingLines().size() - 1 && c.awardingLines().size() > 1;
      div(h, last ? "awarding last" : "awarding", c.awardingLines().get(i));
    }
    // The body must end above the signature block (140 mm): long texts are set smaller.
    div(h, c.awardeeName().length() > 45 ? "name long" : "name", c.awardeeName());
    for (String line : c.awardeeLines()) {
      div(h, "unit", line);
    }
    int length = c.achievement().length();
    div(
        h,
        length > 420 ? "achievement longer" : length > 260 ? "achievement long" : "achievement",
        c.achievement());
    h.append("</div>");

    h.append("<div class=\"left\">");
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
    h.append("</div><div class=\"right\">");
    div(h, "place", c.placeDateLine());
    for (String line : c.signerTitleLines()) {
      div(h, "signer", line);
    }
    div(h, "sign-name", c.signerName());
    h.append("</div>");

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

  /** A bundled font face. */
  private record Face(String file, int weight, FontStyle style) {

    byte[] read() {
      try (InputStream in = CertificatePdf.class.getResourceAsStream("/fonts/" + file)) {
        if (in == null) {
          throw new IllegalStateException("Missing bundled font /fonts/" + file);
        }
        return in.readAllBytes();
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }

  /**
   * Parsed fonts, one set per concurrent render: parsing the four faces costs more than laying out
   * a certificate, and a parsed {@link TrueTypeFont} is not safe to share between threads. A render
   * borrows a set and gives it back; the pool grows to the peak number of concurrent renders and
   * keeps at most {@link #MAX_IDLE} sets. GSUB is off: openhtmltopdf measures text without it, and
   * PDFBox would otherwise rebuild its substitution tables for every line drawn.
   */
  private static final class FontPool {
    private static final int MAX_IDLE = 16;
    private static final byte[][] BYTES = FACES.stream().map(Face::read).toArray(byte[][]::new);
    private static final ConcurrentLinkedQueue<TrueTypeFont[]> IDLE = new ConcurrentLinkedQueue<>();
    private static final AtomicInteger IDLE_COUNT = new AtomicInteger();

    static TrueTypeFont[] borrow() {
      TrueTypeFont[] fonts = IDLE.poll();
      if (fonts != null) {
        IDLE_COUNT.decrementAndGet();
        return fonts;
      }
      fonts = new TrueTypeFont[BYTES.length];
      try {
        for (int i = 0; i < BYTES.length; i++) {
          fonts[i] = new TTFParser().parse(new RandomAccessReadBuffer(BYTES[i]));
          fonts[i].setEnableGsub(false);
        }
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      return fonts;
    }

    static void release(TrueTypeFont[] fonts) {
      if (IDLE_COUNT.incrementAndGet() <= MAX_IDLE) {
        IDLE.offer(fonts);
      } else {
        IDLE_COUNT.decrementAndGet();
      }
    }
  }

  /** A face embedded (as a subset) into one document the first time the layout needs it. */
  private static final class LazyFont extends PDFontSupplier {
    private final PDDocument doc;
    private final TrueTypeFont ttf;
    private PDFont font;

    LazyFont(PDDocument doc, TrueTypeFont ttf) {
      super(null);
      this.doc = doc;
      this.ttf = ttf;
    }

    @Override
    public PDFont supply() {
      if (font == null) {
        try {
          font = PDType0Font.load(doc, ttf, true);
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      }
      return font;
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
