package vn.dtihub.frameworks.domain;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import vn.dtihub.frameworks.ScoringRule;

/**
 * Scoring rules written as a type and a short parameter text, the way the edit form and the xlsx template take
 * them: {@code STEPS "4=20; 3=15; 2=10; 1=5"}, {@code CHOICES "CHU_TICH|Chủ tịch=20; PHO|Phó Chủ tịch=10;
 * KHONG|Không=0"}, {@code PERCENT_OF_TARGET "100"}, {@code CAPPED_COUNT "5"}, {@code REVIEWER "0-20"},
 * {@code RELATIVE_TO_PEERS "higher"}. Numbers take a decimal comma or point.
 */
public final class RuleText {

    public static final List<String> TYPES = List.of(
            "YES_NO",
            "RATIO",
            "PERCENT_OF_TARGET",
            "STEPS",
            "CHOICES",
            "CAPPED_COUNT",
            "REVIEWER",
            "RELATIVE_TO_PEERS");

    private RuleText() {}

    /** The rule, or null for a blank type; throws {@link IllegalArgumentException} with a readable message. */
    public static ScoringRule parse(String type, String parameters) {
        if (type == null || type.isBlank()) {
            return null;
        }
        String p = parameters == null ? "" : parameters.strip();
        return switch (type.strip().toUpperCase(Locale.ROOT)) {
            case "YES_NO" -> new ScoringRule.YesNo();
            case "RATIO" -> new ScoringRule.Ratio();
            case "PERCENT_OF_TARGET" -> new ScoringRule.PercentOfTarget(number(p, "mục tiêu / target"));
            case "CAPPED_COUNT" -> new ScoringRule.CappedCount(number(p, "điểm mỗi đơn vị / points each"));
            case "STEPS" -> {
                List<ScoringRule.Steps.Step> steps = new ArrayList<>();
                for (String part : parts(p)) {
                    String[] kv = pair(part, "=");
                    steps.add(new ScoringRule.Steps.Step(
                            number(kv[0], "ngưỡng / threshold"), number(kv[1], "điểm / points")));
                }
                yield new ScoringRule.Steps(steps);
            }
            case "CHOICES" -> {
                List<ScoringRule.Choices.Choice> choices = new ArrayList<>();
                for (String part : parts(p)) {
                    String[] kv = pair(part, "=");
                    String[] keyLabel = kv[0].split("\\|", 2);
                    String key = keyLabel[0].strip();
                    String label = keyLabel.length > 1 ? keyLabel[1].strip() : key;
                    choices.add(new ScoringRule.Choices.Choice(key, label, number(kv[1], "điểm / points")));
                }
                yield new ScoringRule.Choices(choices);
            }
            case "REVIEWER" -> {
                String[] range = pair(p, "-");
                yield new ScoringRule.Reviewer(number(range[0], "tối thiểu / min"), number(range[1], "tối đa / max"));
            }
            case "RELATIVE_TO_PEERS" ->
                new ScoringRule.RelativeToPeers(!p.toLowerCase(Locale.ROOT).startsWith("lower")
                        && !p.toLowerCase(Locale.ROOT).startsWith("thap"));
            default ->
                throw new IllegalArgumentException(
                        "quy tắc không có: " + type + " / unknown rule (" + String.join(", ", TYPES) + ")");
        };
    }

    /** The parameter text of a rule, as {@link #parse} reads it back. */
    public static String parameters(ScoringRule rule) {
        if (rule == null) {
            return "";
        }
        if (rule instanceof ScoringRule.PercentOfTarget t) {
            return ScoringRule.formatNumber(t.target());
        }
        if (rule instanceof ScoringRule.CappedCount c) {
            return ScoringRule.formatNumber(c.pointsEach());
        }
        if (rule instanceof ScoringRule.Steps s) {
            return String.join(
                    "; ",
                    s.steps().stream()
                            .map(x ->
                                    ScoringRule.formatNumber(x.atLeast()) + "=" + ScoringRule.formatNumber(x.points()))
                            .toList());
        }
        if (rule instanceof ScoringRule.Choices c) {
            return String.join(
                    "; ",
                    c.choices().stream()
                            .map(x -> x.key() + (x.label() == null || x.label().equals(x.key()) ? "" : "|" + x.label())
                                    + "=" + ScoringRule.formatNumber(x.points()))
                            .toList());
        }
        if (rule instanceof ScoringRule.Reviewer r) {
            return ScoringRule.formatNumber(r.min()) + "-" + ScoringRule.formatNumber(r.max());
        }
        if (rule instanceof ScoringRule.RelativeToPeers r) {
            return r.higherIsBetter() ? "higher" : "lower";
        }
        return "";
    }

    private static List<String> parts(String text) {
        List<String> out = new ArrayList<>();
        for (String part : text.split(";")) {
            if (!part.isBlank()) {
                out.add(part.strip());
            }
        }
        if (out.isEmpty()) {
            throw new IllegalArgumentException("thiếu tham số / parameters are missing");
        }
        return out;
    }

    private static String[] pair(String text, String separator) {
        int at = text.lastIndexOf(separator);
        if (at <= 0 || at == text.length() - 1) {
            throw new IllegalArgumentException(
                    "'" + text + "': cần dạng a" + separator + "b / expected a" + separator + "b");
        }
        return new String[] {
            text.substring(0, at).strip(), text.substring(at + 1).strip()
        };
    }

    /** A number written the Vietnamese way ("99,9") or the English way ("99.9"). */
    public static BigDecimal number(String text, String what) {
        return vn.dtihub.shared.Numbers.parse(text, what);
    }
}
