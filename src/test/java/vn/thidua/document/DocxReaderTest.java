package vn.thidua.document;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.poi.xwpf.usermodel.XWPFAbstractNum;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFNumbering;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFStyle;
import org.apache.poi.xwpf.usermodel.XWPFStyles;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTAbstractNum;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTLvl;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyle;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STNumberFormat;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STStyleType;
import vn.thidua.document.DocxReader.InvalidDocx;
import vn.thidua.document.DocxReader.Paragraph;
import vn.thidua.support.Shared;

class DocxReaderTest {

  private static final Path SEED = Shared.path("seeds/nam-sach-commune-plan-2026.docx");

  // ------------------------------------------------------------------ numbering

  @Test
  void decimalMultiLevelNumberingRestartsTheSecondLevelUnderANewFirstLevelItem() {
    XWPFDocument doc = new XWPFDocument();
    BigInteger list = list(doc, 1, new String[][] {{"decimal", "%1."}, {"decimal", "%1.%2."}});
    numbered(doc, list, 0, "Mục đích");
    numbered(doc, list, 1, "Tạo khí thế thi đua");
    numbered(doc, list, 1, "Khơi dậy khát vọng");
    numbered(doc, list, 0, "Yêu cầu");
    numbered(doc, list, 1, "Triển khai sâu rộng");
    doc.createParagraph().createRun().setText("Đoạn thường");

    List<Paragraph> paragraphs = read(doc);

    assertThat(paragraphs)
        .extracting(Paragraph::numberLabel, Paragraph::numberLevel, Paragraph::text)
        .containsExactly(
            tuple("1.", 0, "Mục đích"),
            tuple("1.1.", 1, "Tạo khí thế thi đua"),
            tuple("1.2.", 1, "Khơi dậy khát vọng"),
            tuple("2.", 0, "Yêu cầu"),
            tuple("2.1.", 1, "Triển khai sâu rộng"),
            tuple(null, -1, "Đoạn thường"));
    assertThat(paragraphs).allSatisfy(p -> assertThat(p.table()).isEqualTo(-1));
  }

  @Test
  void lowerLetterUpperRomanAndBulletLabels() {
    XWPFDocument doc = new XWPFDocument();
    BigInteger roman = list(doc, 1, new String[][] {{"upperRoman", "%1."}});
    BigInteger letters = list(doc, 2, new String[][] {{"lowerLetter", "%1)"}});
    BigInteger bullets = list(doc, 3, new String[][] {{"bullet", "•"}, {"bullet", "o"}});
    numbered(doc, roman, 0, "MỤC ĐÍCH, YÊU CẦU");
    numbered(doc, letters, 0, "Tạo khí thế");
    numbered(doc, letters, 0, "Khơi dậy");
    numbered(doc, bullets, 0, "Thi đua chuyển đổi số");
    numbered(doc, bullets, 1, "Thi đua chuyển đổi xanh");
    numbered(doc, roman, 0, "NỘI DUNG");
    numbered(doc, letters, 0, "Thông qua phong trào");

    assertThat(read(doc))
        .extracting(Paragraph::numberLabel)
        .containsExactly("I.", "a)", "b)", "-", "-", "II.", "c)");
  }

  @Test
  void numberingComesFromTheParagraphStyleAndItsBasedOnChain() {
    XWPFDocument doc = new XWPFDocument();
    BigInteger list = list(doc, 1, new String[][] {{"decimal", "%1."}});
    XWPFStyles styles = doc.createStyles();
    CTStyle base = CTStyle.Factory.newInstance();
    base.setStyleId("DieuKhoan");
    base.setType(STStyleType.PARAGRAPH);
    base.addNewName().setVal("Dieu khoan");
    base.addNewPPr().addNewNumPr().addNewNumId().setVal(list);
    base.addNewRPr().addNewB();
    styles.addStyle(new XWPFStyle(base, styles));
    CTStyle derived = CTStyle.Factory.newInstance();
    derived.setStyleId("DieuKhoanCon");
    derived.setType(STStyleType.PARAGRAPH);
    derived.addNewName().setVal("Dieu khoan con");
    derived.addNewBasedOn().setVal("DieuKhoan");
    styles.addStyle(new XWPFStyle(derived, styles));

    styled(doc, "DieuKhoan", "Phạm vi điều chỉnh");
    styled(doc, "DieuKhoanCon", "Đối tượng áp dụng");
    XWPFParagraph off = styled(doc, "DieuKhoan", "Không đánh số");
    off.setNumID(BigInteger.ZERO); // numId 0 switches the style's numbering off

    List<Paragraph> paragraphs = read(doc);

    assertThat(paragraphs)
        .extracting(Paragraph::numberLabel, Paragraph::style, Paragraph::bold)
        .containsExactly(
            tuple("1.", "DieuKhoan", true),
            tuple("2.", "DieuKhoanCon", true),
            tuple(null, "DieuKhoan", true));
    assertThat(paragraphs.get(2).numberLevel()).isEqualTo(-1);
  }

