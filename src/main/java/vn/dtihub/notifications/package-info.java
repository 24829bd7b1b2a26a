/**
 * Notifications: in the application (with an unread counter) and by e-mail through an outbox that retries while the
 * mail server is down; the reminders of the reporting cycle and of late plan tasks, each sent once; the notices of
 * what happens to a form or a task, heard from the events of the modules that own them; and the home page, which
 * is the in-application side of all this: what waits for the signed-in user now.
 */
@org.springframework.modulith.ApplicationModule(
        displayName = "Notifications",
        allowedDependencies = {"accounts", "plans", "reporting", "shared", "units"})
package vn.dtihub.notifications;
