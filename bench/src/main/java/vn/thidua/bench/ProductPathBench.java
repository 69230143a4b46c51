package vn.thidua.bench;

import static vn.thidua.bench.Results.loadAverage;
import static vn.thidua.bench.Results.pct;
import static vn.thidua.bench.Results.result;
import static vn.thidua.bench.Results.say;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;
import vn.thidua.rulebook.EligibilityRequest;

/**
 * The product paths of issue 16 that need only the demo data, each through HTTP against the running
 * jar on its embedded PostgreSQL with fsync on, each with its anchor in the same run:
 *
 * <ol>
 *   <li>the signed-in floor ({@code GET /api/v1/notifications}, wrk) beside a static file;
 *   <li>report submissions at a fixed rate of 300 per second (open model: each request is sent at
 *       its planned time whatever the previous ones do, and its latency counts from that time, so a
 *       stall shows in the percentiles), after a warm-up that submits other fresh reports;
 *   <li>the eligibility batch of 100,000 checks streamed as JSON lines, on both cores and, in a
 *       second application pinned to one core ({@code taskset -c 1}), on one;
 *   <li>1,000 different certificates downloaded as PDF, beside LibreOffice converting 100 of the
 *       same certificates (their XHTML) to PDF.
 * </ol>
 *
 * <p>Run by {@code bench/run-all.sh}; alone: {@code java -cp … vn.thidua.bench.ProductPathBench}.
 */
public final class ProductPathBench {

  private static final int RATE = 300;
  private static final int WARM_SECONDS = Integer.getInteger("bench.warm", 10);
  private static final int MEASURED_SECONDS = 30;
  private static final int CHECKS = 100_000;
  private static final int CERTIFICATES = 1000;

  /** Batches of each kind (full and compact answers) sent before the eligibility is measured. */
  private static final int WARM_BATCHES = 15;

  /**
   * Batches of each kind measured: one batch takes half a second and runs of the same warm server
   * spread from 0.7 to 1.3 times their median on this VM, so three were too few to tell a median.
   */
  private static final int MEASURED_BATCHES = 7;

  private ProductPathBench() {}

  public static void main(String[] args) {
    int status = 0;
    try {
      run(args);
    } catch (Throwable e) {
      e.printStackTrace();
      status = 1;
    }
    System.exit(status); // no pool left behind keeps the JVM (and run-all.sh) waiting
  }

  private static void run(String[] args) throws Exception {
    Path target = BenchApp.benchDir().resolve("target");
    List<String> only = List.of(args);
    say("product paths, load average at start: %s", loadAverage());
    byte[] batch = eligibilityBatch();
    if (only.isEmpty() || !only.equals(List.of("one-core"))) {
      try (BenchApp app = BenchApp.start(target.resolve("product-path"), "0,1", 0, Map.of())) {
        BenchApp.Session admin = app.signIn("admin", BenchApp.ADMIN_PASSWORD);
        if (wanted(only, "floor")) {
          floor(app, admin);
        }
        if (wanted(only, "submit")) {
          submissions(app, admin);
        }
        if (wanted(only, "eligibility")) {
          eligibility(app, admin, batch, "eligibility-two-cores", "two cores", 200_000);
        }
        if (wanted(only, "certificates")) {
          certificates(app, admin, target);
        }
      }
    }
    if (wanted(only, "one-core")) {
      try (BenchApp app = BenchApp.start(target.resolve("product-path-1"), "1", 1, Map.of())) {
        BenchApp.Session admin = app.signIn("admin", BenchApp.ADMIN_PASSWORD);
        eligibility(app, admin, batch, "eligibility-one-core", "one core", 50_000);
      }
    }
    say("product paths, load average at end: %s", loadAverage());
  }

  private static boolean wanted(List<String> only, String what) {
    return only.isEmpty() || only.contains(what);
  }

  // ---- the signed-in floor -------------------------------------------------------------------

  private static final Pattern RPS = Pattern.compile("Requests/sec:\\s+([\\d.]+)");

  private static void floor(BenchApp app, BenchApp.Session admin) throws Exception {
    wrk(app.base + "/css/app.css", null); // warm-up of both, not measured
    wrk(app.base + "/api/v1/notifications", admin.cookie());
    String load = loadAverage();
    Wrk anchor = wrk(app.base + "/css/app.css", null);
    Wrk floor = wrk(app.base + "/api/v1/notifications", admin.cookie());
    result(
        "signed-in-floor",
        "Signed-in floor GET /api/v1/notifications (wrk -t1 -c4 -d10s), load " + load,
        String.format("%,.0f req/s, p50 %.2f ms, p99 %.2f ms", floor.rps, floor.p50, floor.p99),
        String.format(
            "static /css/app.css %,.0f req/s, p50 %.2f ms, p99 %.2f ms",
            anchor.rps, anchor.p50, anchor.p99),
        "measured before/after quiet sessions (before: 540-758 req/s)",
        floor.rps > 758);
  }

