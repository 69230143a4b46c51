package vn.thidua.organization;

/** What a role may do inside its scope. */
public enum Permission {
  VIEW_ORGANIZATIONS,
  MANAGE_ORGANIZATIONS,
  VIEW_PEOPLE,
  MANAGE_PEOPLE,
  MANAGE_BLOCKS,
  IMPORT_DATA,
  MANAGE_USERS,
  VIEW_AUDIT,
  /** Read the plans of movements in or above the scope. */
  VIEW_PLANS,
  /** Import, derive, edit plans and submit them for signature. */
  MANAGE_PLANS,
  /** Issue (sign) plans or send them back. */
  ISSUE_PLANS,
  /** Enter indicator values and reports for organisations in scope. */
  RECORD_VALUES,
  /** Score the members of an emulation block at block level (over the block leader's path). */
  SCORE_BLOCK,
  /** Score the members of an emulation block for the emulation council (over the block's unit). */
  SCORE_COUNCIL,
  /** File initiatives and nominate exemplary models for organisations in scope. */
  FILE_INITIATIVES,
  /** Run the review of initiatives of the level: start it, return with a reason. */
  MANAGE_INITIATIVES,
  /** Score initiatives as a member of the level's review council. */
  REVIEW_INITIATIVES,
  /** Record the recognition decision (or the refusal) of an initiative. */
  DECIDE_INITIATIVES,
  /** Approve exemplary models and publish them to the public portal. */
  PUBLISH_MODELS,
  /** Receive, return, appraise nominations of the level; public notice; council agenda. */
  MANAGE_NOMINATIONS,
  /** Decide awards within the level's authority, forward to the level above, revoke. */
  DECIDE_AWARDS,
  /** Record the council's ballot on nominees. */
  VOTE_AWARDS,
  /**
   * Follow the movement's duties at the level: tasks from the plan's responsibilities (due dates,
   * close or return a report), inspection plans, answer or forward units' difficulties.
   */
  OVERSEE,
  /** Serve on an inspection team of the level: findings, recommendations, close them as lead. */
  INSPECT,
  /** Report on a task owned by an organisation in scope; answer recommendations addressed to it. */
  REPORT_TASKS,
  /** Raise a difficulty or a proposal for an organisation in scope; close it once answered. */
  RAISE_CONCERNS,
  /** Supervise (Fatherland Front, mass organisations): comment and raise recommendations. */
  SUPERVISE,
  /**
   * Write and publish news articles and columns about the movement for an organisation in scope
   * (the commune's public service centre, each level's office).
   */
  WRITE_NEWS
}
