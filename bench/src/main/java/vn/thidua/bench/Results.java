package vn.thidua.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Arrays;

/**
 * The figures a product-path benchmark reports (bench/run-all.sh collects them): one tab-separated
 * {@code RESULT} line per goal on standard output and in {@code bench/target/results-<key>.tsv},
 * and the load average beside every figure.
 */
final class Results {

  private Results() {}

  static void result(
      String key, String what, String figure, String anchor, String goal, boolean met)
      throws IOException {
    String line =
        String.join(
            "\t", "RESULT", key, what, figure, anchor, goal, met ? "MET" : "NOT MET");
    System.out.println(line);
    Path target = BenchApp.benchDir().resolve("target");
    Files.createDirectories(target);
    Files.writeString(
        target.resolve("results-" + key + ".tsv"),
        line + "\n",
        StandardOpenOption.CREATE,
        StandardOpenOption.TRUNCATE_EXISTING);
  }

  /** The 1-, 5- and 15-minute load averages and the run queue, as /proc/loadavg gives them. */
  static String loadAverage() {
    try {
      String[] f = Files.readString(Path.of("/proc/loadavg")).strip().split(" ");
      return f[0] + " " + f[1] + " " + f[2];
    } catch (IOException e) {
      return "unknown";
    }
  }

  static void say(String format, Object... args) {
    System.out.printf(format + "%n", args);
  }

  /** The p-th percentile (nearest rank) of values. */
  static double pct(double[] values, double p) {
    double[] sorted = values.clone();
    Arrays.sort(sorted);
    int i = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
    return sorted[Math.max(0, Math.min(sorted.length - 1, i))];
  }

  static double median(double[] values) {
    return pct(values, 50);
  }
}
