package vn.dtihub.scoring.domain;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import vn.dtihub.frameworks.Criterion;
import vn.dtihub.frameworks.MissingPolicy;
import vn.dtihub.frameworks.RankTies;
import vn.dtihub.frameworks.ScoringRule;
import vn.dtihub.shared.Figures;

/**
 * The scoring engine: pure Java, no Spring, no database. From a framework version ({@link ScoringModel}) and the
 * values of a set of units for a period, it gives each unit the points of every criterion, the totals up the tree,
 * every view as points and as a 0–1 index (points / maximum), and its rank among its peers in each view (ties share
 * a rank and the next is skipped: 1, 2, 2, 4).
 *
 * <p>A missing value follows its criterion's policy: it counts as zero; or the criterion leaves that unit's maximum
 * (and its parents' and views' maxima with it); or the unit is flagged "not enough data" and left out of the ranks.
 * A criterion scored relative to peers is scaled between the lowest and highest value of the unit's peer group.
 *
 * <p>Points, totals and indices are carried at full precision ({@link Figures#PRECISION}); nothing is rounded here.
 * Ranks compare the unrounded indices, or the published ones (4 decimals) when the framework says ties are ties of
 * the displayed value ({@link RankTies#DISPLAYED}).
 */
public final class ScoringEngine {

    private ScoringEngine() {}

    /** A unit's reported value: what the rules read (null when nothing was reported) and the reviewer's points. */
    public record Value(ScoringRule.RuleInput input, BigDecimal reviewerPoints) {

        public static Value of(ScoringRule.RuleInput input) {
            return new Value(input, null);
        }

        public static Value reviewer(BigDecimal points) {
            return new Value(null, points);
        }

        boolean missing() {
            return reviewerPoints == null
                    && (input == null
                            || (input.number() == null
                                    && input.denominator() == null
                                    && input.yes() == null
                                    && input.choice() == null));
        }
    }

    /** The values of one unit, and the peer group it is ranked in (null: all units are peers). */
    public record UnitInput(String unit, String peerGroup, Map<Long, Value> values) {}

    /** How a criterion's points came about. */
    public enum Basis {
        /** From the value by the rule (or the reviewer's points). */
        VALUE,
        /** The sum of its children. */
        TOTAL,
        /** Missing, counted as zero. */
        MISSING_ZERO,
        /** Missing, left out of the unit's maximum. */
        EXCLUDED,
        /** Missing, the unit flagged "not enough data". */
        MISSING_FLAGGED,
        /** Not scored (worth nothing). */
        UNSCORED
    }

    public record CriterionScore(long criterionId, String code, BigDecimal points, BigDecimal max, Basis basis) {}

    /** A view of a unit: points, maximum, index (null when the maximum is 0), and rank among peers (null: unranked). */
    public record ViewScore(
            String code,
            boolean overall,
            BigDecimal points,
            BigDecimal max,
            BigDecimal index,
            Integer rank,
            int peers) {}

    public record UnitScore(
            String unit,
            String peerGroup,
            boolean enoughData,
            List<String> flaggedMissing,
            List<CriterionScore> criteria,
            List<ViewScore> views) {

        public ViewScore view(String code) {
            return views.stream().filter(v -> v.code().equals(code)).findFirst().orElse(null);
        }

        public ViewScore overall() {
            return views.stream().filter(ViewScore::overall).findFirst().orElse(null);
        }

        public CriterionScore criterion(String code) {
            return criteria.stream()
                    .filter(c -> c.code().equals(code))
                    .findFirst()
                    .orElse(null);
        }
    }

