package vn.thidua.movement.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.thidua.document.Spreadsheets;
import vn.thidua.kernel.VietnameseDates;
import vn.thidua.movement.CascadeBoard;
import vn.thidua.movement.CascadeBoard.Counts;
import vn.thidua.movement.CascadeBoard.Row;
import vn.thidua.movement.CascadeBoard.State;
import vn.thidua.movement.MovementView;
import vn.thidua.movement.MovementView.Status;
import vn.thidua.organization.Actor;
import vn.thidua.organization.UnitDirectory;

/**
 * The cascade board of a plan: every unit directly below (the provinces of the nation, the communes
 * of a province) with the state of its own plan, and who is late against the deadline the plan set.
 */
@Service
public class CascadeService {

  private final MovementService movements;
  private final UnitDirectory units;

  CascadeService(MovementService movements, UnitDirectory units) {
    this.movements = movements;
    this.units = units;
  }

  @Transactional(readOnly = true)
  public CascadeBoard board(Actor actor, long movementId, LocalDate asOf) {
    MovementView m = movements.get(actor, movementId);
    LocalDate today = asOf == null ? movements.today() : asOf;
    LocalDate deadline = m.subPlanDeadline();
    Map<String, MovementView> latest = movements.latestChildren(movementId);
    List<Row> rows = new ArrayList<>();
    int issued = 0;
    int issuedLate = 0;
    int inProgress = 0;
    int none = 0;
    int late = 0;
    for (UnitDirectory.Unit unit : units.childrenOf(m.unitCode())) {
      MovementView child = latest.get(unit.code());
      boolean issuedByThen =
          child != null
              && child.status() == Status.ISSUED
              && child.issuedOn() != null
              && !child.issuedOn().isAfter(today);
      State state;
      boolean isLate = false;
      if (issuedByThen) {
        boolean onTime = deadline == null || !child.issuedOn().isAfter(deadline);
        state = onTime ? State.ISSUED : State.ISSUED_LATE;
        if (onTime) {
          issued++;
        } else {
          issuedLate++;
        }
      } else {
        state = child == null ? State.NONE : State.IN_PROGRESS;
        if (state == State.NONE) {
          none++;
        } else {
          inProgress++;
        }
        isLate = deadline != null && today.isAfter(deadline);
        if (isLate) {
          late++;
        }
      }
      rows.add(
          new Row(
              unit.code(),
              unit.name(),
              state,
              isLate,
              child == null ? null : child.id(),
              issuedByThen ? child.issuedOn() : null,
              child == null ? null : child.reference()));
    }
    return new CascadeBoard(
        m,
        today,
        deadline,
        rows,
        new Counts(rows.size(), issued, issuedLate, inProgress, none, late));
  }

  /** The board as .xlsx: one row per unit below. */
  public byte[] xlsx(CascadeBoard board, java.util.function.Function<String, String> label) {
    List<List<Object>> rows = new ArrayList<>();
    int n = 0;
    for (Row r : board.rows()) {
      rows.add(
          List.of(
              ++n,
              r.unitCode(),
              r.unitName(),
              label.apply("cascade.state." + r.state().name()),
              r.issuedOn() == null ? "" : VietnameseDates.shortForm(r.issuedOn()),
              r.reference() == null ? "" : r.reference(),
              r.late() ? label.apply("common.yes") : label.apply("common.no")));
    }
    return Spreadsheets.write(
        label.apply("cascade.sheet"),
        List.of(
            label.apply("common.number"),
            label.apply("common.code"),
            label.apply("cascade.unit"),
            label.apply("cascade.state"),
            label.apply("cascade.issuedOn"),
            label.apply("cascade.reference"),
            label.apply("cascade.late")),
        rows,
        List.of(
            board.movement().title() == null ? board.movement().name() : board.movement().title()));
  }
}
