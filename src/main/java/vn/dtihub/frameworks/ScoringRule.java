package vn.dtihub.frameworks;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import vn.dtihub.shared.Figures;

/**
 * How a criterion's value becomes points: the rules real indices use. Each validates its own parameters and
 * explains itself in one line, as a message key the page resolves in the reader's language. Pure logic, without a
 * bean or a database (only Spring's message value type), so that the
 * scoring engine, the form preview and the import all apply the same rules.
 */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "type")
@JsonSubTypes({
    @JsonSubTypes.Type(value = ScoringRule.YesNo.class, name = "YES_NO"),
    @JsonSubTypes.Type(value = ScoringRule.Ratio.class, name = "RATIO"),
    @JsonSubTypes.Type(value = ScoringRule.PercentOfTarget.class, name = "PERCENT_OF_TARGET"),
    @JsonSubTypes.Type(value = ScoringRule.Steps.class, name = "STEPS"),
    @JsonSubTypes.Type(value = ScoringRule.Choices.class, name = "CHOICES"),
    @JsonSubTypes.Type(value = ScoringRule.CappedCount.class, name = "CAPPED_COUNT"),
    @JsonSubTypes.Type(value = ScoringRule.Reviewer.class, name = "REVIEWER"),
    @JsonSubTypes.Type(value = ScoringRule.RelativeToPeers.class, name = "RELATIVE_TO_PEERS")
})
public sealed interface ScoringRule {

    /** The rule's name in the exchange formats (xlsx, JSON). */
    String type();

    /** What is wrong with the parameters, for a criterion worth {@code maxPoints}; empty when valid. */
    List<String> problems(BigDecimal maxPoints);

    /**
     * One line a user reads beside the criterion ("10 điểm nếu có, 0 nếu không"), as a message key of {@code
     * messages.properties} with its numbers already written, so that the page resolves it in the reader's language.
     */
    MessageSourceResolvable explanation(BigDecimal maxPoints);

    private static MessageSourceResolvable text(String key, Object... args) {
        return new DefaultMessageSourceResolvable(new String[] {"rule.explain." + key}, args);
    }

    /**
     * Points for a value, when the rule can tell on its own; empty for reviewer-given points and for rules
     * relative to peers, which need the reviewer or the other units.
     */
    default Optional<BigDecimal> points(RuleInput input, BigDecimal maxPoints) {
        return Optional.empty();
    }

    /** A reported value as the rules read it: a number (or a numerator and denominator), a yes/no, a choice. */
    record RuleInput(BigDecimal number, BigDecimal denominator, Boolean yes, String choice) {
        public static RuleInput of(BigDecimal number) {
            return new RuleInput(number, null, null, null);
        }

        public static RuleInput ratio(BigDecimal numerator, BigDecimal denominator) {
            return new RuleInput(numerator, denominator, null, null);
        }

        public static RuleInput yesNo(boolean yes) {
            return new RuleInput(null, null, yes, null);
        }

        public static RuleInput choice(String key) {
            return new RuleInput(null, null, null, key);
        }
    }

    /** Full points when the answer is yes, none otherwise. */
    record YesNo() implements ScoringRule {
        public String type() {
            return "YES_NO";
        }

        public List<String> problems(BigDecimal maxPoints) {
            return List.of();
        }

        public MessageSourceResolvable explanation(BigDecimal max) {
            return text("yesNo", formatNumber(max));
        }

        public Optional<BigDecimal> points(RuleInput in, BigDecimal max) {
            return in.yes() == null ? Optional.empty() : Optional.of(in.yes() ? max : BigDecimal.ZERO);
        }
    }

    /** Two reported numbers a and b: a/b × maximum (capped at the maximum). */
    record Ratio() implements ScoringRule {
        public String type() {
            return "RATIO";
        }

        public List<String> problems(BigDecimal maxPoints) {
            return List.of();
        }

        public MessageSourceResolvable explanation(BigDecimal max) {
            return text("ratio", formatNumber(max));
        }

        public Optional<BigDecimal> points(RuleInput in, BigDecimal max) {
            if (in.number() == null || in.denominator() == null) {
                return Optional.empty();
            }
            if (in.denominator().signum() == 0) {
                return Optional.of(BigDecimal.ZERO);
            }
            return Optional.of(cap(max.multiply(in.number()).divide(in.denominator(), Figures.PRECISION), max));
        }
    }