    public static List<UnitScore> score(ScoringModel model, List<UnitInput> units) {
        int n = model.size();
        int u = units.size();
        BigDecimal[][] points = new BigDecimal[u][n];
        BigDecimal[][] max = new BigDecimal[u][n];
        Basis[][] basis = new Basis[u][n];
        boolean[] enough = new boolean[u];
        List<List<String>> flagged = new ArrayList<>();
        Arrays.fill(enough, true);
        for (int k = 0; k < u; k++) {
            flagged.add(new ArrayList<>());
            leaves(model, units.get(k), points[k], max[k], basis[k], flagged.get(k));
            enough[k] = flagged.get(k).isEmpty();
        }
        relativeToPeers(model, units, points, basis);
        for (int k = 0; k < u; k++) {
            totals(model, points[k], max[k], basis[k]);
        }
        BigDecimal[][][] views = new BigDecimal[u][][];
        for (int k = 0; k < u; k++) {
            views[k] = views(model, points[k], max[k]);
        }
        Integer[][] ranks = ranks(model, units, views, enough);
        int[][] peers = peerCounts(model, units, views, enough);
        List<UnitScore> out = new ArrayList<>(u);
        for (int k = 0; k < u; k++) {
            List<CriterionScore> criteria = new ArrayList<>(n);
            for (int i = 0; i < n; i++) {
                Criterion c = model.criteria[i];
                criteria.add(new CriterionScore(c.id(), c.code(), points[k][i], max[k][i], basis[k][i]));
            }
            List<ViewScore> viewScores = new ArrayList<>(model.views.size());
            for (int v = 0; v < model.views.size(); v++) {
                ScoringModel.View view = model.views.get(v);
                viewScores.add(new ViewScore(
                        view.code(),
                        view.overall(),
                        views[k][v][0],
                        views[k][v][1],
                        views[k][v][2],
                        ranks[k][v],
                        peers[k][v]));
            }
            out.add(new UnitScore(
                    units.get(k).unit(),
                    units.get(k).peerGroup(),
                    enough[k],
                    List.copyOf(flagged.get(k)),
                    criteria,
                    viewScores));
        }
        return out;
    }

    /** The scored leaves of one unit, by rule or by missing-data policy; relative criteria wait for their peers. */
    private static void leaves(
            ScoringModel model,
            UnitInput unit,
            BigDecimal[] points,
            BigDecimal[] max,
            Basis[] basis,
            List<String> flagged) {
        for (int i = 0; i < model.size(); i++) {
            Criterion c = model.criteria[i];
            if (!model.leaf[i]) {
                continue;
            }
            if (!model.scoredLeaf(i)) {
                points[i] = BigDecimal.ZERO;
                max[i] = BigDecimal.ZERO;
                basis[i] = Basis.UNSCORED;
                continue;
            }
            Value value = unit.values().get(c.id());
            max[i] = c.maxPoints();
            if (value == null || value.missing()) {
                MissingPolicy policy = c.missingPolicy() == null ? MissingPolicy.ZERO : c.missingPolicy();
                points[i] = BigDecimal.ZERO;
                switch (policy) {
                    case ZERO -> basis[i] = Basis.MISSING_ZERO;
                    case EXCLUDE -> {
                        basis[i] = Basis.EXCLUDED;
                        max[i] = BigDecimal.ZERO;
                    }
                    case FLAG -> {
                        basis[i] = Basis.MISSING_FLAGGED;
                        flagged.add(c.code());
                    }
                }
                continue;
            }
            basis[i] = Basis.VALUE;
            if (c.rule() instanceof ScoringRule.Reviewer r) {
                points[i] = reviewer(c, unit.unit(), r, value.reviewerPoints());
            } else if (ScoringModel.relative(c)) {
                if (value.input() == null || value.input().number() == null) {
                    throw new ScoringInputException(c.code(), unit.unit(), "a value relative to peers is a number");
                }
                points[i] = null;
            } else {
                if (value.input() == null) {
                    throw new ScoringInputException(
                            c.code(), unit.unit(), "the rule " + c.rule().type() + " has no value to read");
                }
                points[i] = c.rule()
                        .points(value.input(), c.maxPoints())
                        .orElseThrow(() -> new ScoringInputException(
                                c.code(),
                                unit.unit(),
                                "the value does not fit the rule " + c.rule().type() + " (" + expected(c.rule())
                                        + ")"));
            }
        }
    }

