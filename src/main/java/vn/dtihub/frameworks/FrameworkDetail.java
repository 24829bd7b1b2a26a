package vn.dtihub.frameworks;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** A framework with its tree, views and current problems. */
public record FrameworkDetail(
        FrameworkSummary framework, List<CriterionNode> roots, List<FrameworkView> views, List<Problem> problems) {

    public BigDecimal totalPoints() {
        return roots.stream()
                .filter(n -> n.criterion().scored())
                .map(n -> n.criterion().maxPoints())
                .reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    /** Every node, depth first, in the order of the tree. */
    public List<CriterionNode> flatten() {
        return flatten(roots);
    }

    static List<CriterionNode> flatten(List<CriterionNode> roots) {
        List<CriterionNode> out = new ArrayList<>();
        roots.forEach(r -> collect(r, out));
        return out;
    }

    private static void collect(CriterionNode node, List<CriterionNode> out) {
        out.add(node);
        node.children().forEach(c -> collect(c, out));
    }

    public Optional<CriterionNode> node(String code) {
        return flatten().stream().filter(n -> n.criterion().code().equals(code)).findFirst();
    }

    public List<Problem> problemsOf(String code) {
        return problems.stream().filter(p -> code.equals(p.code())).toList();
    }

    public boolean publishable() {
        return problems.stream().noneMatch(Problem::blocking);
    }
}
