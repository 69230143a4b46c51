package vn.thidua.commendation.domain;

import java.math.BigDecimal;
import java.sql.Date;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.thidua.commendation.NominationCommand;
import vn.thidua.commendation.NominationView;
import vn.thidua.initiative.InitiativeRecords;
import vn.thidua.kernel.BusinessRuleViolation;
import vn.thidua.kernel.NotFound;
import vn.thidua.kernel.VietnameseDates;
import vn.thidua.kernel.VietnameseNumbers;
import vn.thidua.kernel.VietnameseText;
import vn.thidua.organization.Actor;
import vn.thidua.organization.AdministrativeLevel;
import vn.thidua.organization.OrganizationDirectory;
import vn.thidua.organization.Permission;
import vn.thidua.organization.PersonCard;
import vn.thidua.organization.UnitDirectory;
import vn.thidua.review.Rounds;
import vn.thidua.rulebook.EligibilityAnswer;
import vn.thidua.rulebook.EligibilityRequest;
import vn.thidua.rulebook.FormRule;
import vn.thidua.rulebook.Rulebook;

/**
 * Suggestions of a review round: the eligibility engine runs in one batch over the people in the
 * round's scope against each form the round opens to individuals, and over the organisations they
 * work in (collectives) against each form it opens to collectives, on the facts the records hold
 * (awards, annual ratings, discipline periods, recognised initiatives; for a collective its own
 * awards and its members' figures of the round's last year). A collective is judged only when most
 * of its members completed their tasks that year and one was rated "hoàn thành xuất sắc" or had an
 * initiative recognised in the period. A person is suggested for a form when no check of a law we
 * have read fails and the records show an achievement in the round's period (a rating of "hoàn
 * thành tốt" or better, a recognised initiative): what the council then judges is listed as still
 * to weigh. Ranked by that achievement; one step turns a suggestion into a nomination of the round.
 */
@Service
public class RoundSuggestions {

  private static final int MAX_PEOPLE = 100_000;

  private final Rounds rounds;
  private final OrganizationDirectory organizations;
  private final UnitDirectory units;
  private final Rulebook rulebook;
  private final InitiativeRecords initiatives;
  private final NominationEligibility eligibility;
  private final NominationService nominations;
  private final JdbcClient jdbc;
  private final Clock clock;

  RoundSuggestions(
      Rounds rounds,
      OrganizationDirectory organizations,
      UnitDirectory units,
      Rulebook rulebook,
      InitiativeRecords initiatives,
      NominationEligibility eligibility,
      NominationService nominations,
      JdbcClient jdbc,
      Clock clock) {
    this.rounds = rounds;
    this.organizations = organizations;
    this.units = units;
    this.rulebook = rulebook;
    this.initiatives = initiatives;
    this.eligibility = eligibility;
    this.nominations = nominations;
    this.jdbc = jdbc;
    this.clock = clock;
  }

  /**
   * One suggestion: the person, the form, the achievement score and the evidence read from the
   * records, the checks that passed, and what is still missing or left to the council.
   */
  public record Suggestion(
      Long personId,
      Long organizationId,
      String subjectKind,
      String fullName,
      String organizationName,
      String award,
      String awardName,
      int score,
      List<Proof> evidence,
      List<String> passed,
      List<String> toWeigh,
      List<String> missing) {}

  /**
   * The round's suggestions, best first (at most {@link #SHOWN}), how many people were considered
   * and how many suggestions there are in all.
   */
  public record Result(
      Rounds.Terms round, int considered, List<Suggestion> suggestions, int total) {

    public Result(Rounds.Terms round, int considered, List<Suggestion> suggestions) {
      this(round, considered, suggestions, suggestions.size());
    }
  }

  /** How many suggestions a page or an answer lists (the best ones). */
  public static final int SHOWN = 1000;

  /**
   * A piece of evidence as the page names it: a message key ("suggestion.rating.EXCELLENT"), its
   * argument.
   */
  public record Proof(String key, String arg) {}

  /** One piece of evidence and its points. */
  record Evidence(int points, Proof proof) {}

