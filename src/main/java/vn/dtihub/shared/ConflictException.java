package vn.dtihub.shared;

/** An edit based on a stale version, or an action the object's current state does not allow: a 409. */
public class ConflictException extends RuntimeException {

    private final String messageKey;

    public ConflictException(String messageKey, String defaultMessage) {
        super(defaultMessage);
        this.messageKey = messageKey;
    }

    public String messageKey() {
        return messageKey;
    }
}
