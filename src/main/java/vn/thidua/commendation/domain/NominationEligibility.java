package vn.thidua.commendation.domain;

import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.thidua.commendation.NominationView;
import vn.thidua.initiative.InitiativeRecords;
import vn.thidua.organization.Actor;
import vn.thidua.organization.OrganizationDirectory;
import vn.thidua.organization.PersonCard;
import vn.thidua.rulebook.EligibilityAnswer;
import vn.thidua.rulebook.EligibilityRequest;
import vn.thidua.rulebook.Rulebook;

/**
 * The eligibility of a nomination judged from what the system holds: the subject's awards (revoked
 * ones left out), annual ratings and discipline periods (this module's records), recognised
 * initiatives (asked of the initiative module), the person's category (asked of the organisation
 * module) and the council's ballot at the nomination's level. Facts the system does not hold (a
 * collective's member figures) are left out, so the engine names them missing rather than assuming
 * them.
 */
@Service
public class NominationEligibility {

  private static final Set<String> FIRM = Set.of("READ", "READ-2", "OLD");

  private final Rulebook rulebook;
  private final NominationRepository rows;
  private final NominationAccess access;
  private final OrganizationDirectory organizations;
  private final InitiativeRecords initiatives;
  private final CouncilSessions sessions;
  private final JdbcClient jdbc;
  private final java.time.Clock clock;
  private volatile Set<String> councilRules;

  NominationEligibility(
      Rulebook rulebook,
      NominationRepository rows,
      NominationAccess access,
      OrganizationDirectory organizations,
      InitiativeRecords initiatives,
      CouncilSessions sessions,
      JdbcClient jdbc,
      java.time.Clock clock) {
    this.rulebook = rulebook;
    this.rows = rows;
    this.access = access;
    this.organizations = organizations;
    this.initiatives = initiatives;
    this.sessions = sessions;
    this.jdbc = jdbc;
    this.clock = clock;
  }

  /**
   * The facts read from the records, the engine's answer on them, what blocks (a failed check of a
   * law we have read) and what the decider must acknowledge (what the council judges, what is
   * inferred or missing).
   */
  public record Judgement(
      EligibilityRequest facts,
      EligibilityAnswer answer,
      List<EligibilityAnswer.Check> blocking,
      List<EligibilityAnswer.Check> toAcknowledge,
      List<String> missing) {

    EligibilityAnswer.Check firstHardFailure() {
      return blocking.isEmpty() ? null : blocking.getFirst();
    }
  }

  /** The judgement as the page and the API show it (today, or the decision's date). */
  @Transactional(readOnly = true)
  public Judgement judge(Actor actor, long id) {
    NominationView n = access.readable(actor, id);
    LocalDate asOf =
        n.decisionDate() != null
            ? n.decisionDate()
            : LocalDate.now(clock.withZone(vn.thidua.kernel.VietnameseDates.ZONE));
    return judge(n, asOf);
  }

  Judgement judge(NominationView n, LocalDate asOf) {
    EligibilityRequest facts = facts(n, asOf);
    return classify(facts, rulebook.check(facts));
  }

  /**
   * Sorts the engine's checks: what blocks (a failed check of a law we have read, not left to the
   * council) and what the decider must acknowledge.
   */
  Judgement classify(EligibilityRequest facts, EligibilityAnswer answer) {
    Set<String> council = councilRules();
    List<EligibilityAnswer.Check> blocking = new ArrayList<>();
    List<EligibilityAnswer.Check> acknowledge = new ArrayList<>();
    for (EligibilityAnswer.Check c : answer.checks()) {
      boolean judgedByCouncil = council.contains(c.rule()) || c.rule().endsWith("-QUORUM");
      boolean firm = FIRM.contains(c.confidence());
      if (!c.passed() && firm && !c.undecided() && !judgedByCouncil) {
        blocking.add(c);
      } else if (judgedByCouncil || !firm || !c.passed()) {
        acknowledge.add(c);
      }
    }
    return new Judgement(
        facts, answer, List.copyOf(blocking), List.copyOf(acknowledge), answer.missing());
  }

