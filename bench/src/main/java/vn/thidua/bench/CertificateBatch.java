package vn.thidua.bench;

import com.sun.management.OperatingSystemMXBean;
import java.lang.management.ManagementFactory;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import vn.thidua.document.Certificate;
import vn.thidua.document.CertificatePdf;

/**
 * 1,000 certificates on 2 threads, timed by the wall clock and by the CPU time of the whole process
 * (rendering, JIT, GC). On a shared machine the wall clock measures the neighbours too; the CPU
 * time per certificate gives what 2 free cores can do: 2 / (CPU seconds per certificate).
 *
 * <p>Run (after {@code ../mvnw -q -f bench/pom.xml package}): {@code ./mvnw -q -f bench/pom.xml
 * dependency:build-classpath -Dmdep.outputFile=target/cp.txt && java -cp
 * "bench/target/classes:$(cat bench/target/cp.txt)" vn.thidua.bench.CertificateBatch 5}.
 */
public final class CertificateBatch {

  private CertificateBatch() {}

  public static void main(String[] args) throws Exception {
    int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 5;
    CertificateBenchmark data = new CertificateBenchmark();
    data.setUp();
    List<Certificate> certificates = data.certificates();
    OperatingSystemMXBean os =
        (OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
    ExecutorService pool = Executors.newFixedThreadPool(2);
    try {
      for (int round = 0; round < rounds; round++) {
        long cpu0 = os.getProcessCpuTime();
        long t0 = System.nanoTime();
        Future<?> a = pool.submit(() -> renderEveryOther(certificates, 0));
        Future<?> b = pool.submit(() -> renderEveryOther(certificates, 1));
        a.get();
        b.get();
        double wall = (System.nanoTime() - t0) / 1e9;
        double cpuPerCertificate = (os.getProcessCpuTime() - cpu0) / 1e9 / certificates.size();
        System.out.printf(
            "round %d: %d certificates in %.2f s wall = %.0f/s; %.1f ms CPU each"
                + " → %.0f/s on 2 free cores; load average %.2f%n",
            round + 1,
            certificates.size(),
            wall,
            certificates.size() / wall,
            cpuPerCertificate * 1000,
            2 / cpuPerCertificate,
            os.getSystemLoadAverage());
      }
    } finally {
      pool.shutdownNow();
      data.tearDown();
    }
  }

  private static void renderEveryOther(List<Certificate> certificates, int first) {
    for (int i = first; i < certificates.size(); i += 2) {
      CertificatePdf.render(certificates.get(i));
    }
  }
}
