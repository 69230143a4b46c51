package vn.thidua.document;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.util.List;
import org.apache.poi.xwpf.usermodel.BreakType;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTBorder;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTFonts;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageSz;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblBorders;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblWidth;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STBorder;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STTblWidth;
import vn.thidua.kernel.VietnameseText;

/**
 * Writes a {@link StateDocument} as .docx in the state format (Nghị định 30/2020/NĐ-CP, Phụ lục I):
 * A4, margins 20/20/30/15 mm, Times New Roman 13–14 pt, the issuing body beside the national motto,
 * the title centred in bold, recipients beside the signature.
 */
public final class StateDocxWriter {

  private static final String FONT = "Times New Roman";
  private static final int PAGE_WIDTH = 11906;
  private static final int PAGE_HEIGHT = 16838;
  private static final int MARGIN_TOP = 1134;
  private static final int MARGIN_BOTTOM = 1134;
  private static final int MARGIN_LEFT = 1701;
  private static final int MARGIN_RIGHT = 850;
  private static final int TEXT_WIDTH = PAGE_WIDTH - MARGIN_LEFT - MARGIN_RIGHT;

  private StateDocxWriter() {}

  public static byte[] write(StateDocument doc) {
    try (XWPFDocument docx = new XWPFDocument();
        ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      page(docx);
      header(docx, doc);
      for (StateDocument.Block b : doc.blocks()) {
        block(docx, b);
      }
      closing(docx, doc);
      if (!doc.attachment().isEmpty()) {
        XWPFParagraph br = docx.createParagraph();
        br.createRun().addBreak(BreakType.PAGE);
        for (StateDocument.Block b : doc.attachment()) {
          block(docx, b);
        }
      }
      docx.write(out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void page(XWPFDocument docx) {
    CTSectPr sect =
        docx.getDocument().getBody().isSetSectPr()
            ? docx.getDocument().getBody().getSectPr()
            : docx.getDocument().getBody().addNewSectPr();
    CTPageSz size = sect.isSetPgSz() ? sect.getPgSz() : sect.addNewPgSz();
    size.setW(BigInteger.valueOf(PAGE_WIDTH));
    size.setH(BigInteger.valueOf(PAGE_HEIGHT));
    CTPageMar mar = sect.isSetPgMar() ? sect.getPgMar() : sect.addNewPgMar();
    mar.setTop(BigInteger.valueOf(MARGIN_TOP));
    mar.setBottom(BigInteger.valueOf(MARGIN_BOTTOM));
    mar.setLeft(BigInteger.valueOf(MARGIN_LEFT));
    mar.setRight(BigInteger.valueOf(MARGIN_RIGHT));
    mar.setHeader(BigInteger.valueOf(567));
    mar.setFooter(BigInteger.valueOf(567));
  }

  private static void header(XWPFDocument docx, StateDocument doc) {
    XWPFTable table = borderless(docx, 2, new int[] {TEXT_WIDTH * 44 / 100, TEXT_WIDTH * 56 / 100});
    XWPFTableCell left = table.getRow(0).getCell(0);
    XWPFTableCell right = table.getRow(0).getCell(1);
    XWPFParagraph first = left.getParagraphs().getFirst();
    boolean used = false;
    if (doc.issuerParent() != null) {
      line(first, doc.issuerParent(), 12, false, false);
      used = true;
    }
    if (doc.issuerName() != null) {
      XWPFParagraph p = used ? left.addParagraph() : first;
      line(p, doc.issuerName(), 12, true, false);
      used = true;
    }
    rule(used ? left.addParagraph() : first, 1200);
    line(left.addParagraph(), doc.numberLine(), 13, false, false);
    XWPFParagraph motto = right.getParagraphs().getFirst();
    line(motto, "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", 12, true, false);
    line(right.addParagraph(), "Độc lập - Tự do - Hạnh phúc", 13, true, false);
    rule(right.addParagraph(), 2200);
    XWPFParagraph date = right.addParagraph();
    line(date, doc.placeDateLine(), 14, false, true);
    docx.createParagraph();
  }

  private static void block(XWPFDocument docx, StateDocument.Block b) {
    if (b.kind() == StateDocument.Kind.TABLE) {
      table(docx, b.rows());
      return;
    }
    XWPFParagraph p = docx.createParagraph();
    switch (b.kind()) {
      case DOCUMENT_TYPE -> {
        center(p, 6);
        run(p, b.text(), 14, true, false);
      }
      case TITLE -> {
        center(p, 0);
        run(p, b.text(), 14, true, false);
        rule(docx.createParagraph(), 2000);
      }
      case SUBTITLE -> {
        center(p, 6);
        run(p, b.text(), 14, false, true);
      }
      case CENTERED -> {
        center(p, 6);
        run(p, b.text(), 14, true, false);
      }
      case HEADING -> {
        body(p);
        run(p, b.text(), 14, true, false);
      }
      case PARAGRAPH -> {
        body(p);
        run(p, b.text(), 14, false, false);
      }
      case TABLE -> throw new IllegalStateException("handled above");
    }
  }

  /**
   * A table across the text width, single borders, 13 pt, the header row bold, centred and repeated
   * on every page; columns get widths by the longest text in them (between 8 % and 45 %), short
   * columns (STT, numbers) centred.
   */
  private static void table(XWPFDocument docx, List<List<String>> rows) {
    int columns = rows.stream().mapToInt(List::size).max().orElse(1);
    int[] longest = new int[columns];
    for (List<String> row : rows) {
      for (int c = 0; c < row.size(); c++) {
        longest[c] = Math.max(longest[c], row.get(c).length());
      }
    }
    double[] weight = new double[columns];
    double total = 0;
    for (int c = 0; c < columns; c++) {
      weight[c] = Math.max(6, longest[c]);
      total += weight[c];
    }
    int[] widths = new int[columns];
    for (int c = 0; c < columns; c++) {
      double share = Math.clamp(weight[c] / total, 0.08, 0.45);
      widths[c] = (int) Math.round(TEXT_WIDTH * share);
    }
    int sum = java.util.Arrays.stream(widths).sum();
    widths[argMax(widths)] += TEXT_WIDTH - sum;

    XWPFTable table = docx.createTable(rows.size(), columns);
    CTTblPr pr =
        table.getCTTbl().getTblPr() == null
            ? table.getCTTbl().addNewTblPr()
            : table.getCTTbl().getTblPr();
    CTTblWidth w = pr.isSetTblW() ? pr.getTblW() : pr.addNewTblW();
    w.setType(STTblWidth.DXA);
    w.setW(BigInteger.valueOf(TEXT_WIDTH));
    var grid =
        table.getCTTbl().getTblGrid() == null
            ? table.getCTTbl().addNewTblGrid()
            : table.getCTTbl().getTblGrid();
    while (grid.sizeOfGridColArray() > 0) {
      grid.removeGridCol(0);
    }
    for (int width : widths) {
      grid.addNewGridCol().setW(BigInteger.valueOf(width));
    }
    CTTblBorders borders = pr.isSetTblBorders() ? pr.getTblBorders() : pr.addNewTblBorders();
    for (CTBorder b :
        new CTBorder[] {
          borders.isSetTop() ? borders.getTop() : borders.addNewTop(),
          borders.isSetBottom() ? borders.getBottom() : borders.addNewBottom(),
          borders.isSetLeft() ? borders.getLeft() : borders.addNewLeft(),
          borders.isSetRight() ? borders.getRight() : borders.addNewRight(),
          borders.isSetInsideH() ? borders.getInsideH() : borders.addNewInsideH(),
          borders.isSetInsideV() ? borders.getInsideV() : borders.addNewInsideV()
        }) {
      b.setVal(STBorder.SINGLE);
      b.setSz(BigInteger.valueOf(4));
      b.setSpace(BigInteger.ZERO);
      b.setColor("000000");
    }
    for (int r = 0; r < rows.size(); r++) {
      List<String> row = rows.get(r);
      boolean header = r == 0;
      if (header) {
        var trPr =
            table.getRow(0).getCtRow().isSetTrPr()
                ? table.getRow(0).getCtRow().getTrPr()
                : table.getRow(0).getCtRow().addNewTrPr();
        trPr.addNewTblHeader();
      }
      for (int c = 0; c < columns; c++) {
        XWPFTableCell cell = table.getRow(r).getCell(c);
        cell.setWidth(Integer.toString(widths[c]));
        cell.setVerticalAlignment(XWPFTableCell.XWPFVertAlign.CENTER);
        XWPFParagraph p = cell.getParagraphs().getFirst();
        boolean centred = header || longest[c] <= 6;
        p.setAlignment(centred ? ParagraphAlignment.CENTER : ParagraphAlignment.LEFT);
        p.setSpacingBefore(40);
        p.setSpacingAfter(40);
        String text = c < row.size() ? row.get(c) : "";
        if (!text.isEmpty()) {
          run(p, text, 13, header, false);
        }
      }
    }
    docx.createParagraph();
  }

  private static int argMax(int[] values) {
    int best = 0;
    for (int i = 1; i < values.length; i++) {
      if (values[i] > values[best]) {
        best = i;
      }
    }
    return best;
  }

  private static void closing(XWPFDocument docx, StateDocument doc) {
    if (doc.recipients().isEmpty() && doc.signature() == null) {
      return;
    }
    docx.createParagraph();
    XWPFTable table = borderless(docx, 2, new int[] {TEXT_WIDTH * 50 / 100, TEXT_WIDTH * 50 / 100});
    XWPFTableCell left = table.getRow(0).getCell(0);
    XWPFTableCell right = table.getRow(0).getCell(1);
    XWPFParagraph title = left.getParagraphs().getFirst();
    if (!doc.recipients().isEmpty()) {
      title.setSpacingAfter(0);
      run(title, "Nơi nhận:", 12, true, true);
      List<String> r = doc.recipients();
      for (int i = 0; i < r.size(); i++) {
        XWPFParagraph item = left.addParagraph();
        item.setSpacingAfter(0);
        run(item, "- " + r.get(i) + (i == r.size() - 1 ? "." : ";"), 11, false, false);
      }
    }
    StateDocument.Signature s = doc.signature();
    if (s != null) {
      XWPFParagraph p = right.getParagraphs().getFirst();
      boolean used = false;
      for (String line : s.lines()) {
        XWPFParagraph lp = used ? right.addParagraph() : p;
        line(lp, line, 14, true, false);
        used = true;
      }
      for (int i = 0; i < 3; i++) {
        right.addParagraph();
      }
      if (s.name() != null) {
        line(right.addParagraph(), s.name(), 14, true, false);
      }
    }
  }

  private static XWPFTable borderless(XWPFDocument docx, int columns, int[] widths) {
    XWPFTable table = docx.createTable(1, columns);
    CTTblPr pr =
        table.getCTTbl().getTblPr() == null
            ? table.getCTTbl().addNewTblPr()
            : table.getCTTbl().getTblPr();
    CTTblWidth w = pr.isSetTblW() ? pr.getTblW() : pr.addNewTblW();
    w.setType(STTblWidth.DXA);
    w.setW(BigInteger.valueOf(TEXT_WIDTH));
    CTTblBorders borders = pr.isSetTblBorders() ? pr.getTblBorders() : pr.addNewTblBorders();
    for (CTBorder b :
        new CTBorder[] {
          borders.isSetTop() ? borders.getTop() : borders.addNewTop(),
          borders.isSetBottom() ? borders.getBottom() : borders.addNewBottom(),
          borders.isSetLeft() ? borders.getLeft() : borders.addNewLeft(),
          borders.isSetRight() ? borders.getRight() : borders.addNewRight(),
          borders.isSetInsideH() ? borders.getInsideH() : borders.addNewInsideH(),
          borders.isSetInsideV() ? borders.getInsideV() : borders.addNewInsideV()
        }) {
      b.setVal(STBorder.NONE);
    }
    for (int c = 0; c < columns; c++) {
      XWPFTableCell cell = table.getRow(0).getCell(c);
      cell.setWidth(Integer.toString(widths[c]));
    }
    return table;
  }

  private static void line(XWPFParagraph p, String text, int size, boolean bold, boolean italic) {
    center(p, 0);
    if (text != null) {
      run(p, text, size, bold, italic);
    }
  }

  /**
   * A short horizontal rule under a centred line (a bottom border on an indented empty paragraph).
   */
  private static void rule(XWPFParagraph p, int width) {
    center(p, 0);
    CTPPr ppr = p.getCTP().isSetPPr() ? p.getCTP().getPPr() : p.getCTP().addNewPPr();
    var border = ppr.isSetPBdr() ? ppr.getPBdr() : ppr.addNewPBdr();
    CTBorder bottom = border.addNewBottom();
    bottom.setVal(STBorder.SINGLE);
    bottom.setSz(BigInteger.valueOf(6));
    bottom.setSpace(BigInteger.ONE);
    bottom.setColor("000000");
    p.setIndentationLeft(0);
    p.setIndentationRight(0);
    var ind = ppr.isSetInd() ? ppr.getInd() : ppr.addNewInd();
    int side = Math.max(0, (TEXT_WIDTH / 2 - width) / 2);
    ind.setLeft(BigInteger.valueOf(side));
    ind.setRight(BigInteger.valueOf(side));
    var spacing = ppr.isSetSpacing() ? ppr.getSpacing() : ppr.addNewSpacing();
    spacing.setLine(BigInteger.valueOf(60));
    spacing.setAfter(BigInteger.valueOf(120));
  }

  private static void center(XWPFParagraph p, int afterPt) {
    p.setAlignment(ParagraphAlignment.CENTER);
    p.setSpacingAfter(afterPt * 20);
    p.setSpacingBefore(0);
  }

  private static void body(XWPFParagraph p) {
    p.setAlignment(ParagraphAlignment.BOTH);
    p.setFirstLineIndent(567);
    p.setSpacingAfter(120);
    p.setSpacingBetween(1.15);
  }

  private static void run(XWPFParagraph p, String text, int size, boolean bold, boolean italic) {
    XWPFRun r = p.createRun();
    r.setText(VietnameseText.nfc(text));
    r.setBold(bold);
    r.setItalic(italic);
    r.setFontSize(size);
    r.setFontFamily(FONT);
    CTFonts fonts =
        r.getCTR().isSetRPr() && r.getCTR().getRPr().sizeOfRFontsArray() > 0
            ? r.getCTR().getRPr().getRFontsArray(0)
            : r.getCTR().addNewRPr().addNewRFonts();
    fonts.setAscii(FONT);
    fonts.setHAnsi(FONT);
    fonts.setCs(FONT);
    fonts.setEastAsia(FONT);
  }
}
