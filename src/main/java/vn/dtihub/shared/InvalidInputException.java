package vn.dtihub.shared;

/** A request that names a field with a value the domain refuses: a 400 naming the field. */
public class InvalidInputException extends RuntimeException {

    private final String field;
    private final String messageKey;

    public InvalidInputException(String field, String messageKey, String defaultMessage) {
        super(defaultMessage);
        this.field = field;
        this.messageKey = messageKey;
    }

    public String field() {
        return field;
    }

    public String messageKey() {
        return messageKey;
    }

    /** What the message's placeholders say ({0}, {1}…), for a message that names the figures at fault. */
    public Object[] messageArgs() {
        return new Object[0];
    }
}