  @Test
  void startOverrideLvlRestartAndDecimalZeroFollowWord() {
    String numbering =
        """
        <w:abstractNum w:abstractNumId="5">
          <w:lvl w:ilvl="0"><w:start w:val="3"/><w:numFmt w:val="decimalZero"/>\
        <w:lvlText w:val="%1."/></w:lvl>
          <w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="lowerRoman"/>\
        <w:lvlText w:val="(%2)"/><w:lvlRestart w:val="0"/></w:lvl>
        </w:abstractNum>
        <w:num w:numId="1"><w:abstractNumId w:val="5"/></w:num>
        <w:num w:numId="2"><w:abstractNumId w:val="5"/>\
        <w:lvlOverride w:ilvl="0"><w:startOverride w:val="9"/></w:lvlOverride></w:num>
        """;
    String body =
        numberedXml(1, 0, "a")
            + numberedXml(1, 1, "b")
            + numberedXml(1, 0, "c")
            + numberedXml(1, 1, "d")
            + numberedXml(2, 0, "e")
            + numberedXml(2, 0, "f")
            + numberedXml(1, 0, "g");

    List<Paragraph> paragraphs = DocxReader.read(rawDocx(body, numbering, null));

    // lvlRestart 0: level 2 never restarts; num 2 restarts the shared list at 9 on first use.
    assertThat(paragraphs)
        .extracting(Paragraph::numberLabel)
        .containsExactly("03.", "(i)", "04.", "(ii)", "09.", "10.", "11.");
  }

  // ------------------------------------------------------------------ tables

  @Test
  void tableIsReadRowByRowCellByCellWithNestedTablesInTheirTopLevelCell() {
    XWPFDocument doc = new XWPFDocument();
    doc.createParagraph().createRun().setText("Trước bảng");
    XWPFTable header = doc.createTable(2, 2);
    header.getRow(0).getCell(0).setText("UBND THÀNH PHỐ HẢI PHÒNG");
    header.getRow(0).getCell(1).setText("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM");
    header.getRow(1).getCell(0).setText("Số: /KH-UBND");
    header.getRow(1).getCell(1).setText("Nam Sách, ngày tháng 6 năm 2026");
    XWPFTable second = doc.createTable(1, 1);
    second.getRow(0).getCell(0).setText("Phùng Văn Diện");
    doc.createParagraph().createRun().setText("Sau bảng");
    // A nested table built through the low-level API inside the last header cell.
    var tc = header.getRow(1).getCell(1).getCTTc();
    var innerTc = tc.addNewTbl().addNewTr().addNewTc();
    innerTc.addNewP().addNewR().addNewT().setStringValue("Ô lồng");
    tc.addNewP();

    List<Paragraph> paragraphs = read(doc);

    assertThat(paragraphs)
        .extracting(Paragraph::text, Paragraph::table, Paragraph::row, Paragraph::column)
        .containsExactly(
            tuple("Trước bảng", -1, -1, -1),
            tuple("UBND THÀNH PHỐ HẢI PHÒNG", 0, 0, 0),
            tuple("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", 0, 0, 1),
            tuple("Số: /KH-UBND", 0, 1, 0),
            tuple("Nam Sách, ngày tháng 6 năm 2026", 0, 1, 1),
            tuple("Ô lồng", 0, 1, 1),
            tuple("Phùng Văn Diện", 1, 0, 0),
            tuple("Sau bảng", -1, -1, -1));
  }

  // ------------------------------------------------------------------ visible text