    /** A value against a target: value/target × maximum, linear, capped at the maximum. */
    record PercentOfTarget(BigDecimal target) implements ScoringRule {
        public String type() {
            return "PERCENT_OF_TARGET";
        }

        public List<String> problems(BigDecimal maxPoints) {
            return target == null || target.signum() <= 0
                    ? List.of("target: phải là số dương / must be positive")
                    : List.of();
        }

        public MessageSourceResolvable explanation(BigDecimal max) {
            return text("percentOfTarget", formatNumber(target), formatNumber(max));
        }

        public Optional<BigDecimal> points(RuleInput in, BigDecimal max) {
            if (in.number() == null || target == null || target.signum() <= 0) {
                return Optional.empty();
            }
            BigDecimal raw = max.multiply(in.number()).divide(target, Figures.PRECISION);
            return Optional.of(cap(raw.max(BigDecimal.ZERO), max));
        }
    }

    /** Points by thresholds: the highest threshold the value reaches gives its points (4 meetings → 20, 3 → 15 …). */
    record Steps(List<Step> steps) implements ScoringRule {
        public record Step(BigDecimal atLeast, BigDecimal points) {}

        public Steps {
            steps = steps == null ? List.of() : List.copyOf(steps);
        }

        public String type() {
            return "STEPS";
        }

        public List<String> problems(BigDecimal max) {
            List<String> out = new ArrayList<>();
            if (steps.isEmpty()) {
                out.add("steps: cần ít nhất một bậc / at least one step is needed");
            }
            Set<BigDecimal> seen = new HashSet<>();
            for (Step s : steps) {
                if (s == null || s.atLeast() == null || s.points() == null) {
                    out.add("steps: mỗi bậc cần ngưỡng và điểm / each step needs a threshold and points");
                    continue;
                }
                if (!seen.add(s.atLeast().stripTrailingZeros())) {
                    out.add("steps: ngưỡng " + formatNumber(s.atLeast()) + " bị lặp / repeated threshold");
                }
                if (s.points().signum() < 0 || s.points().compareTo(max) > 0) {
                    out.add("steps: điểm " + formatNumber(s.points()) + " nằm ngoài 0–" + formatNumber(max)
                            + " / outside 0–max");
                }
            }
            return out;
        }

        public MessageSourceResolvable explanation(BigDecimal max) {
            List<String> parts = new ArrayList<>();
            ordered().forEach(s -> parts.add("≥ " + formatNumber(s.atLeast()) + " → " + formatNumber(s.points())));
            return text("steps", String.join("; ", parts));
        }

        private List<Step> ordered() {
            return steps.stream()
                    .filter(s -> s != null && s.atLeast() != null && s.points() != null)
                    .sorted(Comparator.comparing(Step::atLeast).reversed())
                    .toList();
        }

        public Optional<BigDecimal> points(RuleInput in, BigDecimal max) {
            if (in.number() == null) {
                return Optional.empty();
            }
            return Optional.of(ordered().stream()
                    .filter(s -> in.number().compareTo(s.atLeast()) >= 0)
                    .map(Step::points)
                    .findFirst()
                    .orElse(BigDecimal.ZERO));
        }
    }

    /** One of a list of answers, each with its points (chaired by the chairman → full, a deputy → half, none → 0). */
    record Choices(List<Choice> choices) implements ScoringRule {
        public record Choice(String key, String label, BigDecimal points) {}

        public Choices {
            choices = choices == null ? List.of() : List.copyOf(choices);
        }

        public String type() {
            return "CHOICES";
        }

        public List<String> problems(BigDecimal max) {
            List<String> out = new ArrayList<>();
            if (choices.size() < 2) {
                out.add("choices: cần ít nhất hai lựa chọn / at least two choices are needed");
            }
            Set<String> keys = new HashSet<>();
            for (Choice c : choices) {
                if (c == null || c.key() == null || c.key().isBlank() || c.points() == null) {
                    out.add("choices: mỗi lựa chọn cần mã và điểm / each choice needs a key and points");
                    continue;
                }
                if (!keys.add(c.key())) {
                    out.add("choices: mã " + c.key() + " bị lặp / repeated key");
                }
                if (c.points().signum() < 0 || c.points().compareTo(max) > 0) {
                    out.add("choices: điểm " + formatNumber(c.points()) + " nằm ngoài 0–" + formatNumber(max)
                            + " / outside 0–max");
                }
            }
            return out;
        }

