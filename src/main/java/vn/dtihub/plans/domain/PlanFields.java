package vn.dtihub.plans.domain;

import vn.dtihub.shared.InvalidInputException;
import vn.dtihub.shared.VietnameseText;

/** The text fields of plans, targets and tasks: NFC, trimmed, empty as absent, too long refused naming the field. */
public final class PlanFields {

    private PlanFields() {}

    public static String required(String raw, String field, int max) {
        String value = VietnameseText.nfc(raw);
        if (value == null || value.isEmpty()) {
            throw new InvalidInputException(field, "validation.required", field + " is required");
        }
        if (value.length() > max) {
            throw new InvalidInputException(field, "validation.tooLong", field + " is too long");
        }
        return value;
    }

    public static String optional(String raw, String field, int max) {
        String value = optional(raw);
        if (value != null && value.length() > max) {
            throw new InvalidInputException(field, "validation.tooLong", field + " is too long");
        }
        return value;
    }

    /** A text whose lines matter (a task's footnotes, one per line): NFC, trimmed, line breaks kept. */
    public static String optionalLines(String raw) {
        String value = VietnameseText.nfcText(raw);
        return value == null || value.isEmpty() ? null : value;
    }

    public static String optional(String raw) {
        String value = VietnameseText.nfc(raw);
        return value == null || value.isEmpty() ? null : value;
    }
}
