/**
 * Commendation: the award catalogue and the explained eligibility engine (rules as versioned data
 * with citations and confidences); nominations and their dossiers, public notice, council ballots,
 * decisions across levels, certificates and their public verification, revocation, the records the
 * engine reads, and the reward fund.
 */
@org.springframework.modulith.ApplicationModule(
    allowedDependencies = {
      "kernel",
      "organization",
      "document",
      "rulebook",
      "movement",
      "initiative",
      "oversight",
      "review"
    })
package vn.thidua.commendation;
