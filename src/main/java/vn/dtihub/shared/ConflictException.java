package vn.dtihub.shared;

/**
 * An edit based on a stale version, or an action the object's current state does not allow: a 409. When the
 * conflict is with someone else's change, {@code current} says what is there now, so the user sees it.
 */
public class ConflictException extends DomainException {

    private final String current;

    public ConflictException(String messageKey, String defaultMessage) {
        this(messageKey, defaultMessage, null);
    }

    public ConflictException(String messageKey, String defaultMessage, String current) {
        super(messageKey, defaultMessage);
        this.current = current;
    }

    @Override
    public String current() {
        return current;
    }
}
