/**
 * Review rounds (sơ kết, tổng kết of a phase, the annual review): a level opens one from its plan
 * with the forms the plan offers at that occasion, quotas, deadlines and participants; opening
 * freezes the period's figures (indicator totals, registrations, reports, initiatives and models)
 * in the round, and later edits never move them; the round report is drafted from that snapshot,
 * edited by the office, generated in the state format and sent up, where the level above sees its
 * units' rounds side by side. The commendation module asks {@link vn.thidua.review.Rounds} which
 * forms a round opens.
 */
@org.springframework.modulith.ApplicationModule(
    allowedDependencies = {
      "kernel",
      "organization",
      "movement",
      "participation",
      "initiative",
      "rulebook",
      "document"
    })
package vn.thidua.review;
