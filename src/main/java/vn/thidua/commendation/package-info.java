/**
 * Commendation: the award catalogue (titles and forms of the Law with their deciding authority,
 * bonus, dossier and public notice) and the explained eligibility engine, whose rules are versioned
 * data with citations and confidences. Nominations, dossiers, councils and decisions come later.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"kernel", "organization"})
package vn.thidua.commendation;
