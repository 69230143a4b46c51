package vn.thidua.organization;

import vn.thidua.kernel.VietnameseText;

/** Search and filters of the organisation list. */
public record OrganizationFilter(
    String query, String unitCode, OrganizationType type, Long parentId, boolean includeInactive) {

  public OrganizationFilter {
    query = VietnameseText.cleanOrNull(query);
    unitCode = VietnameseText.cleanOrNull(unitCode);
  }
}
