/**
 * What units do every year of a movement: indicator values (by form or .xlsx), with totals kept per
 * administrative level. Registrations, periodic reports, reminders, roll-ups, block scoring and
 * dashboards are still to come.
 */
@org.springframework.modulith.ApplicationModule(
    allowedDependencies = {"kernel", "organization", "movement", "document"})
package vn.thidua.participation;
