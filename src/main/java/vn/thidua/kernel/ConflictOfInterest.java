package vn.thidua.kernel;

/**
 * A judge (reviewer, appraiser, council member, decider) refused because they, a declared relative
 * or their organisation is the subject or an author of the case. It is a business rule (422 with
 * the reason and who may act instead); a service annotated {@code @Transactional(noRollbackFor =
 * ConflictOfInterest.class)} keeps the recusal it recorded in the case's history before throwing.
 */
public class ConflictOfInterest extends BusinessRuleViolation {

  public ConflictOfInterest(String code, Object... args) {
    super(code, args);
  }
}
