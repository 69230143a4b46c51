package vn.thidua.organization;

import vn.thidua.kernel.VietnameseText;

/** Creates or edits an organisation; {@code version} is the one the editor saw (edits only). */
public record OrganizationCommand(
    String unitCode,
    Long parentId,
    OrganizationType type,
    String name,
    String shortName,
    String taxCode,
    String address,
    String phone,
    String email,
    Long version) {

  public OrganizationCommand {
    unitCode = VietnameseText.cleanOrNull(unitCode);
    name = VietnameseText.cleanOrNull(name);
    shortName = VietnameseText.cleanOrNull(shortName);
    taxCode = VietnameseText.cleanOrNull(taxCode);
    address = VietnameseText.cleanOrNull(address);
    phone = VietnameseText.cleanOrNull(phone);
    email = VietnameseText.cleanOrNull(email);
  }
}
