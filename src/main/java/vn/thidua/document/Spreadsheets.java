package vn.thidua.document;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import vn.thidua.kernel.VietnameseText;

/** Reads and writes simple .xlsx tables: a header row, then one record per row. */
public final class Spreadsheets {

  private Spreadsheets() {}

  /**
   * A cell as text (NFC, trimmed, inner white space one space), with its date value when the cell
   * holds a date; {@code broken} keeps the text as typed when it has line breaks (Alt+Enter), for
   * {@link #lines()}, and is null otherwise.
   */
  public record CellValue(String text, LocalDate date, boolean numeric, String broken) {
    public CellValue(String text, LocalDate date, boolean numeric) {
      this(text, date, numeric, null);
    }

    static CellValue ofText(String typed, boolean numeric) {
      String text = VietnameseText.clean(typed);
      return new CellValue(
          text == null ? "" : text,
          null,
          numeric,
          typed != null && typed.indexOf('\n') >= 0 ? typed : null);
    }

    public boolean blank() {
      return text == null || text.isEmpty();
    }

    /** The cell's lines as typed (each cleaned, blank lines left out): one per Alt+Enter. */
    public List<String> lines() {
      if (broken == null) {
        return blank() ? List.of() : List.of(text);
      }
      List<String> out = new ArrayList<>();
      for (String line : broken.split("\r?\n")) {
        String clean = VietnameseText.cleanOrNull(line);
        if (clean != null) {
          out.add(clean);
        }
      }
      return List.copyOf(out);
    }
  }

  /** A data row: its number as Excel shows it (1-based) and its cells by column index. */
  public record SheetRow(int number, List<CellValue> cells) {
    public CellValue cell(int column) {
      return column < cells.size() ? cells.get(column) : new CellValue("", null, false);
    }

    public boolean blank() {
      return cells.stream().allMatch(CellValue::blank);
    }
  }

  /** The first sheet: its header texts and its non-blank data rows. */
  public record Table(List<String> headers, List<SheetRow> rows) {}

  /** The letter of a column ("A", "B", … "AA"). */
  public static String columnLetter(int index) {
    return CellReference.convertNumToColString(index);
  }

  /**
   * Reads the first sheet of an .xlsx file.
   *
   * @throws InvalidSpreadsheet when the bytes are not a readable .xlsx workbook
   */
  public static Table read(InputStream in) {
    byte[] bytes;
    try {
      bytes = in.readNBytes((int) OfficeLimits.MAX_COMPRESSED + 1);
    } catch (IOException e) {
      throw new InvalidSpreadsheet(e);
    }
    try {
      OfficeLimits.check(bytes);
    } catch (OfficeLimits.NotAZip e) {
      throw new InvalidSpreadsheet(e);
    }
    DataFormatter formatter = new DataFormatter(java.util.Locale.forLanguageTag("vi"));
    try (Workbook workbook = new XSSFWorkbook(new java.io.ByteArrayInputStream(bytes))) {
      if (workbook.getNumberOfSheets() == 0) {
        return new Table(List.of(), List.of());
      }
      Sheet sheet = workbook.getSheetAt(0);
      if (sheet.getLastRowNum() >= OfficeLimits.MAX_ROWS) {
        throw new OfficeLimits.OfficeFileRefused("office.too-many-rows");
      }
      List<String> headers = new ArrayList<>();
      List<SheetRow> rows = new ArrayList<>();
      int first = sheet.getFirstRowNum();
      for (Row row : sheet) {
        List<CellValue> cells = new ArrayList<>();
        short last = row.getLastCellNum();
        for (int c = 0; c < Math.max(0, last); c++) {
          Cell cell = row.getCell(c);
          cells.add(value(cell, formatter));
        }
        if (row.getRowNum() == first) {
          cells.forEach(v -> headers.add(v.text()));
          continue;
        }
        SheetRow sheetRow = new SheetRow(row.getRowNum() + 1, cells);
        if (!sheetRow.blank()) {
          rows.add(sheetRow);
        }
      }
      return new Table(headers, rows);
    } catch (OfficeLimits.OfficeFileRefused e) {
      throw e;
    } catch (IOException | RuntimeException | StackOverflowError e) {
      throw new InvalidSpreadsheet(e);
    }
  }

  private static CellValue value(Cell cell, DataFormatter formatter) {
    if (cell == null) {
      return new CellValue("", null, false);
    }
    CellType type =
        cell.getCellType() == CellType.FORMULA
            ? cell.getCachedFormulaResultType()
            : cell.getCellType();
    if (type == CellType.NUMERIC && DateUtil.isCellDateFormatted(cell)) {
      LocalDateTime dt = cell.getLocalDateTimeCellValue();
      LocalDate date = dt == null ? null : dt.toLocalDate();
      return new CellValue(date == null ? "" : date.toString(), date, true);
    }
    return CellValue.ofText(formatter.formatCellValue(cell), type == CellType.NUMERIC);
  }

