package vn.thidua.movement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import vn.thidua.document.DocxReader;
import vn.thidua.kernel.BusinessRuleViolation;
import vn.thidua.movement.plan.PlanParser;
import vn.thidua.support.Shared;

/** The parse contract on the seeds and on the repository's own varied plans. */
class PlanParserTest {

  static final Path SEEDS = Shared.path("seeds");
  static final Path FIXTURES = Path.of("src/test/resources/plan-fixtures");
  static final Path FIXTURES_2 = Path.of("src/test/resources/plan-fixtures-2");
  static final Path FIXTURES_3 = Path.of("src/test/resources/plan-fixtures-3");

  static PlanDocument parse(Path file) throws IOException {
    if (file.toString().endsWith(".docx")) {
      try (InputStream in = Files.newInputStream(file)) {
        return PlanParser.parseDocx(DocxReader.read(in));
      }
    }
    return PlanParser.parseText(Files.readString(file, StandardCharsets.UTF_8));
  }

  static List<String> checkAll(Path dir, Path expectationsFile) throws IOException {
    JsonNode expectations =
        PlanExpectations.JSON.readTree(Files.readString(expectationsFile, StandardCharsets.UTF_8));
    List<String> failures = new ArrayList<>();
    for (var entry : expectations.properties()) {
      Path file = dir.resolve(entry.getKey());
      try {
        JsonNode parsed = PlanExpectations.JSON.valueToTree(parse(file));
        failures.addAll(PlanExpectations.check(entry.getKey(), parsed, entry.getValue()));
      } catch (RuntimeException e) {
        failures.add(entry.getKey() + ": parse failed — " + e);
      }
    }
    return failures;
  }

  @Test
  void seedsGiveTheExpectedFacts() throws IOException {
    assertThat(checkAll(SEEDS, Shared.path("tools/seed-expectations.json"))).isEmpty();
  }

  @Test
  void theRepositorysOwnPlansGiveTheirExpectedFacts() throws IOException {
    assertThat(checkAll(FIXTURES, FIXTURES.resolve("expectations.json"))).isEmpty();
  }

  @Test
  void theSecondBatchOfOwnPlansGivesItsExpectedFacts() throws IOException {
    assertThat(checkAll(FIXTURES_2, FIXTURES_2.resolve("expectations.json"))).isEmpty();
  }

  /**
   * The third batch (issue 13): a province plan whose deadlines bind departments and communes,
   * reports with several recipients or tied to an event, legal bases wrapped by copying from a
   * portal, an OCR-broken deputy's title, the closing request to heads of departments.
   */
  @Test
  void theThirdBatchOfOwnPlansGivesItsExpectedFacts() throws IOException {
    assertThat(checkAll(FIXTURES_3, FIXTURES_3.resolve("expectations.json"))).isEmpty();
  }

  @Test
  void documentsOfTheSecondBatchThatAreNotPlansAreRefused() throws IOException {
    refuses(FIXTURES_2);
  }

  @Test
  void documentsThatAreNotPlansAreRefused() throws IOException {
    refuses(FIXTURES);
  }

  static void refuses(Path dir) throws IOException {
    Path list = dir.resolve("not-plans.txt");
    for (String name : Files.readAllLines(list, StandardCharsets.UTF_8)) {
      if (name.isBlank()) {
        continue;
      }
      assertThatThrownBy(() -> parse(dir.resolve(name.strip())))
          .as(name)
          .isInstanceOfAny(BusinessRuleViolation.class, DocxReader.InvalidDocx.class);
    }
  }

