package vn.dtihub.notifications.domain;

import vn.dtihub.shared.NotFoundException;

/** A notification that does not exist, or is another user's. */
public class NotificationNotFoundException extends NotFoundException {

    NotificationNotFoundException(long id) {
        super("error.notificationNotFound", "Not found: " + id, String.valueOf(id));
    }
}