        public MessageSourceResolvable explanation(BigDecimal max) {
            List<String> parts = new ArrayList<>();
            choices.stream()
                    .filter(c -> c != null && c.points() != null)
                    .forEach(c ->
                            parts.add((c.label() == null ? c.key() : c.label()) + " → " + formatNumber(c.points())));
            return text("choices", String.join("; ", parts));
        }

        public Optional<BigDecimal> points(RuleInput in, BigDecimal max) {
            if (in.choice() == null) {
                return Optional.empty();
            }
            return choices.stream()
                    .filter(c -> c != null && in.choice().equals(c.key()))
                    .map(Choice::points)
                    .findFirst();
        }
    }

    /** A count times points per unit, capped at the maximum. */
    record CappedCount(BigDecimal pointsEach) implements ScoringRule {
        public String type() {
            return "CAPPED_COUNT";
        }

        public List<String> problems(BigDecimal maxPoints) {
            return pointsEach == null || pointsEach.signum() <= 0
                    ? List.of("pointsEach: phải là số dương / must be positive")
                    : List.of();
        }

        public MessageSourceResolvable explanation(BigDecimal max) {
            return text("cappedCount", formatNumber(pointsEach), formatNumber(max));
        }

        public Optional<BigDecimal> points(RuleInput in, BigDecimal max) {
            if (in.number() == null || pointsEach == null) {
                return Optional.empty();
            }
            return Optional.of(cap(in.number().max(BigDecimal.ZERO).multiply(pointsEach), max));
        }
    }

    /** Points the reviewer gives within a range, for qualitative criteria. */
    record Reviewer(BigDecimal min, BigDecimal max) implements ScoringRule {
        public String type() {
            return "REVIEWER";
        }

        public List<String> problems(BigDecimal maxPoints) {
            List<String> out = new ArrayList<>();
            if (min == null || max == null) {
                out.add("min, max: cần khoảng điểm / a range is needed");
            } else if (min.signum() < 0 || min.compareTo(max) > 0 || max.compareTo(maxPoints) > 0) {
                out.add("min, max: khoảng điểm phải nằm trong 0–" + formatNumber(maxPoints)
                        + " / must lie within 0–max");
            }
            return out;
        }

        public MessageSourceResolvable explanation(BigDecimal maxPoints) {
            return text("reviewer", formatNumber(min), formatNumber(max));
        }
    }

    /** Scaled between the lowest and the highest unit: (value − lowest) / (highest − lowest) × maximum. */
    record RelativeToPeers(boolean higherIsBetter) implements ScoringRule {
        public String type() {
            return "RELATIVE_TO_PEERS";
        }

        public List<String> problems(BigDecimal maxPoints) {
            return List.of();
        }

        public MessageSourceResolvable explanation(BigDecimal max) {
            return text(higherIsBetter ? "relativeToPeers" : "relativeToPeersLower", formatNumber(max));
        }

        /** Points of a value among its peers' lowest and highest values. */
        public BigDecimal points(BigDecimal value, BigDecimal lowest, BigDecimal highest, BigDecimal max) {
            if (highest.compareTo(lowest) == 0) {
                return max;
            }
            BigDecimal above = higherIsBetter ? value.subtract(lowest) : highest.subtract(value);
            return cap(
                    max.multiply(above)
                            .divide(highest.subtract(lowest), Figures.PRECISION)
                            .max(BigDecimal.ZERO),
                    max);
        }
    }

    /** At most the maximum, at full precision: points are rounded only where they are shown ({@link Figures}). */
    private static BigDecimal cap(BigDecimal value, BigDecimal max) {
        return value.min(max);
    }

    /** Numbers the way Vietnamese documents write them: 9,5 (no trailing zeros). */
    static String formatNumber(BigDecimal value) {
        if (value == null) {
            return "?";
        }
        return value.stripTrailingZeros().toPlainString().replace('.', ',');
    }
}