  /**
   * The first sheet read by the streaming reader ({@link #stream}) into a table: faster than {@link
   * #read} on large files; a formula cell gives its cached result.
   */
  public static Table table(byte[] bytes) {
    List<String> headers = new ArrayList<>();
    List<SheetRow> rows = new ArrayList<>();
    stream(
        bytes,
        new RowHandler() {
          @Override
          public void headers(List<String> h) {
            headers.addAll(h);
          }

          @Override
          public void row(SheetRow row) {
            rows.add(row);
          }
        });
    return new Table(headers, rows);
  }

  /** Receives a workbook's first sheet row by row: {@link #stream}. */
  public interface RowHandler {
    /** The header row's texts, once, before any data row. */
    void headers(List<String> headers);

    /** A non-blank data row. */
    void row(SheetRow row);

    /**
     * The last row number the sheet declares (its {@code dimension}), before any row: an estimate
     * of the size for progress; not called when the sheet does not say.
     */
    default void declaredLastRow(int rowNumber) {}
  }

  /**
   * Reads the first sheet of an .xlsx file as a stream of rows (SAX, no workbook in memory): the
   * same limits and the same cell values as {@link #read}, for imports of up to {@link
   * OfficeLimits#MAX_ROWS} rows.
   *
   * @throws InvalidSpreadsheet when the bytes are not a readable .xlsx workbook
   * @throws OfficeLimits.OfficeFileRefused over a limit
   */
  public static void stream(byte[] bytes, RowHandler handler) {
    try {
      OfficeLimits.check(bytes);
    } catch (OfficeLimits.NotAZip e) {
      throw new InvalidSpreadsheet(e);
    }
    try (org.apache.poi.openxml4j.opc.OPCPackage pkg =
        org.apache.poi.openxml4j.opc.OPCPackage.open(new java.io.ByteArrayInputStream(bytes))) {
      org.apache.poi.xssf.eventusermodel.XSSFReader reader =
          new org.apache.poi.xssf.eventusermodel.XSSFReader(pkg);
      org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable strings =
          new org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable(pkg);
      org.apache.poi.xssf.model.StylesTable styles = reader.getStylesTable();
      java.util.Iterator<InputStream> sheets = reader.getSheetsData();
      if (!sheets.hasNext()) {
        return;
      }
      DateAwareFormatter formatter = new DateAwareFormatter();
      StreamedSheet contents = new StreamedSheet(handler, formatter);
      try (InputStream sheet = new java.io.BufferedInputStream(sheets.next(), 8192)) {
        declaredLastRow(sheet).ifPresent(handler::declaredLastRow);
        org.xml.sax.XMLReader xml = org.apache.poi.util.XMLHelper.newXMLReader();
        xml.setContentHandler(new SheetXml(styles, strings, contents, formatter));
        xml.parse(new org.xml.sax.InputSource(sheet));
      }
      contents.finish();
    } catch (OfficeLimits.OfficeFileRefused e) {
      throw e;
    } catch (org.xml.sax.SAXException e) {
      if (e.getCause() instanceof OfficeLimits.OfficeFileRefused refused) {
        throw refused;
      }
      throw new InvalidSpreadsheet(e);
    } catch (IOException
        | org.apache.poi.openxml4j.exceptions.OpenXML4JException
        | javax.xml.parsers.ParserConfigurationException
        | RuntimeException
        | StackOverflowError e) {
      if (e instanceof OfficeLimits.OfficeFileRefused refused) {
        throw refused;
      }
      throw new InvalidSpreadsheet(e);
    }
  }

  private static final java.util.regex.Pattern DIMENSION =
      java.util.regex.Pattern.compile("<(?:\\w+:)?dimension\\s+ref=\"[A-Z]+\\d+:[A-Z]+(\\d+)\"");

  /** The last row of the sheet's {@code <dimension ref="A1:I1001"/>}, read from its first bytes. */
  private static java.util.OptionalInt declaredLastRow(InputStream sheet) throws IOException {
    sheet.mark(4096);
    byte[] head = sheet.readNBytes(4096);
    sheet.reset();
    java.util.regex.Matcher m =
        DIMENSION.matcher(new String(head, java.nio.charset.StandardCharsets.UTF_8));
    if (!m.find() || m.group(1).length() > 7) {
      return java.util.OptionalInt.empty();
    }
    return java.util.OptionalInt.of(Integer.parseInt(m.group(1)));
  }

