package vn.dtihub.shared;

/** Something the user asked for by its identifier does not exist (or is not theirs to know about): a 404. */
public class NotFoundException extends RuntimeException {

    private final String messageKey;
    private final Object[] arguments;

    protected NotFoundException(String messageKey, String defaultMessage, Object... arguments) {
        super(defaultMessage);
        this.messageKey = messageKey;
        this.arguments = arguments.clone();
    }

    public String messageKey() {
        return messageKey;
    }

    public Object[] arguments() {
        return arguments.clone();
    }
}
