package vn.dtihub.scoring.domain;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import vn.dtihub.frameworks.Consolidation;
import vn.dtihub.frameworks.ValueType;
import vn.dtihub.reporting.Entry;
import vn.dtihub.reporting.Rollup;
import vn.dtihub.shared.Figures;

/**
 * Results computed on the structure before 1 July 2025 carried to the units that replaced them, by the rules the
 * DTI 2024 publication used: an index of a merged unit is the mean of its predecessors' indices; a count is their sum;
 * a ratio is computed again from the summed numerators and denominators; anything else is their mean. An old unit
 * split between several new ones counts in each. Every carried figure says how it was made. Pure Java.
 */
public final class CarryOver {

    private CarryOver() {}

    /** How a carried figure was made: the rule and the old units it came from. */
    public enum Rule {
        MEAN,
        SUM,
        RATIO_OF_SUMS
    }

    /** A carried view index of a new unit. */
    public record Index(String newCode, String view, BigDecimal index, Rule rule, List<String> from) {}

    /**
     * A carried value of a criterion: a number, or a numerator over a denominator, at full precision; {@code decimals}
     * is how many its most precise predecessor had, so that it is shown as precisely as they were.
     */
    public record Value(BigDecimal number, BigDecimal denominator, Rule rule, List<String> from, int decimals) {}

    /**
     * The indices of the new units: for each view, the mean of the predecessors' indices (those without one are left
     * out of the mean and of {@code from}).
     *
     * @param successors old code → the new codes it went into
     * @param indices old code → view → index
     */
    public static List<Index> indices(
            Map<String, List<String>> successors, Map<String, Map<String, BigDecimal>> indices) {
        Map<String, Map<String, List<String>>> sources = new TreeMap<>();
        indices.forEach((old, views) -> {
            for (String next : successors.getOrDefault(old, List.of())) {
                views.forEach((view, index) -> {
                    if (index != null) {
                        sources.computeIfAbsent(next, k -> new TreeMap<>())
                                .computeIfAbsent(view, k -> new ArrayList<>())
                                .add(old);
                    }
                });
            }
        });
        List<Index> out = new ArrayList<>();
        sources.forEach((next, views) -> views.forEach((view, olds) -> {
            BigDecimal sum = BigDecimal.ZERO;
            for (String old : olds) {
                sum = sum.add(indices.get(old).get(view));
            }
            out.add(new Index(
                    next,
                    view,
                    Figures.divide(sum, BigDecimal.valueOf(olds.size())),
                    Rule.MEAN,
                    olds.stream().sorted().toList()));
        }));
        return out;
    }

    /**
     * A criterion's value of a new unit from its predecessors' values, by the criterion's type: the reporting module's
     * roll-up (a count summed, a ratio summed part by part and computed again, the rest averaged), so that a merged
     * unit's figure is made the way a province's roll-up of its communes is.
     */
    public static Value value(ValueType type, Map<String, BigDecimal[]> predecessors) {
        List<String> from = new ArrayList<>(new TreeMap<>(predecessors).keySet());
        boolean ratios = predecessors.values().stream().allMatch(v -> v.length > 1 && v[1] != null);
        Rule rule =
                type == ValueType.COUNT ? Rule.SUM : type == ValueType.RATIO && ratios ? Rule.RATIO_OF_SUMS : Rule.MEAN;
        List<Rollup.Part> parts = predecessors.values().stream()
                .map(v -> new Rollup.Part(
                        new Entry(v[0], rule == Rule.RATIO_OF_SUMS ? v[1] : null, null, null, null, null, null), null))
                .toList();
        Entry rolled = Rollup.of(
                        Consolidation.parse(rule == Rule.MEAN ? "AVERAGE" : "SUM"),
                        rule == Rule.RATIO_OF_SUMS ? ValueType.RATIO : ValueType.NUMBER,
                        parts)
                .value();
        int decimals = predecessors.values().stream()
                .filter(v -> v.length > 0 && v[0] != null)
                .mapToInt(v -> Math.max(0, v[0].stripTrailingZeros().scale()))
                .max()
                .orElse(0);
        return new Value(
                rolled == null ? null : rolled.number(),
                rolled == null ? null : rolled.denominator(),
                rule,
                from,
                decimals);
    }
}
