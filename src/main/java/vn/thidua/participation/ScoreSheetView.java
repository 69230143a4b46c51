package vn.thidua.participation;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/**
 * The scoring sheet (bảng chấm điểm) of an emulation block for a year: its ordered criteria, the
 * three scores of every member per criterion and the ranking by effective total.
 */
public record ScoreSheetView(
    long id,
    long blockId,
    String blockName,
    String unitName,
    int year,
    Status status,
    Long leaderId,
    String leaderName,
    List<Criterion> criteria,
    List<Member> members,
    List<Entry> entries,
    List<Ranked> ranking,
    long version) {

  /** OPEN: criteria and scores may change; PUBLISHED: the ranking is final. */
  public enum Status {
    OPEN,
    PUBLISHED
  }

  /** Who writes a score: the member itself, the block's scorer, the emulation council. */
  public enum Layer {
    SELF,
    BLOCK,
    COUNCIL
  }

  /** MANUAL: entered by hand; MOVEMENT_RESULT: the self-score is proposed from a movement. */
  public enum Kind {
    MANUAL,
    MOVEMENT_RESULT
  }

  /** One criterion of the sheet. */
  public record Criterion(
      long id,
      int position,
      String code,
      String name,
      BigDecimal maxPoints,
      String evidenceRequired,
      Kind kind,
      Long movementId,
      long version) {}

  /** A member organisation of the block. */
  public record Member(long organizationId, String name) {}

  /** The scores of one member for one criterion; effective = council, else block, else self. */
  public record Entry(
      long id,
      long criterionId,
      long organizationId,
      BigDecimal selfScore,
      String evidenceNote,
      BigDecimal blockScore,
      BigDecimal councilScore,
      BigDecimal effective,
      long version) {}

  /** A member's place in the ranking; tied when another member has the same total. */
  public record Ranked(
      int rank, boolean tied, long organizationId, String organizationName, BigDecimal total) {}

  /** One change of a score, with the reason given for it. */
  public record Change(
      long id,
      Instant at,
      String actor,
      Layer layer,
      long criterionId,
      String criterionCode,
      long organizationId,
      String organizationName,
      BigDecimal oldScore,
      BigDecimal newScore,
      String reason) {}

  /**
   * The self-score proposed for a MOVEMENT_RESULT criterion: half for the registration (accepted:
   * all, submitted: half), half for the share of the plan's indicators with a value for the year.
   */
  public record Proposal(
      long criterionId,
      long organizationId,
      long movementId,
      String registrationStatus,
      int indicatorsEntered,
      int indicatorsTotal,
      BigDecimal score) {}

  /** The scores of a member for a criterion, or null when none was entered yet. */
  public Entry entry(long criterionId, long organizationId) {
    for (Entry e : entries) {
      if (e.criterionId() == criterionId && e.organizationId() == organizationId) {
        return e;
      }
    }
    return null;
  }

  /** The ranking row of a member. */
  public Ranked rankOf(long organizationId) {
    for (Ranked r : ranking) {
      if (r.organizationId() == organizationId) {
        return r;
      }
    }
    return null;
  }
}
