package vn.thidua.kernel;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class VietnameseTextTest {

  @Test
  void foldingIgnoresTonesMarksCaseAndFoldsDToD() {
    assertThat(VietnameseText.fold("Xã Hà Bắc")).isEqualTo("xa ha bac");
    assertThat(VietnameseText.fold("ĐỔI MỚI SÁNG TẠO")).isEqualTo("doi moi sang tao");
    assertThat(VietnameseText.fold("chuyển đổi số")).contains(VietnameseText.fold("chuyen doi so"));
    assertThat(VietnameseText.fold("Đoàn")).isEqualTo("doan");
  }

  @Test
  void cleanNormalisesToNfcAndCollapsesWhiteSpace() {
    String decomposed = "Ho\u0300a"; // "Hòa" written with a combining grave accent
    assertThat(VietnameseText.clean("  " + decomposed + " \u00A0 Bình ")).isEqualTo("Hòa Bình");
    assertThat(VietnameseText.clean(decomposed)).hasSize(3);
  }

  @Test
  void peopleSortByGivenNameThenMiddleThenFamily() {
    List<String> names =
        new ArrayList<>(
            List.of("Nguyễn Văn Bình", "Trần Thị An", "Lê Văn An", "Đỗ Thị Ánh", "Phạm Anh"));
    names.sort(VietnameseText.personNameCollator());
    assertThat(names)
        .containsExactly("Trần Thị An", "Lê Văn An", "Phạm Anh", "Đỗ Thị Ánh", "Nguyễn Văn Bình");
  }

  @Test
  void vietnameseAlphabetPutsDAfterDAndTonesInOrder() {
    List<String> words = new ArrayList<>(List.of("Đông", "Dung", "Ánh", "Ăn", "Ân", "Anh", "Ảnh"));
    words.sort(VietnameseText.collator());
    assertThat(words).containsExactly("Anh", "Ảnh", "Ánh", "Ăn", "Ân", "Dung", "Đông");
  }

  @Test
  void datesReadAsInStateDocuments() {
    assertThat(VietnameseDates.longForm(LocalDate.of(2026, 6, 9)))
        .isEqualTo("ngày 09 tháng 6 năm 2026");
    assertThat(VietnameseDates.longForm(LocalDate.of(2026, 2, 15)))
        .isEqualTo("ngày 15 tháng 02 năm 2026");
    assertThat(VietnameseDates.longForm(LocalDate.of(2026, 12, 1)))
        .isEqualTo("ngày 01 tháng 12 năm 2026");
  }

  @Test
  void theFastPathOfCleanGivesWhatTheFullCleaningGives() {
    String decomposed =
        java.text.Normalizer.normalize("Nguyễn Thị Ánh", java.text.Normalizer.Form.NFD);
    List<String> samples =
        List.of(
            "",
            " ",
            "An",
            "Nguyễn Văn An",
            decomposed,
            " Nguyễn  Văn An ",
            "Tổ trưởng \"tổ 3\"",
            "Kỹ sư\\kỹ thuật",
            "a\tb",
            "a\nb",
            "a\u00a0b",
            "a\u200bb",
            "a\ufeffb",
            "\u202eabc",
            "a\u2028b",
            "x\u0085y",
            "Đặng Thu Yến 99999");
    for (String s : samples) {
      String expected =
          java.util.regex.Pattern.compile(
                  "[\\p{Cc}\\u202A-\\u202E\\u2066-\\u2069\\u200E\\u200F\\u061C]")
              .matcher(
                  java.text.Normalizer.normalize(s, java.text.Normalizer.Form.NFC)
                      .replaceAll("[\\s\\u00A0\\u200B\\uFEFF]+", " "))
              .replaceAll("")
              .strip();
      assertThat(VietnameseText.clean(s)).as(s).isEqualTo(expected);
    }
  }
}
