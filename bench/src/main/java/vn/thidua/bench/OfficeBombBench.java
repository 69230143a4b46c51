package vn.thidua.bench;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.charset.StandardCharsets;
import java.util.zip.Deflater;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import vn.thidua.document.OfficeLimits;
import vn.thidua.document.Spreadsheets;

/**
 * Issue 11: a workbook of about 370 KB that unpacks to 95 MB, read as every import reads it, four
 * times at once. Prints the heap before and after the refusals, the peak of the heap pools and the
 * time each refusal took. Target: refused in under a second with the heap below 1 GB.
 *
 * <p>Run: {@code ../mvnw -q -f bench/pom.xml package exec:exec@bomb}
 */
public final class OfficeBombBench {

  private OfficeBombBench() {}

  public static void main(String[] args) throws Exception {
    byte[] bomb = workbook(95, 4);
    System.out.printf("workbook: %,d bytes packed, about 95 MB unpacked%n", bomb.length);
    System.gc();
    long before = used();
    resetPeaks();
    System.out.printf("heap before: %,d MB%n", before / (1024 * 1024));
    Thread[] threads = new Thread[4];
    for (int t = 0; t < threads.length; t++) {
      threads[t] =
          Thread.ofPlatform()
              .start(
                  () -> {
                    long start = System.nanoTime();
                    String outcome;
                    try {
                      Spreadsheets.read(new ByteArrayInputStream(bomb));
                      outcome = "READ (not refused!)";
                    } catch (OfficeLimits.OfficeFileRefused e) {
                      outcome = "refused: " + e.code();
                    }
                    System.out.printf(
                        "%s in %d ms%n", outcome, (System.nanoTime() - start) / 1_000_000);
                  });
    }
    for (Thread t : threads) {
      t.join();
    }
    long after = used();
    System.out.printf("heap after: %,d MB%n", after / (1024 * 1024));
    System.out.printf("heap peak during the refusals: %,d MB%n", peak() / (1024 * 1024));
  }

  private static long used() {
    return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
  }

  private static void resetPeaks() {
    for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
      if (pool.getType() == MemoryType.HEAP) {
        pool.resetPeakUsage();
      }
    }
  }

  private static long peak() {
    long sum = 0;
    for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
      if (pool.getType() == MemoryType.HEAP) {
        sum += pool.getPeakUsage().getUsed();
      }
    }
    return sum;
  }

  /** The same workbook as the tests' OfficeBombs: sheets of one repeated inline-string cell. */
  static byte[] workbook(int megabytes, int sheets) throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
      zip.setLevel(Deflater.BEST_COMPRESSION);
      StringBuilder types =
          new StringBuilder(
              "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Types"
                  + " xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
                  + "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
                  + "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
                  + "<Override PartName=\"/xl/workbook.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml\"/>");
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
        types.append("<Override PartName=\"/xl/worksheets/sheet").append(s).append(
            ".xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml\"/>");
        wb.append("<sheet name=\"S").append(s).append("\" sheetId=\"").append(s)
            .append("\" r:id=\"rId").append(s).append("\"/>");
        rels.append("<Relationship Id=\"rId").append(s).append(
                "\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet\" Target=\"worksheets/sheet")
            .append(s).append(".xml\"/>");
      }
      put(zip, "[Content_Types].xml", types.append("</Types>").toString());
      put(
          zip,
          "_rels/.rels",
          "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Relationships"
              + " xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\"><Relationship Id=\"rId1\""
              + " Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\""
              + " Target=\"xl/workbook.xml\"/></Relationships>");
      put(zip, "xl/workbook.xml", wb.append("</sheets></workbook>").toString());
      put(zip, "xl/_rels/workbook.xml.rels", rels.append("</Relationships>").toString());
      byte[] row =
          ("<row><c t=\"inlineStr\"><is><t>" + "A".repeat(1000) + "</t></is></c></row>")
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
    }
    return bytes.toByteArray();
  }

  private static void put(ZipOutputStream zip, String name, String text) throws IOException {
    zip.putNextEntry(new ZipEntry(name));
    zip.write(text.getBytes(StandardCharsets.UTF_8));
    zip.closeEntry();
  }
}