  private record Wrk(double rps, double p50, double p99) {}

  private static Wrk wrk(String url, String session) throws Exception {
    List<String> cmd = new ArrayList<>(List.of("wrk", "-t1", "-c4", "-d10s", "--latency"));
    if (session != null) {
      cmd.addAll(List.of("-H", "Cookie: SESSION=" + session));
    }
    cmd.add(url);
    Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
    String out = new String(p.getInputStream().readAllBytes());
    p.waitFor();
    Matcher rps = RPS.matcher(out);
    if (!rps.find() || out.contains("Non-2xx")) {
      throw new IllegalStateException("wrk on " + url + ":\n" + out);
    }
    return new Wrk(Double.parseDouble(rps.group(1)), wrkPercentile(out, "50%"), wrkPercentile(out, "99%"));
  }

  private static double wrkPercentile(String out, String label) {
    Matcher m = Pattern.compile("\\s" + Pattern.quote(label) + "\\s+([\\d.]+)(us|ms|s)").matcher(out);
    if (!m.find()) {
      return Double.NaN;
    }
    double v = Double.parseDouble(m.group(1));
    return switch (m.group(2)) {
      case "us" -> v / 1000;
      case "s" -> v * 1000;
      default -> v;
    };
  }

  // ---- report submissions at a fixed rate ----------------------------------------------------

  private static void submissions(BenchApp app, BenchApp.Session admin) throws Exception {
    int needed = RATE * (WARM_SECONDS + MEASURED_SECONDS) + 1000;
    List<Long> ids = draftReports(app, needed);
    // wrk2's model: 256 kept-alive connections, each request handed to a free one at its planned
    // time, its latency counted from that time (a wait for a free connection included).
    OpenModelClient client =
        new OpenModelClient(
            app.base,
            "Cookie: SESSION=" + admin.cookie() + "\r\nX-CSRF-TOKEN: " + admin.csrf() + "\r\n",
            256);
    openModel(client, ids.subList(0, RATE * WARM_SECONDS), RATE);
    String load = loadAverage();
    Open run =
        openModel(
            client, ids.subList(RATE * WARM_SECONDS, RATE * (WARM_SECONDS + MEASURED_SECONDS)), RATE);
    long submitted;
    try (Connection c = app.jdbc();
        Statement s = c.createStatement();
        ResultSet r =
            s.executeQuery(
                "select count(*) from report where created_by = 'bench' and status = 'SUBMITTED'")) {
      r.next();
      submitted = r.getLong(1);
    }
    result(
        "submissions-300",
        "Report submissions at a fixed 300/s for "
            + MEASURED_SECONDS
            + " s (open model as wrk2: 256 kept-alive connections; fresh reports; warm-up "
            + WARM_SECONDS
            + " s on others), load "
            + load,
        String.format(
            "%.0f/s achieved, p50 %.1f ms, p99 %.1f ms, max %.1f ms, %d errors; %,d submitted in the database",
            run.achieved, run.p50, run.p99, run.max, run.errors, submitted),
        "-",
        "300/s sustained, p99 < 250 ms, 0 errors",
        run.errors == 0 && run.p99 < 250 && run.achieved >= RATE * 0.98);
  }

  /** Draft reports of new organisations under the city plan, one each, as the submit bench had. */
  private static List<Long> draftReports(BenchApp app, int n) throws Exception {
    List<Long> ids = new ArrayList<>(n);
    try (Connection c = app.jdbc();
        Statement s = c.createStatement()) {
      long plan;
      try (ResultSet r =
          s.executeQuery(
              "select id from movement where unit_code = '31' and status = 'ISSUED' order by id limit 1")) {
        r.next();
        plan = r.getLong(1);
      }
      s.execute(
          """
          insert into organization (id, unit_code, type, name, path, name_folded, sort_key, created_by, updated_by)
          select nextval('organization_seq'), u.code, 'VILLAGE', 'Thôn thử tải ' || g, u.path || 'b' || g || '/',
                 'thon thu tai ' || g, 'thon thu tai ' || lpad(g::text, 8, '0'), 'bench', 'bench'
          from generate_series(1, %d) g
          join lateral (select code, path from administrative_unit where parent_code = '31'
                        order by code offset (g %% 114) limit 1) u on true
          """
              .formatted(n));
      s.execute(
          """
          insert into report (movement_id, kind, organization_id, unit_code, path, year, due_on, status,
                              narrative, created_by, updated_by)
          select %d, 'UNIT', o.id, o.unit_code, o.path, 2027, date '2027-12-11', 'DRAFT',
                 '[{"theme":null,"text":"Báo cáo thử tải"}]', 'bench', 'bench'
          from organization o where o.created_by = 'bench'
          """
              .formatted(plan));
      s.execute("analyze");
      try (ResultSet r =
          s.executeQuery("select id from report where created_by = 'bench' order by id")) {
        while (r.next()) {
          ids.add(r.getLong(1));
        }
      }
    }
    return ids;
  }

