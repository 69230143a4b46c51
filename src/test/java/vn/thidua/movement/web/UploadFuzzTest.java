package vn.thidua.movement.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import vn.thidua.document.Spreadsheets;
import vn.thidua.kernel.BusinessRuleViolation;
import vn.thidua.kernel.FileTooLarge;
import vn.thidua.movement.plan.PlanParser;
import vn.thidua.movement.plan.PlanRenderer;

/**
 * Issue 11: the parsers of uploaded files fed random and mutated bytes, for a fixed budget (a few
 * hundred tries each, seconds in all). Every failure must be the product's own refusal, which the
 * web layer answers with a 4xx — never another exception, a stack overflow or an out-of-memory.
 *
 * <p>Plain JUnit with fixed seeds (ADR 0011): every run tries the same inputs, and a failure names
 * the seed and the try that reproduce it.
 */
class UploadFuzzTest {

  private static final byte[] PLAN_DOCX = planDocx();
  private static final byte[] WORKBOOK =
      Spreadsheets.write(
          "Số liệu",
          List.of("Mã tổ chức", "Mã chỉ tiêu", "Năm", "Giá trị", "Ghi chú"),
          List.of(
              List.<Object>of(1001, "TRONG_CAY", 2026, 120, "Thôn Đông"),
              List.<Object>of(1002, "VNEID", 2026, 80.5, java.time.LocalDate.of(2026, 2, 28))),
          List.of("Hướng dẫn"));

  private static byte[] planDocx() {
    String plan =
        """
        ỦY BAN NHÂN DÂN XÃ HÀ BẮC
        Số: 12/KH-UBND
        KẾ HOẠCH
        Tổ chức phong trào thi đua năm 2026
        I. MỤC ĐÍCH, YÊU CẦU
        1. Mục đích
        a) Động viên cán bộ, công chức thi đua hoàn thành nhiệm vụ.
        II. NỘI DUNG
        1. Trồng 1.000 cây xanh trước ngày 30/6/2026.
        """;
    return PlanRenderer.docx(PlanParser.parseText(plan));
  }

  /** Runs the plan parse entry as the upload route does; only its own refusals may escape. */
  private static void parsePlan(String name, byte[] bytes) {
    try {
      assertThat(PlanDocumentApiController.parse(name, null, bytes)).isNotNull();
    } catch (BusinessRuleViolation | FileTooLarge refused) {
      // a 422 / 413 with a Vietnamese message
    }
  }

  private static void readWorkbook(byte[] bytes) {
    try {
      assertThat(Spreadsheets.read(new ByteArrayInputStream(bytes))).isNotNull();
    } catch (Spreadsheets.InvalidSpreadsheet | BusinessRuleViolation | FileTooLarge refused) {
      // every import answers these with a 422 / 413
    }
  }

  private static final long SEED = 20261205L;

  /**
   * Runs {@code tries} inputs of a seeded generator; a failure names the try that reproduces it.
   */
  private static void fuzz(String what, int tries, java.util.function.Consumer<Random> attempt) {
    for (int i = 0; i < tries; i++) {
      Random random = new Random(SEED * 31 + i);
      try {
        attempt.accept(random);
      } catch (AssertionError | RuntimeException | StackOverflowError | OutOfMemoryError e) {
        throw new AssertionError(what + ": try " + i + " (seed " + (SEED * 31 + i) + ")", e);
      }
    }
  }

  /** Text of up to 4,000 characters: Vietnamese letters, digits, punctuation, controls, any BMP. */
  private static String text(Random random) {
    String alphabet = "aăâbcdđeêghiklmnoôơpqrstuưvxyàáảãạằắẳẵặầấẩẫậèéẻẽẹ0123456789 .,;:/()-–\n\t";
    StringBuilder b = new StringBuilder();
    int n = random.nextInt(4001);
    for (int i = 0; i < n; i++) {
      b.append(
          random.nextInt(5) == 0
              ? (char) random.nextInt(0xD800)
              : alphabet.charAt(random.nextInt(alphabet.length())));
    }
    return b.toString();
  }

