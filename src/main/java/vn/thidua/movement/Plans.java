package vn.thidua.movement;

import java.util.Optional;
import vn.thidua.organization.Actor;

/** Plans, for other modules: a movement's plan and its current document, with the read check. */
public interface Plans {

  /** The plan if the actor may read it; empty when it does not exist. Throws when it may not. */
  Optional<MovementView> readable(Actor actor, long id);

  /** The current version of the plan's structured document. */
  PlanDocument currentDocument(long id);

  /**
   * The plan and the plans it was derived from, nearest first, each with the path of its
   * administrative unit (a commune plan, its province plan, the national plan).
   */
  java.util.List<Lineage> lineage(long id);

  /**
   * The plan and the plans derived from it, at any depth, whose unit contains the given unit path:
   * the plans under which values of that unit count in this plan's totals (for a province plan and
   * a commune, the province plan and the commune's plan).
   */
  java.util.List<Lineage> derivedOver(long id, String unitPath);

  /** The plans derived directly from this one (the communes' plans of a province plan). */
  java.util.List<MovementView> derived(long id);

  /**
   * The path scope checks use for a plan: its organisation's for an organisation's plan, else its
   * administrative unit's.
   */
  String pathOf(long id);

  /**
   * The day the office gave an event of the plan ("tổng kết công tác thi đua, khen thưởng hằng
   * năm") in a year, if it did: the deadlines that go with that event fall due then.
   */
  java.util.Optional<java.time.LocalDate> eventDate(long movementId, String event, int year);

  /**
   * Adds the assessment criteria a lead body published (a criteria group, indicators with their
   * targets) to the plan, so that they become registration commitments and indicators: an issued
   * plan is amended (a new version, the old one kept), a draft changed in place. No permission
   * check: the caller has checked that the body may publish them. Returns the version now current.
   */
  int publishCriteria(
      long movementId,
      PlanDocument.Criterion criterion,
      java.util.List<PlanDocument.Indicator> indicators,
      String note,
      String actor);

  /** The current version of the plan rendered as .docx in the state format (no read check). */
  byte[] docx(long id);

  /** The current version of the plan as PDF, laid out as the .docx (no read check). */
  byte[] pdf(long id);

  /** Every issued plan (for reminders of their deadlines; no read check). */
  java.util.List<MovementView> issued();

  /**
   * The issued plan of an administrative unit nearest above a path (the longest unit path that
   * begins it; the oldest plan among equals), in one indexed read whatever the number of plans (no
   * read check).
   */
  java.util.Optional<MovementView> nearestIssuedUnitPlan(String path);

  /**
   * The issued plans the actor may read ({@link #readable} of each, in one read of the plans
   * whatever their number: a national office sees thousands).
   */
  java.util.List<MovementView> issuedReadable(Actor actor);

  /**
   * The path of every issued plan (its organisation's, else its unit's), by plan id, in one read.
   */
  java.util.Map<Long, String> issuedPaths();

  /**
   * The plans issued in a year by the units and organisations at and below a unit path, with what
   * statistics form 0601 counts (Thông tư 02/2023/TT-BNV).
   */
  java.util.List<Launched> launched(String unitPath, int year);

  /**
   * A launched plan: its level, whether an organisation issued it, its scope (WHOLE, PART),
   * duration class (LONG, SHORT) and method of organisation (REGULAR, THEMATIC).
   */
  record Launched(
      long id,
      String unitCode,
      vn.thidua.organization.AdministrativeLevel level,
      boolean organizationPlan,
      String scopeClass,
      String durationClass,
      String organizingMethod,
      java.time.LocalDate issuedOn) {}

  /** One plan of a lineage. */
  record Lineage(long movementId, String unitCode, String unitPath) {}
}
