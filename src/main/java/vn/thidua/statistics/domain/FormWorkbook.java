package vn.thidua.statistics.domain;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import vn.thidua.statistics.FormTable;

/**
 * A statistics form as .xlsx in the forms' layout: the form's symbol, the reporting and receiving
 * bodies and the deadline at the top, the title and the year, the column headers with their groups
 * and codes (A, B, 1, 2 …), one row per row of the form with its code, then the place and date and
 * the signature block (the person who drew it up, the head of the body).
 */
public final class FormWorkbook {

  private FormWorkbook() {}

  /** Where the header lines and the numbers start (0-based). */
  public static final int HEADER_ROW = 7;

  public static byte[] xlsx(
      FormTable t, String receiver, String deadline, Map<String, String> signature, LocalDate on) {
    try (XSSFWorkbook wb = new XSSFWorkbook();
        ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      Sheet s = wb.createSheet(t.code());
      Font bold = wb.createFont();
      bold.setBold(true);
      bold.setFontName("Times New Roman");
      Font plain = wb.createFont();
      plain.setFontName("Times New Roman");
      Font italic = wb.createFont();
      italic.setItalic(true);
      italic.setFontName("Times New Roman");
      CellStyle title = style(wb, bold, HorizontalAlignment.CENTER, false);
      CellStyle left = style(wb, plain, HorizontalAlignment.LEFT, false);
      CellStyle leftBold = style(wb, bold, HorizontalAlignment.LEFT, false);
      CellStyle center = style(wb, plain, HorizontalAlignment.CENTER, false);
      CellStyle centerItalic = style(wb, italic, HorizontalAlignment.CENTER, false);
      CellStyle head = style(wb, bold, HorizontalAlignment.CENTER, true);
      CellStyle rowLabel = style(wb, plain, HorizontalAlignment.LEFT, true);
      CellStyle rowLabelBold = style(wb, bold, HorizontalAlignment.LEFT, true);
      CellStyle number = style(wb, plain, HorizontalAlignment.CENTER, true);
      int width = t.columns().size() + 2;

      put(s, 0, 0, t.symbol(), leftBold);
      put(s, 1, 0, "Ban hành kèm theo " + t.circular(), left);
      put(s, 2, 0, "Ngày nhận báo cáo: " + deadline + " năm " + t.year(), left);
      put(s, 0, width - 3, "Đơn vị báo cáo: " + t.unitName(), left);
      put(s, 1, width - 3, "Đơn vị nhận báo cáo: " + receiver, left);
      put(s, 3, 0, t.title(), title);
      s.addMergedRegion(new CellRangeAddress(3, 3, 0, width - 1));
      put(s, 4, 0, "Năm " + t.year(), title);
      s.addMergedRegion(new CellRangeAddress(4, 4, 0, width - 1));
      put(s, 5, width - 3, "Đơn vị tính: " + t.countUnit(), centerItalic);

      // Column groups, labels and codes.
      int g = 6;
      int h = HEADER_ROW;
      int codes = HEADER_ROW + 1;
      put(s, g, 0, "", head);
      put(s, g, 1, "Mã số", head);
      put(s, h, 0, "", head);
      put(s, h, 1, "", head);
      s.addMergedRegion(new CellRangeAddress(g, h, 0, 0));
      s.addMergedRegion(new CellRangeAddress(g, h, 1, 1));
      put(s, codes, 0, "A", head);
      put(s, codes, 1, "B", head);
      List<FormTable.Line> cols = t.columns();
      int c = 0;
      while (c < cols.size()) {
        FormTable.Line col = cols.get(c);
        int from = c;
        if (col.group() == null) {
          put(s, g, c + 2, col.label(), head);
          put(s, h, c + 2, "", head);
          s.addMergedRegion(new CellRangeAddress(g, h, c + 2, c + 2));
          put(s, codes, c + 2, col.code(), head);
          c++;
          continue;
        }
        while (c < cols.size() && col.group().equals(cols.get(c).group())) {
          put(s, g, c + 2, col.group(), head);
          put(s, h, c + 2, cols.get(c).label(), head);
          put(s, codes, c + 2, cols.get(c).code(), head);
          c++;
        }
        if (c - 1 > from) {
          s.addMergedRegion(new CellRangeAddress(g, g, from + 2, c + 1));
        }
      }

      int r = codes + 1;
      for (int i = 0; i < t.rows().size(); i++, r++) {
        FormTable.Line line = t.rows().get(i);
        put(
            s,
            r,
            0,
            "  ".repeat(line.indent()) + line.label(),
            line.indent() == 0 ? rowLabelBold : rowLabel);
        put(s, r, 1, line.code(), number);
        for (int j = 0; j < cols.size(); j++) {
          Integer v = t.cell(i, j);
          Cell cell = s.getRow(r).createCell(j + 2);
          cell.setCellStyle(number);
          if (v != null && v != 0) {
            cell.setCellValue(v);
          }
        }
      }

      // Place, date and signatures.
      r += 1;
      put(
          s,
          r,
          width - 3,
          "…, ngày " + on.getDayOfMonth() + " tháng " + on.getMonthValue() + " năm " + on.getYear(),
          centerItalic);
      r++;
      put(s, r, 0, signature.getOrDefault("left", "Người lập biểu"), title);
      put(s, r, width - 3, signature.getOrDefault("right", "Thủ trưởng đơn vị"), title);
      r++;
      put(s, r, 0, signature.getOrDefault("note", "(Ký, họ tên)"), centerItalic);
      put(
          s,
          r,
          width - 3,
          signature.getOrDefault("rightNote", "(Ký, đóng dấu, họ tên)"),
          centerItalic);

      s.setColumnWidth(0, 48 * 256);
      s.setColumnWidth(1, 8 * 256);
      for (int j = 0; j < cols.size(); j++) {
        s.setColumnWidth(j + 2, 12 * 256);
      }
      wb.write(out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static CellStyle style(
      XSSFWorkbook wb, Font font, HorizontalAlignment align, boolean border) {
    CellStyle st = wb.createCellStyle();
    st.setFont(font);
    st.setAlignment(align);
    st.setVerticalAlignment(VerticalAlignment.CENTER);
    st.setWrapText(border);
    if (border) {
      st.setBorderTop(BorderStyle.THIN);
      st.setBorderBottom(BorderStyle.THIN);
      st.setBorderLeft(BorderStyle.THIN);
      st.setBorderRight(BorderStyle.THIN);
    }
    return st;
  }

  private static void put(Sheet s, int row, int col, String text, CellStyle style) {
    Row r = s.getRow(row) == null ? s.createRow(row) : s.getRow(row);
    Cell c = r.createCell(Math.max(0, col));
    c.setCellValue(text);
    c.setCellStyle(style);
  }
}
