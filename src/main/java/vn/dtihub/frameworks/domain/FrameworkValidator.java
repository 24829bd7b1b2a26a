package vn.dtihub.frameworks.domain;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import vn.dtihub.frameworks.Criterion;
import vn.dtihub.frameworks.CriterionNode;
import vn.dtihub.frameworks.FrameworkView;
import vn.dtihub.frameworks.Problem;
import vn.dtihub.frameworks.ScoringRule;

/**
 * The checks a user sees while editing: children's points adding up to their parent's (or the difference
 * explained), a rule on every scored leaf and valid rule parameters, consistent views. Pure logic.
 */
public final class FrameworkValidator {

    private FrameworkValidator() {}

    public static List<Problem> check(List<CriterionNode> roots, List<FrameworkView> views) {
        List<Problem> problems = new ArrayList<>();
        Map<Long, CriterionNode> byId = new HashMap<>();
        Map<Long, Long> parents = new HashMap<>();
        for (CriterionNode root : roots) {
            visit(root, problems, byId, parents);
        }
        if (roots.isEmpty()) {
            problems.add(new Problem(null, "framework.problem.empty", "", true));
        }
        checkViews(views, byId, parents, problems);
        checkWeights(byId.values(), problems);
        return problems;
    }

    /** A weighted consolidation names a numeric criterion of the framework, other than itself. */
    private static void checkWeights(java.util.Collection<CriterionNode> nodes, List<Problem> problems) {
        Map<String, Criterion> byCode = new HashMap<>();
        nodes.forEach(n -> byCode.put(n.criterion().code(), n.criterion()));
        for (CriterionNode n : nodes) {
            Criterion c = n.criterion();
            if (c.consolidation() == null || c.consolidation().weightCode() == null) {
                continue;
            }
            Criterion weight = byCode.get(c.consolidation().weightCode());
            if (weight == null
                    || weight.id() == c.id()
                    || (weight.valueType() != vn.dtihub.frameworks.ValueType.NUMBER
                            && weight.valueType() != vn.dtihub.frameworks.ValueType.COUNT)) {
                problems.add(new Problem(
                        c.code(),
                        "framework.problem.consolidationWeight",
                        c.consolidation().weightCode(),
                        true));
            }
        }
    }

    private static void visit(
            CriterionNode node, List<Problem> problems, Map<Long, CriterionNode> byId, Map<Long, Long> parents) {
        Criterion c = node.criterion();
        byId.put(c.id(), node);
        node.children().forEach(child -> parents.put(child.criterion().id(), c.id()));
        if (c.maxPoints().signum() < 0) {
            problems.add(new Problem(c.code(), "framework.problem.negativePoints", c.code(), true));
        }
        if (node.leaf()) {
            if (c.scored() && c.maxPoints().signum() > 0 && c.rule() == null) {
                problems.add(new Problem(c.code(), "framework.problem.noRule", c.code(), true));
            }
            if (c.scored() && c.rule() != null) {
                for (String p : c.rule().problems(c.maxPoints())) {
                    problems.add(new Problem(c.code(), "framework.problem.ruleParameters", p, true));
                }
            }
            if (c.scored() && c.valueType() == null) {
                problems.add(new Problem(c.code(), "framework.problem.noValueType", c.code(), true));
            }
        } else {
            BigDecimal sum = node.childrenPoints();
            if (c.scored()
                    && sum.compareTo(c.maxPoints()) != 0
                    && (c.pointsNote() == null || c.pointsNote().isBlank())) {
                problems.add(new Problem(
                        c.code(),
                        "framework.problem.pointsMismatch",
                        ScoringRule.formatNumber(sum) + " ≠ " + ScoringRule.formatNumber(c.maxPoints()),
                        true));
            }
        }
        node.children().forEach(child -> visit(child, problems, byId, parents));
    }

    private static void checkViews(
            List<FrameworkView> views, Map<Long, CriterionNode> byId, Map<Long, Long> parents, List<Problem> problems) {
        long overall = views.stream().filter(FrameworkView::overall).count();
        if (!views.isEmpty() && overall != 1) {
            problems.add(new Problem(null, "framework.problem.oneOverallView", String.valueOf(overall), true));
        }
        for (FrameworkView view : views) {
            if (view.items().isEmpty()) {
                problems.add(new Problem(view.code(), "framework.problem.emptyView", view.code(), true));
            }
            Set<Long> members = new HashSet<>();
            view.items().forEach(i -> members.add(i.criterionId()));
            for (FrameworkView.Item item : view.items()) {
                if (item.weight() == null || item.weight().signum() <= 0) {
                    problems.add(new Problem(view.code(), "framework.problem.viewWeight", item.criterionCode(), true));
                }
                if (!byId.containsKey(item.criterionId())) {
                    problems.add(new Problem(
                            view.code(), "framework.problem.viewUnknownCriterion", item.criterionCode(), true));
                }
                for (Long up = parents.get(item.criterionId()); up != null; up = parents.get(up)) {
                    if (members.contains(up)) {
                        problems.add(new Problem(
                                view.code(),
                                "framework.problem.viewCountsTwice",
                                item.criterionCode() + " ⊂ "
                                        + byId.get(up).criterion().code(),
                                true));
                    }
                }
            }
        }
    }
}
