package vn.thidua.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;
import vn.thidua.document.Certificate;
import vn.thidua.document.CertificatePdf;

/**
 * Certificate PDFs (issue "Commendation": 1,000 certificates at ≥ 100 per second on 2 cores).
 *
 * <ul>
 *   <li>{@code thousandCertificatesOnTwoThreads}: one operation renders 1,000 different
 *       certificates on a pool of 2 threads; certificates/s = 1,000 / (seconds per operation).
 *   <li>{@code certificatePerSecondTwoThreads}: JMH throughput with 2 benchmark threads, one
 *       certificate per operation; ops/s is certificates/s directly.
 * </ul>
 */
@State(Scope.Benchmark)
@Fork(
    value = 1,
    jvmArgsAppend = {"-Xmx2g", "-XX:ActiveProcessorCount=2"})
public class CertificateBenchmark {

  private static final int BATCH = 1_000;

  private List<Certificate> certificates;
  private ExecutorService pool;
  private final AtomicInteger next = new AtomicInteger();

  @Setup
  public void setUp() {
    certificates = new ArrayList<>(BATCH);
    String[] families = {"Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Vũ", "Đặng", "Bùi"};
    String[] given = {"Thị Ánh Nguyệt", "Văn Hùng", "Minh Đức", "Thu Hà", "Quốc Bảo", "Hồng Nhung"};
    for (int i = 0; i < BATCH; i++) {
      String serial = "GK-2030-%06d".formatted(i);
      certificates.add(
          new Certificate(
              List.of("ỦY BAN NHÂN DÂN", "XÃ HÀ BẮC"),
              Certificate.MOTTO,
              i % 10 == 0 ? "BẰNG KHEN" : "GIẤY KHEN",
              List.of("CHỦ TỊCH ỦY BAN NHÂN DÂN XÃ HÀ BẮC", "Tặng"),
              families[i % families.length] + " " + given[i % given.length],
              List.of("Thôn " + (i % 12 + 1) + ", xã Hà Bắc"),
              "Đã có thành tích xuất sắc trong phong trào thi đua \"Đổi mới sáng tạo, phát triển"
                  + " khoa học, công nghệ, chuyển đổi số, chuyển đổi xanh\" giai đoạn 2026 - 2030",
              "Quyết định số 12/QĐ-UBND ngày 05/12/2030",
              "Hà Bắc, ngày 05 tháng 12 năm 2030",
              List.of("CHỦ TỊCH"),
              "Nguyễn Văn Hùng",
              serial,
              "https://thidua.example.vn/verify/" + serial + "?c=" + Integer.toString(i * 7919, 36),
              i % 50 == 0));
    }
    pool = Executors.newFixedThreadPool(2);
  }

  /** The 1,000 certificates of {@link #setUp} (also used by {@link CertificateBatch}). */
  public List<Certificate> certificates() {
    return certificates;
  }

  @TearDown
  public void tearDown() {
    pool.shutdownNow();
  }

  @Benchmark
  @BenchmarkMode(Mode.SingleShotTime)
  @OutputTimeUnit(TimeUnit.MILLISECONDS)
  @Warmup(iterations = 3)
  @Measurement(iterations = 5)
  public long thousandCertificatesOnTwoThreads() throws Exception {
    List<Future<Integer>> parts = new ArrayList<>(2);
    for (int t = 0; t < 2; t++) {
      int first = t;
      parts.add(
          pool.submit(
              () -> {
                int bytes = 0;
                for (int i = first; i < BATCH; i += 2) {
                  bytes += CertificatePdf.render(certificates.get(i)).length;
                }
                return bytes;
              }));
    }
    long total = 0;
    for (Future<Integer> f : parts) {
      total += f.get();
    }
    return total;
  }

  @Benchmark
  @BenchmarkMode(Mode.Throughput)
  @OutputTimeUnit(TimeUnit.SECONDS)
  @Threads(2)
  @Warmup(iterations = 3, time = 3)
  @Measurement(iterations = 5, time = 3)
  public byte[] certificatePerSecondTwoThreads() {
    return CertificatePdf.render(
        certificates.get(Math.floorMod(next.getAndIncrement(), certificates.size())));
  }
}
