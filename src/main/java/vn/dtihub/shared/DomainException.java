package vn.dtihub.shared;

/**
 * A failure the domain explains to the user: a message key (with its arguments), the field at fault when there is
 * one, and what is there now when the failure is a conflict with someone else's change. The API answers it as a
 * problem document; a page form marked {@link OnFailure} goes back with the message.
 */
public abstract class DomainException extends RuntimeException {

    private final String messageKey;

    protected DomainException(String messageKey, String defaultMessage) {
        super(defaultMessage);
        this.messageKey = messageKey;
    }

    public String messageKey() {
        return messageKey;
    }

    /** The field at fault, if the failure is about one. */
    public String field() {
        return null;
    }

    /** What is there now, when the failure is a conflict with another change. */
    public String current() {
        return null;
    }

    /** What the message's placeholders say ({0}, {1}…). */
    public Object[] messageArgs() {
        return new Object[0];
    }
}
