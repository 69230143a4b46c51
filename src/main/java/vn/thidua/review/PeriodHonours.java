package vn.thidua.review;

import java.util.List;

/**
 * The commendations decided in a period for the organisations of a unit and the units below it, as
 * a round freezes them. The commendation module implements it from its award records (it depends on
 * this module, not the other way round); without an implementation a round has none.
 */
public interface PeriodHonours {

  /** Awards of the period by form: how many individuals and collectives, highest form first. */
  List<Count> counted(String unitCode, int fromYear, int toYear);

  /** One form's awards in the period. */
  record Count(String award, String awardName, int individuals, int collectives) {}
}