    private static BigDecimal reviewer(Criterion c, String unit, ScoringRule.Reviewer r, BigDecimal given) {
        if (given == null) {
            throw new ScoringInputException(c.code(), unit, "the reviewer has not given points yet");
        }
        if ((r.min() != null && given.compareTo(r.min()) < 0) || (r.max() != null && given.compareTo(r.max()) > 0)) {
            throw new ScoringInputException(
                    c.code(),
                    unit,
                    "the reviewer's points " + given.toPlainString() + " lie outside " + r.min() + "–" + r.max());
        }
        return given;
    }

    private static String expected(ScoringRule rule) {
        return switch (rule.type()) {
            case "YES_NO" -> "yes or no";
            case "RATIO" -> "a numerator and a denominator";
            case "CHOICES" -> "one of its choices";
            default -> "a number";
        };
    }

    /** Criteria scored relative to peers: scaled between the lowest and highest value of each peer group. */
    private static void relativeToPeers(
            ScoringModel model, List<UnitInput> units, BigDecimal[][] points, Basis[][] basis) {
        for (int i = 0; i < model.size(); i++) {
            Criterion c = model.criteria[i];
            if (!model.scoredLeaf(i) || !(c.rule() instanceof ScoringRule.RelativeToPeers rule)) {
                continue;
            }
            Map<String, BigDecimal[]> range = new HashMap<>();
            for (int k = 0; k < units.size(); k++) {
                if (basis[k][i] != Basis.VALUE) {
                    continue;
                }
                BigDecimal v = units.get(k).values().get(c.id()).input().number();
                range.merge(group(units.get(k)), new BigDecimal[] {v, v}, (a, b) ->
                        new BigDecimal[] {a[0].min(b[0]), a[1].max(b[1])});
            }
            for (int k = 0; k < units.size(); k++) {
                if (basis[k][i] != Basis.VALUE) {
                    continue;
                }
                BigDecimal v = units.get(k).values().get(c.id()).input().number();
                BigDecimal[] r = range.get(group(units.get(k)));
                points[k][i] = rule.points(v, r[0], r[1], c.maxPoints());
            }
        }
    }

    private static String group(UnitInput unit) {
        return unit.peerGroup() == null ? "" : unit.peerGroup();
    }

    /**
     * Totals up the tree, children before parents (tree order backwards). A parent's maximum is its own, less what
     * its excluded leaves were worth; its points are its children's, capped at that maximum.
     */
    private static void totals(ScoringModel model, BigDecimal[] points, BigDecimal[] max, Basis[] basis) {
        BigDecimal[] excluded = new BigDecimal[model.size()];
        for (int i = model.size() - 1; i >= 0; i--) {
            if (model.leaf[i]) {
                excluded[i] = basis[i] == Basis.EXCLUDED ? model.criteria[i].maxPoints() : BigDecimal.ZERO;
                continue;
            }
            Criterion c = model.criteria[i];
            BigDecimal sum = BigDecimal.ZERO;
            BigDecimal out = BigDecimal.ZERO;
            for (int k : model.children[i]) {
                sum = sum.add(points[k]);
                out = out.add(excluded[k]);
            }
            excluded[i] = out;
            if (!c.scored()) {
                points[i] = BigDecimal.ZERO;
                max[i] = BigDecimal.ZERO;
                basis[i] = Basis.UNSCORED;
                continue;
            }
            max[i] = c.maxPoints().subtract(out).max(BigDecimal.ZERO);
            points[i] = sum.min(max[i]);
            basis[i] = Basis.TOTAL;
        }
    }

