package vn.thidua.commendation.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.ObjectReader;
import vn.thidua.kernel.BusinessRuleViolation;
import vn.thidua.kernel.StreamLimits;
import vn.thidua.rulebook.EligibilityAnswer;
import vn.thidua.rulebook.EligibilityRequest;
import vn.thidua.rulebook.RegimeView;
import vn.thidua.rulebook.RuleView;
import vn.thidua.rulebook.Rulebook;

/** Explained eligibility over the API; any signed-in user may ask. */
@RestController
@RequestMapping("/api/v1/eligibility")
@Tag(name = "Xét điều kiện khen thưởng")
class EligibilityApiController {

  private final Rulebook eligibility;
  private final ObjectMapper json;
  private final MessageSource messages;

  /** The answers' writer, its serializer found once rather than at every line. */
  private final tools.jackson.databind.ObjectWriter answers;

  EligibilityApiController(Rulebook eligibility, ObjectMapper json, MessageSource messages) {
    this.eligibility = eligibility;
    this.json = json;
    this.messages = messages;
    this.answers = json.writerFor(EligibilityAnswer.class);
    this.fastAnswers = AnswerLine.of(json, answers);
  }

  /** The token writer of the answers, or null when it would not write what {@code answers} does. */
  private final AnswerLine fastAnswers;

  /**
   * Lines judged together, on every core, before their answers are written in order: small enough
   * that the first answers leave soon and both cores stay busy to the end of a stream.
   */
  static final int CHUNK = 1024;

  /**
   * The batch as a stream of JSON lines: one request per line in, one answer per line out, in the
   * same order, written as they are judged (the batch is never held whole); with {@code
   * compact=true} an answer lists only the checks that failed or could not be decided. A line that
   * cannot be read or judged answers {@code {"line": n, "field": …, "error": "…"}} in its place and
   * the stream goes on; a stream that is not JSON lines at all, or beyond {@link StreamLimits},
   * ends with such a line.
   */
  @PostMapping(value = "/check-batch", consumes = NDJSON, produces = NDJSON)
  @Operation(
      summary =
          "Xét cả danh sách theo dòng JSON (application/x-ndjson): mỗi dòng một đối tượng, trả lời"
              + " từng dòng theo đúng thứ tự; compact=true chỉ liệt kê điều kiện không đạt")
  void checkStream(
      @RequestParam(required = false, defaultValue = "false") boolean compact,
      HttpServletRequest request,
      HttpServletResponse response)
      throws IOException {
    response.setContentType(NDJSON);
    response.setCharacterEncoding("UTF-8");
    OutputStream out = new BufferedOutputStream(response.getOutputStream(), 64 * 1024);
    Lines in = new Lines(new BoundedInput(request.getInputStream(), StreamLimits.NDJSON_BYTES));
    ObjectReader reader = json.readerFor(EligibilityRequest.class);
    java.util.ArrayDeque<java.util.concurrent.Future<Blocks>> judging =
        new java.util.ArrayDeque<>();
    List<byte[]> lines = new ArrayList<>(CHUNK);
    int first = 1;
    int read = 0;
    byte[] line;
    try {
      while ((line = in.next()) != null) {
        if (Lines.isBlank(line)) {
          continue;
        }
        if (++read > StreamLimits.NDJSON_LINES) {
          drain(judging, out, 0);
          writeError(out, read, null, "eligibility.stream.too-many", StreamLimits.NDJSON_LINES);
          break;
        }
        lines.add(line);
        if (lines.size() == CHUNK) {
          judging.add(judge(lines, first, reader, compact));
          first += lines.size();
          lines = new ArrayList<>(CHUNK);
          drain(judging, out, 2 * JUDGES + 1);
        }
      }
    } catch (BoundedInput.TooLarge e) {
      judging.add(judge(lines, first, reader, compact));
      lines = List.of();
      drain(judging, out, 0);
      writeError(out, read, null, "eligibility.stream.too-large", StreamLimits.NDJSON_BYTES >> 20);
    }
    judging.add(judge(lines, first, reader, compact));
    drain(judging, out, 0);
    out.flush();
  }

  /** Threads that judge the chunks of the streams, one per core. */
  private static final int JUDGES = Runtime.getRuntime().availableProcessors();

  private final java.util.concurrent.ExecutorService judges =
      java.util.concurrent.Executors.newFixedThreadPool(
          JUDGES, Thread.ofPlatform().name("eligibility-judge-", 0).daemon().factory());