  /**
   * A lean reader of the sheet's XML (rows, cells, values): what POI's {@code XSSFSheetXMLHandler}
   * does for the cells an import reads, several times faster on 100,000 rows. Shared and inline
   * strings, booleans, errors and numbers (formatted by their style, dates recognised by the
   * formatter).
   */
  private static final class SheetXml extends org.xml.sax.helpers.DefaultHandler {
    private final org.apache.poi.xssf.model.StylesTable styles;
    private final org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable strings;
    private final StreamedSheet sheet;
    private final DataFormatter formatter;
    private final StringBuilder text = new StringBuilder();
    private boolean collecting;
    private boolean inInline;
    private String type;
    private String style;
    private String reference;
    private boolean hasValue;
    private int row = -1;

    SheetXml(
        org.apache.poi.xssf.model.StylesTable styles,
        org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable strings,
        StreamedSheet sheet,
        DataFormatter formatter) {
      this.styles = styles;
      this.strings = strings;
      this.sheet = sheet;
      this.formatter = formatter;
    }

    private static String name(String localName, String qName) {
      if (localName != null && !localName.isEmpty()) {
        return localName;
      }
      int colon = qName.indexOf(':');
      return colon < 0 ? qName : qName.substring(colon + 1);
    }

    @Override
    public void startElement(
        String uri, String localName, String qName, org.xml.sax.Attributes attributes) {
      switch (name(localName, qName)) {
        case "row" -> {
          String r = attributes.getValue("r");
          row = r == null ? row + 1 : Integer.parseInt(r) - 1;
          sheet.startRow(row);
        }
        case "c" -> {
          type = attributes.getValue("t");
          style = attributes.getValue("s");
          reference = attributes.getValue("r");
          text.setLength(0);
          hasValue = false;
        }
        case "v" -> {
          collecting = true;
          hasValue = true;
          text.setLength(0);
        }
        case "is" -> {
          inInline = true;
          hasValue = true;
          text.setLength(0);
        }
        case "t" -> collecting = inInline;
        default -> {}
      }
    }

    @Override
    public void characters(char[] ch, int start, int length) {
      if (collecting) {
        text.append(ch, start, length);
      }
    }

    @Override
    public void endElement(String uri, String localName, String qName) {
      switch (name(localName, qName)) {
        case "v", "t" -> collecting = false;
        case "is" -> inInline = false;
        case "c" -> {
          if (hasValue) {
            sheet.cell(reference, value(), null);
          }
        }
        case "row" -> sheet.endRow(row);
        default -> {}
      }
    }

    private String value() {
      String raw = text.toString();
      if (type == null || type.equals("n")) {
        if (raw.isEmpty()) {
          return "";
        }
        double number = Double.parseDouble(raw);
        int formatIndex = 0;
        String format = "General";
        if (style != null && styles != null) {
          org.apache.poi.xssf.usermodel.XSSFCellStyle cellStyle =
              styles.getStyleAt(Integer.parseInt(style));
          if (cellStyle != null) {
            formatIndex = cellStyle.getDataFormat();
            String f = cellStyle.getDataFormatString();
            format =
                f == null
                    ? org.apache.poi.ss.usermodel.BuiltinFormats.getBuiltinFormat(formatIndex)
                    : f;
            if (format == null) {
              format = "General";
            }
          }
        }
        return formatter.formatRawCellContents(number, formatIndex, format);
      }
      return switch (type) {
        case "s" -> strings.getItemAt(Integer.parseInt(raw.trim())).getString();
        case "b" -> raw.equals("1") || raw.equalsIgnoreCase("true") ? "TRUE" : "FALSE";
        default -> raw; // inlineStr, str (a formula's text), e (an error)
      };
    }
  }

  /** Formats numbers as {@link #read} does and remembers the date of a date-formatted cell. */
  private static final class DateAwareFormatter extends DataFormatter {
    private LocalDate date;

    DateAwareFormatter() {
      super(java.util.Locale.forLanguageTag("vi"));
    }

    @Override
    public String formatRawCellContents(
        double value, int formatIndex, String formatString, boolean use1904Windowing) {
      if (DateUtil.isADateFormat(formatIndex, formatString) && DateUtil.isValidExcelDate(value)) {
        LocalDateTime dt = DateUtil.getLocalDateTime(value, use1904Windowing);
        date = dt == null ? null : dt.toLocalDate();
        return date == null ? "" : date.toString();
      }
      return super.formatRawCellContents(value, formatIndex, formatString, use1904Windowing);
    }

    LocalDate takeDate() {
      LocalDate d = date;
      date = null;
      return d;
    }
  }

