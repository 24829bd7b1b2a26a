package vn.dtihub.scoring.domain;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;

/**
 * How solid a ranking is: the weights of a view's components are drawn again and again within a range (each weight
 * times a factor between 1 − r and 1 + r, uniformly, seeded so that the same question gives the same answer), the
 * units ranked on each draw, and each unit's band of ranks reported (5th to 95th percentile), as composite-index
 * practice recommends. A unit whose band is narrow holds its place whatever the weights; a wide band is noise.
 * Pure Java; doubles, since only the order matters here.
 */
public final class Robustness {

    private Robustness() {}

    /** A unit's points and maxima on the view's components, in the order of the weights. */
    public record Unit(String unit, double[] points, double[] max) {}

    /** A unit's rank with the weights as published, and its band over the draws. */
    public record Band(String unit, int rank, int p5, int median, int p95) {}

    public static List<Band> bands(List<Unit> units, double[] weights, double range, int draws, long seed) {
        if (range < 0 || range >= 1) {
            throw new IllegalArgumentException("the range is a share of each weight, from 0 to under 1: " + range);
        }
        if (draws < 1 || draws > 100_000) {
            throw new IllegalArgumentException("draws: 1 to 100,000, not " + draws);
        }
        int n = units.size();
        int[][] ranks = new int[n][draws];
        double[] drawn = new double[weights.length];
        double[] index = new double[n];
        SplittableRandom random = new SplittableRandom(seed);
        for (int d = 0; d < draws; d++) {
            for (int k = 0; k < weights.length; k++) {
                drawn[k] = weights[k] * (1 - range + 2 * range * random.nextDouble());
            }
            indices(units, drawn, index);
            int[] r = ranks(index);
            for (int u = 0; u < n; u++) {
                ranks[u][d] = r[u];
            }
        }
        indices(units, weights, index);
        int[] base = ranks(index);
        List<Band> out = new ArrayList<>(n);
        for (int u = 0; u < n; u++) {
            int[] sorted = ranks[u].clone();
            Arrays.sort(sorted);
            out.add(new Band(
                    units.get(u).unit(),
                    base[u],
                    percentile(sorted, 0.05),
                    percentile(sorted, 0.5),
                    percentile(sorted, 0.95)));
        }
        return out;
    }

    private static void indices(List<Unit> units, double[] weights, double[] out) {
        for (int u = 0; u < units.size(); u++) {
            Unit unit = units.get(u);
            double p = 0;
            double m = 0;
            for (int k = 0; k < weights.length; k++) {
                p += weights[k] * unit.points()[k];
                m += weights[k] * unit.max()[k];
            }
            out[u] = m == 0 ? 0 : p / m;
        }
    }

    /** Competition ranks (1, 2, 2, 4) of the indices, highest first; indices within 1e-12 tie. */
    static int[] ranks(double[] index) {
        int n = index.length;
        Integer[] order = new Integer[n];
        for (int i = 0; i < n; i++) {
            order[i] = i;
        }
        Arrays.sort(order, (a, b) -> Double.compare(index[b], index[a]));
        int[] out = new int[n];
        for (int r = 0; r < n; r++) {
            int i = order[r];
            out[i] = r > 0 && Math.abs(index[order[r - 1]] - index[i]) < 1e-12 ? out[order[r - 1]] : r + 1;
        }
        return out;
    }

    /** The nearest-rank percentile of sorted ranks. */
    private static int percentile(int[] sorted, double p) {
        int at = (int) Math.ceil(p * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, at))];
    }
}
