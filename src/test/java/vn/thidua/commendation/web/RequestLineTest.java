package vn.thidua.commendation.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.ObjectReader;
import tools.jackson.databind.json.JsonMapper;
import vn.thidua.rulebook.EligibilityRequest;

/** The stream's token reader reads every line as data binding does, or leaves it to it. */
class RequestLineTest {

  private static final ObjectMapper JSON =
      JsonMapper.builder().disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build();
  private static final ObjectReader BINDING = JSON.readerFor(EligibilityRequest.class);

  private static String pick(SplittableRandom r, String... values) {
    return values[r.nextInt(values.length)];
  }

  private static Integer maybe(SplittableRandom r, int value) {
    return r.nextInt(5) == 0 ? null : value;
  }

  private static <T> List<T> maybeList(SplittableRandom r, java.util.function.Supplier<T> item) {
    if (r.nextInt(6) == 0) {
      return null;
    }
    List<T> out = new ArrayList<>();
    for (int i = r.nextInt(4); i > 0; i--) {
      out.add(item.get());
    }
    return out;
  }

  private static EligibilityRequest random(SplittableRandom r) {
    return new EligibilityRequest(
        r.nextInt(10) == 0 ? null : pick(r, "CHIEN_SI_THI_DUA_CO_SO", "GIAY_KHEN", "Bằng khen"),
        r.nextBoolean() ? null : pick(r, "ANNUAL", "THEMATIC"),
        r.nextBoolean() ? null : "2026-01-15",
        r.nextBoolean() ? null : "2026-06-20",
        maybe(r, 2020 + r.nextInt(8)),
        r.nextBoolean() ? null : "31",
        r.nextInt(4) == 0
            ? null
            : new EligibilityRequest.Subject(
                pick(r, "INDIVIDUAL", "COLLECTIVE"),
                r.nextBoolean() ? null : "LEADER",
                r.nextInt(3) == 0 ? null : r.nextBoolean()),
        maybeList(
            r,
            () ->
                new EligibilityRequest.HistoryEntry(
                    pick(r, "GIAY_KHEN", "LAO_DONG_TIEN_TIEN"),
                    maybe(r, 2019 + r.nextInt(6)),
                    r.nextBoolean() ? null : "THEMATIC")),
        r.nextInt(3) == 0
            ? null
            : new EligibilityRequest.Members(
                maybe(r, 30), maybe(r, 29), maybe(r, 20), maybe(r, 2), maybe(r, 0)),
        maybeList(
            r,
            () ->
                new EligibilityRequest.AnnualRating(
                    maybe(r, 2020 + r.nextInt(6)), pick(r, "HTXSNV", "HTTNV", "Hoàn thành"))),
        maybeList(
            r,
            () -> new EligibilityRequest.InitiativeFact(maybe(r, 2024), pick(r, "CO_SO", "TINH"))),
        r.nextInt(3) == 0 ? null : r.nextBoolean(),
        r.nextInt(3) == 0
            ? null
            : new EligibilityRequest.Vote(maybe(r, 9), maybe(r, 8), maybe(r, 7)),
        maybeList(
            r,
            () ->
                new EligibilityRequest.DisciplinePeriod(
                    pick(r, "KHIEN_TRACH", "CANH_CAO"),
                    "2024-01-01",
                    r.nextBoolean() ? null : "2024-12-31")));
  }

  private static EligibilityRequest bound(byte[] line) {
    return BINDING.readValue(line);
  }

  @Test
  void twoThousandRandomRequestsReadAlikeAndTheTokenReaderReadsThemAll() {
    SplittableRandom r = new SplittableRandom(20261206L);
    for (int i = 0; i < 2000; i++) {
      EligibilityRequest request = random(r);
      byte[] line = JSON.writeValueAsBytes(request);
      EligibilityRequest fast = RequestLine.plain(JSON, line);
      assertThat(fast).as(new String(line, StandardCharsets.UTF_8)).isEqualTo(bound(line));
      assertThat(fast).isEqualTo(request);
    }
  }

  @Test
  void otherShapesAreLeftToDataBindingAndEndAsItEndsThem() {
    String[] lines = {
      "{\"award\":\"GIAY_KHEN\",\"year\":\"2025\"}",
      "{\"award\":\"GIAY_KHEN\",\"year\":2025.0}",
      "{\"award\":\"GIAY_KHEN\",\"notAField\":{\"a\":[1,2]}}",
      "{\"award\":\"GIAY_KHEN\",\"subject\":{\"kind\":\"INDIVIDUAL\",\"extra\":1}}",
      "{\"award\":\"GIAY_KHEN\",\"disciplined\":\"true\"}",
      "{\"award\":\"GIAY_KHEN\",\"award\":\"LAO_DONG_TIEN_TIEN\"}",
      "{\"award\":\"GIAY_KHEN\",\"history\":[]}",
      "{}",
      "{\"award\":\"GIAY_KHEN\"} ",
    };
    for (String text : lines) {
      byte[] line = text.getBytes(StandardCharsets.UTF_8);
      assertThat(RequestLine.read(JSON, BINDING, line)).as(text).isEqualTo(bound(line));
    }
  }

  @Test
  void aLineDataBindingRefusesIsRefusedTheSameWay() {
    for (String text :
        new String[] {
          "{\"award\":",
          "[1,2]",
          "{\"year\":\"hai nghìn\"}",
          "{\"vote\":{\"members\":\"x\"}}",
          "{\"award\":\"GIAY_KHEN\",\"year\":12345678901}"
        }) {
      byte[] line = text.getBytes(StandardCharsets.UTF_8);
      Throwable expected = null;
      try {
        bound(line);
      } catch (RuntimeException e) {
        expected = e;
      }
      Throwable found = null;
      try {
        RequestLine.read(JSON, BINDING, line);
      } catch (RuntimeException e) {
        found = e;
      }
      assertThat(expected).as(text).isNotNull();
      assertThat(found).as(text).isNotNull().hasSameClassAs(expected);
      assertThat(found.getMessage()).isEqualTo(expected.getMessage());
    }
  }
}
