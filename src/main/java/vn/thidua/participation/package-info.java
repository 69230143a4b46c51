/**
 * What units do every year of a movement: indicator values (by form or .xlsx), with totals kept per
 * administrative level; registrations; block scoring and rankings of emulation blocks; dashboards
 * read from the kept totals. Periodic reports, reminders and roll-ups are still to come.
 */
@org.springframework.modulith.ApplicationModule(
    allowedDependencies = {
      "kernel",
      "organization",
      "rulebook",
      "movement",
      "initiative",
      "document"
    })
package vn.thidua.participation;
