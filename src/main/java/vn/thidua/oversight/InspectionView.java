package vn.thidua.oversight;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * An inspection of the council of a level: its team (members by field, one lead), targets, dates,
 * checklist drawn from the movement's criteria and indicators, findings per target with evidence,
 * conclusion and recommendations. A target's users see only their own findings and recommendations
 * ({@code partial}).
 */
public record InspectionView(
    long id,
    String unitCode,
    String unitName,
    Long movementId,
    int year,
    String title,
    LocalDate startsOn,
    LocalDate endsOn,
    Status status,
    String conclusion,
    LocalDate concludedOn,
    String reason,
    long version,
    boolean partial,
    List<Member> members,
    List<Target> targets,
    List<Check> checklist,
    List<Finding> findings,
    List<RecommendationView> recommendations) {

  public InspectionView {
    members = List.copyOf(members);
    targets = List.copyOf(targets);
    checklist = List.copyOf(checklist);
    findings = List.copyOf(findings);
    recommendations = List.copyOf(recommendations);
  }

  /** PLANNED → IN_PROGRESS → REPORTED → CLOSED (workflows.md, "Inspection"). */
  public enum Status {
    PLANNED,
    IN_PROGRESS,
    REPORTED,
    CLOSED
  }

  /** A member of the team, assigned a field; one is the lead. */
  public record Member(String username, String displayName, Field field, boolean lead) {}

  /** A commune or an organisation inspected. */
  public record Target(long id, String unitCode, Long organizationId, String name) {}

  /** One item of the checklist: a criterion, an indicator, or added by the team. */
  public record Check(long id, int position, String source, String text) {}

  /** What the team found at a target, with evidence and the target's answer. */
  public record Finding(
      long id,
      long targetId,
      String targetName,
      Long checkId,
      String text,
      String answer,
      String answeredBy,
      Instant answeredAt,
      String recordedBy,
      Instant recordedAt,
      List<FileView> files) {}

  /** The lead of the team, if assigned. */
  public String leadUsername() {
    return members.stream().filter(Member::lead).map(Member::username).findFirst().orElse(null);
  }
}
