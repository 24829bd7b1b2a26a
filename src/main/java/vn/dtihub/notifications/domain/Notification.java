package vn.dtihub.notifications.domain;

import java.time.Instant;

/** One notification as its user sees it: what, when, where to go, whether read, and how its e-mail went. */
public record Notification(
        long id,
        String kind,
        String subject,
        String body,
        String link,
        Instant createdAt,
        Instant readAt,
        String emailStatus) {

    public boolean unread() {
        return readAt == null;
    }
}
