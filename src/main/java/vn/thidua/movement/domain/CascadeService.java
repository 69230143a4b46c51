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
import vn.thidua.organization.OrganizationDirectory;
import vn.thidua.organization.OrganizationView;
import vn.thidua.organization.UnitDirectory;

/**
 * The cascade board of a plan: every unit directly below (the provinces of the nation, the communes
 * of a province) with the state of its own plan, and who is late against the deadline the plan set.
 */
@Service
public class CascadeService {

  private final MovementService movements;
  private final UnitDirectory units;
  private final OrganizationDirectory organizations;

  CascadeService(
      MovementService movements, UnitDirectory units, OrganizationDirectory organizations) {
    this.movements = movements;
    this.units = units;
    this.organizations = organizations;
  }

  /**
   * The board of a plan as it stood on {@code asOf} (today by default): the units directly below
   * and the organisations of the plan's own level that plan under it, each issued, issued late, in
   * progress or without a plan, and late once the deadline the plan set has passed.
   */
  @Transactional(readOnly = true)
  public CascadeBoard board(Actor actor, long movementId, LocalDate asOf) {
    MovementView m = movements.get(actor, movementId);
    LocalDate today = asOf == null ? movements.today() : asOf;
    LocalDate deadline = m.subPlanDeadline();
    Map<String, MovementView> latest = movements.latestChildren(movementId);
    Tally units = new Tally();
    List<Row> rows = new ArrayList<>();
    for (UnitDirectory.Unit unit : this.units.childrenOf(m.unitCode())) {
      rows.add(units.row(unit.code(), unit.name(), null, latest.get(unit.code()), today, deadline));
    }
    Tally orgs = new Tally();
    List<Row> organizationRows = new ArrayList<>();
    if (!m.organizationPlan()) {
      Map<Long, MovementView> byOrg = movements.latestOrganizationChildren(movementId);
      for (OrganizationView o : organizations.organizationsOf(m.unitCode())) {
        MovementView child = byOrg.get(o.id());
        if (child == null && (o.parentId() != null || !MovementService.plansUnderItsLevel(o))) {
          continue;
        }
        organizationRows.add(orgs.row(null, o.name(), o.id(), child, today, deadline));
      }
    }
    return new CascadeBoard(
        m, today, deadline, rows, units.counts(), organizationRows, orgs.counts());
  }

  /** Counts rows by state as they are made. */
  private static final class Tally {
    int total;
    int issued;
    int issuedLate;
    int inProgress;
    int none;
    int late;

    Row row(
        String code,
        String name,
        Long organizationId,
        MovementView child,
        LocalDate today,
        LocalDate deadline) {
      total++;
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
      return new Row(
          code,
          name,
          state,
          isLate,
          child == null ? null : child.id(),
          issuedByThen ? child.issuedOn() : null,
          child == null ? null : child.reference(),
          organizationId);
    }

    Counts counts() {
      return new Counts(total, issued, issuedLate, inProgress, none, late);
    }
  }

  /** The board as .xlsx: one row per unit below. */
  public byte[] xlsx(CascadeBoard board, java.util.function.Function<String, String> label) {
    List<List<Object>> rows = new ArrayList<>();
    int n = 0;
    List<Row> all = new ArrayList<>(board.rows());
    all.addAll(board.organizations());
    for (Row r : all) {
      rows.add(
          List.of(
              ++n,
              r.unitCode() == null ? "" : r.unitCode(),
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