  @jakarta.annotation.PreDestroy
  void stopJudges() {
    judges.shutdownNow();
  }

  /**
   * Judges a chunk on one of the judging threads, while the request's own thread goes on reading
   * the next chunks and writing the answers of the earlier ones (reading, judging and writing
   * overlap).
   */
  private java.util.concurrent.Future<Blocks> judge(
      List<byte[]> lines, int first, ObjectReader reader, boolean compact) {
    return judges.submit(() -> {
      Blocks chunk = new Blocks();
      try (tools.jackson.core.JsonGenerator g =
          fastAnswers == null ? null : fastAnswers.start(chunk)) {
        for (int i = 0; i < lines.size(); i++) {
          Object a = answer(lines.get(i), first + i, reader, compact);
          if (a instanceof EligibilityAnswer answer && g != null) {
            fastAnswers.write(g, answer);
            continue;
          }
          if (g != null) {
            g.flush(); // the answers before this line first
          }
          chunk.write(
              a instanceof EligibilityAnswer answer
                  ? answers.writeValueAsBytes(answer)
                  : (byte[]) a);
          chunk.write('\n');
        }
      }
      return chunk;
    });
  }

  /** Writes, in order, the answers of the chunks judged until at most {@code keep} are pending. */
  private static void drain(
      java.util.ArrayDeque<java.util.concurrent.Future<Blocks>> judging, OutputStream out, int keep)
      throws IOException {
    while (judging.size() > keep) {
      try {
        judging.poll().get().writeTo(out);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IOException(e);
      } catch (java.util.concurrent.ExecutionException e) {
        throw new IllegalStateException(e.getCause());
      }
    }
  }

  /** The answer of a line, or the bytes of its error. */
  private Object answer(byte[] line, int number, ObjectReader reader, boolean compact) {
    EligibilityRequest r;
    try {
      r = RequestLine.read(reader, line);
    } catch (tools.jackson.core.JacksonException e) {
      return error(number, null, "eligibility.stream.unreadable");
    }
    if (r == null || r.award() == null || r.award().isBlank()) {
      return error(number, "award", "eligibility.field-required", "award");
    }
    try {
      EligibilityAnswer a = eligibility.check(r);
      if (compact) {
        List<EligibilityAnswer.Check> failed = new ArrayList<>();
        for (EligibilityAnswer.Check c : a.checks()) {
          if (!c.passed() || c.undecided()) {
            failed.add(c);
          }
        }
        a = new EligibilityAnswer(a.eligible(), a.regime(), failed, a.missing());
      }
      return a;
    } catch (BusinessRuleViolation e) {
      return error(number, e.field(), e.code(), e.args());
    }
  }

  private byte[] error(int line, String field, String code, Object... args) {
    Map<String, Object> e = new java.util.LinkedHashMap<>();
    e.put("line", line);
    if (field != null) {
      e.put("field", field);
    }
    e.put("error", messages.getMessage(code, args, code, VIETNAMESE));
    return json.writeValueAsBytes(e);
  }

  private void writeError(OutputStream out, int line, String field, String code, Object... args)
      throws IOException {
    out.write(error(line, field, code, args));
    out.write('\n');
  }

  private static final java.util.Locale VIETNAMESE = java.util.Locale.forLanguageTag("vi-VN");

  static final String NDJSON = "application/x-ndjson";

  /**
   * The answers of a chunk in blocks of 64 KB: no array is ever copied to grow, and none is large
   * enough for the collector to treat it apart (a chunk's answers are several megabytes).
   */
  static final class Blocks extends OutputStream {
    private static final int SIZE = 64 * 1024;
    private final List<byte[]> full = new ArrayList<>();
    private byte[] block = new byte[SIZE];
    private int used;

    @Override
    public void write(int b) {
      if (used == SIZE) {
        next();
      }
      block[used++] = (byte) b;
    }

    @Override
    public void write(byte[] b, int off, int len) {
      while (len > 0) {
        if (used == SIZE) {
          next();
        }
        int n = Math.min(len, SIZE - used);
        System.arraycopy(b, off, block, used, n);
        used += n;
        off += n;
        len -= n;
      }
    }

    private void next() {
      full.add(block);
      block = new byte[SIZE];
      used = 0;
    }