  private Rounds.Terms round(Actor actor, long roundId) {
    Rounds.Terms t =
        rounds
            .terms(roundId)
            .filter(r -> actor.reaches(r.path()))
            .orElseThrow(() -> new NotFound("round.not-found"));
    if (!actor.may(Permission.MANAGE_NOMINATIONS, t.path())) {
      throw new AccessDeniedException("error.forbidden");
    }
    return t;
  }

  @Transactional(readOnly = true)
  public Result suggest(Actor actor, long roundId) {
    Rounds.Terms round = round(actor, roundId);
    LocalDate today = LocalDate.now(clock.withZone(VietnameseDates.ZONE));
    String province = province(round.unitCode());
    List<FormRule> forms = new ArrayList<>();
    List<FormRule> collectiveForms = new ArrayList<>();
    for (String code : round.forms()) {
      rulebook
          .form(code, today, province)
          .ifPresent(f -> {
            if (f.opensTo("INDIVIDUAL")) {
              forms.add(f);
            }
            if (f.opensTo("COLLECTIVE")) {
              collectiveForms.add(f);
            }
          });
    }
    List<PersonCard> people = organizations.peopleUnder(round.path());
    if (people.size() > MAX_PEOPLE) {
      people = people.subList(0, MAX_PEOPLE);
    }
    if ((forms.isEmpty() && collectiveForms.isEmpty()) || people.isEmpty()) {
      return new Result(round, people.size(), List.of());
    }
    Long[] ids = people.stream().map(PersonCard::id).toArray(Long[]::new);
    Map<Long, List<EligibilityRequest.HistoryEntry>> history = new HashMap<>();
    jdbc.sql(
            "select person_id, award, year, occasion from award_record where person_id = any(:p) and subject_kind = 'INDIVIDUAL' and not revoked order by year")
        .param("p", ids)
        .query(rs -> {
          history
              .computeIfAbsent(rs.getLong(1), k -> new ArrayList<>())
              .add(
                  new EligibilityRequest.HistoryEntry(
                      rs.getString(2), rs.getInt(3), rs.getString(4)));
        });
    Map<Long, List<EligibilityRequest.AnnualRating>> ratings = new HashMap<>();
    jdbc.sql(
            "select person_id, year, rating from annual_rating where person_id = any(:p) order by year")
        .param("p", ids)
        .query(rs -> {
          ratings
              .computeIfAbsent(rs.getLong(1), k -> new ArrayList<>())
              .add(new EligibilityRequest.AnnualRating(rs.getInt(2), rs.getString(3)));
        });
    Map<Long, List<EligibilityRequest.DisciplinePeriod>> discipline = new HashMap<>();
    jdbc.sql(
            "select person_id, measure, from_date, to_date from discipline_period where person_id = any(:p) order by from_date")
        .param("p", ids)
        .query(rs -> {
          Date to = rs.getDate(4);
          discipline
              .computeIfAbsent(rs.getLong(1), k -> new ArrayList<>())
              .add(
                  new EligibilityRequest.DisciplinePeriod(
                      Measures.code(rs.getString(2)),
                      rs.getDate(3).toLocalDate().toString(),
                      to == null ? null : to.toLocalDate().toString()));
        });
    Set<String> nominated = new HashSet<>();
    jdbc.sql(
            "select person_id, award from nomination where round_id = :r and person_id is not null")
        .param("r", round.id())
        .query(rs -> {
          nominated.add(rs.getLong(1) + "|" + rs.getString(2));
        });
    Map<Long, List<InitiativeRecords.Recognition>> recognised =
        initiatives.recognitionsOfAuthors(List.of(ids));

    // Who has an achievement in the period: only they are judged (the others cannot be suggested).
    List<PersonCard> candidates = new ArrayList<>();
    Map<Long, List<Evidence>> evidence = new HashMap<>();
    for (PersonCard p : people) {
      List<Evidence> e = evidence(round, ratings.get(p.id()), recognised.get(p.id()));
      if (!e.isEmpty()) {
        candidates.add(p);
        evidence.put(p.id(), e);
      }
    }
    List<EligibilityRequest> requests = new ArrayList<>();
    List<Object[]> keys = new ArrayList<>();
    for (PersonCard p : candidates) {
      for (FormRule f : forms) {
        if (nominated.contains(p.id() + "|" + f.code())) {
          continue;
        }
        requests.add(
            new EligibilityRequest(
                f.code(),
                round.occasion(),
                today.toString(),
                null,
                round.toYear(),
                province,
                new EligibilityRequest.Subject("INDIVIDUAL", p.category().name(), p.directWorker()),
                history.getOrDefault(p.id(), List.of()),
                null,
                ratings.getOrDefault(p.id(), List.of()),
                recognised.getOrDefault(p.id(), List.of()).stream()
                    .map(r ->
                        new EligibilityRequest.InitiativeFact(r.countsFrom().getYear(), r.scope()))
                    .toList(),
                false,
                null,
                discipline.getOrDefault(p.id(), List.of())));
        keys.add(new Object[] {p, f});
      }
    }
    int individual = requests.size();
    collectives(
        round,
        today,
        province,
        collectiveForms,
        people,
        ids,
        ratings,
        discipline,
        recognised,
        requests,
        keys);
    List<EligibilityAnswer> answers =
        requests.isEmpty() ? List.of() : rulebook.checkBatch(requests);
    List<Suggestion> out = new ArrayList<>();
    for (int i = 0; i < answers.size(); i++) {
      FormRule f = (FormRule) keys.get(i)[1];
      NominationEligibility.Judgement j = eligibility.classify(requests.get(i), answers.get(i));
      if (!j.blocking().isEmpty()) {
        continue;
      }
      List<String> passed = new ArrayList<>();
      for (EligibilityAnswer.Check c : answers.get(i).checks()) {
        if (c.passed() && !j.toAcknowledge().contains(c)) {
          passed.add(c.message());
        }
      }
      if (i >= individual) {
        Collective c = (Collective) keys.get(i)[0];
        List<Evidence> e = c.evidence();
        out.add(
            new Suggestion(
                null,
                c.id(),
                "COLLECTIVE",
                c.name(),
                c.name(),
                f.code(),
                f.shortName(),
                e.stream().mapToInt(Evidence::points).sum(),
                e.stream().map(Evidence::proof).toList(),
                passed,
                j.toAcknowledge().stream().map(EligibilityAnswer.Check::message).toList(),
                j.missing()));
        continue;
      }
      PersonCard p = (PersonCard) keys.get(i)[0];
      List<Evidence> e = evidence.get(p.id());
      out.add(
          new Suggestion(
              p.id(),
              p.organizationId(),
              "INDIVIDUAL",
              p.fullName(),
              p.organizationName(),
              f.code(),
              f.shortName(),
              e.stream().mapToInt(Evidence::points).sum(),
              e.stream().map(Evidence::proof).toList(),
              passed,
              j.toAcknowledge().stream().map(EligibilityAnswer.Check::message).toList(),
              j.missing()));
    }
    out.sort(
        Comparator.comparingInt(Suggestion::score)
            .reversed()
            .thenComparing(s -> round.forms().indexOf(s.award()))
            .thenComparing(Suggestion::fullName, VietnameseText.personNameCollator()));
    return new Result(
        round, people.size(), out.size() > SHOWN ? out.subList(0, SHOWN) : out, out.size());
  }

