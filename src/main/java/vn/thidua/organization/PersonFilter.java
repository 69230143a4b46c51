package vn.thidua.organization;

import vn.thidua.kernel.VietnameseText;

/** Search and filters of the people list. */
public record PersonFilter(
    String query,
    String unitCode,
    Long organizationId,
    PersonCategory category,
    boolean includeInactive) {

  public PersonFilter {
    query = VietnameseText.cleanOrNull(query);
    unitCode = VietnameseText.cleanOrNull(unitCode);
  }
}
