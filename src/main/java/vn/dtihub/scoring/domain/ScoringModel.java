package vn.dtihub.scoring.domain;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import vn.dtihub.frameworks.Criterion;
import vn.dtihub.frameworks.FrameworkView;
import vn.dtihub.frameworks.RankTies;
import vn.dtihub.frameworks.ScoringRule;

/**
 * A framework version made ready for scoring, once for any number of units: its criteria in tree order with their
 * parents and children as array indices, its scored leaves, and its views as weights over criteria. Compiling checks
 * what would make a score wrong rather than merely incomplete, and refuses it naming the criterion: a scored leaf
 * without a rule or with inconsistent parameters, a view on a criterion the framework does not have, a parent cycle.
 */
public final class ScoringModel {

    /** A view compiled: the criteria it weighs (indices) and their weights. */
    record View(String code, String name, boolean overall, int[] items, BigDecimal[] weights) {}

    final Criterion[] criteria;
    final int[] parent;
    final int[][] children;
    final boolean[] leaf;
    final List<View> views;
    final RankTies ties;
    private final Map<Long, Integer> index;

    private ScoringModel(
            Criterion[] criteria,
            int[] parent,
            int[][] children,
            boolean[] leaf,
            List<View> views,
            RankTies ties,
            Map<Long, Integer> index) {
        this.criteria = criteria;
        this.parent = parent;
        this.children = children;
        this.leaf = leaf;
        this.views = views;
        this.ties = ties;
        this.index = index;
    }

    /** A framework whose units tie when their indices are equal at full precision. */
    public static ScoringModel of(List<Criterion> criteria, List<FrameworkView> views) {
        return of(criteria, views, RankTies.UNROUNDED);
    }

    public static ScoringModel of(List<Criterion> criteria, List<FrameworkView> views, RankTies ties) {
        Map<Long, Integer> byId = new HashMap<>();
        for (Criterion c : criteria) {
            byId.put(c.id(), byId.size());
        }
        // Tree order: roots first as given, each followed by its subtree (parents before children, for the totals).
        Map<Long, List<Criterion>> kids = new HashMap<>();
        List<Criterion> roots = new ArrayList<>();
        for (Criterion c : criteria) {
            if (c.parentId() == null) {
                roots.add(c);
            } else if (!byId.containsKey(c.parentId())) {
                throw new ScoringInputException(c.code(), null, "its parent is not in the framework");
            } else {
                kids.computeIfAbsent(c.parentId(), k -> new ArrayList<>()).add(c);
            }
        }
        List<Criterion> ordered = new ArrayList<>(criteria.size());
        for (Criterion root : roots) {
            walk(root, kids, ordered);
        }
        if (ordered.size() != criteria.size()) {
            throw new ScoringInputException(null, null, "the criteria's parents form a cycle");
        }
        int n = ordered.size();
        Criterion[] array = ordered.toArray(Criterion[]::new);
        Map<Long, Integer> index = new HashMap<>();
        for (int i = 0; i < n; i++) {
            index.put(array[i].id(), i);
        }
        int[] parent = new int[n];
        List<List<Integer>> childLists = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            childLists.add(new ArrayList<>());
        }
        for (int i = 0; i < n; i++) {
            Long p = array[i].parentId();
            parent[i] = p == null ? -1 : index.get(p);
            if (p != null) {
                childLists.get(parent[i]).add(i);
            }
        }
        int[][] children = new int[n][];
        boolean[] leaf = new boolean[n];
        for (int i = 0; i < n; i++) {
            children[i] = childLists.get(i).stream().mapToInt(Integer::intValue).toArray();
            leaf[i] = children[i].length == 0;
            Criterion c = array[i];
            if (leaf[i] && c.scored() && c.maxPoints().signum() > 0) {
                if (c.rule() == null) {
                    throw new ScoringInputException(c.code(), null, "a scored criterion needs a rule");
                }
                List<String> problems = c.rule().problems(c.maxPoints());
                if (!problems.isEmpty()) {
                    throw new ScoringInputException(c.code(), null, String.join("; ", problems));
                }
            }
        }
        List<View> compiled = new ArrayList<>();
        for (FrameworkView v : views) {
            int[] items = new int[v.items().size()];
            BigDecimal[] weights = new BigDecimal[items.length];
            for (int k = 0; k < items.length; k++) {
                FrameworkView.Item item = v.items().get(k);
                Integer at = index.get(item.criterionId());
                if (at == null) {
                    throw new ScoringInputException(
                            v.code(),
                            null,
                            "the view weighs criterion " + item.criterionCode() + " (" + item.criterionId()
                                    + "), which is not in the framework");
                }
                if (item.weight() == null || item.weight().signum() < 0) {
                    throw new ScoringInputException(
                            v.code(), null, "the weight of " + item.criterionCode() + " must not be negative");
                }
                items[k] = at;
                weights[k] = item.weight();
            }
            compiled.add(new View(v.code(), v.name(), v.overall(), items, weights));
        }
        return new ScoringModel(
                array, parent, children, leaf, List.copyOf(compiled), ties == null ? RankTies.UNROUNDED : ties, index);
    }

    /** A node in a parent cycle is never reached from a root (its parents never end), so walking cannot loop. */
    private static void walk(Criterion c, Map<Long, List<Criterion>> kids, List<Criterion> out) {
        out.add(c);
        for (Criterion k : kids.getOrDefault(c.id(), List.of())) {
            walk(k, kids, out);
        }
    }

    /** The position of a criterion in tree order, or -1. */
    int indexOf(long criterionId) {
        Integer i = index.get(criterionId);
        return i == null ? -1 : i;
    }

    int size() {
        return criteria.length;
    }

    /** Whether a criterion earns points of its own: a scored leaf worth something. */
    boolean scoredLeaf(int i) {
        Criterion c = criteria[i];
        return leaf[i] && c.scored() && c.maxPoints().signum() > 0;
    }

    static boolean relative(Criterion c) {
        return c.rule() instanceof ScoringRule.RelativeToPeers;
    }

    public List<Criterion> criteria() {
        return List.of(criteria);
    }
}
