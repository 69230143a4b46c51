package vn.thidua.commendation.web;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.util.Arrays;
import java.util.List;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.io.SerializedString;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.ObjectWriter;
import vn.thidua.rulebook.EligibilityAnswer;

/**
 * Writes the answers of the eligibility stream (issue 16) property by property, without data
 * binding's per-property accessors: the same bytes as the mapper's writer, which {@link #of} checks
 * on sample answers before the stream uses it (if the mapper were configured to write otherwise,
 * the stream keeps the mapper's writer).
 */
final class AnswerLine {

  private final ObjectMapper json;

  /** Answers written one after the other, each followed by its own line end. */
  private final ObjectWriter lines;

  /**
   * The texts of the answers as quoted UTF-8, encoded once: the rules, citations and most messages
   * recur from one request to the next. Bounded: emptied when full.
   */
  private final java.util.concurrent.ConcurrentHashMap<String, SerializedString> encoded =
      new java.util.concurrent.ConcurrentHashMap<>();

  private static final int ENCODED_MAX = 50_000;

  private AnswerLine(ObjectMapper json) {
    this.json = json;
    this.lines = json.writer().withRootValueSeparator("");
  }

  private void text(JsonGenerator g, String name, String value) {
    g.writeName(name);
    text(g, value);
  }

  private void text(JsonGenerator g, String value) {
    if (value == null) {
      g.writeNull();
      return;
    }
    SerializedString s = encoded.get(value);
    if (s == null) {
      if (encoded.size() >= ENCODED_MAX) {
        encoded.clear();
      }
      s = new SerializedString(value);
      encoded.put(value, s);
    }
    g.writeString(s);
  }

  /** The token writer if it writes the samples exactly as {@code binding} does, else null. */
  static AnswerLine of(ObjectMapper json, ObjectWriter binding) {
    AnswerLine fast = new AnswerLine(json);
    List<EligibilityAnswer> samples =
        List.of(
            new EligibilityAnswer(
                false,
                "Luật 2022 «đã sửa đổi»",
                List.of(
                    new EligibilityAnswer.Check(
                        "R1", true, "CERTAIN", "Đạt: 2 năm \"liên tục\"\n", "Điều 24", false),
                    new EligibilityAnswer.Check("R2", false, null, null, null, true)),
                List.of("annualRatings", "vote")),
            new EligibilityAnswer(true, null, List.of(), List.of()),
            new EligibilityAnswer(false, null, null, null));
    ByteArrayOutputStream expected = new ByteArrayOutputStream();
    ByteArrayOutputStream found = new ByteArrayOutputStream();
    try (JsonGenerator g = fast.start(found)) {
      for (EligibilityAnswer a : samples) {
        expected.writeBytes(binding.writeValueAsBytes(a));
        expected.write('\n');
        fast.write(g, a);
      }
    }
    return Arrays.equals(found.toByteArray(), expected.toByteArray()) ? fast : null;
  }

  /** A writer of answers to {@code out}, one per line (closing it flushes them). */
  JsonGenerator start(OutputStream out) {
    return lines.createGenerator(out);
  }

  /** Writes the answer as JSON and a line end. */
  void write(JsonGenerator g, EligibilityAnswer a) {
    g.writeStartObject();
    g.writeBooleanProperty("eligible", a.eligible());
    text(g, "regime", a.regime());
    g.writeName("checks");
    if (a.checks() == null) {
      g.writeNull();
    } else {
      g.writeStartArray();
      for (EligibilityAnswer.Check c : a.checks()) {
        g.writeStartObject();
        text(g, "rule", c.rule());
        g.writeBooleanProperty("passed", c.passed());
        text(g, "confidence", c.confidence());
        text(g, "message", c.message());
        text(g, "citation", c.citation());
        g.writeBooleanProperty("undecided", c.undecided());
        g.writeEndObject();
      }
      g.writeEndArray();
    }
    g.writeName("missing");
    if (a.missing() == null) {
      g.writeNull();
    } else {
      g.writeStartArray();
      for (String m : a.missing()) {
        text(g, m);
      }
      g.writeEndArray();
    }
    g.writeEndObject();
    g.writeRaw('\n');
  }
}
