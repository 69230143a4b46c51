package vn.thidua.portal.web;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;
import vn.thidua.commendation.Honours;
import vn.thidua.initiative.InitiativeRecords;
import vn.thidua.kernel.StateChanged;
import vn.thidua.movement.MovementView;
import vn.thidua.movement.Plans;

/**
 * What every visitor of the portal reads — issued plans, the honour lists, their years, recognised
 * initiatives — read once and shared until a plan, a nomination or an initiative moves (after its
 * transaction commits), and at most {@link #TTL} old whatever happens (another instance's change, a
 * row written outside the workflows). The lists are immutable; pages filter them.
 */
@Component
class PortalReads {

  static final Duration TTL = Duration.ofSeconds(30);

  private final Plans plans;
  private final Honours honours;
  private final InitiativeRecords initiatives;
  private final Clock clock;

  private final Cached<List<MovementView>> issued;
  private final Cached<List<Honours.Honour>> decided;
  private final Cached<List<Integer>> years;
  private final Cached<List<InitiativeRecords.PublicInitiative>> recognised;

  PortalReads(Plans plans, Honours honours, InitiativeRecords initiatives, Clock clock) {
    this.plans = plans;
    this.honours = honours;
    this.initiatives = initiatives;
    this.clock = clock;
    this.issued = new Cached<>(this::readIssued);
    this.decided = new Cached<>(() -> List.copyOf(this.honours.decided(null, null)));
    this.years = new Cached<>(() -> List.copyOf(this.honours.years()));
    this.recognised = new Cached<>(() -> List.copyOf(this.initiatives.recognised()));
  }

  /** Issued plans by level, the newest first within a level. */
  List<MovementView> issuedPlans() {
    return issued.get();
  }

  /** Every decided, unrevoked award, the newest decision first. */
  List<Honours.Honour> decided() {
    return decided.get();
  }

  List<Integer> years() {
    return years.get();
  }

  List<InitiativeRecords.PublicInitiative> recognised() {
    return recognised.get();
  }

  /**
   * An issued plan as PDF, rendered once and kept (the {@link #PDFS} most recently read) until a
   * plan moves: a plan of twenty pages takes about a second to lay out.
   */
  byte[] planPdf(long id) {
    synchronized (pdfs) {
      byte[] b = pdfs.get(id);
      if (b != null) {
        return b;
      }
    }
    byte[] fresh = plans.pdf(id);
    synchronized (pdfs) {
      pdfs.put(id, fresh);
    }
    return fresh;
  }

  static final int PDFS = 64;

  private final java.util.LinkedHashMap<Long, byte[]> pdfs =
      new java.util.LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Long, byte[]> eldest) {
          return size() > PDFS;
        }
      };

  /** A plan, a nomination or an initiative moved: the next visitor reads afresh. */
  @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT, fallbackExecution = true)
  void on(StateChanged e) {
    String r = e.record();
    if (r.startsWith("movement") || r.startsWith("nomination") || r.startsWith("initiative")) {
      clear();
    }
  }

  /** Forgets everything read (tests, and the events above). */
  void clear() {
    synchronized (pdfs) {
      pdfs.clear();
    }
    issued.clear();
    decided.clear();
    years.clear();
    recognised.clear();
  }

  private List<MovementView> readIssued() {
    return plans.issued().stream()
        .filter(m -> m.issuedOn() != null)
        .sorted(
            Comparator.comparing(MovementView::level)
                .thenComparing(MovementView::issuedOn, Comparator.reverseOrder()))
        .toList();
  }

  /** One value read at most once per {@link #TTL}, or again once cleared. */
  private final class Cached<T> {
    private final Supplier<T> read;
    private volatile T value;
    private volatile Instant readAt = Instant.MIN;
    private volatile long generation;

    Cached(Supplier<T> read) {
      this.read = read;
    }

    T get() {
      T v = value;
      Instant now = clock.instant();
      if (v != null && readAt.plus(TTL).isAfter(now)) {
        return v;
      }
      long g = generation;
      T fresh = read.get();
      synchronized (this) {
        // A clear() while reading: keep the answer for this visitor, not for the next.
        if (g == generation) {
          value = fresh;
          readAt = now;
        }
      }
      return fresh;
    }

    synchronized void clear() {
      generation++;
      value = null;
    }
  }
}
