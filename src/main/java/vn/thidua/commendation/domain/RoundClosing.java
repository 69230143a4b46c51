package vn.thidua.commendation.domain;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import vn.thidua.commendation.NominationView;
import vn.thidua.kernel.StateChanged;
import vn.thidua.kernel.VietnameseDates;
import vn.thidua.review.Rounds;

/**
 * A review round closes when its decisions are issued: once a nomination of the round leaves the
 * path (decided, forwarded, refused), if no nomination of the round is still being worked on, at
 * least one was decided, and the round's nominations deadline (if it set one) has passed, the round
 * is told, in the same transaction.
 */
@Component
class RoundClosing {

  private final JdbcClient jdbc;
  private final Rounds rounds;
  private final Clock clock;

  RoundClosing(JdbcClient jdbc, Rounds rounds, Clock clock) {
    this.jdbc = jdbc;
    this.rounds = rounds;
    this.clock = clock;
  }

  @EventListener
  void on(StateChanged e) {
    if (!"nomination".equals(e.record()) || e.to() == null) {
      return;
    }
    NominationView.Status to;
    try {
      to = NominationView.Status.valueOf(e.to());
    } catch (IllegalArgumentException notOne) {
      return;
    }
    if (to.open()) {
      return;
    }
    Long round =
        jdbc.sql("select round_id from nomination where id = :id")
            .param("id", e.id())
            .query((rs, n) -> rs.getObject(1) == null ? null : rs.getLong(1))
            .optional()
            .orElse(null);
    if (round == null) {
      return;
    }
    Rounds.Terms terms = rounds.terms(round).orElse(null);
    LocalDate today = LocalDate.now(clock.withZone(VietnameseDates.ZONE));
    if (terms == null
        || (terms.nominationsDue() != null && !today.isAfter(terms.nominationsDue()))) {
      return;
    }
    String[] open =
        Arrays.stream(NominationView.Status.values())
            .filter(NominationView.Status::open)
            .map(Enum::name)
            .toArray(String[]::new);
    int stillOpen =
        jdbc.sql("select count(*) from nomination where round_id = :r and status = any(:s)")
            .param("r", round)
            .param("s", open)
            .query(Integer.class)
            .single();
    int decided =
        jdbc.sql(
                "select count(*) from nomination where round_id = :r and status in ('DECIDED', 'AWARDED', 'FORWARDED')")
            .param("r", round)
            .query(Integer.class)
            .single();
    if (stillOpen == 0 && decided > 0) {
      rounds.decisionsIssued(round);
    }
  }
}