  /** An organisation of the round's scope judged as a collective, with what its records show. */
  record Collective(long id, String name, List<Evidence> evidence) {}

  /** Disciplinary measures from a warning (cảnh cáo) up. */
  private static final Set<String> WARNING_OR_ABOVE =
      Set.of("CANH_CAO", "HA_BAC_LUONG", "GIANG_CHUC", "CACH_CHUC", "BUOC_THOI_VIEC");

  /**
   * Adds the questions of the collectives: each organisation of the round's scope (the workplaces
   * of its people) whose records show an achievement in the period, against each form of the round
   * open to collectives (and to its kind: a village only what is open to villages), with its own
   * award history and the member figures of the round's last year read from its people's records.
   */
  private void collectives(
      Rounds.Terms round,
      LocalDate today,
      String province,
      List<FormRule> forms,
      List<PersonCard> people,
      Long[] ids,
      Map<Long, List<EligibilityRequest.AnnualRating>> ratings,
      Map<Long, List<EligibilityRequest.DisciplinePeriod>> discipline,
      Map<Long, List<InitiativeRecords.Recognition>> recognised,
      List<EligibilityRequest> requests,
      List<Object[]> keys) {
    if (forms.isEmpty()) {
      return;
    }
    int year = round.toYear();
    Map<Long, List<PersonCard>> byOrganization = new java.util.LinkedHashMap<>();
    for (PersonCard p : people) {
      byOrganization.computeIfAbsent(p.organizationId(), k -> new ArrayList<>()).add(p);
    }
    // Members with Lao động tiên tiến / Chiến sĩ thi đua cơ sở of the round's last year.
    Set<Long> tienTien = new HashSet<>();
    Set<Long> chienSi = new HashSet<>();
    jdbc.sql(
            "select person_id, award from award_record where person_id = any(:p) and subject_kind = 'INDIVIDUAL' and not revoked and year = :y and award in ('LAO_DONG_TIEN_TIEN', 'CHIEN_SI_THI_DUA_CO_SO')")
        .param("p", ids)
        .param("y", year)
        .query(rs -> {
          // A Chiến sĩ thi đua cơ sở holds Lao động tiên tiến of the same year (its condition).
          tienTien.add(rs.getLong(1));
          if ("CHIEN_SI_THI_DUA_CO_SO".equals(rs.getString(2))) {
            chienSi.add(rs.getLong(1));
          }
        });
    Long[] orgs = byOrganization.keySet().toArray(Long[]::new);
    Map<Long, List<EligibilityRequest.HistoryEntry>> history = new HashMap<>();
    jdbc.sql(
            "select organization_id, award, year, occasion from award_record where organization_id = any(:o) and subject_kind = 'COLLECTIVE' and not revoked order by year")
        .param("o", orgs)
        .query(rs -> {
          history
              .computeIfAbsent(rs.getLong(1), k -> new ArrayList<>())
              .add(
                  new EligibilityRequest.HistoryEntry(
                      rs.getString(2), rs.getInt(3), rs.getString(4)));
        });
    Set<String> nominated = new HashSet<>();
    jdbc.sql(
            "select organization_id, award from nomination where round_id = :r and subject_kind = 'COLLECTIVE'")
        .param("r", round.id())
        .query(rs -> {
          nominated.add(rs.getLong(1) + "|" + rs.getString(2));
        });
    LocalDate first = LocalDate.of(year, 1, 1);
    LocalDate last = LocalDate.of(year, 12, 31);
    for (Map.Entry<Long, List<PersonCard>> o : byOrganization.entrySet()) {
      List<PersonCard> members = o.getValue();
      int completed = 0;
      int excellent = 0;
      int tienTienCount = 0;
      int chienSiCount = 0;
      int disciplined = 0;
      List<Evidence> initiativeEvidence = new ArrayList<>();
      for (PersonCard p : members) {
        for (EligibilityRequest.AnnualRating r : ratings.getOrDefault(p.id(), List.of())) {
          if (r.year() == year && !"NOT_COMPLETED".equals(r.rating())) {
            completed++;
            if ("EXCELLENT".equals(r.rating())) {
              excellent++;
            }
          }
        }
        if (tienTien.contains(p.id())) {
          tienTienCount++;
        }
        if (chienSi.contains(p.id())) {
          chienSiCount++;
        }
        for (EligibilityRequest.DisciplinePeriod d : discipline.getOrDefault(p.id(), List.of())) {
          if (WARNING_OR_ABOVE.contains(d.measure())
              && !LocalDate.parse(d.from()).isAfter(last)
              && (d.to() == null || !LocalDate.parse(d.to()).isBefore(first))) {
            disciplined++;
            break;
          }
        }
        for (Evidence e : evidence(round, null, recognised.get(p.id()))) {
          initiativeEvidence.add(e);
        }
      }
      int total = members.size();
      // An achievement of the unit: most members completed their tasks in the round's last year,
      // and at least one member rated "hoàn thành xuất sắc" or an initiative of its people
      // recognised in the period.
      if (completed * 2 <= total || (excellent == 0 && initiativeEvidence.isEmpty())) {
        continue;
      }
      List<Evidence> e = new ArrayList<>();
      e.add(
          new Evidence(
              1,
              new Proof(
                  "suggestion.collective.completed",
                  VietnameseNumbers.format(BigDecimal.valueOf(completed))
                      + "/"
                      + VietnameseNumbers.format(BigDecimal.valueOf(total)))));
      if (excellent > 0) {
        e.add(
            new Evidence(
                Math.min(excellent, 5),
                new Proof(
                    "suggestion.collective.excellent",
                    VietnameseNumbers.format(BigDecimal.valueOf(excellent)))));
      }
      e.addAll(initiativeEvidence);
      PersonCard any = members.get(0);
      boolean village =
          organizations
              .organization(o.getKey())
              .map(v -> v.type() == vn.thidua.organization.OrganizationType.VILLAGE)
              .orElse(false);
      Collective c = new Collective(o.getKey(), any.organizationName(), List.copyOf(e));
      EligibilityRequest.Members figures =
          new EligibilityRequest.Members(
              total, completed, tienTienCount, chienSiCount, disciplined);
      for (FormRule f : forms) {
        if (nominated.contains(o.getKey() + "|" + f.code())
            || !vn.thidua.rulebook.AwardNames.opensToCollective(f.code(), village)) {
          continue;
        }
        requests.add(
            new EligibilityRequest(
                f.code(),
                round.occasion(),
                today.toString(),
                null,
                year,
                province,
                new EligibilityRequest.Subject("COLLECTIVE", null, null),
                history.getOrDefault(o.getKey(), List.of()),
                figures,
                null,
                null,
                null,
                null,
                null));
        keys.add(new Object[] {c, f});
      }
    }
  }

