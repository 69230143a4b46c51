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
      EligibilityRequest fast = RequestLine.plain(line);
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
      assertThat(RequestLine.read(BINDING, line)).as(text).isEqualTo(bound(line));
    }
  }

  /** What a reader made of a line: the request, or the class and message of its refusal. */
  private static Object outcome(java.util.function.Supplier<EligibilityRequest> reader) {
    try {
      return reader.get();
    } catch (RuntimeException e) {
      return e.getClass().getName() + ": " + e.getMessage();
    }
  }

  private static final byte[] ALTERATIONS = {
    ' ',
    '\t',
    '\r',
    ',',
    ':',
    '{',
    '}',
    '[',
    ']',
    '"',
    '\\',
    '0',
    '1',
    '-',
    '.',
    'e',
    'n',
    'u',
    'l',
    't',
    'x',
    0x01,
    0x7f,
    (byte) 0xc3,
    (byte) 0xa0,
    (byte) 0xff
  };

  @Test
  void twentyThousandAlteredLinesEndAsDataBindingEndsThem() {
    SplittableRandom r = new SplittableRandom(20261207L);
    int plain = 0;
    for (int i = 0; i < 20_000; i++) {
      byte[] line = JSON.writeValueAsBytes(random(r));
      int at = r.nextInt(line.length);
      byte[] altered =
          switch (r.nextInt(3)) {
            case 0 -> { // one byte replaced
              byte[] out = line.clone();
              out[at] = ALTERATIONS[r.nextInt(ALTERATIONS.length)];
              yield out;
            }
            case 1 -> { // one byte inserted
              byte[] out = new byte[line.length + 1];
              System.arraycopy(line, 0, out, 0, at);
              out[at] = ALTERATIONS[r.nextInt(ALTERATIONS.length)];
              System.arraycopy(line, at, out, at + 1, line.length - at);
              yield out;
            }
            default -> { // one byte left out
              byte[] out = new byte[line.length - 1];
              System.arraycopy(line, 0, out, 0, at);
              System.arraycopy(line, at + 1, out, at, line.length - at - 1);
              yield out;
            }
          };
      String text = new String(altered, StandardCharsets.UTF_8);
      assertThat(outcome(() -> RequestLine.read(BINDING, altered)))
          .as(text)
          .isEqualTo(outcome(() -> bound(altered)));
      try {
        RequestLine.plain(altered);
        plain++;
      } catch (RuntimeException leftToBinding) {
        // fine: data binding read it above
      }
    }
    // the scanner reads the alterations that keep the plain shape (a blank between tokens, another
    // digit or letter inside a value) and leaves the rest; both kinds are many
    assertThat(plain).isBetween(3_000, 17_000);
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
        RequestLine.read(BINDING, line);
      } catch (RuntimeException e) {
        found = e;
      }
      assertThat(expected).as(text).isNotNull();
      assertThat(found).as(text).isNotNull().hasSameClassAs(expected);
      assertThat(found.getMessage()).isEqualTo(expected.getMessage());
    }
  }
}
