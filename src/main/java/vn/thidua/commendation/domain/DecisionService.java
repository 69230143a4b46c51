package vn.thidua.commendation.domain;

import java.math.BigDecimal;
import java.security.SecureRandom;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.ObjectMapper;
import vn.thidua.commendation.NominationView;
import vn.thidua.commendation.NominationView.Status;
import vn.thidua.commendation.domain.NominationWorkflow.Action;
import vn.thidua.kernel.BusinessRuleViolation;
import vn.thidua.kernel.StateChanges;
import vn.thidua.kernel.VietnameseDates;
import vn.thidua.kernel.VietnameseNumbers;
import vn.thidua.kernel.VietnameseText;
import vn.thidua.organization.Actor;
import vn.thidua.rulebook.EligibilityAnswer;
import vn.thidua.rulebook.FormRule;
import vn.thidua.rulebook.Rulebook;

/**
 * The end of a level's work on a nomination, on the rulebook of the decision date: the authority of
 * this very level decides a form the rulebook lets it decide — after its council's ballot where one
 * is required, with the dossier complete, eligibility judged again from the records (a failed hard
 * check refuses with its article; what the council judged or what is inferred needs the decider's
 * explicit acknowledgement, kept with the decision) and the bonus of the decision date (ND 152/2025
 * Đ49: base salary of that date, coefficient first, rounded up once; titles of the same counting
 * period pay only the highest). Or it forwards to the level above with its own tờ trình and minutes
 * (state-level achievements at most six months old, Đ33 k9). Or it revokes an award.
 */
@Service
public class DecisionService {

  private static final SecureRandom RANDOM = new SecureRandom();
  private static final String CODE_ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789";

  private final JdbcClient jdbc;
  private final NominationService nominations;
  private final NominationAccess access;
  private final NominationLevels levels;
  private final NominationRepository rows;
  private final NominationEligibility eligibility;
  private final NominationDocuments documents;
  private final Rulebook rulebook;
  private final StateChanges changes;
  private final CouncilSessions sessions;
  private final ObjectMapper json;
  private final Clock clock;
  private final NominationLeads leads;

  DecisionService(
      JdbcClient jdbc,
      NominationService nominations,
      NominationAccess access,
      NominationLevels levels,
      NominationRepository rows,
      NominationEligibility eligibility,
      NominationDocuments documents,
      Rulebook rulebook,
      StateChanges changes,
      CouncilSessions sessions,
      ObjectMapper json,
      Clock clock,
      NominationLeads leads) {
    this.leads = leads;
    this.jdbc = jdbc;
    this.nominations = nominations;
    this.access = access;
    this.levels = levels;
    this.rows = rows;
    this.eligibility = eligibility;
    this.documents = documents;
    this.rulebook = rulebook;
    this.changes = changes;
    this.sessions = sessions;
    this.json = json;
    this.clock = clock;
  }

  /** What the decider is asked: number, date, signer and title, and the acknowledgement. */
  public record DecisionCommand(
      String number, LocalDate date, String signer, String signerTitle, Boolean acknowledged) {}

  /** The bonus a decision on a date would pay, and why (for the page before deciding). */
  public record Money(
      long baseSalary,
      BigDecimal coefficient,
      long full,
      long paid,
      String note,
      String citation,
      String ruleSet) {}

  /** Whether the nomination may be decided or forwarded at its level now (its council voted). */
  public boolean ready(NominationView n) {
    if (n.status() == Status.VOTED_FOR) {
      return true;
    }
    return n.status() == Status.APPRAISED
        && !nominations.councilHere(n)
        && !nominations.noticeHere(n);
  }

  private void requireReady(NominationView n, FormRule form, NominationLevels.Level level) {
    if (n.status() == Status.APPRAISED && form.councilAt(level.councilLevel()).isPresent()) {
      FormRule.Council c = form.councilAt(level.councilLevel()).get();
      throw new BusinessRuleViolation("nomination.council-required", form.name(), c.citation());
    }
  }

