package vn.thidua.initiative;

import vn.thidua.organization.AdministrativeLevel;

/**
 * Search of initiatives: text (without diacritics too), theme, field, unit, level, year, scope,
 * status.
 */
public record InitiativeFilter(
    String q,
    Long movementId,
    String theme,
    InitiativeView.Field field,
    String unit,
    AdministrativeLevel level,
    Integer year,
    InitiativeView.Scope scope,
    InitiativeView.Status status) {

  public static InitiativeFilter none() {
    return new InitiativeFilter(null, null, null, null, null, null, null, null, null);
  }
}