  private Set<String> councilRules() {
    Set<String> s = councilRules;
    if (s == null) {
      s =
          rulebook.rules(null).stream()
              .filter(r -> "COUNCIL".equals(r.condition()))
              .map(vn.thidua.rulebook.RuleView::id)
              .collect(Collectors.toUnmodifiableSet());
      councilRules = s;
    }
    return s;
  }

  EligibilityRequest facts(NominationView n, LocalDate asOf) {
    String province =
        switch (n.level()) {
          case NominationLevels.COMMUNE ->
              rows.units().unit(n.levelUnitCode()).orElseThrow().parentCode();
          case NominationLevels.NATION -> null;
          default -> n.levelUnitCode();
        };
    EligibilityRequest.Subject subject;
    List<EligibilityRequest.HistoryEntry> history;
    List<EligibilityRequest.AnnualRating> ratings = null;
    List<EligibilityRequest.InitiativeFact> recognised = null;
    List<EligibilityRequest.DisciplinePeriod> discipline = null;
    Boolean disciplined = null;
    if (n.personId() != null) {
      PersonCard p = organizations.person(n.personId()).orElseThrow();
      subject =
          "HOUSEHOLD".equals(n.subjectKind())
              ? new EligibilityRequest.Subject("HOUSEHOLD", null, null)
              : new EligibilityRequest.Subject("INDIVIDUAL", p.category().name(), p.directWorker());
      history =
          jdbc.sql(
                  "select award, year, occasion from award_record where person_id = :p and subject_kind = :k and not revoked and (nomination_id is null or nomination_id <> :n) order by year")
              .param("p", n.personId())
              .param("k", n.subjectKind())
              .param("n", n.id())
              .query((rs, i) ->
                  new EligibilityRequest.HistoryEntry(
                      rs.getString(1), rs.getInt(2), rs.getString(3)))
              .list();
      if ("INDIVIDUAL".equals(n.subjectKind())) {
        ratings =
            jdbc.sql("select year, rating from annual_rating where person_id = :p order by year")
                .param("p", n.personId())
                .query(
                    (rs, i) -> new EligibilityRequest.AnnualRating(rs.getInt(1), rs.getString(2)))
                .list();
        recognised =
            initiatives.recognitionsOfAuthor(n.personId()).stream()
                .map(
                    r -> new EligibilityRequest.InitiativeFact(r.countsFrom().getYear(), r.scope()))
                .toList();
      }
      discipline =
          jdbc.sql(
                  "select measure, from_date, to_date from discipline_period where person_id = :p order by from_date")
              .param("p", n.personId())
              .query((rs, i) -> {
                Date to = rs.getDate(3);
                return new EligibilityRequest.DisciplinePeriod(
                    Measures.code(rs.getString(1)),
                    rs.getDate(2).toLocalDate().toString(),
                    to == null ? null : to.toLocalDate().toString());
              })
              .list();
      disciplined = false;
    } else {
      subject = new EligibilityRequest.Subject("COLLECTIVE", null, null);
      history =
          jdbc.sql(
                  "select award, year, occasion from award_record where organization_id = :o and subject_kind = 'COLLECTIVE' and not revoked and (nomination_id is null or nomination_id <> :n) order by year")
              .param("o", n.organizationId())
              .param("n", n.id())
              .query((rs, i) ->
                  new EligibilityRequest.HistoryEntry(
                      rs.getString(1), rs.getInt(2), rs.getString(3)))
              .list();
    }
    EligibilityRequest.Vote vote = null;
    if (n.votesFor() != null && n.sessionId() != null) {
      CouncilSessions.Session s = sessions.get(n.sessionId());
      vote = new EligibilityRequest.Vote(s.members(), s.present(), n.votesFor());
    }
    return new EligibilityRequest(
        n.award(),
        n.occasion(),
        asOf.toString(),
        null,
        n.year(),
        province,
        subject,
        history,
        null,
        ratings,
        recognised,
        disciplined,
        vote,
        discipline);
  }
}
