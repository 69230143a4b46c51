package vn.thidua.bench;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import vn.thidua.document.DocxReader;
import vn.thidua.movement.PlanDocument;
import vn.thidua.movement.plan.PlanParser;
import vn.thidua.movement.plan.PlanRenderer;

/**
 * Parsing a commune plan warm: the 26 KB Bình Giang plan (text) and the Nam Sách plan rendered to
 * .docx and read back. Target: under 50 ms per plan (issue "Movements and the plan cascade").
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class PlanParseBenchmark {

  private String binhGiang;
  private String haBac;
  private byte[] namSachDocx;

  @Setup
  public void load() throws IOException {
    binhGiang = read("seeds/binh-giang-commune-plan-2026.txt");
    haBac = read("seeds/ha-bac-commune-plan-2026.txt");
    namSachDocx = PlanRenderer.docx(PlanParser.parseText(read("seeds/nam-sach-commune-plan-2026.txt")));
  }

  private static String read(String resource) throws IOException {
    try (InputStream in = PlanParseBenchmark.class.getClassLoader().getResourceAsStream(resource)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  @Benchmark
  public PlanDocument parsePlan26kbText() {
    return PlanParser.parseText(binhGiang);
  }

  @Benchmark
  public PlanDocument parseDecisionWithPlan26kbText() {
    return PlanParser.parseText(haBac);
  }

  @Benchmark
  public PlanDocument parsePlanDocx() {
    return PlanParser.parseDocx(DocxReader.read(new ByteArrayInputStream(namSachDocx)));
  }
}
