package vn.dtihub.shared;

/** A request that names a field with a value the domain refuses: a 400 naming the field. */
public class InvalidInputException extends DomainException {

    private final String field;

    public InvalidInputException(String field, String messageKey, String defaultMessage) {
        super(messageKey, defaultMessage);
        this.field = field;
    }

    @Override
    public String field() {
        return field;
    }
}
