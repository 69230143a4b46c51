package vn.thidua.commendation.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.ObjectWriter;
import tools.jackson.databind.json.JsonMapper;
import vn.thidua.rulebook.EligibilityAnswer;

/** The stream's token writer writes every answer byte for byte as data binding does. */
class AnswerLineTest {

  private static final ObjectMapper JSON = JsonMapper.builder().build();
  private static final ObjectWriter BINDING = JSON.writerFor(EligibilityAnswer.class);

  private static String text(SplittableRandom r) {
    return switch (r.nextInt(4)) {
      case 0 -> null;
      case 1 -> "Đã có 2 năm «Hoàn thành xuất sắc nhiệm vụ»; \"liên tục\"\t\\ đến 2025";
      case 2 -> "Khoản 1 Điều 24 Luật Thi đua, khen thưởng 2022";
      default -> "";
    };
  }

  @Test
  void aThousandRandomAnswersAreWrittenByteForByteAsDataBindingWritesThemOnePerLine() {
    AnswerLine fast = AnswerLine.of(JSON, BINDING);
    assertThat(fast).as("the token writer is used with the mapper's defaults").isNotNull();
    SplittableRandom r = new SplittableRandom(7);
    ByteArrayOutputStream expected = new ByteArrayOutputStream();
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    // one writer for all, as a chunk of the stream is written
    try (JsonGenerator g = fast.start(out)) {
      for (int i = 0; i < 1000; i++) {
        List<EligibilityAnswer.Check> checks = null;
        if (r.nextInt(8) != 0) {
          checks = new ArrayList<>();
          for (int k = r.nextInt(6); k > 0; k--) {
            checks.add(
                new EligibilityAnswer.Check(
                    text(r), r.nextBoolean(), text(r), text(r), text(r), r.nextBoolean()));
          }
        }
        List<String> missing =
            r.nextInt(5) == 0 ? null : List.of("vote", "Năm «2025»").subList(0, r.nextInt(3));
        EligibilityAnswer a = new EligibilityAnswer(r.nextBoolean(), text(r), checks, missing);
        fast.write(g, a);
        expected.writeBytes(BINDING.writeValueAsBytes(a));
        expected.write('\n');
      }
    }
    assertThat(out.toString(java.nio.charset.StandardCharsets.UTF_8))
        .isEqualTo(expected.toString(java.nio.charset.StandardCharsets.UTF_8));
  }

  @Test
  void aMapperThatWritesOtherwiseKeepsItsOwnWriter() {
    ObjectMapper withoutNulls =
        JsonMapper.builder()
            .changeDefaultPropertyInclusion(v ->
                com.fasterxml.jackson.annotation.JsonInclude.Value.construct(
                    com.fasterxml.jackson.annotation.JsonInclude.Include.NON_NULL,
                    com.fasterxml.jackson.annotation.JsonInclude.Include.NON_NULL))
            .build();
    assertThat(AnswerLine.of(withoutNulls, withoutNulls.writerFor(EligibilityAnswer.class)))
        .isNull();
  }
}
