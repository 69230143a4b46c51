package vn.thidua.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;
import vn.thidua.rulebook.EligibilityAnswer;
import vn.thidua.rulebook.EligibilityRequest;
import vn.thidua.rulebook.EligibilityRequest.AnnualRating;
import vn.thidua.rulebook.EligibilityRequest.HistoryEntry;
import vn.thidua.rulebook.EligibilityRequest.InitiativeFact;
import vn.thidua.rulebook.EligibilityRequest.Members;
import vn.thidua.rulebook.EligibilityRequest.Subject;
import vn.thidua.rulebook.EligibilityRequest.Vote;
import vn.thidua.rulebook.domain.EligibilityEngine;
import vn.thidua.rulebook.domain.RuleBook;

/**
 * A whole review round judged at once: a batch of 100,000 varied eligibility checks (every award of
 * the catalogue, every occasion, individuals, collectives and households, histories of up to 12
 * awards with thematic ones mixed in, 6–10 years of ratings, initiatives, member figures, votes with
 * and without quorum, a few under discipline, two regimes and the transition) on one thread.
 * Target: at least 50,000 checks per second on one core (issue "Commendation"). The score is
 * checks per second (one operation = one check). The heap is fixed at 2 GB as a server's would
 * be: the batch keeps its 100,000 answers (about 250 MB) alive until it returns, and with the
 * default small initial heap on one core the collector, not the engine, sets the pace.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 5, time = 2)
@Threads(1)
@Fork(
    value = 1,
    jvmArgsAppend = {"-Xms2g", "-Xmx2g"})
public class EligibilityBenchmark {

  static final int BATCH = 100_000;

  private static final String[] AWARDS = {
    "BANG_KHEN_THU_TUONG", "BANG_KHEN_CAP_TINH", "GIAY_KHEN", "LAO_DONG_TIEN_TIEN",
    "CHIEN_SI_THI_DUA_CO_SO", "CHIEN_SI_THI_DUA_CAP_TINH", "CHIEN_SI_THI_DUA_TOAN_QUOC",
    "TAP_THE_LAO_DONG_TIEN_TIEN", "TAP_THE_LAO_DONG_XUAT_SAC", "CO_THI_DUA_CAP_TINH",
    "CO_THI_DUA_CHINH_PHU", "HUAN_CHUONG_LAO_DONG", "HUAN_CHUONG_LAO_DONG_HANG_BA",
    "CO_THI_DUA_CAC_CAP"
  };
  private static final String[] HISTORY_AWARDS = {
    "BANG_KHEN_CAP_TINH", "CHIEN_SI_THI_DUA_CO_SO", "LAO_DONG_TIEN_TIEN",
    "CHIEN_SI_THI_DUA_CAP_TINH", "BANG_KHEN_THU_TUONG", "TAP_THE_LAO_DONG_XUAT_SAC", "GIAY_KHEN"
  };
  private static final String[] OCCASIONS = {"ANNUAL", "INTERIM", "FINAL", "THEMATIC", "AD_HOC"};
  private static final String[] CATEGORIES = {
    "CIVIL_SERVANT", "PUBLIC_EMPLOYEE", "WORKER", "ENTREPRENEUR", "OTHER"
  };
  private static final String[] RATINGS = {"EXCELLENT", "GOOD", "GOOD", "EXCELLENT", "COMPLETED"};
  private static final String[] SCOPES = {"BASE", "BASE", "PROVINCE", "NATIONAL"};

  private EligibilityEngine engine;
  private List<EligibilityRequest> batch;

  @Setup
  public void setUp() {
    engine = new EligibilityEngine(RuleBook.load());
    batch = requests(BATCH, 20261121L);
  }

  /** Deterministic varied requests. */
  public static List<EligibilityRequest> requests(int n, long seed) {
    SplittableRandom random = new SplittableRandom(seed);
    List<EligibilityRequest> out = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      String award = AWARDS[random.nextInt(AWARDS.length)];
      String occasion = random.nextInt(4) == 0 ? OCCASIONS[random.nextInt(5)] : "ANNUAL";
      int year = 2024 + random.nextInt(7);
      String asOf = random.nextInt(10) == 0 ? "2025-03-01" : (year + 1) + "-01-15";
      String receivedOn = random.nextInt(20) == 0 ? "2025-06-20" : null;
      boolean collective = award.startsWith("TAP_THE") || award.startsWith("CO_THI_DUA");
      Subject subject =
          collective
              ? new Subject("COLLECTIVE", null, null)
              : random.nextInt(30) == 0
                  ? new Subject("HOUSEHOLD", null, null)
                  : new Subject("INDIVIDUAL", CATEGORIES[random.nextInt(5)], random.nextBoolean());
      List<HistoryEntry> history = new ArrayList<>();
      int h = random.nextInt(13);
      for (int k = 0; k < h; k++) {
        history.add(
            new HistoryEntry(
                HISTORY_AWARDS[random.nextInt(HISTORY_AWARDS.length)],
                year - random.nextInt(9),
                random.nextInt(6) == 0 ? "THEMATIC" : null));
      }
      List<AnnualRating> ratings = new ArrayList<>();
      int span = 6 + random.nextInt(5);
      for (int y = year - span + 1; y <= year; y++) {
        ratings.add(new AnnualRating(y, RATINGS[random.nextInt(RATINGS.length)]));
      }
      List<InitiativeFact> initiatives = new ArrayList<>();
      int m = random.nextInt(4);
      for (int k = 0; k < m; k++) {
        initiatives.add(new InitiativeFact(year - random.nextInt(5), SCOPES[random.nextInt(4)]));
      }
      int total = 5 + random.nextInt(40);
      Members members =
          collective
              ? new Members(
                  total,
                  total - (random.nextInt(5) == 0 ? 1 : 0),
                  (int) (total * (0.5 + random.nextDouble() / 2)),
                  random.nextInt(3),
                  random.nextInt(8) == 0 ? 1 : 0)
              : null;
      int council = 7 + random.nextInt(10);
      Vote vote =
          random.nextInt(8) == 0
              ? null
              : new Vote(
                  council,
                  random.nextBoolean() ? null : council - random.nextInt(4),
                  council - random.nextInt(council / 2 + 1));
      out.add(
          new EligibilityRequest(
              award,
              occasion,
              asOf,
              receivedOn,
              year,
              random.nextInt(3) == 0 ? "31" : null,
              subject,
              history,
              members,
              ratings,
              initiatives,
              random.nextInt(25) == 0,
              vote));
    }
    return out;
  }

  /** The batch mode of the API: all 100,000 answers are kept, as the response needs them. */
  @Benchmark
  @OperationsPerInvocation(BATCH)
  public List<EligibilityAnswer> checkBatchOf100000() {
    return engine.checkAll(batch);
  }

  /** The same 100,000 checks, each answer consumed as soon as it is made (a streamed round). */
  @Benchmark
  @OperationsPerInvocation(BATCH)
  public void check100000OneByOne(Blackhole sink) {
    for (EligibilityRequest request : batch) {
      sink.consume(engine.check(request));
    }
  }
}
