/**
 * What units do every year of a movement: indicator values (by form or .xlsx), with totals kept per
 * administrative level; registrations; dashboards read from the kept totals. Periodic reports,
 * reminders, roll-ups and block scoring are still to come.
 */
@org.springframework.modulith.ApplicationModule(
    allowedDependencies = {"kernel", "organization", "movement", "document"})
package vn.thidua.participation;