    /** Each view: Σ weight × points, Σ weight × maximum, and the index. */
    private static BigDecimal[][] views(ScoringModel model, BigDecimal[] points, BigDecimal[] max) {
        BigDecimal[][] out = new BigDecimal[model.views.size()][];
        for (int v = 0; v < model.views.size(); v++) {
            ScoringModel.View view = model.views.get(v);
            BigDecimal p = BigDecimal.ZERO;
            BigDecimal m = BigDecimal.ZERO;
            for (int k = 0; k < view.items().length; k++) {
                p = p.add(points[view.items()[k]].multiply(view.weights()[k]));
                m = m.add(max[view.items()[k]].multiply(view.weights()[k]));
            }
            BigDecimal index = m.signum() == 0 ? null : Figures.divide(p, m);
            out[v] = new BigDecimal[] {p.stripTrailingZeros(), m.stripTrailingZeros(), index};
        }
        return out;
    }

    /**
     * Competition ranking in each view within each peer group, among units with enough data and an index: a unit's
     * rank is one more than the number of its peers with a strictly higher index.
     */
    private static Integer[][] ranks(
            ScoringModel model, List<UnitInput> units, BigDecimal[][][] views, boolean[] enough) {
        int u = units.size();
        Integer[][] out = new Integer[u][model.views.size()];
        Map<String, List<Integer>> groups = new HashMap<>();
        for (int k = 0; k < u; k++) {
            if (enough[k]) {
                groups.computeIfAbsent(group(units.get(k)), g -> new ArrayList<>())
                        .add(k);
            }
        }
        for (int v = 0; v < model.views.size(); v++) {
            int view = v;
            for (List<Integer> members : groups.values()) {
                Integer[] ranked = competitionRanks(
                        members.stream().map(k -> views[k][view][2]).toList(), model.ties);
                for (int m = 0; m < members.size(); m++) {
                    out[members.get(m)][view] = ranked[m];
                }
            }
        }
        return out;
    }

    /**
     * Competition ranks of some indices, the highest first: one more than the number strictly higher, so ties share a
     * rank and the next is skipped (1, 2, 2, 4). A missing index has no rank (null).
     */
    public static Integer[] competitionRanks(List<BigDecimal> values, RankTies ties) {
        List<BigDecimal> indices = values.stream().map(v -> rankKey(v, ties)).toList();
        Integer[] order = new Integer[indices.size()];
        int present = 0;
        for (int i = 0; i < indices.size(); i++) {
            if (indices.get(i) != null) {
                order[present++] = i;
            }
        }
        Integer[] ranked = java.util.Arrays.copyOf(order, present);
        java.util.Arrays.sort(ranked, (a, b) -> indices.get(b).compareTo(indices.get(a)));
        Integer[] out = new Integer[indices.size()];
        for (int r = 0; r < ranked.length; r++) {
            int k = ranked[r];
            boolean tie = r > 0 && indices.get(ranked[r - 1]).compareTo(indices.get(k)) == 0;
            out[k] = tie ? out[ranked[r - 1]] : r + 1;
        }
        return out;
    }

    /** What a rank compares: the index unrounded, or as published when the framework ties displayed values. */
    public static BigDecimal rankKey(BigDecimal index, RankTies ties) {
        return ties == RankTies.DISPLAYED ? Figures.index(index) : index;
    }

    private static int[][] peerCounts(
            ScoringModel model, List<UnitInput> units, BigDecimal[][][] views, boolean[] enough) {
        int[][] out = new int[units.size()][model.views.size()];
        for (int v = 0; v < model.views.size(); v++) {
            Map<String, Integer> counts = new HashMap<>();
            for (int k = 0; k < units.size(); k++) {
                if (enough[k] && views[k][v][2] != null) {
                    counts.merge(group(units.get(k)), 1, Integer::sum);
                }
            }
            for (int k = 0; k < units.size(); k++) {
                out[k][v] = counts.getOrDefault(group(units.get(k)), 0);
            }
        }
        return out;
    }
}