  /** Collects the cells of each row and hands complete rows on. */
  private static final class StreamedSheet
      implements org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler.SheetContentsHandler {
    private final RowHandler handler;
    private final DateAwareFormatter formatter;
    private final List<CellValue> cells = new ArrayList<>();
    private int rowNumber;
    private int next;
    private boolean headerSeen;
    private int count;

    StreamedSheet(RowHandler handler, DateAwareFormatter formatter) {
      this.handler = handler;
      this.formatter = formatter;
    }

    @Override
    public void startRow(int rowNum) {
      if (rowNum >= OfficeLimits.MAX_ROWS || ++count > OfficeLimits.MAX_ROWS) {
        throw new OfficeLimits.OfficeFileRefused("office.too-many-rows");
      }
      rowNumber = rowNum;
      cells.clear();
      next = 0;
      formatter.takeDate();
    }

    @Override
    public void cell(
        String reference,
        String formattedValue,
        org.apache.poi.xssf.usermodel.XSSFComment comment) {
      int column = reference == null ? next : column(reference);
      if (column >= 1024) {
        throw new IllegalArgumentException("too many columns");
      }
      while (cells.size() < column) {
        cells.add(new CellValue("", null, false));
      }
      LocalDate date = formatter.takeDate();
      if (date != null) {
        cells.add(new CellValue(date.toString(), date, true));
      } else {
        cells.add(CellValue.ofText(formattedValue, false));
      }
      next = column + 1;
    }

    /** The column index of a reference such as "AB12" (letters, then the row number). */
    private static int column(String reference) {
      int col = 0;
      int i = 0;
      for (; i < reference.length(); i++) {
        char c = reference.charAt(i);
        if (c >= 'A' && c <= 'Z') {
          col = col * 26 + (c - 'A' + 1);
        } else if (c != '$') {
          break;
        }
        if (col > 16384) {
          break;
        }
      }
      return col - 1;
    }

    @Override
    public void endRow(int rowNum) {
      List<CellValue> values = List.copyOf(cells);
      if (!headerSeen) {
        headerSeen = true;
        handler.headers(values.stream().map(CellValue::text).toList());
        return;
      }
      SheetRow row = new SheetRow(rowNumber + 1, values);
      if (!row.blank()) {
        handler.row(row);
      }
    }

    void finish() {
      if (!headerSeen) {
        headerSeen = true;
        handler.headers(List.of());
      }
    }
  }

  /** Writes a workbook with one sheet: a bold header row, the rows, and an optional notes sheet. */
  public static byte[] write(
      String sheetName, List<String> headers, List<List<Object>> rows, List<String> notes) {
    try (XSSFWorkbook workbook = new XSSFWorkbook();
        ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      Sheet sheet = workbook.createSheet(sheetName);
      CellStyle headerStyle = workbook.createCellStyle();
      Font bold = workbook.createFont();
      bold.setBold(true);
      headerStyle.setFont(bold);
      headerStyle.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
      headerStyle.setFillPattern(FillPatternType.SOLID_FOREGROUND);
      CellStyle dateStyle = workbook.createCellStyle();
      dateStyle.setDataFormat(
          workbook.getCreationHelper().createDataFormat().getFormat("dd/mm/yyyy"));
      Row header = sheet.createRow(0);
      for (int i = 0; i < headers.size(); i++) {
        Cell cell = header.createCell(i);
        cell.setCellValue(headers.get(i));
        cell.setCellStyle(headerStyle);
        sheet.setColumnWidth(i, Math.max(12, headers.get(i).length() + 4) * 256);
      }
      int r = 1;
      for (List<Object> values : rows) {
        Row row = sheet.createRow(r++);
        for (int i = 0; i < values.size(); i++) {
          Object v = values.get(i);
          if (v == null) {
            continue;
          }
          Cell cell = row.createCell(i);
          switch (v) {
            case Number n -> cell.setCellValue(n.doubleValue());
            case LocalDate d -> {
              cell.setCellValue(d);
              cell.setCellStyle(dateStyle);
            }
            case Boolean b -> cell.setCellValue(b ? "Có" : "Không");
            default -> cell.setCellValue(VietnameseText.nfc(v.toString()));
          }
        }
      }
      sheet.createFreezePane(0, 1);
      if (notes != null && !notes.isEmpty()) {
        Sheet help = workbook.createSheet("Hướng dẫn");
        for (int i = 0; i < notes.size(); i++) {
          help.createRow(i).createCell(0).setCellValue(notes.get(i));
        }
        help.setColumnWidth(0, 120 * 256);
      }
      workbook.write(out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The file is not a readable .xlsx workbook. */
  public static final class InvalidSpreadsheet extends RuntimeException {
    public InvalidSpreadsheet(Throwable cause) {
      super(cause);
    }
  }
}
