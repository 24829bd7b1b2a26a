package vn.dtihub.shared;

import java.math.BigDecimal;

/** Numbers as users type them: the Vietnamese way ("99,9", "1.234,5") or the English way ("99.9"). */
public final class Numbers {

    private Numbers() {}

    /**
     * A number typed in a field, or null when the field is empty; anything else is refused naming the field, with the
     * message key of the page that asked for it.
     */
    public static BigDecimal optional(String text, String field, String messageKey) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return parse(text, field);
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException(field, messageKey, e.getMessage());
        }
    }

    /** The number, or {@link IllegalArgumentException} naming {@code what} and the text. */
    public static BigDecimal parse(String text, String what) {
        if (text == null || text.isBlank()) {
            throw new IllegalArgumentException(what + ": thiếu số / a number is missing");
        }
        String t = text.strip().replace(" ", "").replace("\u00a0", "");
        if (t.contains(",") && t.contains(".")) {
            t = t.replace(".", "");
        } else if (t.matches("-?\\d{1,3}(\\.\\d{3})+")) {
            // "1.234" is a thousand two hundred and thirty-four in Vietnamese writing.
            t = t.replace(".", "");
        }
        t = t.replace(',', '.');
        try {
            return new BigDecimal(t);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(what + ": '" + text + "' không phải là số / is not a number");
        }
    }
}