  private record Open(double achieved, double p50, double p99, double max, int errors) {}

  /**
   * Sends one submission per report at {@code rate} per second, each at its planned time; the
   * latency of each is measured from that planned time to its answer.
   */
  private static Open openModel(OpenModelClient client, List<Long> ids, int rate)
      throws Exception {
    OpenModelClient.Run run =
        client.post(
            ids.stream().map(id -> "/api/v1/reports/" + id + "/submit?version=0").toList(), rate);
    double max = 0;
    for (double v : run.ms()) {
      max = Math.max(max, v);
    }
    return new Open(
        ids.size() / run.seconds(), pct(run.ms(), 50), pct(run.ms(), 99), max, run.errors());
  }

  // ---- the eligibility batch -----------------------------------------------------------------

  private static byte[] eligibilityBatch() throws Exception {
    ObjectMapper json = JsonMapper.builder().build();
    java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream(80 << 20);
    for (EligibilityRequest r : EligibilityBenchmark.requests(CHECKS, 20261206L)) {
      out.write(json.writeValueAsBytes(r));
      out.write('\n');
    }
    return out.toByteArray();
  }

  private static void eligibility(
      BenchApp app, BenchApp.Session admin, byte[] batch, String key, String cores, int goal)
      throws Exception {
    Path file = app.data.resolve("batch.ndjson");
    Files.write(file, batch);
    // Measured on a server that has been judging a while: the first batches after start-up run at
    // a third to a half of the speed while the JIT compiles the judging code beside them on the
    // same cores (the first one is printed too); fifteen of each kind (three million checks) warm it.
    double first = CHECKS / postBatch(app, admin, file, true, true).seconds;
    postBatch(app, admin, file, false, true);
    for (int i = 1; i < WARM_BATCHES; i++) {
      postBatch(app, admin, file, false, false);
      postBatch(app, admin, file, true, false);
    }
    String load = loadAverage();
    double[] full = new double[MEASURED_BATCHES];
    double[] compact = new double[MEASURED_BATCHES];
    long fullBytes = 0;
    long compactBytes = 0;
    for (int i = 0; i < MEASURED_BATCHES; i++) {
      Batch f = postBatch(app, admin, file, false, false);
      full[i] = CHECKS / f.seconds;
      fullBytes = f.bytes;
      Batch c = postBatch(app, admin, file, true, false);
      compact[i] = CHECKS / c.seconds;
      compactBytes = c.bytes;
    }
    double best = Math.max(Results.median(full), Results.median(compact));
    result(
        key,
        "Eligibility batch of 100,000 checks through HTTP as JSON lines ("
            + String.format("%,d", batch.length >> 20)
            + " MB in), application on "
            + cores
            + ", median of "
            + MEASURED_BATCHES
            + " runs of each kind after "
            + WARM_BATCHES
            + " of each kind, load "
            + load,
        String.format(
            "compact answer (failed checks only, %d MB): %,.0f checks/s (runs %,.0f–%,.0f); full"
                + " answers (%d MB): %,.0f checks/s; the first batch after start-up (compact): %,.0f"
                + " checks/s",
            compactBytes >> 20,
            Results.median(compact),
            java.util.Arrays.stream(compact).min().orElse(0),
            java.util.Arrays.stream(compact).max().orElse(0),
            fullBytes >> 20,
            Results.median(full),
            first),
        "-",
        String.format(">= %,d checks/s on %s", goal, cores),
        best >= goal);
  }

  private record Batch(double seconds, long bytes) {}

