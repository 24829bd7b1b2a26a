package vn.dtihub.shared;

/** Something the user asked for by its identifier does not exist (or is not theirs to know about): a 404. */
public class NotFoundException extends DomainException {

    private final Object[] arguments;

    protected NotFoundException(String messageKey, String defaultMessage, Object... arguments) {
        super(messageKey, defaultMessage);
        this.arguments = arguments.clone();
    }

    @Override
    public Object[] messageArgs() {
        return arguments.clone();
    }
}
