package vn.thidua.participation;

import java.time.LocalDate;
import java.util.List;

/**
 * Records a "Bình dân học vụ số" training session: the organiser (a community digital team, a
 * school, a union …), the village where it was held (optional), the place, day, topic, trainers,
 * the skills covered (ONLINE_PUBLIC_SERVICES, VNEID, CASHLESS_PAYMENT, ONLINE_SAFETY) and the
 * learners by target group and age group with how many completed.
 */
public record TrainingCommand(
    Long organizationId,
    Long villageId,
    String place,
    LocalDate heldOn,
    String topic,
    String trainers,
    List<String> skills,
    List<Learners> learners) {

  public TrainingCommand {
    skills = skills == null ? List.of() : List.copyOf(skills);
    learners = learners == null ? List.of() : List.copyOf(learners);
  }

  /**
   * Learners of one target group (ELDERLY, POLICY, ETHNIC_MINORITY, WORKER, OTHER) and age group
   * (UNDER_35, FROM_35, FROM_60), and how many of them completed.
   */
  public record Learners(
      String targetGroup, String ageGroup, Integer learners, Integer completed) {}
}
