/**
 * What units do every year of a movement: indicator values (by form or .xlsx), with totals kept per
 * administrative level; registrations; block scoring and rankings of emulation blocks. Periodic
 * reports, reminders, roll-ups and dashboards are still to come.
 */
@org.springframework.modulith.ApplicationModule(
    allowedDependencies = {"kernel", "organization", "movement", "document"})
package vn.thidua.participation;
