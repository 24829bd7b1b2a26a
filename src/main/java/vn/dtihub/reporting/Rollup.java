package vn.dtihub.reporting;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.List;
import vn.dtihub.frameworks.Consolidation;
import vn.dtihub.frameworks.ValueType;
import vn.dtihub.shared.Figures;

/**
 * The values of the units below rolled up by a criterion's consolidation: what a province's form shows beside a
 * criterion so that it need not be entered again. Units that reported nothing are left out and counted apart. A mean
 * or a weighted mean keeps full precision ({@link Figures#PRECISION}); sums are exact. Pure.
 */
public final class Rollup {

    private static final MathContext PRECISION = Figures.PRECISION;

    private Rollup() {}

    /** One unit below: its value (null or empty when it reported none) and, for a weighted mean, its weight. */
    public record Part(Entry value, BigDecimal weight) {}

    /**
     * The rolled-up figure: the value (null when no unit reported), the units counted and the units below. For a
     * count of units meeting a threshold on a ratio criterion, the value is that count over the units counted.
     */
    public record Result(Entry value, int counted, int units) {}

    public static Result of(Consolidation c, ValueType type, List<Part> parts) {
        List<Entry> reported = parts.stream()
                .map(Part::value)
                .filter(v -> v != null && !v.empty())
                .toList();
        if (reported.isEmpty()) {
            return new Result(null, 0, parts.size());
        }
        Entry value = switch (c.kind()) {
            case SUM -> sum(type, reported);
            case AVERAGE -> number(mean(reported));
            case WEIGHTED_AVERAGE -> weighted(parts);
            case COUNT_MEETING -> count(c, type, reported);
        };
        return new Result(value, reported.size(), parts.size());
    }

    private static Entry sum(ValueType type, List<Entry> values) {
        BigDecimal n = BigDecimal.ZERO;
        BigDecimal d = BigDecimal.ZERO;
        for (Entry v : values) {
            n = n.add(v.number() == null ? BigDecimal.ZERO : v.number());
            d = d.add(v.denominator() == null ? BigDecimal.ZERO : v.denominator());
        }
        return type == ValueType.RATIO ? ratio(n, d) : number(n);
    }

    private static BigDecimal mean(List<Entry> values) {
        BigDecimal total = BigDecimal.ZERO;
        int counted = 0;
        for (Entry v : values) {
            if (v.number() != null) {
                total = total.add(v.number());
                counted++;
            }
        }
        return counted == 0 ? null : total.divide(BigDecimal.valueOf(counted), PRECISION);
    }

    /** Σ value × weight / Σ weight over the units that reported both (a weight of 0 or none leaves a unit out). */
    private static Entry weighted(List<Part> parts) {
        BigDecimal total = BigDecimal.ZERO;
        BigDecimal weights = BigDecimal.ZERO;
        for (Part p : parts) {
            if (p.value() == null
                    || p.value().number() == null
                    || p.weight() == null
                    || p.weight().signum() <= 0) {
                continue;
            }
            total = total.add(p.value().number().multiply(p.weight()));
            weights = weights.add(p.weight());
        }
        return weights.signum() == 0 ? null : number(total.divide(weights, PRECISION));
    }

    private static Entry count(Consolidation c, ValueType type, List<Entry> values) {
        long meeting = values.stream().filter(v -> meets(c, type, v)).count();
        BigDecimal count = BigDecimal.valueOf(meeting);
        return type == ValueType.RATIO ? ratio(count, BigDecimal.valueOf(values.size())) : number(count);
    }

    private static boolean meets(Consolidation c, ValueType type, Entry v) {
        if (type == ValueType.YES_NO) {
            return Boolean.TRUE.equals(v.yes());
        }
        BigDecimal value = v.number();
        if (value == null || c.atLeast() == null) {
            return false;
        }
        if (type == ValueType.RATIO) {
            if (v.denominator() == null || v.denominator().signum() == 0) {
                return false;
            }
            value = value.multiply(BigDecimal.valueOf(100)).divide(v.denominator(), PRECISION);
        }
        return value.compareTo(c.atLeast()) >= 0;
    }

    /** At full precision: a figure is rounded where it is shown, never here. */
    private static Entry number(BigDecimal n) {
        return n == null ? null : new Entry(n.stripTrailingZeros(), null, null, null, null, null, null);
    }

    private static Entry ratio(BigDecimal n, BigDecimal d) {
        return new Entry(n.stripTrailingZeros(), d.stripTrailingZeros(), null, null, null, null, null);
    }
}
