package vn.thidua.commendation.domain;

import static vn.thidua.commendation.NominationView.Status.APPRAISED;
import static vn.thidua.commendation.NominationView.Status.AT_COUNCIL;
import static vn.thidua.commendation.NominationView.Status.AWARDED;
import static vn.thidua.commendation.NominationView.Status.DECIDED;
import static vn.thidua.commendation.NominationView.Status.DRAFT;
import static vn.thidua.commendation.NominationView.Status.FORWARDED;
import static vn.thidua.commendation.NominationView.Status.ON_NOTICE;
import static vn.thidua.commendation.NominationView.Status.RECEIVED;
import static vn.thidua.commendation.NominationView.Status.REJECTED;
import static vn.thidua.commendation.NominationView.Status.RETURNED;
import static vn.thidua.commendation.NominationView.Status.REVOKED;
import static vn.thidua.commendation.NominationView.Status.SELECTED;
import static vn.thidua.commendation.NominationView.Status.SUBMITTED;
import static vn.thidua.commendation.NominationView.Status.VOTED_AGAINST;
import static vn.thidua.commendation.NominationView.Status.VOTED_FOR;

import vn.thidua.commendation.NominationView.Status;
import vn.thidua.kernel.Tracked;
import vn.thidua.kernel.Workflow;

/**
 * Every move of a nomination (docs: workflows, "Nomination"), in one table: state × action → state
 * and who acts — UNIT (the proposer, or the office of the level below for a forwarded one), LEAD
 * (the body the plan names to compile and select the nominations of the field, when it lies within
 * the level: it selects before the office receives — {@link NominationLeads}), OFFICE (the standing
 * office of the level), COUNCIL (a member of that level's council recording the ballot), LEADERSHIP
 * (the authority of the level), SYSTEM. What the rulebook adds to a step (which councils vote,
 * public notice, dossier, eligibility, authority, money) is checked by the services on top of this
 * table.
 */
public final class NominationWorkflow {

  /** What people do to a nomination. */
  public enum Action {
    PROPOSE,
    SUBMIT,
    RECEIVE,
    RETURN,
    APPRAISE,
    NOTICE,
    AGENDA,
    BALLOT,
    BALLOT_FAILED,
    DECIDE,
    CERTIFICATE,
    FORWARD,
    FORWARDED_IN,
    REJECT,
    REVOKE,
    /** The plan's lead body of the nomination's field selects it for the level's office. */
    SELECT,
    /** The lead body does not select it: back to the proposer with the reason. */
    NOT_SELECTED,
    /** Not a move: a judge's recusal for a conflict of interest, kept in the history. */
    RECUSAL
  }

  static final Tracked TRACKED = Tracked.of("nomination");

  public static final Workflow<Status, Action> TABLE =
      Workflow.of("nomination", Status.class, Action.class)
          .on(Action.SUBMIT, "UNIT", SUBMITTED, DRAFT, RETURNED)
          .on(Action.SELECT, "LEAD", SELECTED, SUBMITTED)
          .on(Action.NOT_SELECTED, "LEAD", RETURNED, SUBMITTED)
          .on(Action.RECEIVE, "OFFICE", RECEIVED, SUBMITTED, SELECTED)
          .on(Action.RETURN, "OFFICE", RETURNED, SUBMITTED, SELECTED, RECEIVED, APPRAISED)
          .on(Action.APPRAISE, "OFFICE", APPRAISED, RECEIVED)
          .on(Action.NOTICE, "OFFICE", ON_NOTICE, APPRAISED)
          .on(Action.AGENDA, "OFFICE", AT_COUNCIL, APPRAISED, ON_NOTICE)
          .on(Action.BALLOT, "COUNCIL", VOTED_FOR, AT_COUNCIL)
          .on(Action.BALLOT_FAILED, "COUNCIL", VOTED_AGAINST, AT_COUNCIL)
          .on(Action.DECIDE, "LEADERSHIP", DECIDED, VOTED_FOR, APPRAISED)
          .on(Action.CERTIFICATE, "SYSTEM", AWARDED, DECIDED)
          .on(Action.FORWARD, "LEADERSHIP", FORWARDED, VOTED_FOR, APPRAISED)
          .on(
              Action.REJECT,
              "OFFICE",
              REJECTED,
              DRAFT,
              SUBMITTED,
              SELECTED,
              RECEIVED,
              RETURNED,
              APPRAISED,
              ON_NOTICE,
              AT_COUNCIL,
              VOTED_FOR)
          .on(Action.REVOKE, "LEADERSHIP", REVOKED, AWARDED)
          .build();

  private NominationWorkflow() {}
}