  /**
   * What the records show of a person in the round's period: each year rated "hoàn thành xuất sắc"
   * (2 points) or "hoàn thành tốt" (1), each initiative recognised (2 at the base, 3 in a province,
   * 4 nationwide).
   */
  static List<Evidence> evidence(
      Rounds.Terms round,
      List<EligibilityRequest.AnnualRating> ratings,
      List<InitiativeRecords.Recognition> recognised) {
    List<Evidence> out = new ArrayList<>();
    if (ratings != null) {
      for (EligibilityRequest.AnnualRating r : ratings) {
        if (r.year() < round.fromYear() || r.year() > round.toYear()) {
          continue;
        }
        if ("EXCELLENT".equals(r.rating())) {
          out.add(new Evidence(2, new Proof("suggestion.rating.EXCELLENT", "" + r.year())));
        } else if ("GOOD".equals(r.rating())) {
          out.add(new Evidence(1, new Proof("suggestion.rating.GOOD", "" + r.year())));
        }
      }
    }
    if (recognised != null) {
      for (InitiativeRecords.Recognition r : recognised) {
        int y = r.countsFrom().getYear();
        if (y < round.fromYear() || y > round.toYear()) {
          continue;
        }
        int points =
            switch (r.scope()) {
              case "NATIONAL" -> 4;
              case "PROVINCE" -> 3;
              default -> 2;
            };
        out.add(new Evidence(points, new Proof("suggestion.initiative." + r.scope(), r.title())));
      }
    }
    return out;
  }

