/**
 * Notification: deadlines turned into reminders (14, 7 and 1 days before and the day after), sent
 * once in the in-app inbox and by e-mail, whichever application instance runs the job.
 */
@org.springframework.modulith.ApplicationModule(
    allowedDependencies = {"kernel", "organization", "participation"})
package vn.thidua.notification;
