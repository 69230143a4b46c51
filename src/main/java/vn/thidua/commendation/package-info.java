/**
 * Commendation: nominations and their dossiers, public notice, council ballots, decisions across
 * levels, certificates and their public verification, revocation, and the awards each subject
 * holds.
 */
@org.springframework.modulith.ApplicationModule(
    allowedDependencies = {"kernel", "organization", "document"})
package vn.thidua.commendation;