  /** Turns a suggestion into a nomination of the round (a draft, for the office to complete). */
  @Transactional
  public NominationView nominate(Actor actor, long roundId, Long personId, String award) {
    return nominate(actor, roundId, personId, null, award);
  }

  /**
   * Turns a suggestion into a nomination of the round: of a person, or (an organisation and no
   * person) of a collective.
   */
  @Transactional
  public NominationView nominate(
      Actor actor, long roundId, Long personId, Long organizationId, String award) {
    Rounds.Terms round = round(actor, roundId);
    if (personId == null && organizationId == null) {
      throw BusinessRuleViolation.onField("personId", "suggestion.subject-required");
    }
    boolean collective = personId == null;
    return nominations.propose(
        actor,
        new NominationCommand(
            award,
            round.occasion(),
            round.toYear(),
            round.movementId(),
            collective ? "COLLECTIVE" : "INDIVIDUAL",
            personId,
            collective ? organizationId : null,
            "",
            null,
            null,
            round.id()));
  }

  private String province(String unitCode) {
    UnitDirectory.Unit u = units.unit(unitCode).orElse(null);
    if (u == null || u.level() == AdministrativeLevel.NATION) {
      return null;
    }
    return u.level() == AdministrativeLevel.COMMUNE ? u.parentCode() : u.code();
  }
}
