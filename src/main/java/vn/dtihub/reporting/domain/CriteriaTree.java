package vn.dtihub.reporting.domain;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import vn.dtihub.frameworks.Criterion;

/**
 * A framework's criteria as a tree: which criteria are scored leaves (what forms ask for), and the scored leaves
 * under any criterion (a group assigned or asked for stands for them). Pure logic.
 */
record CriteriaTree(List<Criterion> criteria, Map<Long, List<Long>> children, List<Long> scoredLeaves) {

    static CriteriaTree of(List<Criterion> criteria) {
        Map<Long, List<Long>> children = new HashMap<>();
        for (Criterion c : criteria) {
            if (c.parentId() != null) {
                children.computeIfAbsent(c.parentId(), k -> new ArrayList<>()).add(c.id());
            }
        }
        List<Long> leaves = criteria.stream()
                .filter(c -> c.scored() && !children.containsKey(c.id()))
                .map(Criterion::id)
                .toList();
        return new CriteriaTree(criteria, children, leaves);
    }

    boolean contains(long id) {
        return criteria.stream().anyMatch(c -> c.id() == id);
    }

    /** The scored leaves under a criterion (itself, when it is one), in the tree's order. */
    List<Long> leavesUnder(long criterionId) {
        Set<Long> scored = new HashSet<>(scoredLeaves);
        List<Long> out = new ArrayList<>();
        List<Long> stack = new ArrayList<>(List.of(criterionId));
        while (!stack.isEmpty()) {
            long id = stack.remove(stack.size() - 1);
            List<Long> kids = children.get(id);
            if (kids == null) {
                if (scored.contains(id)) {
                    out.add(id);
                }
            } else {
                for (int i = kids.size() - 1; i >= 0; i--) {
                    stack.add(kids.get(i));
                }
            }
        }
        return out;
    }
}
