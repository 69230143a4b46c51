package vn.thidua.document;

import java.util.List;

/**
 * A {@link StateDocument} as PDF, laid out as {@link StateDocxWriter} lays out the .docx (Nghị định
 * 30/2020/NĐ-CP, Phụ lục I): A4, margins 20/20/30/15 mm, a serif face of 13–14 pt, the issuing body
 * above the number beside the national motto and the place and date, the body justified with a
 * first-line indent, tables with borders and a repeated header, recipients beside the signature.
 * The bundled Liberation Serif stands for Times New Roman (same metrics).
 */
public final class StatePdf {

  private static final String CSS =
      """
      @page { size: A4; margin: 20mm 15mm 20mm 30mm;
              @bottom-center { content: counter(page); font-family: 'Liberation Serif'; font-size: 11pt; } }
      @page :first { @bottom-center { content: none; } }
      body { font-family: 'Liberation Serif'; font-size: 14pt; line-height: 1.25; margin: 0; }
      table.head, table.closing { width: 100%; border-collapse: collapse; }
      table.head td, table.closing td { vertical-align: top; padding: 0; }
      .head .left { width: 44%; text-align: center; font-size: 12pt; }
      .head .right { width: 56%; text-align: center; }
      .upper { text-transform: uppercase; }
      .b { font-weight: bold; }
      .i { font-style: italic; }
      .rule { border-top: 0.5pt solid #000; margin: 1pt auto 4pt auto; }
      .rule.short { width: 25%; }
      .rule.long { width: 62%; }
      .nation { font-size: 12pt; font-weight: bold; }
      .motto { font-size: 13pt; font-weight: bold; }
      .number { font-size: 13pt; }
      .date { font-size: 14pt; font-style: italic; }
      .type, .centered { text-align: center; font-weight: bold; margin-top: 12pt; }
      .title { text-align: center; font-weight: bold; }
      .subtitle { text-align: center; font-style: italic; }
      p.h, p.p { text-align: justify; text-indent: 10mm; margin: 0 0 6pt 0; }
      p.h { font-weight: bold; }
      table.grid { width: 100%; border-collapse: collapse; margin: 6pt 0; font-size: 13pt;
                   -fs-table-paginate: paginate; }
      table.grid th, table.grid td { border: 0.5pt solid #000; padding: 2pt 4pt; vertical-align: top; }
      table.grid th { font-weight: bold; text-align: center; }
      .closing .left { width: 50%; font-size: 11pt; }
      .closing .right { width: 50%; text-align: center; font-weight: bold; }
      .recipients-title { font-size: 12pt; font-weight: bold; font-style: italic; }
      .sign-name { margin-top: 60pt; }
      .attachment { page-break-before: always; }
      """;

  private StatePdf() {}

  /** The document as PDF. Thread-safe. */
  public static byte[] render(StateDocument doc) {
    return CertificatePdf.renderXhtml(html(doc));
  }

  /** The XHTML the PDF is rendered from (for tests). */
  static String html(StateDocument doc) {
    StringBuilder h = new StringBuilder(16 * 1024);
    h.append("<html xmlns=\"http://www.w3.org/1999/xhtml\" lang=\"vi\"><head>")
        .append("<meta charset=\"UTF-8\"/><title>")
        .append(esc(title(doc)))
        .append("</title><style>")
        .append(CSS)
        .append("</style></head><body>");
    header(h, doc);
    blocks(h, doc.blocks());
    closing(h, doc);
    if (!doc.attachment().isEmpty()) {
      h.append("<div class=\"attachment\">");
      blocks(h, doc.attachment());
      h.append("</div>");
    }
    return h.append("</body></html>").toString();
  }

  private static String title(StateDocument doc) {
    for (StateDocument.Block b : doc.blocks()) {
      if (b.kind() == StateDocument.Kind.TITLE && b.text() != null) {
        return b.text();
      }
    }
    return doc.issuerName() == null ? "" : doc.issuerName();
  }

  private static void header(StringBuilder h, StateDocument doc) {
    h.append("<table class=\"head\"><tr><td class=\"left\">");
    if (doc.issuerParent() != null) {
      div(h, "upper", doc.issuerParent());
    }
    if (doc.issuerName() != null) {
      div(h, "upper b", doc.issuerName());
    }
    h.append("<div class=\"rule short\"></div>");
    div(h, "number", doc.numberLine());
    h.append("</td><td class=\"right\">");
    div(h, "nation", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM");
    div(h, "motto", "Độc lập - Tự do - Hạnh phúc");
    h.append("<div class=\"rule long\"></div>");
    div(h, "date", doc.placeDateLine());
    h.append("</td></tr></table>");
  }

  private static void blocks(StringBuilder h, List<StateDocument.Block> blocks) {
    for (StateDocument.Block b : blocks) {
      switch (b.kind()) {
        case DOCUMENT_TYPE -> div(h, "type", b.text());
        case TITLE -> {
          div(h, "title", b.text());
          h.append("<div class=\"rule short\"></div>");
        }
        case SUBTITLE -> div(h, "subtitle", b.text());
        case CENTERED -> div(h, "centered", b.text());
        case HEADING -> p(h, "h", b.text());
        case PARAGRAPH -> p(h, "p", b.text());
        case TABLE -> table(h, b.rows());
      }
    }
  }

  private static void table(StringBuilder h, List<List<String>> rows) {
    int columns = rows.stream().mapToInt(List::size).max().orElse(1);
    h.append("<table class=\"grid\"><thead><tr>");
    for (int c = 0; c < columns; c++) {
      List<String> head = rows.getFirst();
      h.append("<th>").append(esc(c < head.size() ? head.get(c) : "")).append("</th>");
    }
    h.append("</tr></thead><tbody>");
    for (List<String> row : rows.subList(1, rows.size())) {
      h.append("<tr>");
      for (int c = 0; c < columns; c++) {
        h.append("<td>").append(esc(c < row.size() ? row.get(c) : "")).append("</td>");
      }
      h.append("</tr>");
    }
    h.append("</tbody></table>");
  }

  private static void closing(StringBuilder h, StateDocument doc) {
    if (doc.recipients().isEmpty() && doc.signature() == null) {
      return;
    }
    h.append("<table class=\"closing\"><tr><td class=\"left\">");
    List<String> r = doc.recipients();
    if (!r.isEmpty()) {
      div(h, "recipients-title", "Nơi nhận:");
      for (int i = 0; i < r.size(); i++) {
        div(h, "", "- " + r.get(i) + (i == r.size() - 1 ? "." : ";"));
      }
    }
    h.append("</td><td class=\"right\">");
    StateDocument.Signature s = doc.signature();
    if (s != null) {
      for (String line : s.lines()) {
        div(h, "upper", line);
      }
      if (s.name() != null) {
        div(h, "sign-name", s.name());
      }
    }
    h.append("</td></tr></table>");
  }

  private static void div(StringBuilder h, String css, String text) {
    h.append("<div class=\"").append(css).append("\">").append(esc(text)).append("</div>");
  }

  private static void p(StringBuilder h, String css, String text) {
    h.append("<p class=\"").append(css).append("\">").append(esc(text)).append("</p>");
  }

  private static String esc(String s) {
    return s == null ? "" : CertificatePdf.esc(s);
  }
}
