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
}
