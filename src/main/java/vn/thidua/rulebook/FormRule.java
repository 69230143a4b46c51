package vn.thidua.rulebook;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

/**
 * One title or form of commendation as the rulebook has it in force on a date (contracts.md,
 * "Rulebook"): who may receive it, who decides it, which councils must vote and how, public notice,
 * base salary and bonus, dossier items, with citations and the confidence of the reading.
 *
 * @param ruleSet the rule set that judged it: regime and rulebook version ("LAW_2022_ND_152_2025 /
 *     2026-12-05+2026-12-05"), kept with every decision
 * @param countingYears the years a title's achievement counts over (null for forms): titles of one
 *     subject with the same counting period pay only the highest (ND 152/2025 Đ49 k5)
 * @param freshnessMonths state-level achievements must end at most this many months before the
 *     province submits (ND 152/2025 Đ33 k9), or null
 */
public record FormRule(
    String code,
    String name,
    String shortName,
    String kind,
    String regime,
    String ruleSet,
    List<String> subjects,
    List<String> decidedBy,
    String decidedByCitation,
    String proposedBy,
    List<Council> councils,
    PublicNotice publicNotice,
    long baseSalary,
    String baseSalaryCitation,
    Bonus bonus,
    List<DossierItem> dossier,
    Integer countingYears,
    Integer freshnessMonths,
    String freshnessCitation,
    String level,
    String citation,
    String confidence) {

  /** Levels of councils and notices: the base (commune or agency), the province, the nation. */
  public static final String COMMUNE = "COMMUNE";

  public static final String PROVINCE = "PROVINCE";
  public static final String NATION = "NATION";

  /**
   * A council that must vote before the decision or the forwarding at its level.
   *
   * @param threshold share of ALL members who must vote in favour
   * @param strictlyAbove true for "more than" (a majority), false for "at least" (90 %)
   * @param quorum share of members who must be present
   */
  public record Council(
      String level,
      double threshold,
      boolean strictlyAbove,
      double quorum,
      String quorumCitation,
      String citation,
      String confidence,
      @JsonIgnore long quorumNumerator,
      @JsonIgnore long quorumDenominator) {

    /** Whether the ballot passes: counted on all members of the council. */
    public boolean passes(int members, int inFavour) {
      BigDecimal needed = BigDecimal.valueOf(threshold).multiply(BigDecimal.valueOf(members));
      int cmp = BigDecimal.valueOf(inFavour).compareTo(needed);
      return strictlyAbove ? cmp > 0 : cmp >= 0;
    }

    /** Whether enough members were present. */
    public boolean quorate(int members, int present) {
      return present * quorumDenominator >= quorumNumerator * members;
    }

    /** The fewest present members that make the quorum. */
    public int quorumOf(int members) {
      return (int) ((quorumNumerator * members + quorumDenominator - 1) / quorumDenominator);
    }

    /** The fewest votes in favour that pass. */
    public int votesNeeded(int members) {
      for (int v = 0; v <= members; v++) {
        if (passes(members, v)) {
          return v;
        }
      }
      return members + 1;
    }
  }

  /**
   * Public notice before a council: at {@code level}, at least {@code workingDays} working days,
   * before the council of {@code beforeCouncil}.
   */
  public record PublicNotice(
      boolean required,
      int workingDays,
      String level,
      String beforeCouncil,
      String text,
      String citation,
      String confidence) {}

  /** Bonus per subject kind: coefficient × base salary, rounded up to ten thousand đồng once. */
  public record Bonus(
      @JsonProperty("INDIVIDUAL") Amount individual,
      @JsonProperty("COLLECTIVE") Amount collective,
      @JsonProperty("HOUSEHOLD") Amount household,
      String citation,
      String confidence,
      String rounding) {

    /** The amount for a subject kind (INDIVIDUAL, COLLECTIVE, HOUSEHOLD). */
    public Amount of(String kind) {
      return switch (kind) {
        case "INDIVIDUAL" -> individual;
        case "COLLECTIVE" -> collective;
        case "HOUSEHOLD" -> household;
        default -> new Amount(null, null);
      };
    }
  }

  /** A coefficient and its amount on the base salary; both null where nothing is paid. */
  public record Amount(BigDecimal coefficient, Long amount) {}

  /**
   * One document of the dossier.
   *
   * @param levels the levels whose dossier must hold it (empty: from the proposal up)
   * @param stage PROPOSAL (before appraisal) or BEFORE_DECISION (before the level decides or
   *     forwards)
   * @param generated whether the system drafts it
   * @param alternative a fact that replaces the document (EXCELLENT_RATING: the year's "hoàn thành
   *     xuất sắc nhiệm vụ" in the records), or null
   * @param scope for an initiative confirmation, the scope it must have (BASE, PROVINCE, NATIONAL)
   */
  public record DossierItem(
      String item,
      String name,
      String citation,
      List<String> levels,
      String stage,
      boolean required,
      boolean generated,
      String alternative,
      String scope) {

    /** Whether the level's dossier must hold it. */
    public boolean appliesAt(String level) {
      return levels.isEmpty() || levels.contains(level);
    }
  }

  /** Whether the subject kind may receive it. */
  public boolean opensTo(String subjectKind) {
    return subjects.contains(subjectKind);
  }

  /** The council of a level, if one must vote there. */
  public Optional<Council> councilAt(String level) {
    return councils.stream().filter(c -> c.level().equals(level)).findFirst();
  }

  /** Whether the public notice is held at this level. */
  public boolean noticeAt(String level) {
    return publicNotice.required() && level.equals(publicNotice.level());
  }

  /** Whether the authority may decide it. */
  public boolean decidedBy(String authority) {
    return decidedBy.contains(authority);
  }
}
