package vn.dtihub.notifications.domain;

import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.dtihub.accounts.Recipient;
import vn.dtihub.shared.ScopedPrincipal;

/**
 * The notifications module's API: tell a user something once (in the application, and by e-mail through the outbox
 * unless they turned e-mail off), and let each user read and clear their own.
 */
@Service
public class Notifications {

    private final NotificationRepository repository;

    Notifications(NotificationRepository repository) {
        this.repository = repository;
    }

    /**
     * Tells a user, once per key: a second call with the same key (the job run again, or on another node) does
     * nothing. Returns whether this call created it.
     */
    @Transactional
    public boolean tell(Recipient to, String kind, String subject, String body, String link, String key) {
        String email = to.email() != null && !to.email().isBlank() && repository.wantsEmail(to.userId())
                ? to.email().strip()
                : null;
        return repository.insert(to.userId(), kind, subject, body, link, key, email);
    }

    public List<Notification> mine(ScopedPrincipal caller) {
        return repository.ofUser(caller.userId(), 100);
    }

    /** The caller's newest unread notifications, at most {@code limit}. */
    public List<Notification> latest(ScopedPrincipal caller, int limit) {
        return repository.unreadOf(caller.userId(), limit);
    }

    public long unread(ScopedPrincipal caller) {
        return repository.unread(caller.userId());
    }

    /** Marks one of the caller's notifications read (another user's is not found), or all of them. */
    @Transactional
    public void markRead(ScopedPrincipal caller, Long id) {
        if (id != null && !repository.owns(caller.userId(), id)) {
            throw new NotificationNotFoundException(id);
        }
        repository.markRead(caller.userId(), id);
    }

    public boolean wantsEmail(ScopedPrincipal caller) {
        return repository.wantsEmail(caller.userId());
    }

    @Transactional
    public void setEmail(ScopedPrincipal caller, boolean email) {
        repository.setEmail(caller.userId(), email);
    }
}
