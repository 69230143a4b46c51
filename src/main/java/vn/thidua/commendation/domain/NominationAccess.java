package vn.thidua.commendation.domain;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;
import vn.thidua.commendation.NominationView;
import vn.thidua.kernel.NotFound;
import vn.thidua.organization.Actor;
import vn.thidua.organization.Permission;

/**
 * Who may do what with a nomination: read it (subject's scope, the level's office, council and
 * leadership); author it (the proposer, or the office of the level below for a forwarded one); act
 * as the office, the council or the authority — only at that very level (a city's chairman does not
 * decide a commune's Giấy khen) — and never on one's own case. Another unit's nomination answers
 * 404 whether it exists or not, before any version check.
 */
@Component
class NominationAccess {

  private final NominationRepository rows;
  private final NominationLevels levels;
  private final vn.thidua.organization.Impartiality impartiality;
  private final vn.thidua.kernel.StateChanges changes;
  private final org.springframework.context.MessageSource messages;
  private final NominationLeads leads;

  NominationAccess(
      NominationRepository rows,
      NominationLevels levels,
      vn.thidua.organization.Impartiality impartiality,
      vn.thidua.kernel.StateChanges changes,
      org.springframework.context.MessageSource messages,
      NominationLeads leads) {
    this.leads = leads;
    this.rows = rows;
    this.levels = levels;
    this.impartiality = impartiality;
    this.changes = changes;
    this.messages = messages;
  }

  NominationLevels.Level level(NominationView n) {
    return levels.of(n.levelUnitCode(), n.levelOrganizationId());
  }

  /** The nomination if the actor may read it; otherwise "not found". */
  NominationView readable(Actor actor, long id) {
    NominationView n = rows.find(id).orElseThrow(() -> new NotFound("nomination.not-found"));
    if (!mayRead(actor, n)) {
      throw new NotFound("nomination.not-found");
    }
    return n;
  }

  boolean mayRead(Actor actor, NominationView n) {
    String levelPath = level(n).path();
    return actor.may(Permission.VIEW_ORGANIZATIONS, rows.subjectPath(n.id()))
        || actor.may(Permission.MANAGE_NOMINATIONS, levelPath)
        || actor.may(Permission.DECIDE_AWARDS, levelPath)
        || actor.may(Permission.VOTE_AWARDS, levelPath)
        || (n.parentId() != null && mayAuthor(actor, n))
        || leads.maySelect(actor, n);
  }

  /** A user of the plan's lead body of the nomination's field at its level (issue 13). */
  boolean maySelect(Actor actor, NominationView n) {
    return leads.maySelect(actor, n);
  }

  /** The selector: a user of the lead body, never on their own case. */
  void requireSelector(Actor actor, NominationView n) {
    vn.thidua.oversight.ThemeLead lead =
        leads
            .leadFor(n)
            .filter(l -> NominationLeads.worksFor(actor, l))
            .orElseThrow(() -> new AccessDeniedException("error.forbidden"));
    Permission acting =
        actor.mayAt(Permission.RECORD_VALUES, lead.organizationPath())
            ? Permission.RECORD_VALUES
            : Permission.MANAGE_NOMINATIONS;
    requireImpartial(actor, n, acting, lead.organizationPath());
  }

  /** The unit that proposed it, or (for a forwarded one) the office of the level below. */
  boolean mayAuthor(Actor actor, NominationView n) {
    if (n.parentId() != null) {
      NominationView lower = rows.get(n.parentId());
      return actor.mayAt(Permission.MANAGE_NOMINATIONS, level(lower).path());
    }
    String path = rows.subjectPath(n.id());
    return actor.may(Permission.RECORD_VALUES, path)
        || actor.may(Permission.MANAGE_NOMINATIONS, path);
  }

  boolean mayOffice(Actor actor, NominationView n) {
    return actor.mayAt(Permission.MANAGE_NOMINATIONS, level(n).path());
  }

  boolean mayLead(Actor actor, NominationView n) {
    return actor.mayAt(Permission.DECIDE_AWARDS, level(n).path());
  }

  boolean mayVote(Actor actor, NominationView n) {
    return actor.mayAt(Permission.VOTE_AWARDS, level(n).path());
  }

  void requireAuthor(Actor actor, NominationView n) {
    if (!mayAuthor(actor, n)) {
      throw new AccessDeniedException("error.forbidden");
    }
  }

  void requireOffice(Actor actor, NominationView n) {
    if (!mayOffice(actor, n)) {
      throw new AccessDeniedException("error.forbidden");
    }
    requireImpartial(actor, n, Permission.MANAGE_NOMINATIONS);
  }

  void requireLeadership(Actor actor, NominationView n) {
    if (!mayLead(actor, n)) {
      throw new AccessDeniedException("error.forbidden");
    }
    requireImpartial(actor, n, Permission.DECIDE_AWARDS);
  }

  void requireCouncil(Actor actor, NominationView n) {
    if (!mayVote(actor, n)) {
      throw new AccessDeniedException("error.forbidden");
    }
    requireImpartial(actor, n, Permission.VOTE_AWARDS);
  }

  /**
   * Nobody judges their own case: the person nominated (or the head of the household nominated) may
   * not appraise, schedule, record the ballot on, decide or revoke it; another member of the
   * office, council or leadership acts instead.
   */
  void requireImpartial(Actor actor, NominationView n, Permission acting) {
    requireImpartial(actor, n, acting, level(n).path());
  }

  /** As above, with the others who may act looked for at {@code path} (the lead body's). */
  void requireImpartial(Actor actor, NominationView n, Permission acting, String path) {
    java.util.Optional<vn.thidua.organization.Impartiality.Conflict> conflict =
        impartiality.conflict(actor, caseOf(n));
    if (conflict.isEmpty()) {
      return;
    }
    Object others = impartiality.whoMayActNamed(acting, path, caseOf(n), actor.getUsername());
    vn.thidua.kernel.MessageKey act =
        new vn.thidua.kernel.MessageKey("nomination.conflict.act." + acting.name());
    vn.thidua.kernel.MessageKey reason = conflict.get().message();
    java.util.Locale vi = java.util.Locale.forLanguageTag("vi");
    String text =
        messages.getMessage(
            "nomination.conflict.recusal",
            new Object[] {act, reason},
            "nomination.conflict.recusal",
            vi);
    changes.record(
        NominationWorkflow.TRACKED,
        n.id(),
        NominationWorkflow.Action.RECUSAL.name(),
        n.status().name(),
        n.status().name(),
        actor.getUsername(),
        text,
        null,
        java.util.Map.of("act", acting.name(), "reason", text));
    throw new vn.thidua.kernel.ConflictOfInterest(
        "nomination.conflict.refused", act, reason, others);
  }

  /** The people a nomination is about: the nominee (or the head of the household nominated). */
  private static vn.thidua.organization.Impartiality.Case caseOf(NominationView n) {
    return new vn.thidua.organization.Impartiality.Case(
        n.personId() == null ? java.util.Set.of() : java.util.Set.of(n.personId()),
        java.util.Set.of());
  }

  /** Whether the actor is the nominee or a declared relative (the page then hides the actions). */
  boolean conflicted(Actor actor, NominationView n) {
    return impartiality.conflict(actor, caseOf(n)).isPresent();
  }
}
