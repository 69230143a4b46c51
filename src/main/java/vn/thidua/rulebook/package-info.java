/**
 * The rulebook: the law of emulation and commendation as versioned data (forms, who decides, which
 * councils vote with which thresholds, public notice, dossier items, bonus coefficients, base
 * salaries, eligibility conditions), each row with its citation, confidence and effective dates,
 * and the explained eligibility engine that reads it. Every other module asks this one for an
 * award's name or rule; nothing else holds them.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"kernel"})
package vn.thidua.rulebook;
