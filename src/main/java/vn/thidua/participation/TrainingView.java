package vn.thidua.participation;

import java.time.LocalDate;
import java.util.List;

/** A training session as its page shows it. */
public record TrainingView(
    long id,
    long organizationId,
    String organizationName,
    Long villageId,
    String villageName,
    String unitCode,
    String place,
    LocalDate heldOn,
    String topic,
    String trainers,
    List<String> skills,
    List<TrainingCommand.Learners> learners,
    Status status,
    String reason,
    long version) {

  /** HELD → CANCELLED (a session recorded by mistake; it then counts nowhere). */
  public enum Status {
    HELD,
    CANCELLED
  }

  public int totalLearners() {
    return learners.stream().mapToInt(l -> l.learners() == null ? 0 : l.learners()).sum();
  }

  public int totalCompleted() {
    return learners.stream().mapToInt(l -> l.completed() == null ? 0 : l.completed()).sum();
  }

  /**
   * The learners of a unit's sessions in a year (cancelled ones left out): per village (or the
   * organiser when none), per target group, per age group and per skill.
   */
  public record Summary(
      String unitCode,
      int year,
      int sessions,
      int learners,
      int completed,
      List<Line> byVillage,
      List<Line> byTargetGroup,
      List<Line> byAgeGroup,
      List<Line> bySkill) {}

  /**
   * One line of a summary: a name (or a code the page translates), sessions, learners, completed.
   */
  public record Line(String key, int sessions, int learners, int completed) {}
}
