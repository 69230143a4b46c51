package vn.thidua.rulebook;

import java.util.ArrayList;
import java.util.List;
import vn.thidua.rulebook.EligibilityRequest.AnnualRating;
import vn.thidua.rulebook.EligibilityRequest.HistoryEntry;
import vn.thidua.rulebook.EligibilityRequest.InitiativeFact;
import vn.thidua.rulebook.EligibilityRequest.Members;
import vn.thidua.rulebook.EligibilityRequest.Subject;
import vn.thidua.rulebook.EligibilityRequest.Vote;

/** Builder of eligibility requests for tests and the benchmark. */
public final class EligibilityCases {

  private String award;
  private String occasion = "ANNUAL";
  private String asOf = "2030-12-01";
  private String receivedOn;
  private int year = 2030;
  private String province;
  private Subject subject = new Subject("INDIVIDUAL", "CIVIL_SERVANT", false);
  private List<HistoryEntry> history = new ArrayList<>();
  private Members members;
  private final List<AnnualRating> ratings = new ArrayList<>();
  private List<InitiativeFact> initiatives = new ArrayList<>();
  private Boolean disciplined = false;
  private Vote vote = new Vote(9, 9, 9);

  private final List<EligibilityRequest.DisciplinePeriod> periods = new ArrayList<>();

  public static EligibilityCases award(String award) {
    EligibilityCases c = new EligibilityCases();
    c.award = award;
    return c;
  }

  public EligibilityCases occasion(String o) {
    occasion = o;
    return this;
  }

  public EligibilityCases asOf(String d) {
    asOf = d;
    return this;
  }

  public EligibilityCases receivedOn(String d) {
    receivedOn = d;
    return this;
  }

  public EligibilityCases year(int y) {
    year = y;
    return this;
  }

  public EligibilityCases province(String p) {
    province = p;
    return this;
  }

  public EligibilityCases individual(String category) {
    subject = new Subject("INDIVIDUAL", category, false);
    return this;
  }

  public EligibilityCases collective() {
    subject = new Subject("COLLECTIVE", null, null);
    return this;
  }

  public EligibilityCases household() {
    subject = new Subject("HOUSEHOLD", null, null);
    return this;
  }

  public EligibilityCases had(String award, int year) {
    history.add(new HistoryEntry(award, year, null));
    return this;
  }

  public EligibilityCases had(String award, int year, String occasion) {
    history.add(new HistoryEntry(award, year, occasion));
    return this;
  }

  public EligibilityCases noHistory() {
    history = null;
    return this;
  }

  public EligibilityCases rated(String rating, int from, int to) {
    for (int y = from; y <= to; y++) {
      ratings.add(new AnnualRating(y, rating));
    }
    return this;
  }

  public EligibilityCases initiative(int year, String scope) {
    initiatives.add(new InitiativeFact(year, scope));
    return this;
  }

  public EligibilityCases noInitiatives() {
    initiatives = null;
    return this;
  }

  public EligibilityCases members(int total, int completed, int ldtt, int cstdcs, int disciplined) {
    members = new Members(total, completed, ldtt, cstdcs, disciplined);
    return this;
  }

  public EligibilityCases disciplined(Boolean d) {
    disciplined = d;
    return this;
  }

  public EligibilityCases vote(Integer members, Integer present, Integer inFavour) {
    vote = new Vote(members, present, inFavour);
    return this;
  }

  public EligibilityCases disciplinePeriod(String measure, String from, String to) {
    periods.add(new EligibilityRequest.DisciplinePeriod(measure, from, to));
    return this;
  }

  public EligibilityCases directWorker(boolean direct) {
    subject = new Subject(subject.kind(), subject.category(), direct);
    return this;
  }

  public EligibilityCases noVote() {
    vote = null;
    return this;
  }

  public EligibilityRequest build() {
    return new EligibilityRequest(
        award,
        occasion,
        asOf,
        receivedOn,
        year,
        province,
        subject,
        history,
        members,
        List.copyOf(ratings),
        initiatives,
        disciplined,
        vote,
        periods.isEmpty() ? null : List.copyOf(periods));
  }
}
