package vn.thidua.document;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.List;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.junit.jupiter.api.Test;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STBorder;
import vn.thidua.document.StateDocument.Block;
import vn.thidua.document.StateDocument.Kind;

class StateDocxTableTest {

  @Test
  void tableBlockHasBordersBoldRepeatedHeaderAndNfcCells() throws Exception {
    StateDocument doc =
        new StateDocument(
            "ỦY BAN NHÂN DÂN",
            "XÃ HÀ BẮC",
            "Số: 12/QĐ-UBND",
            "Hà Bắc, ngày 05 tháng 12 năm 2030",
            List.of(
                Block.of(Kind.DOCUMENT_TYPE, "QUYẾT ĐỊNH"),
                Block.of(Kind.TITLE, "Về việc tặng Giấy khen"),
                Block.of(Kind.PARAGRAPH, "Tặng Giấy khen cho các cá nhân có tên sau:"),
                Block.table(
                    List.of("STT", "Họ và tên", "Chức vụ, đơn vị", "Hình thức"),
                    List.of(
                        List.of(
                            "1",
                            Normalizer.normalize("Trần Thị An", Normalizer.Form.NFD),
                            "Công chức Văn phòng - Thống kê",
                            "Giấy khen"),
                        List.of("2", "Nguyễn Văn Bình", "Phòng Văn hóa - Xã hội"))),
                Block.of(Kind.PARAGRAPH, "Điều 2. Quyết định có hiệu lực kể từ ngày ký.")),
            List.of("Như Điều 2", "Lưu: VT"),
            new StateDocument.Signature(List.of("CHỦ TỊCH"), "Nguyễn Văn Hùng"),
            null);
    byte[] bytes = StateDocxWriter.write(doc);
    Path out = Files.createDirectories(Path.of("target", "render")).resolve("decision-table.docx");
    Files.write(out, bytes);

    try (XWPFDocument docx = new XWPFDocument(new ByteArrayInputStream(bytes))) {
      // header (issuer | motto), the list, closing (recipients | signature)
      assertThat(docx.getTables()).hasSize(3);
      XWPFTable list = docx.getTables().get(1);
      assertThat(list.getNumberOfRows()).isEqualTo(3);
      assertThat(list.getRow(0).getCell(1).getText()).isEqualTo("Họ và tên");
      assertThat(list.getRow(0).getCell(1).getParagraphs().getFirst().getRuns().getFirst().isBold())
          .isTrue();
      assertThat(list.getRow(1).getCell(1).getParagraphs().getFirst().getRuns().getFirst().isBold())
          .isFalse();
      assertThat(list.getRow(0).isRepeatHeader()).isTrue();
      assertThat(list.getRow(1).getCell(1).getText()).isEqualTo("Trần Thị An");
      assertThat(list.getRow(2).getTableCells()).hasSize(4);
      assertThat(list.getRow(2).getCell(3).getText()).isEmpty();
      assertThat(list.getCTTbl().getTblPr().getTblBorders().getInsideH().getVal())
          .isEqualTo(STBorder.SINGLE);
      assertThat(list.getCTTbl().getTblGrid().sizeOfGridColArray()).isEqualTo(4);
      int width = list.getRow(0).getTableCells().stream().mapToInt(XWPFTableCell::getWidth).sum();
      assertThat(width).isEqualTo(11906 - 1701 - 850);
      assertThat(list.getRow(0).getCell(0).getWidth())
          .as("STT narrower than the name")
          .isLessThan(list.getRow(0).getCell(1).getWidth());
      // the borderless layout tables are unchanged
      assertThat(docx.getTables().get(0).getCTTbl().getTblPr().getTblBorders().getTop().getVal())
          .isEqualTo(STBorder.NONE);
    }

    String text =
        String.join(
            "\n",
            DocxReader.read(new ByteArrayInputStream(bytes)).stream().map(p -> p.text()).toList());
    assertThat(text).contains("Trần Thị An").contains("Điều 2.");
  }

  @Test
  void tableNeedsAHeader() {
    assertThatThrownBy(() -> new Block(Kind.TABLE, null, List.of()))
        .isInstanceOf(IllegalArgumentException.class);
    assertThat(Block.of(Kind.PARAGRAPH, "x").rows()).isEmpty();
  }
}
