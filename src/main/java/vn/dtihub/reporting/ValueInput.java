package vn.dtihub.reporting;

/**
 * A value as a user types it, every field a string (Vietnamese number formats such as {@code 99,9} accepted): the
 * number (or a ratio's numerator and denominator), a yes/no, a choice, a text or a date, and an explanation where
 * there is no document.
 */
public record ValueInput(
        String number, String denominator, String yes, String choice, String text, String date, String explanation) {}
