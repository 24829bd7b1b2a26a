package vn.dtihub.frameworks;

import java.math.BigDecimal;
import java.util.List;

/** A criterion with its children, and the sum of their maximum points. */
public record CriterionNode(Criterion criterion, int depth, List<CriterionNode> children) {

    public boolean leaf() {
        return children.isEmpty();
    }

    public BigDecimal childrenPoints() {
        return children.stream()
                .filter(c -> c.criterion().scored())
                .map(c -> c.criterion().maxPoints())
                .reduce(BigDecimal.ZERO, BigDecimal::add);
    }
}