  @Test
  void hiddenRunsAreSkippedAndEmptyParagraphsDropped() {
    XWPFDocument doc = new XWPFDocument();
    XWPFParagraph p = doc.createParagraph();
    p.createRun().setText("Hiển thị");
    XWPFRun hidden = p.createRun();
    hidden.setText(" bị ẩn");
    hidden.setVanish(true);
    p.createRun().setText(" tiếp");
    doc.createParagraph();
    doc.createParagraph().createRun().setText("   ");
    XWPFRun allHidden = doc.createParagraph().createRun();
    allHidden.setText("toàn bộ ẩn");
    allHidden.setVanish(true);

    assertThat(read(doc)).extracting(Paragraph::text).containsExactly("Hiển thị tiếp");
  }

  @Test
  void boldWhenEveryNonBlankRunIsBold() {
    XWPFDocument doc = new XWPFDocument();
    XWPFParagraph allBold = doc.createParagraph();
    XWPFRun a = allBold.createRun();
    a.setText("KẾ HOẠCH");
    a.setBold(true);
    allBold.createRun().setText(" "); // a blank run does not count
    XWPFParagraph mixed = doc.createParagraph();
    XWPFRun b = mixed.createRun();
    b.setText("trước ngày 12/12");
    b.setBold(true);
    mixed.createRun().setText(" để tổng hợp");
    XWPFParagraph explicitOff = doc.createParagraph();
    XWPFRun c = explicitOff.createRun();
    c.setText("UBND THÀNH PHỐ HẢI PHÒNG");
    c.setBold(false);

    assertThat(read(doc)).extracting(Paragraph::bold).containsExactly(true, false, false);
  }

  @Test
  void lineBreakBecomesNewlineAndTabBecomesSpace() {
    XWPFDocument doc = new XWPFDocument();
    XWPFRun run = doc.createParagraph().createRun();
    run.setText("CHỦ TỊCH");
    run.addBreak();
    run.setText("Phùng Văn Diện");
    run.addTab();
    run.setText("  (đã ký)");

    assertThat(read(doc))
        .singleElement()
        .extracting(Paragraph::text)
        .isEqualTo("CHỦ TỊCH\nPhùng Văn Diện (đã ký)");
  }

  @Test
  void textIsNfcNormalised() {
    String decomposed = Normalizer.normalize("Thi đua Nguyễn Thị Hường", Normalizer.Form.NFD);
    assertThat(decomposed).isNotEqualTo("Thi đua Nguyễn Thị Hường");
    XWPFDocument doc = new XWPFDocument();
    doc.createParagraph().createRun().setText(decomposed);

    assertThat(read(doc))
        .singleElement()
        .extracting(Paragraph::text)
        .isEqualTo("Thi đua Nguyễn Thị Hường");
  }

  @Test
  void deletedTextFieldInstructionsAndTextBoxesAreSkippedInsertedTextKept() {
    String body =
        """
        <w:p>
          <w:r><w:t xml:space="preserve">Trang </w:t></w:r>
          <w:del w:id="1" w:author="a"><w:r><w:delText>cũ </w:delText></w:r></w:del>
          <w:ins w:id="2" w:author="a"><w:r><w:t xml:space="preserve">mới </w:t></w:r></w:ins>
          <w:r><w:fldChar w:fldCharType="begin"/></w:r>
          <w:r><w:instrText xml:space="preserve"> PAGE </w:instrText></w:r>
          <w:r><w:fldChar w:fldCharType="separate"/></w:r>
          <w:r><w:t>3</w:t></w:r>
          <w:r><w:fldChar w:fldCharType="end"/></w:r>
          <w:r><w:drawing><w:txbxContent><w:p><w:r><w:t>hộp chữ</w:t></w:r></w:p>\
        </w:txbxContent></w:drawing></w:r>
          <w:hyperlink r:id="rId9"><w:r><w:t xml:space="preserve"> liên kết</w:t></w:r></w:hyperlink>
          <w:commentRangeStart w:id="0"/><w:r><w:commentReference w:id="0"/></w:r>
        </w:p>
        <w:sdt><w:sdtPr><w:alias w:val="x"/></w:sdtPr><w:sdtContent>
          <w:p><w:r><w:t>Trong điều khiển nội dung</w:t></w:r></w:p>
        </w:sdtContent></w:sdt>
        """;

    assertThat(DocxReader.read(rawDocx(body, null, null)))
        .extracting(Paragraph::text)
        .containsExactly("Trang mới 3 liên kết", "Trong điều khiển nội dung");
  }

