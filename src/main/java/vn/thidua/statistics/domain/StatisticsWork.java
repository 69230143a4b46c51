package vn.thidua.statistics.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Component;
import vn.thidua.kernel.VietnameseDates;
import vn.thidua.kernel.WorkItem;
import vn.thidua.organization.Actor;
import vn.thidua.organization.Permission;
import vn.thidua.organization.UnitDirectory;
import vn.thidua.organization.WorkItems;

/**
 * The statistics forms on the work list: the office of a level sends its forms of the year from a
 * month before the circular's deadline (and again once returned); the office above receives them.
 */
@Component
class StatisticsWork implements WorkItems {

  private static final String GROUP = "nav.group.reports";

  private final ReturnService returns;
  private final StatisticsService statistics;
  private final UnitDirectory units;

  StatisticsWork(ReturnService returns, StatisticsService statistics, UnitDirectory units) {
    this.returns = returns;
    this.statistics = statistics;
    this.units = units;
  }

  @Override
  public List<WorkItem> waitingFor(Actor actor, LocalDate today) {
    List<WorkItem> out = new ArrayList<>();
    for (ReturnService.Sent s : returns.waitingFor(actor)) {
      out.add(
          new WorkItem(
              "work.statistics.receive",
              s.unitName() + " — " + s.year(),
              "/statistics/returns/" + s.id(),
              null,
              GROUP));
    }
    for (ReturnService.Sent s : returns.returnedTo(actor)) {
      out.add(
          new WorkItem(
              "work.statistics.resend",
              s.unitName() + " — " + s.year(),
              "/statistics?unit=" + s.unitCode() + "&year=" + s.year(),
              deadline(s.year()),
              GROUP));
    }
    int year = today.getYear();
    LocalDate due = deadline(year);
    if (due != null && !today.isBefore(due.minusMonths(1))) {
      for (String scope : actor.scopesFor(Permission.OVERSEE)) {
        UnitDirectory.Unit unit = unitOf(scope);
        if (unit != null && returns.maySend(actor, unit) && returns.of(unit, year).isEmpty()) {
          out.add(
              new WorkItem(
                  "work.statistics.send",
                  unit.name() + " — " + year,
                  "/statistics?unit=" + unit.code() + "&year=" + year,
                  due,
                  GROUP));
        }
      }
    }
    return out;
  }

  /** The day the forms of a year are due (the circular's "dd/MM" of that year). */
  private LocalDate deadline(int year) {
    try {
      return VietnameseDates.parse(statistics.version(year).deadline() + "/" + year);
    } catch (RuntimeException e) {
      return null;
    }
  }

  /** The administrative unit of a scope that is a level itself (not an organisation inside it). */
  private UnitDirectory.Unit unitOf(String scope) {
    if (scope.contains("/o")) {
      return null;
    }
    return units.unit(StatisticsService.unitCodeOf(scope)).orElse(null);
  }
}
