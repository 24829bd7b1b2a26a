package vn.dtihub.frameworks;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * How a criterion's values roll up the hierarchy, so that a province sees its communes' figures without entering
 * them again: their sum (a ratio sums its numerators and its denominators and is computed again), their mean, their
 * mean weighted by another criterion's value (the population, the number of households), or the number of units that
 * meet a threshold (or answer yes). Written in the exchange formats as one short text: {@code SUM}, {@code AVERAGE},
 * {@code WEIGHTED_AVERAGE:II.1.2}, {@code COUNT_MEETING:80} (or {@code COUNT_MEETING} for a yes/no criterion).
 */
public record Consolidation(Kind kind, BigDecimal atLeast, String weightCode) {

    public enum Kind {
        SUM,
        AVERAGE,
        WEIGHTED_AVERAGE,
        COUNT_MEETING
    }

    private static final Set<ValueType> NUMERIC =
            Set.of(ValueType.NUMBER, ValueType.PERCENT, ValueType.COUNT, ValueType.RATIO);

    /**
     * Reads the short text; null or blank means none. An unknown kind or a missing or malformed parameter is refused
     * with the accepted forms in the message.
     */
    @com.fasterxml.jackson.annotation.JsonCreator(mode = com.fasterxml.jackson.annotation.JsonCreator.Mode.DELEGATING)
    public static Consolidation parse(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String[] parts = text.strip().split(":", 2);
        Kind kind;
        try {
            kind = Kind.valueOf(parts[0].strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("unknown consolidation \"" + parts[0].strip()
                    + "\" (SUM, AVERAGE, WEIGHTED_AVERAGE:code, COUNT_MEETING[:threshold])");
        }
        String parameter = parts.length > 1 ? parts[1].strip() : "";
        return switch (kind) {
            case SUM, AVERAGE -> {
                if (!parameter.isEmpty()) {
                    throw new IllegalArgumentException(kind + " takes no parameter");
                }
                yield new Consolidation(kind, null, null);
            }
            case WEIGHTED_AVERAGE -> {
                if (parameter.isEmpty()) {
                    throw new IllegalArgumentException(
                            "WEIGHTED_AVERAGE needs the code of the criterion that weighs (WEIGHTED_AVERAGE:II.1.2)");
                }
                yield new Consolidation(kind, null, parameter);
            }
            case COUNT_MEETING -> {
                if (parameter.isEmpty()) {
                    yield new Consolidation(kind, null, null);
                }
                try {
                    yield new Consolidation(kind, new BigDecimal(parameter.replace(',', '.')), null);
                } catch (NumberFormatException e) {
                    throw new IllegalArgumentException(
                            "COUNT_MEETING takes a number, the threshold (COUNT_MEETING:80): \"" + parameter + "\"");
                }
            }
        };
    }

    /** The short text of the exchange formats, as JSON writes it. */
    @com.fasterxml.jackson.annotation.JsonValue
    public String text() {
        return switch (kind) {
            case SUM, AVERAGE -> kind.name();
            case WEIGHTED_AVERAGE -> kind.name() + ":" + weightCode;
            case COUNT_MEETING -> atLeast == null ? kind.name() : kind.name() + ":" + ScoringRule.formatNumber(atLeast);
        };
    }

    /** What is wrong with it for a criterion of this value type; empty when it fits. */
    public List<String> problems(ValueType type) {
        List<String> out = new ArrayList<>();
        if (type == null || !(NUMERIC.contains(type) || (kind == Kind.COUNT_MEETING && type == ValueType.YES_NO))) {
            out.add(kind + " needs a numeric value" + (kind == Kind.COUNT_MEETING ? " or yes/no" : "") + ", not "
                    + (type == null ? "none" : type));
            return out;
        }
        if (kind == Kind.COUNT_MEETING && type != ValueType.YES_NO && atLeast == null) {
            out.add("COUNT_MEETING on a number needs its threshold (COUNT_MEETING:80)");
        }
        if (kind == Kind.COUNT_MEETING && type == ValueType.YES_NO && atLeast != null) {
            out.add("COUNT_MEETING on yes/no counts the yes answers and takes no threshold");
        }
        if (kind == Kind.SUM && type == ValueType.PERCENT) {
            out.add("percentages do not add up: use AVERAGE or WEIGHTED_AVERAGE");
        }
        if ((kind == Kind.AVERAGE || kind == Kind.WEIGHTED_AVERAGE) && type == ValueType.RATIO) {
            out.add("a ratio rolls up by SUM (its numerators and denominators add up, the ratio is computed again)");
        }
        return out;
    }

    /** One line beside the consolidated figure. */
    public org.springframework.context.MessageSourceResolvable explanation() {
        return switch (kind) {
            case SUM -> text("sum");
            case AVERAGE -> text("average");
            case WEIGHTED_AVERAGE -> text("weightedAverage", weightCode);
            case COUNT_MEETING ->
                atLeast == null ? text("countYes") : text("countMeeting", ScoringRule.formatNumber(atLeast));
        };
    }

    private static org.springframework.context.MessageSourceResolvable text(String key, Object... args) {
        return new org.springframework.context.support.DefaultMessageSourceResolvable(
                new String[] {"consolidation.explain." + key}, args);
    }
}
