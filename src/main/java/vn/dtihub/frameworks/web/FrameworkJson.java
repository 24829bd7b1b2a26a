package vn.dtihub.frameworks.web;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import vn.dtihub.frameworks.Criterion;
import vn.dtihub.frameworks.CriterionNode;
import vn.dtihub.frameworks.FrameworkDetail;
import vn.dtihub.frameworks.FrameworkSummary;
import vn.dtihub.frameworks.FrameworkView;
import vn.dtihub.frameworks.Problem;
import vn.dtihub.frameworks.ScoringRule;

/** The JSON shapes of the frameworks API. */
final class FrameworkJson {

    private FrameworkJson() {}

    record Summary(
            long id,
            String name,
            String decisionNumber,
            LocalDate decisionDate,
            String issuer,
            List<String> subjects,
            Integer yearFrom,
            Integer yearTo,
            String status,
            boolean sample,
            long familyId,
            Long previousId,
            String versionLabel,
            int version,
            int criteriaCount,
            String rankTies) {
        static Summary of(FrameworkSummary f) {
            return new Summary(
                    f.id(),
                    f.name(),
                    f.decisionNumber(),
                    f.decisionDate(),
                    f.issuerName(),
                    f.subjects().stream().map(Enum::name).toList(),
                    f.yearFrom(),
                    f.yearTo(),
                    f.status().name(),
                    f.sample(),
                    f.familyId(),
                    f.previousId(),
                    f.versionLabel(),
                    f.version(),
                    f.criteriaCount(),
                    f.rankTies().name());
        }
    }

    record Node(
            long id,
            String code,
            String name,
            String description,
            String valueType,
            String unit,
            BigDecimal maxPoints,
            BigDecimal childrenPoints,
            boolean scored,
            ScoringRule rule,
            String ruleExplained,
            boolean evidenceRequired,
            String evidenceKind,
            String dataSource,
            String verifier,
            String missingPolicy,
            String pointsNote,
            String consolidation,
            String consolidationExplained,
            int version,
            List<Node> children) {
        static Node of(CriterionNode n, vn.dtihub.shared.Texts texts) {
            Criterion c = n.criterion();
            return new Node(
                    c.id(),
                    c.code(),
                    c.name(),
                    c.description(),
                    c.valueType() == null ? null : c.valueType().name(),
                    c.unitOfMeasure(),
                    c.maxPoints(),
                    n.leaf() ? null : n.childrenPoints(),
                    c.scored(),
                    c.rule(),
                    texts.of(c.explanation()),
                    c.evidenceRequired(),
                    c.evidenceKind(),
                    c.dataSource(),
                    c.verifier(),
                    c.missingPolicy().name(),
                    c.pointsNote(),
                    c.consolidation() == null ? null : c.consolidation().text(),
                    c.consolidation() == null
                            ? null
                            : texts.of(c.consolidation().explanation()),
                    c.version(),
                    n.children().stream().map(k -> Node.of(k, texts)).toList());
        }
    }

    record View(String code, String name, boolean overall, BigDecimal maxPoints, List<FrameworkView.Item> items) {}

    record Detail(
            Summary framework, BigDecimal totalPoints, List<Node> criteria, List<View> views, List<Problem> problems) {
        static Detail of(FrameworkDetail d, vn.dtihub.shared.Texts texts) {
            var byId = new java.util.HashMap<Long, BigDecimal>();
            d.flatten().forEach(n -> byId.put(n.criterion().id(), n.criterion().maxPoints()));
            List<View> views = d.views().stream()
                    .map(v -> new View(
                            v.code(),
                            v.name(),
                            v.overall(),
                            v.items().stream()
                                    .map(i -> byId.getOrDefault(i.criterionId(), BigDecimal.ZERO)
                                            .multiply(i.weight()))
                                    .reduce(BigDecimal.ZERO, BigDecimal::add),
                            v.items()))
                    .toList();
            return new Detail(
                    Summary.of(d.framework()),
                    d.totalPoints(),
                    d.roots().stream().map(n -> Node.of(n, texts)).toList(),
                    views,
                    d.problems());
        }
    }
}