  @Test
  void boldAndHiddenFollowCharacterAndParagraphStyles() {
    String styles =
        """
        <w:docDefaults><w:rPrDefault><w:rPr><w:sz w:val="28"/></w:rPr></w:rPrDefault>        </w:docDefaults>
        <w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/>        </w:style>
        <w:style w:type="paragraph" w:styleId="Tieude"><w:basedOn w:val="Normal"/>        <w:rPr><w:b/></w:rPr></w:style>
        <w:style w:type="character" w:styleId="Dam"><w:rPr><w:b w:val="1"/></w:rPr></w:style>
        <w:style w:type="character" w:styleId="An"><w:rPr><w:vanish/></w:rPr></w:style>
        """;
    String body =
        """
        <w:p><w:pPr><w:pStyle w:val="Tieude"/></w:pPr><w:r><w:t>KẾ HOẠCH</w:t></w:r></w:p>
        <w:p><w:pPr><w:pStyle w:val="Tieude"/></w:pPr><w:r><w:rPr><w:b w:val="0"/></w:rPr>        <w:t>không đậm</w:t></w:r></w:p>
        <w:p><w:r><w:rPr><w:rStyle w:val="Dam"/></w:rPr><w:t>đậm</w:t></w:r>        <w:r><w:rPr><w:rStyle w:val="An"/></w:rPr><w:t> ẩn</w:t></w:r></w:p>
        """;

    assertThat(DocxReader.read(rawDocx(body, null, styles)))
        .extracting(Paragraph::text, Paragraph::bold, Paragraph::style)
        .containsExactly(
            tuple("KẾ HOẠCH", true, "Tieude"),
            tuple("không đậm", false, "Tieude"),
            tuple("đậm", true, null));
  }

  // ------------------------------------------------------------------ bad input

  @Test
  void nonZipBytesAreInvalid() {
    assertThatThrownBy(() ->
            DocxReader.read(
                new ByteArrayInputStream("không phải docx".getBytes(StandardCharsets.UTF_8))))
        .isInstanceOf(InvalidDocx.class);
    assertThatThrownBy(() -> DocxReader.read(new ByteArrayInputStream(new byte[0])))
        .isInstanceOf(InvalidDocx.class);
  }

  @Test
  void zipWithoutWordDocumentIsInvalid() {
    byte[] zip =
        zip(
            "[Content_Types].xml",
            "<?xml version=\"1.0\"?><Types xmlns=\"http://schemas.openxmlformats.org/package/2006/"
                + "content-types\"><Default Extension=\"txt\" ContentType=\"text/plain\"/></Types>",
            "notes.txt",
            "xin chào");
    assertThatThrownBy(() -> DocxReader.read(new ByteArrayInputStream(zip)))
        .isInstanceOf(InvalidDocx.class);
    byte[] plainZip = zip("a.txt", "b");
    assertThatThrownBy(() -> DocxReader.read(new ByteArrayInputStream(plainZip)))
        .isInstanceOf(InvalidDocx.class);
  }

  @Test
  void corruptXmlAndTruncatedZipAreInvalid() {
    assertThatThrownBy(() -> DocxReader.read(rawDocx("<w:p><w:r><w:t>mở</w:r></w:p>", null, null)))
        .isInstanceOf(InvalidDocx.class);
    byte[] good = bytes(rawDocx("<w:p><w:r><w:t>Xin chào</w:t></w:r></w:p>", null, null));
    byte[] truncated = java.util.Arrays.copyOf(good, good.length / 2);
    assertThatThrownBy(() -> DocxReader.read(new ByteArrayInputStream(truncated)))
        .isInstanceOf(InvalidDocx.class);
  }

  // ------------------------------------------------------------------ the real seed

