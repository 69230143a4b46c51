package vn.thidua.organization;

/**
 * An administrative unit as the API shows it: {@code {"code":"31","name":"…","level":"PROVINCE"}}.
 */
public record AdministrativeUnitView(String code, String name, AdministrativeLevel level) {}