  @Transactional(noRollbackFor = vn.thidua.kernel.ConflictOfInterest.class)
  public NominationView decide(Actor actor, long id, long version, DecisionCommand c) {
    NominationView n = access.readable(actor, id);
    access.requireLeadership(actor, n);
    NominationService.expect(n, version, Action.DECIDE);
    NominationLevels.Level level = access.level(n);
    LocalDate today = nominations.today();
    LocalDate on = c.date() == null ? today : c.date();
    FormRule form = nominations.form(n, on);
    requireReady(n, form, level);
    String authority = NominationLevels.authority(form, level.kind());
    if (authority == null) {
      throw new BusinessRuleViolation("nomination.not-this-level", form.name(), authorities(form));
    }
    String number = VietnameseText.cleanOrNull(c.number());
    if (number == null || number.length() > 60) {
      throw BusinessRuleViolation.onField("number", "nomination.decision-number");
    }
    String signer = VietnameseText.cleanOrNull(c.signer());
    if (signer == null || signer.length() > 200) {
      throw BusinessRuleViolation.onField("signer", "nomination.decision-signer");
    }
    if (on.isAfter(today)) {
      throw BusinessRuleViolation.onField("date", "nomination.decision-future");
    }
    LocalDate floor = floorDate(n);
    if (floor != null && on.isBefore(floor)) {
      throw BusinessRuleViolation.onField(
          "date", "nomination.decision-before-council", VietnameseDates.shortForm(floor));
    }
    List<String> missing = nominations.missing(n, null);
    if (!missing.isEmpty()) {
      throw new BusinessRuleViolation("nomination.dossier-incomplete", String.join("; ", missing));
    }
    NominationEligibility.Judgement j = eligibility.judge(n, on);
    EligibilityAnswer.Check failed = j.firstHardFailure();
    if (failed != null) {
      throw new BusinessRuleViolation("nomination.ineligible", failed.message(), failed.citation());
    }
    if ((!j.toAcknowledge().isEmpty() || !j.missing().isEmpty())
        && !Boolean.TRUE.equals(c.acknowledged())) {
      throw BusinessRuleViolation.onField(
          "acknowledged",
          "nomination.acknowledge-required",
          j.toAcknowledge().size() + j.missing().size());
    }
    Money money = money(n, form, on);
    String title = VietnameseText.cleanOrNull(c.signerTitle());
    Map<String, Object> set = new LinkedHashMap<>();
    set.put("decision_number", number);
    set.put("decision_date", Date.valueOf(on));
    set.put("decision_signer", signer);
    set.put("signer_title", title == null ? defaultTitle(level, authority) : title);
    set.put("decision_authority", authority);
    set.put("bonus", BigDecimal.valueOf(money.paid()));
    set.put("bonus_note", money.note());
    set.put("rule_set", form.ruleSet());
    set.put(
        "acknowledged",
        json.writeValueAsString(
            Map.of(
                "by", actor.getUsername(),
                "at", clock.instant().toString(),
                "checks", j.toAcknowledge(),
                "missing", j.missing())));
    NominationView decided = nominations.move(actor, n, version, Action.DECIDE, null, set);
    NominationView awarded =
        nominations.move(
            null,
            decided,
            decided.version(),
            Action.CERTIFICATE,
            null,
            Map.of("certificate_code", certificateCode()));
    jdbc.sql(
            """
            insert into award_record (person_id, organization_id, subject_kind, award, occasion, year,
              decision_number, decision_date, deciding_unit, bonus, full_bonus, nomination_id, rule_set)
            values (:p, :o, :k, :a, :occ, :y, :num, :d, :u, :b, :full, :n, :rs)
            """)
        .param("p", awarded.personId())
        .param("o", awarded.organizationId())
        .param("k", awarded.subjectKind())
        .param("a", awarded.award())
        .param("occ", awarded.occasion())
        .param("y", awarded.year())
        .param("num", number)
        .param("d", Date.valueOf(on))
        .param("u", awarded.levelUnitCode())
        .param("b", BigDecimal.valueOf(money.paid()))
        .param("full", BigDecimal.valueOf(money.full()))
        .param("n", awarded.id())
        .param("rs", form.ruleSet())
        .update();
    return awarded;
  }

  /** The earliest date the decision of a nomination may bear (its council's session), or null. */
  @Transactional(readOnly = true)
  public LocalDate earliestDecisionDate(NominationView n) {
    return floorDate(n);
  }