  @Test
  void readsTheNamSachSeed() throws IOException {
    Assumptions.assumeTrue(Files.isRegularFile(SEED), "seed file not present");
    List<Paragraph> paragraphs;
    try (InputStream in = Files.newInputStream(SEED)) {
      paragraphs = DocxReader.read(in);
    }

    // Word numbering (numId 2, "%1."): the first item is the theme and content heading.
    assertThat(paragraphs)
        .filteredOn(p -> "1.".equals(p.numberLabel()))
        .first()
        .satisfies(p -> {
          assertThat(p.text()).isEqualTo("Chủ đề, nội dung thi đua");
          assertThat(p.numberLevel()).isZero();
          assertThat(p.style()).isEqualTo("ListParagraph");
        });
    assertThat(paragraphs)
        .filteredOn(p -> p.numberLabel() != null && p.numberLabel().matches("\\d\\."))
        .extracting(Paragraph::numberLabel, Paragraph::text)
        .containsExactly(
            tuple("1.", "Chủ đề, nội dung thi đua"),
            tuple("2.", "Tiêu chí thi đua"),
            tuple("3.", "Hình thức và tiêu chuẩn khen thưởng"),
            tuple("4.", "THỜI GIAN"));
    // The themes themselves are bullets ("-") starting with "Thi đua".
    assertThat(paragraphs)
        .filteredOn(p -> "-".equals(p.numberLabel()))
        .extracting(Paragraph::text)
        .anySatisfy(text -> assertThat(text).startsWith("Thi đua"));
    // Hand-typed numbers stay in the text and get no label.
    assertThat(paragraphs)
        .filteredOn(p -> p.text().startsWith("I. MỤC ĐÍCH"))
        .singleElement()
        .satisfies(p -> {
          assertThat(p.numberLabel()).isNull();
          assertThat(p.bold()).isTrue();
        });
    // Header block: a 2-column table.
    assertThat(paragraphs)
        .filteredOn(p -> p.text().equals("ỦY BAN NHÂN DÂN XÃ NAM SÁCH"))
        .singleElement()
        .satisfies(p -> {
          assertThat(p.table()).isZero();
          assertThat(p.row()).isZero();
          assertThat(p.column()).isZero();
          assertThat(p.bold()).isTrue();
        });
    assertThat(paragraphs)
        .filteredOn(p -> p.text().equals("UBND THÀNH PHỐ HẢI PHÒNG"))
        .singleElement()
        .extracting(Paragraph::bold)
        .isEqualTo(false);
    // Signature block: the second table.
    assertThat(paragraphs)
        .filteredOn(p -> p.text().contains("Phùng Văn Diện"))
        .singleElement()
        .satisfies(p -> {
          assertThat(p.table()).isEqualTo(1);
          assertThat(p.column()).isEqualTo(1);
        });
    assertThat(paragraphs).allSatisfy(p -> assertThat(p.text()).isNotBlank());
  }

  @Test
  void readsALongDocumentQuickly() {
    XWPFDocument doc = new XWPFDocument();
    BigInteger list = list(doc, 1, new String[][] {{"decimal", "%1."}, {"lowerLetter", "%2)"}});
    for (int i = 0; i < 150; i++) {
      numbered(doc, list, 0, "Mục " + i + " về thi đua, khen thưởng");
      for (int j = 0; j < 3; j++) {
        numbered(
            doc,
            list,
            1,
            "Thi đua đổi mới sáng tạo, ứng dụng mạnh mẽ chuyển đổi số, chuyển đổi xanh trong mọi"
                + " hoạt động và trong hợp tác quốc tế, nhiệm vụ số "
                + j);
      }
    }
    XWPFTable table = doc.createTable(40, 4);
    table.getRow(39).getCell(3).setText("cuối");
    byte[] bytes = bytes(doc);

    for (int i = 0; i < 10; i++) {
      DocxReader.read(new ByteArrayInputStream(bytes));
    }
    long start = System.nanoTime();
    int runs = 10;
    List<Paragraph> paragraphs = null;
    for (int i = 0; i < runs; i++) {
      paragraphs = DocxReader.read(new ByteArrayInputStream(bytes));
    }
    long averageMillis = (System.nanoTime() - start) / runs / 1_000_000;

    assertThat(paragraphs).hasSize(150 * 4 + 1);
    assertThat(paragraphs.get(599).numberLabel()).isEqualTo("c)");
    assertThat(paragraphs.get(596).numberLabel()).isEqualTo("150.");
    // 50 ms is the target; the bound leaves room for a loaded build machine.
    assertThat(averageMillis).isLessThan(150);
  }

  // ------------------------------------------------------------------ helpers

  /** Adds a list (one level per {numFmt, lvlText}) and returns its numId. */
  private static BigInteger list(XWPFDocument doc, int abstractId, String[][] levels) {
    XWPFNumbering numbering = doc.createNumbering();
    CTAbstractNum abstractNum = CTAbstractNum.Factory.newInstance();
    abstractNum.setAbstractNumId(BigInteger.valueOf(abstractId));
    for (int i = 0; i < levels.length; i++) {
      CTLvl lvl = abstractNum.addNewLvl();
      lvl.setIlvl(BigInteger.valueOf(i));
      lvl.addNewStart().setVal(BigInteger.ONE);
      lvl.addNewNumFmt().setVal(STNumberFormat.Enum.forString(levels[i][0]));
      lvl.addNewLvlText().setVal(levels[i][1]);
    }
    BigInteger id = numbering.addAbstractNum(new XWPFAbstractNum(abstractNum, numbering));
    return numbering.addNum(id);
  }