  /**
   * One batch sent with curl, which reads the answer while it still sends the request, as a
   * streaming client must (the JDK's HttpClient sends the whole body first; the server's answers
   * then fill the socket and both sides wait). With {@code check}, the answer is kept and every
   * line counted and looked at once.
   */
  private static Batch postBatch(
      BenchApp app, BenchApp.Session admin, Path file, boolean compact, boolean check)
      throws Exception {
    Path answer = file.resolveSibling("answer.ndjson");
    List<String> cmd =
        List.of(
            "curl",
            "-sS",
            "--fail",
            "-H",
            "Cookie: SESSION=" + admin.cookie(),
            "-H",
            "X-CSRF-TOKEN: " + admin.csrf(),
            "-H",
            "Content-Type: application/x-ndjson",
            "-H",
            "Accept: application/x-ndjson",
            "--data-binary",
            "@" + file,
            "-o",
            check ? answer.toString() : "/dev/null",
            "-w",
            "%{time_total} %{size_download}",
            app.base + "/api/v1/eligibility/check-batch" + (compact ? "?compact=true" : ""));
    Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
    String out = new String(p.getInputStream().readAllBytes()).strip();
    if (p.waitFor() != 0) {
      throw new IllegalStateException("curl check-batch: " + out);
    }
    String[] f = out.split(" ");
    if (check) {
      long lines = 0;
      long errors = 0;
      try (var reader = Files.newBufferedReader(answer)) {
        String line;
        while ((line = reader.readLine()) != null) {
          lines++;
          if (line.startsWith("{\"line\"")) {
            errors++;
          }
        }
      }
      Files.delete(answer);
      if (lines != CHECKS || errors > 0) {
        throw new IllegalStateException(
            "check-batch answered " + lines + " lines, " + errors + " of them errors");
      }
    }
    return new Batch(Double.parseDouble(f[0]), Long.parseLong(f[1]));
  }

  // ---- certificates --------------------------------------------------------------------------

  private static void certificates(BenchApp app, BenchApp.Session admin, Path target)
      throws Exception {
    // 1,000 measured, after 3,000 others: a server that has been issuing certificates a while has
    // compiled its layout code. The first thousand after start-up run at half the speed while the
    // JIT compiles beside them on the same two cores (printed too); the third still competes with it.
    int warm = 3;
    List<Certificates.Awarded> all = Certificates.publish(app, (warm + 1) * CERTIFICATES);
    List<Certificates.Awarded> awarded = all.subList(warm * CERTIFICATES, all.size());
    ExecutorService pool = Executors.newFixedThreadPool(2);
    try {
      double cold = CERTIFICATES / download(app, admin, all.subList(0, CERTIFICATES), pool);
      for (int round = 1; round < warm; round++) {
        download(app, admin, all.subList(round * CERTIFICATES, (round + 1) * CERTIFICATES), pool);
      }
      String load = loadAverage();
      double seconds = download(app, admin, awarded, pool);
      double ours = CERTIFICATES / seconds;
      Certificates.LibreOffice lo = Certificates.libreOffice(awarded.subList(0, 100), target);
      result(
          "certificates",
          "1,000 different certificates downloaded as PDF through HTTP (2 client threads), after 3,000"
              + " others, load "
              + load,
          String.format(
              "%,.0f certificates/s (1,000 in %.2f s; the first 1,000 after start-up: %,.0f/s)",
              ours, seconds, cold),
          String.format(
              "LibreOffice %s converting 100 of the same certificates (XHTML to PDF): %.1f certificates/s"
                  + " (%.0f ms each after its start-up) -> %.0fx",
              lo.version(), lo.perSecond(), 1000 / lo.perSecond(), ours / lo.perSecond()),
          ">= 100 certificates/s on 2 cores",
          ours >= 100);
    } finally {
      pool.shutdownNow();
    }
  }

  private static double download(
      BenchApp app, BenchApp.Session admin, List<Certificates.Awarded> awarded, ExecutorService pool)
      throws Exception {
    AtomicInteger next = new AtomicInteger();
    long t = System.nanoTime();
    List<java.util.concurrent.Future<?>> workers = new ArrayList<>();
    for (int w = 0; w < 2; w++) {
      workers.add(
          pool.submit(
              () -> {
                int i;
                while ((i = next.getAndIncrement()) < awarded.size()) {
                  HttpResponse<byte[]> r =
                      admin
                          .client()
                          .send(
                              HttpRequest.newBuilder(
                                      URI.create(
                                          app.base
                                              + "/api/v1/nominations/"
                                              + awarded.get(i).id()
                                              + "/certificate.pdf"))
                                  .header("Cookie", "SESSION=" + admin.cookie())
                                  .build(),
                              HttpResponse.BodyHandlers.ofByteArray());
                  if (r.statusCode() != 200 || r.body().length < 1000) {
                    throw new IllegalStateException("certificate answered " + r.statusCode());
                  }
                }
                return null;
              }));
    }
    for (var w : workers) {
      w.get();
    }
    return (System.nanoTime() - t) / 1e9;
  }

  static void write(Path file, String text) throws java.io.IOException {
    Files.createDirectories(file.getParent());
    Files.writeString(file, text);
  }
}
