/**
 * Oversight: the duties a plan gives named bodies, followed as tasks (owner, lead, coordinating
 * bodies, due date, report, evidence); the council's inspections with teams, targets, a checklist
 * from the movement's criteria and indicators, findings, a conclusion in the state format and
 * recommendations followed until closed; difficulties and proposals raised by units, answered or
 * forwarded up; the supervisors' remarks and recommendations. Other modules ask {@link ThemeLeads}
 * which body a plan names as lead of a field, and listen to {@code kernel.StateChanged}.
 */
@org.springframework.modulith.ApplicationModule(
    allowedDependencies = {"kernel", "organization", "movement", "document"})
package vn.thidua.oversight;