  /** The earliest date a decision may bear: its council's session, else its appraisal. */
  private LocalDate floorDate(NominationView n) {
    if (n.sessionId() != null) {
      return sessions.get(n.sessionId()).heldOn();
    }
    return null;
  }

  /**
   * The bonus on a decision date: coefficient × base salary of that date, rounded up to ten
   * thousand đồng once (ND 152/2025 Đ49 k1, k2); a title whose counting period another title of the
   * same subject already covers pays only up to the highest of them (Đ49 k5).
   */
  public Money money(NominationView n, FormRule form, LocalDate on) {
    FormRule.Amount a = form.bonus().of(n.subjectKind());
    long full = a.amount() == null ? 0 : a.amount();
    String note =
        a.amount() == null ? "Hình thức này không kèm tiền thưởng theo quy định đã đọc." : null;
    long paid = full;
    if ("TITLE".equals(form.kind()) && form.countingYears() != null && full > 0) {
      record Prior(String award, BigDecimal full, BigDecimal paid) {}
      List<Prior> same =
          jdbc
              .sql(
                  """
                  select award, coalesce(full_bonus, bonus, 0), coalesce(bonus, 0) from award_record
                  where not revoked and subject_kind = :k and year = :y
                    and (case when :k = 'COLLECTIVE' then organization_id = :o else person_id = :p end)
                    and (nomination_id is null or nomination_id <> :n)
                  """)
              .param("k", n.subjectKind())
              .param("y", n.year())
              .param("o", n.organizationId())
              .param("p", n.personId())
              .param("n", n.id())
              .query(
                  (rs, i) -> new Prior(rs.getString(1), rs.getBigDecimal(2), rs.getBigDecimal(3)))
              .list()
              .stream()
              .filter(p ->
                  rulebook
                      .form(p.award(), on, null)
                      .filter(f -> "TITLE".equals(f.kind()))
                      .filter(f -> form.countingYears().equals(f.countingYears()))
                      .isPresent())
              .toList();
      if (!same.isEmpty()) {
        long highest = same.stream().mapToLong(p -> p.full().longValue()).max().orElse(0);
        long paidBefore = same.stream().mapToLong(p -> p.paid().longValue()).sum();
        paid = Math.max(0, Math.max(full, highest) - paidBefore);
        String others =
            String.join(
                ", ", same.stream().map(p -> rulebook.shortName(p.award())).distinct().toList());
        note =
            paid == 0
                ? "Đã nhận tiền thưởng của danh hiệu cao hơn cùng thời gian tính thành tích ("
                    + others
                    + "); chỉ nhận tiền thưởng danh hiệu cao nhất (Nghị định 152/2025/NĐ-CP, Điều 49, khoản 5)."
                : "Trừ "
                    + VietnameseNumbers.format(BigDecimal.valueOf(paidBefore))
                    + " đồng đã nhận cho danh hiệu cùng thời gian tính thành tích ("
                    + others
                    + "); chỉ nhận tiền thưởng danh hiệu cao nhất (Nghị định 152/2025/NĐ-CP, Điều 49, khoản 5).";
      }
    }
    return new Money(
        form.baseSalary(),
        a.coefficient(),
        full,
        paid,
        note,
        form.bonus().citation(),
        form.ruleSet());
  }

  private String authorities(FormRule form) {
    return String.join(", ", form.decidedBy().stream().map(rulebook::authorityName).toList());
  }

  private static String defaultTitle(NominationLevels.Level level, String authority) {
    return switch (authority) {
      case "COMMUNE_CHAIRMAN", "PROVINCE_CHAIRMAN" -> "Chủ tịch";
      case "PRIME_MINISTER" -> "Thủ tướng Chính phủ";
      case "PRESIDENT" -> "Chủ tịch nước";
      default -> level.name().startsWith("Sở") ? "Giám đốc" : "Thủ trưởng";
    };
  }

