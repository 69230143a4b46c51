package vn.thidua.commendation.domain;

import java.time.LocalDate;
import java.util.Map;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.thidua.commendation.NominationView;
import vn.thidua.commendation.NominationView.Status;
import vn.thidua.commendation.domain.NominationWorkflow.Action;
import vn.thidua.kernel.BusinessRuleViolation;
import vn.thidua.kernel.VietnameseDates;
import vn.thidua.organization.Actor;
import vn.thidua.rulebook.FormRule;

/**
 * The council step of every level the rulebook names (ND 152/2025 Đ33 k5, Đ36–Đ38, Đ42; Bắc Ninh QĐ
 * 86/2025 Đ5, Đ8, Đ9): the office puts an appraised nomination on a session of its own council —
 * after the public notice has ended where the rulebook requires one — and a member of that council
 * records the ballot, checked against the quorum and the threshold of all members; the level's own
 * minutes go into its dossier.
 */
@Service
public class CouncilService {

  private final NominationService nominations;
  private final NominationAccess access;
  private final CouncilSessions sessions;
  private final NominationDocuments documents;
  private final NominationRepository rows;

  CouncilService(
      NominationService nominations,
      NominationAccess access,
      CouncilSessions sessions,
      NominationDocuments documents,
      NominationRepository rows) {
    this.nominations = nominations;
    this.access = access;
    this.sessions = sessions;
    this.documents = documents;
    this.rows = rows;
  }

  @Transactional(noRollbackFor = vn.thidua.kernel.ConflictOfInterest.class)
  public NominationView agenda(Actor actor, long id, long version, Long sessionId) {
    NominationView n = access.readable(actor, id);
    access.requireOffice(actor, n);
    NominationService.expect(n, version, Action.AGENDA);
    NominationLevels.Level level = access.level(n);
    FormRule form = nominations.form(n);
    if (form.councilAt(level.councilLevel()).isEmpty()) {
      throw new BusinessRuleViolation("nomination.no-council-here", form.name(), level.name());
    }
    if (sessionId == null) {
      throw BusinessRuleViolation.onField("sessionId", "nomination.session-required");
    }
    CouncilSessions.Session s = sessions.get(sessionId);
    if (!s.unitCode().equals(n.levelUnitCode())
        || !java.util.Objects.equals(s.organizationId(), n.levelOrganizationId())) {
      throw BusinessRuleViolation.onField("sessionId", "nomination.session-other-level");
    }
    if (form.noticeAt(level.councilLevel())) {
      if (n.status() != Status.ON_NOTICE || n.noticeUntil() == null) {
        throw new BusinessRuleViolation(
            "nomination.notice-required",
            form.name(),
            form.publicNotice().workingDays(),
            form.publicNotice().citation());
      }
      if (!s.heldOn().isAfter(n.noticeUntil())) {
        throw BusinessRuleViolation.onField(
            "sessionId",
            "nomination.notice-running",
            VietnameseDates.shortForm(n.noticeUntil()),
            VietnameseDates.shortForm(s.heldOn()));
      }
    }
    return nominations.move(actor, n, version, Action.AGENDA, null, Map.of("session_id", s.id()));
  }

  /** The secret ballot's count for a nominee: quorum, then the form's threshold of all members. */
  @Transactional(noRollbackFor = vn.thidua.kernel.ConflictOfInterest.class)
  public NominationView ballot(
      Actor actor, long id, long version, Integer inFavour, Integer against, Integer abstain) {
    NominationView n = access.readable(actor, id);
    access.requireCouncil(actor, n);
    NominationService.expect(n, version, Action.BALLOT);
    CouncilSessions.Session s = sessions.get(n.sessionId());
    LocalDate today = nominations.today();
    if (today.isBefore(s.heldOn())) {
      throw new BusinessRuleViolation(
          "nomination.ballot-before-session", VietnameseDates.shortForm(s.heldOn()));
    }
    int yes = inFavour == null ? -1 : inFavour;
    int no = against == null ? 0 : against;
    int blank = abstain == null ? 0 : abstain;
    if (yes < 0) {
      throw BusinessRuleViolation.onField("inFavour", "nomination.ballot-required");
    }
    if (no < 0 || blank < 0 || yes + no + blank > s.present()) {
      throw BusinessRuleViolation.onField(
          "inFavour", "nomination.ballot-count", yes + no + blank, s.present());
    }
    NominationLevels.Level level = access.level(n);
    FormRule form = nominations.form(n, s.heldOn());
    FormRule.Council council =
        form.councilAt(level.councilLevel())
            .orElseThrow(() ->
                new BusinessRuleViolation("nomination.no-council-here", form.name(), level.name()));
    if (!council.quorate(s.members(), s.present())) {
      throw new BusinessRuleViolation(
          "nomination.no-quorum", s.present(), s.members(), council.quorumOf(s.members()));
    }
    boolean passed = council.passes(s.members(), yes);
    NominationView after =
        nominations.move(
            actor,
            n,
            version,
            passed ? Action.BALLOT : Action.BALLOT_FAILED,
            null,
            Map.of("votes_for", yes, "votes_against", no, "votes_abstain", blank));
    rows.store(
        id,
        "BIEN_BAN_HOI_DONG",
        level.key(),
        "bien-ban-hoi-dong-" + level.key() + "-" + id + ".docx",
        NominationDocuments.DOCX,
        documents.minutes(after, s, council),
        true,
        actor.getUsername());
    return rows.get(id);
  }
}
