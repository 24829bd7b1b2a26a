/**
 * Notifications: in the application (with an unread counter) and by e-mail through an outbox that retries while the
 * mail server is down; the reminders of the reporting cycle and of late plan tasks, each sent once.
 */
@org.springframework.modulith.ApplicationModule(
        displayName = "Notifications",
        allowedDependencies = {"accounts", "plans", "reporting", "shared"})
package vn.dtihub.notifications;