  private static String certificateCode() {
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < 12; i++) {
      sb.append(CODE_ALPHABET.charAt(RANDOM.nextInt(CODE_ALPHABET.length())));
    }
    return sb.toString();
  }

  /**
   * Forwards to the level above: this level's tờ trình is drafted into the dossier, the linked
   * nomination starts SUBMITTED there with every document (each keeping its level), and this one
   * becomes FORWARDED.
   */
  @Transactional(noRollbackFor = vn.thidua.kernel.ConflictOfInterest.class)
  public NominationView forward(Actor actor, long id, long version) {
    NominationView n = access.readable(actor, id);
    access.requireLeadership(actor, n);
    NominationService.expect(n, version, Action.FORWARD);
    NominationLevels.Level level = access.level(n);
    FormRule form = nominations.form(n);
    requireReady(n, form, level);
    if (NominationLevels.authority(form, level.kind()) != null) {
      throw new BusinessRuleViolation("nomination.decide-here", form.name());
    }
    NominationLevels.Level above =
        levels
            .above(level)
            .orElseThrow(() -> new BusinessRuleViolation("nomination.no-level-above"));
    if (form.freshnessMonths() != null && NominationLevels.NATION.equals(above.kind())) {
      LocalDate periodEnd = LocalDate.of(n.year(), 12, 31);
      LocalDate today = nominations.today();
      if (periodEnd.isBefore(today.minusMonths(form.freshnessMonths()))) {
        throw new BusinessRuleViolation(
            "nomination.achievement-too-old",
            form.freshnessMonths(),
            VietnameseDates.shortForm(periodEnd),
            form.freshnessCitation());
      }
    }
    rows.store(
        id,
        "TO_TRINH",
        level.key(),
        "to-trinh-" + level.key() + "-" + id + ".docx",
        NominationDocuments.DOCX,
        documents.proposal(n, level),
        true,
        actor.getUsername());
    List<String> missing = nominations.missing(rows.get(id), null);
    if (!missing.isEmpty()) {
      throw new BusinessRuleViolation("nomination.dossier-incomplete", String.join("; ", missing));
    }
    long upper;
    try {
      upper =
          jdbc.sql(
                  """
                  insert into nomination (occasion, movement_id, year, award, subject_kind, person_id, organization_id,
                    subject_name, subject_unit, path, level_unit_code, level_organization_id, level_path, achievement,
                    status, parent_id, created_by, updated_by)
                  select occasion, movement_id, year, award, subject_kind, person_id, organization_id, subject_name,
                    subject_unit, path, :level, :levelOrg, :levelPath, achievement, 'SUBMITTED', id, :who, :who
                  from nomination where id = :id returning id
                  """)
              .param("level", above.unitCode())
              .param("levelOrg", above.organizationId())
              .param("levelPath", above.path())
              .param("who", actor.getUsername())
              .param("id", id)
              .query(Long.class)
              .single();
    } catch (org.springframework.dao.DuplicateKeyException e) {
      throw new BusinessRuleViolation("nomination.duplicate", n.subjectName());
    }
    rows.copyDocuments(id, upper);
    leads.carry(id, upper);
    changes.record(
        NominationWorkflow.TRACKED,
        upper,
        Action.FORWARDED_IN.name(),
        null,
        Status.SUBMITTED.name(),
        actor.getUsername(),
        null,
        null,
        rows.get(upper));
    return nominations.move(
        actor,
        rows.get(id),
        rows.get(id).version(),
        Action.FORWARD,
        null,
        Map.of("forwarded_to", upper));
  }

  /** Revocation (Luật Thi đua, khen thưởng 2022, Điều 93): the record stays, marked revoked. */
  @Transactional(noRollbackFor = vn.thidua.kernel.ConflictOfInterest.class)
  public NominationView revoke(Actor actor, long id, long version, String reason) {
    NominationView n = access.readable(actor, id);
    access.requireLeadership(actor, n);
    NominationService.expect(n, version, Action.REVOKE);
    String why = NominationService.required(reason);
    NominationView after =
        nominations.move(
            actor,
            n,
            version,
            Action.REVOKE,
            why,
            Map.of("revoked_at", Timestamp.from(clock.instant()), "revoke_reason", why));
    jdbc.sql("update award_record set revoked = true where nomination_id = :id")
        .param("id", id)
        .update();
    return after;
  }
}