  private static void numbered(XWPFDocument doc, BigInteger numId, int level, String text) {
    XWPFParagraph p = doc.createParagraph();
    p.setNumID(numId);
    p.setNumILvl(BigInteger.valueOf(level));
    p.createRun().setText(text);
  }

  private static XWPFParagraph styled(XWPFDocument doc, String style, String text) {
    XWPFParagraph p = doc.createParagraph();
    p.setStyle(style);
    p.createRun().setText(text);
    return p;
  }

  private static String numberedXml(int numId, int ilvl, String text) {
    return "<w:p><w:pPr><w:numPr><w:ilvl w:val=\""
        + ilvl
        + "\"/><w:numId w:val=\""
        + numId
        + "\"/></w:numPr></w:pPr><w:r><w:t>"
        + text
        + "</w:t></w:r></w:p>";
  }

  private static List<Paragraph> read(XWPFDocument doc) {
    return DocxReader.read(new ByteArrayInputStream(bytes(doc)));
  }

  private static byte[] bytes(XWPFDocument doc) {
    try (doc) {
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      doc.write(out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static byte[] bytes(InputStream in) {
    try (in) {
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static final String NS =
      " xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\""
          + " xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\"";

  /** A minimal hand-written .docx around the given body (and optional numbering/styles) XML. */
  private static InputStream rawDocx(String body, String numbering, String styles) {
    String rels =
        "<?xml version=\"1.0\"?><Relationships xmlns=\"http://schemas.openxmlformats.org/package/"
            + "2006/relationships\"><Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats"
            + ".org/officeDocument/2006/relationships/officeDocument\" Target=\"word/document.xml\""
            + "/></Relationships>";
    StringBuilder docRels =
        new StringBuilder(
            "<?xml version=\"1.0\"?><Relationships xmlns=\"http://schemas.openxmlformats.org/"
                + "package/2006/relationships\">");
    if (numbering != null) {
      docRels.append(
          "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/"
              + "relationships/numbering\" Target=\"numbering.xml\"/>");
    }
    if (styles != null) {
      docRels.append(
          "<Relationship Id=\"rId2\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/"
              + "relationships/styles\" Target=\"styles.xml\"/>");
    }
    docRels.append("</Relationships>");
    String types =
        "<?xml version=\"1.0\"?><Types xmlns=\"http://schemas.openxmlformats.org/package/2006/"
            + "content-types\"><Default Extension=\"rels\" ContentType=\"application/vnd.openxml"
            + "formats-package.relationships+xml\"/><Default Extension=\"xml\" ContentType=\""
            + "application/xml\"/><Override PartName=\"/word/document.xml\" ContentType=\""
            + "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml\""
            + "/></Types>";
    String document =
        "<?xml version=\"1.0\"?><w:document" + NS + "><w:body>" + body + "</w:body></w:document>";
    String numberingXml =
        numbering == null
            ? ""
            : "<?xml version=\"1.0\"?><w:numbering" + NS + ">" + numbering + "</w:numbering>";
    String stylesXml =
        styles == null
            ? ""
            : "<?xml version=\"1.0\"?><w:styles" + NS + ">" + styles + "</w:styles>";
    return new ByteArrayInputStream(
        zip(
            "[Content_Types].xml", types,
            "_rels/.rels", rels,
            "word/_rels/document.xml.rels", docRels.toString(),
            "word/document.xml", document,
            "word/numbering.xml", numberingXml,
            "word/styles.xml", stylesXml));
  }

  /** A zip of name/content pairs (empty contents are left out). */
  private static byte[] zip(String... namesAndContents) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (ZipOutputStream zip = new ZipOutputStream(out)) {
      for (int i = 0; i < namesAndContents.length; i += 2) {
        if (namesAndContents[i + 1].isEmpty()) {
          continue;
        }
        zip.putNextEntry(new ZipEntry(namesAndContents[i]));
        zip.write(namesAndContents[i + 1].getBytes(StandardCharsets.UTF_8));
        zip.closeEntry();
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }
}
