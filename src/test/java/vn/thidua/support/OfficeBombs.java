package vn.thidua.support;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.zip.Deflater;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Office files that unpack to far more than they weigh, written straight as zips (POI would need
 * the memory the guard is there to save): a workbook of a few sheets of one repeated cell, and a
 * Word document of one repeated paragraph.
 */
public final class OfficeBombs {

  private OfficeBombs() {}

  /** Bytes of cell XML per sheet. */
  private static final int CELL_TEXT = 1000;

  /** An .xlsx whose sheets unpack to about {@code megabytes} MB in total. */
  public static byte[] workbook(int megabytes, int sheets) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
      zip.setLevel(Deflater.BEST_COMPRESSION);
      put(
          zip,
          "[Content_Types].xml",
          "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Types"
              + " xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\"><Default"
              + " Extension=\"rels\""
              + " ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/><Default"
              + " Extension=\"xml\" ContentType=\"application/xml\"/><Override"
              + " PartName=\"/xl/workbook.xml\""
              + " ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml\"/>"
              + sheetOverrides(sheets)
              + "</Types>");
      put(
          zip,
          "_rels/.rels",
          "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Relationships"
              + " xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\"><Relationship"
              + " Id=\"rId1\""
              + " Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\""
              + " Target=\"xl/workbook.xml\"/></Relationships>");
      StringBuilder wb =
          new StringBuilder(
              "<?xml version=\"1.0\" encoding=\"UTF-8\"?><workbook"
                  + " xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\""
                  + " xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\"><sheets>");
      StringBuilder rels =
          new StringBuilder(
              "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Relationships"
                  + " xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">");
      for (int s = 1; s <= sheets; s++) {
        wb.append("<sheet name=\"S")
            .append(s)
            .append("\" sheetId=\"")
            .append(s)
            .append("\" r:id=\"rId")
            .append(s)
            .append("\"/>");
        rels.append("<Relationship Id=\"rId")
            .append(s)
            .append(
                "\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet\""
                    + " Target=\"worksheets/sheet")
            .append(s)
            .append(".xml\"/>");
      }
      put(zip, "xl/workbook.xml", wb.append("</sheets></workbook>").toString());
      put(zip, "xl/_rels/workbook.xml.rels", rels.append("</Relationships>").toString());
      byte[] row =
          ("<row><c t=\"inlineStr\"><is><t>" + "A".repeat(CELL_TEXT) + "</t></is></c></row>")
              .getBytes(StandardCharsets.US_ASCII);
      long perSheet = (long) megabytes * 1024 * 1024 / sheets;
      for (int s = 1; s <= sheets; s++) {
        zip.putNextEntry(new ZipEntry("xl/worksheets/sheet" + s + ".xml"));
        zip.write(
            ("<?xml version=\"1.0\" encoding=\"UTF-8\"?><worksheet"
                    + " xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData>")
                .getBytes(StandardCharsets.US_ASCII));
        for (long written = 0; written < perSheet; written += row.length) {
          zip.write(row);
        }
        zip.write("</sheetData></worksheet>".getBytes(StandardCharsets.US_ASCII));
        zip.closeEntry();
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return bytes.toByteArray();
  }

  /** A .docx whose body unpacks to about {@code megabytes} MB. */
  public static byte[] document(int megabytes) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
      zip.setLevel(Deflater.BEST_COMPRESSION);
      put(
          zip,
          "[Content_Types].xml",
          "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Types"
              + " xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\"><Default"
              + " Extension=\"rels\""
              + " ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/><Default"
              + " Extension=\"xml\" ContentType=\"application/xml\"/><Override"
              + " PartName=\"/word/document.xml\""
              + " ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml\"/></Types>");
      put(
          zip,
          "_rels/.rels",
          "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Relationships"
              + " xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\"><Relationship"
              + " Id=\"rId1\""
              + " Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\""
              + " Target=\"word/document.xml\"/></Relationships>");
      zip.putNextEntry(new ZipEntry("word/document.xml"));
      zip.write(
          ("<?xml version=\"1.0\" encoding=\"UTF-8\"?><w:document"
                  + " xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"><w:body>")
              .getBytes(StandardCharsets.US_ASCII));
      byte[] p =
          ("<w:p><w:r><w:t>" + "Kế hoạch ".repeat(100) + "</w:t></w:r></w:p>")
              .getBytes(StandardCharsets.UTF_8);
      long size = (long) megabytes * 1024 * 1024;
      for (long written = 0; written < size; written += p.length) {
        zip.write(p);
      }
      zip.write("</w:body></w:document>".getBytes(StandardCharsets.US_ASCII));
      zip.closeEntry();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return bytes.toByteArray();
  }

  private static String sheetOverrides(int sheets) {
    StringBuilder out = new StringBuilder();
    for (int s = 1; s <= sheets; s++) {
      out.append("<Override PartName=\"/xl/worksheets/sheet")
          .append(s)
          .append(
              ".xml\""
                  + " ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml\"/>");
    }
    return out.toString();
  }

  private static void put(ZipOutputStream zip, String name, String text) throws IOException {
    zip.putNextEntry(new ZipEntry(name));
    zip.write(text.getBytes(StandardCharsets.UTF_8));
    zip.closeEntry();
  }
}
