package vn.dtihub.scoring.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import vn.dtihub.frameworks.ValueType;

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

    /** A carried value of a criterion: a number, or a numerator over a denominator. */
    public record Value(BigDecimal number, BigDecimal denominator, Rule rule, List<String> from) {}

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
                    sum.divide(BigDecimal.valueOf(olds.size()), ScoringEngine.INDEX_SCALE, RoundingMode.HALF_UP),
                    Rule.MEAN,
                    olds.stream().sorted().toList()));
        }));
        return out;
    }

    /** A criterion's value of a new unit from its predecessors' values, by the criterion's type. */
    public static Value value(ValueType type, Map<String, BigDecimal[]> predecessors) {
        List<String> from = new ArrayList<>(new TreeMap<>(predecessors).keySet());
        Map<String, BigDecimal[]> values = new LinkedHashMap<>(predecessors);
        BigDecimal n = BigDecimal.ZERO;
        BigDecimal d = BigDecimal.ZERO;
        boolean ratios = true;
        for (BigDecimal[] v : values.values()) {
            n = n.add(v[0]);
            if (v.length < 2 || v[1] == null) {
                ratios = false;
            } else {
                d = d.add(v[1]);
            }
        }
        if (type == ValueType.COUNT) {
            return new Value(n, null, Rule.SUM, from);
        }
        if (type == ValueType.RATIO && ratios) {
            return new Value(n, d, Rule.RATIO_OF_SUMS, from);
        }
        return new Value(
                values.isEmpty() ? null : n.divide(BigDecimal.valueOf(values.size()), 6, RoundingMode.HALF_UP),
                null,
                Rule.MEAN,
                from);
    }
}