    void writeTo(OutputStream out) throws IOException {
      for (byte[] b : full) {
        out.write(b, 0, SIZE);
      }
      out.write(block, 0, used);
    }
  }

  /**
   * The lines of a stream as bytes (UTF-8 left to the JSON parser, which reads bytes faster than
   * characters); the line feed and a carriage return before it are left out.
   */
  private static final class Lines {
    private final java.io.InputStream in;
    private final byte[] buffer = new byte[64 * 1024];
    private int start;
    private int end;

    Lines(java.io.InputStream in) {
      this.in = in;
    }

    /** The next line, or null at the end of the stream. */
    byte[] next() throws IOException {
      java.io.ByteArrayOutputStream longer = null;
      while (true) {
        int i = Bytes.newline(buffer, start, end);
        if (i >= 0) {
          byte[] line = take(longer, i);
          start = i + 1;
          return line;
        }
        if (end > start) {
          if (longer == null) {
            longer = new java.io.ByteArrayOutputStream();
          }
          longer.write(buffer, start, end - start);
        }
        start = 0;
        end = Math.max(0, in.read(buffer));
        if (end == 0) {
          return longer == null ? null : take(longer, 0);
        }
      }
    }

    private byte[] take(java.io.ByteArrayOutputStream longer, int to) {
      int n = to - start;
      if (n > 0 && buffer[to - 1] == '\r') {
        n--;
      }
      if (longer == null) {
        return java.util.Arrays.copyOfRange(buffer, start, start + n);
      }
      longer.write(buffer, start, Math.max(0, n));
      return longer.toByteArray();
    }

    static boolean isBlank(byte[] line) {
      for (byte b : line) {
        if (b != ' ' && b != '\t' && b != '\r') {
          return false;
        }
      }
      return true;
    }
  }

  /** An input stream that refuses to go past a number of bytes. */
  private static final class BoundedInput extends java.io.FilterInputStream {
    /** Thrown once the bound is passed. */
    static final class TooLarge extends IOException {
      TooLarge() {
        super("stream too large");
      }
    }

    private long left;

    BoundedInput(java.io.InputStream in, long bound) {
      super(in);
      this.left = bound;
    }

    @Override
    public int read() throws IOException {
      int b = super.read();
      if (b >= 0 && --left < 0) {
        throw new TooLarge();
      }
      return b;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
      int n = super.read(b, off, len);
      if (n > 0 && (left -= n) < 0) {
        throw new TooLarge();
      }
      return n;
    }
  }

  @PostMapping("/check")
  @Operation(
      summary =
          "Xét một đối tượng có đủ điều kiện, tiêu chuẩn cho một danh hiệu, hình thức khen thưởng"
              + " hay không, kèm từng điều kiện, căn cứ pháp lý và dữ kiện còn thiếu")
  EligibilityAnswer check(@RequestBody EligibilityRequest request) {
    if (request == null) {
      throw BusinessRuleViolation.onField("award", "eligibility.field-required", "award");
    }
    return eligibility.check(request);
  }

  @PostMapping("/check-batch")
  @Operation(
      summary =
          "Xét cùng lúc cả danh sách đối tượng của một đợt bình xét; trả lời theo đúng thứ tự")
  List<EligibilityAnswer> checkBatch(@RequestBody List<EligibilityRequest> requests) {
    return eligibility.checkBatch(requests == null ? List.of() : requests);
  }

  @GetMapping("/rules")
  @Operation(
      summary =
          "Các quy tắc xét điều kiện (mỗi điều kiện một dòng) với căn cứ pháp lý, độ tin cậy và"
              + " thời gian hiệu lực")
  List<RuleView> rules(@RequestParam(required = false) String award) {
    return eligibility.rules(award);
  }

  @GetMapping("/regimes")
  @Operation(summary = "Các chế độ pháp lý theo ngày hiệu lực")
  List<RegimeView> regimes() {
    return eligibility.regimes();
  }

  @GetMapping("/province-parameters")
  @Operation(
      summary =
          "Tham số của tỉnh (tỷ lệ phiếu, số thành viên tối thiểu, số ngày công khai, tiêu chuẩn"
              + " Giấy khen); mặc định theo QĐ 86/2025/QĐ-UBND tỉnh Bắc Ninh")
  Map<String, Object> provinceParameters(@RequestParam(required = false) String province) {
    return eligibility.provinceParameters(province);
  }
}