  @Test
  void haBacDecisionDetails() throws IOException {
    PlanDocument p = parse(SEEDS.resolve("ha-bac-commune-plan-2026.txt"));
    assertThat(p.title())
        .startsWith("Ban hành Kế hoạch tổ chức triển khai phong trào thi đua “Hà Bắc");
    assertThat(p.themes().getFirst().title())
        .endsWith("bảo đảm quốc phòng an ninh")
        .contains(": xác định khoa học");
    assertThat(p.themes().get(2).title())
        .contains("chuyển đổi số, chuyển đổi xanh")
        .doesNotContain("chuyên");
    assertThat(p.warnings()).anyMatch(w -> w.contains("chuyên đổi"));
    assertThat(p.recipients()).contains("TT. Đảng ủy; TT. HĐND", "Lưu VT, VHXX");
    assertThat(p.legalBases())
        .anyMatch(b ->
            b.number() != null
                && b.number() == 152
                && "NĐ-CP".equals(b.symbol())
                && "Chính phủ".equals(b.issuer()));
    assertThat(p.legalBases())
        .noneMatch(
            b -> b.number() != null && (b.number() == 57 || b.number() == 5 || b.number() == 4));
    assertThat(p.deadlines())
        .anyMatch(d ->
            d.day() != null
                && d.day() == 12
                && "phòng Văn hóa - Xã hội".equals(d.to())
                && "các cơ quan, đơn vị và doanh nghiệp".equals(d.from()));
  }

  @Test
  void anIssuingBodyWrappedOverTwoLinesIsOneName() {
    String text =
        """
        UBND THÀNH PHỐ HẢI PHÒNG
        ỦY BAN NHÂN DÂN
        XÃ AN LÃO
        Số: 45/KH-UBND
        CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
        Độc lập - Tự do - Hạnh phúc
        An Lão, ngày 02 tháng 7 năm 2026

        KẾ HOẠCH
        Tổ chức phong trào thi đua “An Lão đổi mới sáng tạo” giai đoạn 2026 - 2030

        I. NỘI DUNG THI ĐUA
        1. Thi đua chuyển đổi số.
        II. THỜI GIAN
        1. Giai đoạn 1 (2026 - 2027): sơ kết vào năm 2027.
        2. Giai đoạn 2 (2028 - 2030): tổng kết vào năm 2030.
        """;
    PlanDocument p = PlanParser.parseText(text);
    assertThat(p.issuer().parent()).isEqualTo("UBND THÀNH PHỐ HẢI PHÒNG");
    assertThat(p.issuer().name()).isEqualTo("ỦY BAN NHÂN DÂN XÃ AN LÃO");
    assertThat(p.number()).isEqualTo(45);
    assertThat(p.issuedOn()).isEqualTo(new PlanDocument.PartialDate(2026, 7, 2));
    assertThat(p.themes()).hasSize(1);
    assertThat(p.phases()).hasSize(2);
  }

  @Test
  void anInlineResponsibilityIsSplitAtItsColonNeverAtACommma() {
    PlanDocument p =
        PlanParser.parseText(
            """
            KẾ HOẠCH
            Tổ chức phong trào thi đua “Xã Mẫu đổi mới” giai đoạn 2026 - 2030

            I. NỘI DUNG THI ĐUA
            1. Thi đua chuyển đổi số.
            II. THỜI GIAN
            1. Giai đoạn 1 (2026 - 2027): sơ kết năm 2027.
            III. TỔ CHỨC THỰC HIỆN
            1. Phòng Văn hóa - Xã hội, Phòng Kinh tế: là cơ quan thường trực, tham mưu tổ chức thực hiện Kế hoạch.
            2. Đề nghị Ủy ban Mặt trận Tổ quốc Việt Nam xã, các tổ chức chính trị - xã hội
            - Vận động đoàn viên, hội viên tham gia.
            """);
    assertThat(p.responsibilities())
        .extracting(PlanDocument.Responsibility::body)
        .containsExactly(
            "Phòng Văn hóa - Xã hội, Phòng Kinh tế",
            "Ủy ban Mặt trận Tổ quốc Việt Nam xã, các tổ chức chính trị - xã hội");
    assertThat(p.responsibilities().getFirst().tasks())
        .containsExactly("Là cơ quan thường trực, tham mưu tổ chức thực hiện Kế hoạch");
  }
}
