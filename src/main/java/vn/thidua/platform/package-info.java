/**
 * Spring configuration only: the database, security, layout, i18n, error pages and problem details,
 * the clock and the audit infrastructure.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"kernel", "organization"})
package vn.thidua.platform;
