package vn.thidua.organization;

import vn.thidua.kernel.VietnameseText;

/**
 * Creates a user with one role over a scope: an administrative unit ({@code scopeUnitCode}) or an
 * organisation ({@code scopeOrganizationId}).
 */
public record UserCommand(
    String username,
    String displayName,
    String email,
    Role role,
    String scopeUnitCode,
    Long scopeOrganizationId,
    Long personId) {

  public UserCommand {
    username =
        username == null ? null : VietnameseText.clean(username).toLowerCase(java.util.Locale.ROOT);
    displayName = VietnameseText.cleanOrNull(displayName);
    email = VietnameseText.cleanOrNull(email);
    scopeUnitCode = VietnameseText.cleanOrNull(scopeUnitCode);
  }
}