  private static byte[] bytes(Random random) {
    byte[] b = new byte[random.nextInt(4001)];
    random.nextBytes(b);
    return b;
  }

  @Test
  void randomTextNeverBreaksThePlanParser() {
    fuzz(
        "plan text", 300, r -> parsePlan("ke-hoach.txt", text(r).getBytes(StandardCharsets.UTF_8)));
  }

  @Test
  void randomBytesNeverBreakThePlanParser() {
    fuzz(
        "plan bytes",
        300,
        r -> {
          byte[] b = bytes(r);
          parsePlan("ke-hoach.txt", b);
          parsePlan("ke-hoach.docx", b);
        });
  }

  @Test
  void aMutatedDocxNeverBreaksThePlanParser() {
    fuzz("mutated plan .docx", 150, r -> parsePlan("ke-hoach.docx", mutate(PLAN_DOCX, r)));
  }

  @Test
  void randomBytesNeverBreakTheWorkbookReader() {
    fuzz(
        "workbook bytes",
        200,
        r -> {
          byte[] b = bytes(r);
          readWorkbook(b);
          byte[] zipped = b.clone();
          if (zipped.length > 2) {
            zipped[0] = 'P';
            zipped[1] = 'K';
          }
          readWorkbook(zipped);
        });
  }

  @Test
  void aMutatedWorkbookNeverBreaksTheReader() {
    fuzz("mutated workbook", 150, r -> readWorkbook(mutate(WORKBOOK, r)));
  }

  /**
   * Either flips, inserts or cuts bytes of the package itself, or does so inside one of its parts
   * and packs it again (which reaches the XML readers past the zip's checksums).
   */
  static byte[] mutate(byte[] original, Random random) {
    if (random.nextInt(3) == 0) {
      return mutateBytes(original, random);
    }
    Map<String, byte[]> parts = unzip(original);
    List<String> names = new ArrayList<>(parts.keySet());
    String victim = names.get(random.nextInt(names.size()));
    parts.put(victim, mutateBytes(parts.get(victim), random));
    if (random.nextInt(10) == 0) {
      parts.remove(names.get(random.nextInt(names.size())));
    }
    return zip(parts);
  }

  private static byte[] mutateBytes(byte[] original, Random random) {
    byte[] b = original.clone();
    int edits = 1 + random.nextInt(8);
    for (int e = 0; e < edits && b.length > 0; e++) {
      int at = random.nextInt(b.length);
      switch (random.nextInt(4)) {
        case 0 -> b[at] = (byte) random.nextInt(256);
        case 1 -> b = java.util.Arrays.copyOf(b, Math.max(1, at)); // truncate
        case 2 -> {
          byte[] longer = new byte[b.length + 8];
          System.arraycopy(b, 0, longer, 0, at);
          for (int k = 0; k < 8; k++) {
            longer[at + k] = (byte) "<w:p></>".charAt(random.nextInt(8));
          }
          System.arraycopy(b, at, longer, at + 8, b.length - at);
          b = longer;
        }
        default -> {
          int from = random.nextInt(b.length);
          int len = Math.min(64, b.length - Math.max(at, from));
          System.arraycopy(b, from, b, at, Math.max(0, len)); // repeat a slice
        }
      }
    }
    return b;
  }

  private static Map<String, byte[]> unzip(byte[] bytes) {
    Map<String, byte[]> parts = new LinkedHashMap<>();
    try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(bytes))) {
      ZipEntry e;
      while ((e = in.getNextEntry()) != null) {
        parts.put(e.getName(), in.readAllBytes());
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return parts;
  }

  private static byte[] zip(Map<String, byte[]> parts) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (ZipOutputStream zip = new ZipOutputStream(out)) {
      for (Map.Entry<String, byte[]> p : parts.entrySet()) {
        zip.putNextEntry(new ZipEntry(p.getKey()));
        zip.write(p.getValue());
        zip.closeEntry();
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }
}
