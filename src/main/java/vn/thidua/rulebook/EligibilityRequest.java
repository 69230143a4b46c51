package vn.thidua.rulebook;

import java.util.List;

/**
 * One eligibility question as the contract states it: which award, on which occasion, judged on
 * which date, for which subject and its facts. Enumerated values are strings so that a wrong value
 * is answered with a Vietnamese 422 naming the field.
 */
public record EligibilityRequest(
    String award,
    String occasion,
    String asOf,
    String receivedOn,
    Integer year,
    String province,
    Subject subject,
    List<HistoryEntry> history,
    Members members,
    List<AnnualRating> annualRatings,
    List<InitiativeFact> initiatives,
    Boolean disciplined,
    Vote vote,
    List<DisciplinePeriod> disciplinePeriods) {

  /** The contract's request without discipline periods (the {@code disciplined} shorthand only). */
  public EligibilityRequest(
      String award,
      String occasion,
      String asOf,
      String receivedOn,
      Integer year,
      String province,
      Subject subject,
      List<HistoryEntry> history,
      Members members,
      List<AnnualRating> annualRatings,
      List<InitiativeFact> initiatives,
      Boolean disciplined,
      Vote vote) {
    this(
        award,
        occasion,
        asOf,
        receivedOn,
        year,
        province,
        subject,
        history,
        members,
        annualRatings,
        initiatives,
        disciplined,
        vote,
        null);
  }

  /** Kind INDIVIDUAL | COLLECTIVE | HOUSEHOLD; category of an individual. */
  public record Subject(String kind, String category, Boolean directWorker) {}

  /** A title or form already decided; year = last year of its achievement period. */
  public record HistoryEntry(String award, Integer year, String occasion) {}

  /** Member figures of a collective. */
  public record Members(
      Integer total,
      Integer completedTasks,
      Integer laoDongTienTien,
      Integer chienSiThiDuaCoSo,
      Integer disciplinedWarningOrAbove) {}

  /** EXCELLENT | GOOD | COMPLETED | NOT_COMPLETED for one year. */
  public record AnnualRating(Integer year, String rating) {}

  /** An initiative recognised in a year, with its scope BASE | PROVINCE | NATIONAL. */
  public record InitiativeFact(Integer year, String scope) {}

  /**
   * A disciplinary measure with its dates (KHIEN_TRACH | CANH_CAO | HA_BAC_LUONG | GIANG_CHUC |
   * CACH_CHUC | BUOC_THOI_VIEC); {@code to} is the day the period ends.
   */
  public record DisciplinePeriod(String measure, String from, String to) {}

  /** The council ballot: all members, those present (optional), those in favour. */
  public record Vote(Integer members, Integer present, Integer inFavour) {}
}
