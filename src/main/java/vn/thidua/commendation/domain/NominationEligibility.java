package vn.thidua.commendation.domain;

import java.sql.Date;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.thidua.commendation.EligibilityAnswer;
import vn.thidua.commendation.EligibilityRequest;
import vn.thidua.commendation.NominationView;
import vn.thidua.kernel.VietnameseDates;
import vn.thidua.organization.Actor;
import vn.thidua.organization.AdministrativeLevel;
import vn.thidua.organization.UnitDirectory;

/**
 * The eligibility of a nomination judged from what the system holds: the subject's awards (revoked
 * ones left out), annual ratings, recognised initiatives, discipline periods and the council's
 * ballot. Facts the system does not hold (a collective's member figures) are left out, so the
 * engine names them as missing rather than assuming them.
 */
@Service
public class NominationEligibility {

  private final EligibilityService engine;
  private final NominationService nominations;
  private final UnitDirectory units;
  private final JdbcClient jdbc;
  private final Clock clock;

  NominationEligibility(
      EligibilityService engine,
      NominationService nominations,
      UnitDirectory units,
      JdbcClient jdbc,
      Clock clock) {
    this.engine = engine;
    this.nominations = nominations;
    this.units = units;
    this.jdbc = jdbc;
    this.clock = clock;
  }

  /** The facts read from the records, and the engine's answer on them. */
  public record Judgement(EligibilityRequest facts, EligibilityAnswer answer) {}

  @Transactional(readOnly = true)
  public Judgement judge(Actor actor, long id) {
    NominationView n = nominations.view(actor, id);
    EligibilityRequest facts = facts(n);
    return new Judgement(facts, engine.check(facts));
  }

  EligibilityRequest facts(NominationView n) {
    LocalDate asOf =
        n.decisionDate() != null
            ? n.decisionDate()
            : LocalDate.now(clock.withZone(VietnameseDates.ZONE));
    UnitDirectory.Unit level = units.unit(n.levelUnitCode()).orElseThrow();
    String province =
        level.level() == AdministrativeLevel.COMMUNE
            ? level.parentCode()
            : level.level() == AdministrativeLevel.PROVINCE ? level.code() : null;
    boolean individual = "INDIVIDUAL".equals(n.subjectKind());
    EligibilityRequest.Subject subject;
    List<EligibilityRequest.HistoryEntry> history;
    List<EligibilityRequest.AnnualRating> ratings = null;
    List<EligibilityRequest.InitiativeFact> initiatives = null;
    Boolean disciplined = null;
    if (individual && n.personId() != null) {
      subject =
          jdbc.sql("select category, direct_worker from person where id = :p")
              .param("p", n.personId())
              .query((rs, i) ->
                  new EligibilityRequest.Subject("INDIVIDUAL", rs.getString(1), rs.getBoolean(2)))
              .single();
      history =
          jdbc.sql(
                  "select award, year, occasion from award_record where person_id = :p and not revoked and (nomination_id is null or nomination_id <> :n) order by year")
              .param("p", n.personId())
              .param("n", n.id())
              .query((rs, i) ->
                  new EligibilityRequest.HistoryEntry(
                      rs.getString(1), rs.getInt(2), rs.getString(3)))
              .list();
      ratings =
          jdbc.sql("select year, rating from annual_rating where person_id = :p order by year")
              .param("p", n.personId())
              .query((rs, i) -> new EligibilityRequest.AnnualRating(rs.getInt(1), rs.getString(2)))
              .list();
      initiatives =
          jdbc.sql(
                  """
                  select extract(year from r.counts_from)::int, r.scope
                  from initiative_recognition r join initiative_author a on a.initiative_id = r.initiative_id
                  where a.person_id = :p order by r.counts_from
                  """)
              .param("p", n.personId())
              .query(
                  (rs, i) -> new EligibilityRequest.InitiativeFact(rs.getInt(1), rs.getString(2)))
              .list();
      disciplined =
          jdbc.sql(
                      """
                      select count(*) from discipline_period where person_id = :p
                        and from_date <= :end and (to_date is null or to_date >= :start)
                      """)
                  .param("p", n.personId())
                  .param("start", Date.valueOf(LocalDate.of(n.year(), 1, 1)))
                  .param("end", Date.valueOf(LocalDate.of(n.year(), 12, 31)))
                  .query(Long.class)
                  .single()
              > 0;
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
      NominationService.Session s = nominations.session(n.sessionId());
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
        initiatives,
        disciplined,
        vote);
  }
}
