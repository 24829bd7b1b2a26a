package vn.dtihub.reporting;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import vn.dtihub.frameworks.Criterion;
import vn.dtihub.frameworks.ScoringRule;
import vn.dtihub.frameworks.ValueType;
import vn.dtihub.shared.InvalidInputException;
import vn.dtihub.shared.Numbers;
import vn.dtihub.shared.VietnameseText;

/**
 * A value read and checked against what its criterion asks: percents 0–100, counts whole and not negative, a ratio's
 * numerator not above its denominator, a choice among the rule's, a date as {@code 30/6/2026}. Every refusal names
 * the field. Pure logic.
 */
public record Entry(
        BigDecimal number,
        BigDecimal denominator,
        Boolean yes,
        String choice,
        String text,
        LocalDate date,
        String explanation) {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d/M/uuuu", Locale.ROOT);

    public boolean empty() {
        return number == null && denominator == null && yes == null && choice == null && text == null && date == null;
    }

    /** Reads what a user typed for a criterion, or refuses it naming the field. */
    public static Entry read(Criterion criterion, ValueInput in) {
        ValueType type = criterion.valueType() == null ? ValueType.NUMBER : criterion.valueType();
        String explanation = text(in.explanation(), "explanation");
        return switch (type) {
            case NUMBER -> new Entry(number(in.number(), "number"), null, null, null, null, null, explanation);
            case PERCENT -> {
                BigDecimal p = number(in.number(), "number");
                if (p != null && (p.signum() < 0 || p.compareTo(BigDecimal.valueOf(100)) > 0)) {
                    throw new InvalidInputException("number", "value.percentRange", "A percent lies between 0 and 100");
                }
                yield new Entry(p, null, null, null, null, null, explanation);
            }
            case COUNT -> {
                BigDecimal c = number(in.number(), "number");
                if (c != null && (c.signum() < 0 || c.stripTrailingZeros().scale() > 0)) {
                    throw new InvalidInputException(
                            "number", "value.countInvalid", "A count is a whole number, not negative");
                }
                yield new Entry(c, null, null, null, null, null, explanation);
            }
            case RATIO -> {
                BigDecimal a = number(in.number(), "number");
                BigDecimal b = number(in.denominator(), "denominator");
                if (a != null && a.signum() < 0) {
                    throw new InvalidInputException("number", "value.negative", "The numerator is not negative");
                }
                if (b != null && b.signum() <= 0) {
                    throw new InvalidInputException(
                            "denominator", "value.denominatorPositive", "The denominator is positive");
                }
                if (a != null && b != null && a.compareTo(b) > 0) {
                    throw new InvalidInputException(
                            "number", "value.ratioAbove", "The numerator is not above the denominator");
                }
                yield new Entry(a, b, null, null, null, null, explanation);
            }
            case YES_NO -> new Entry(null, null, yes(in.yes()), null, null, null, explanation);
            case CHOICE -> new Entry(null, null, null, choice(criterion, in.choice()), null, null, explanation);
            case DATE -> new Entry(null, null, null, null, null, date(in.date()), explanation);
            case TEXT -> new Entry(null, null, null, null, text(in.text(), "text"), null, explanation);
        };
    }

    /** The value as the framework's rules read it. */
    public ScoringRule.RuleInput ruleInput() {
        return new ScoringRule.RuleInput(number, denominator, yes, choice);
    }

    /** The value in one line, for the history and the exports: "45/50", "Có", "99,9". */
    public String display() {
        if (number != null && denominator != null) {
            return plain(number) + "/" + plain(denominator);
        }
        if (number != null) {
            return plain(number);
        }
        if (yes != null) {
            return yes ? "Có" : "Không";
        }
        if (choice != null) {
            return choice;
        }
        if (date != null) {
            return date.format(DateTimeFormatter.ofPattern("dd/MM/yyyy"));
        }
        return text == null ? "" : text;
    }

    /** The number as a form field shows it ("99,9"), or empty. */
    public String numberText() {
        return number == null ? "" : plain(number);
    }

    /** The denominator as a form field shows it, or empty. */
    public String denominatorText() {
        return denominator == null ? "" : plain(denominator);
    }

    private static String plain(BigDecimal value) {
        return value.stripTrailingZeros().toPlainString().replace('.', ',');
    }

    private static BigDecimal number(String raw, String field) {
        return Numbers.optional(raw, field, "value.notNumber");
    }

    private static Boolean yes(String raw) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        String v = VietnameseText.fold(raw).strip();
        if (v.equals("true") || v.equals("co") || v.equals("yes") || v.equals("1")) {
            return true;
        }
        if (v.equals("false") || v.equals("khong") || v.equals("no") || v.equals("0") || v.equals("chua")) {
            return false;
        }
        throw new InvalidInputException("yes", "value.yesNo", "Answer yes (Có) or no (Không)");
    }

    private static String choice(Criterion criterion, String raw) {
        String v = VietnameseText.nfc(raw);
        if (v == null || v.isEmpty()) {
            return null;
        }
        if (criterion.rule() instanceof ScoringRule.Choices choices
                && choices.choices().stream().noneMatch(c -> c.key().equals(v))) {
            throw new InvalidInputException(
                    "choice", "value.choiceUnknown", "Not one of the criterion's choices: " + v);
        }
        return v;
    }

    private static LocalDate date(String raw) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        String v = raw.strip();
        try {
            return v.contains("-") ? LocalDate.parse(v) : LocalDate.parse(v, DAY);
        } catch (DateTimeParseException e) {
            throw new InvalidInputException("date", "value.dateInvalid", "A date is written 30/6/2026");
        }
    }

    private static String text(String raw, String field) {
        String v = VietnameseText.nfcText(raw);
        if (v == null || v.isBlank()) {
            return null;
        }
        if (v.length() > 4000) {
            throw new InvalidInputException(field, "validation.tooLong", field + " is too long");
        }
        return v;
    }
}
