package vn.dtihub.frameworks;

import java.math.BigDecimal;

/** One node of a framework's tree: a part, a section, or a scored leaf with its rule. */
public record Criterion(
        long id,
        long frameworkId,
        Long parentId,
        String code,
        String name,
        String description,
        int position,
        ValueType valueType,
        String unitOfMeasure,
        BigDecimal maxPoints,
        boolean scored,
        ScoringRule rule,
        boolean evidenceRequired,
        String evidenceKind,
        String dataSource,
        String verifier,
        MissingPolicy missingPolicy,
        String pointsNote,
        int version,
        Consolidation consolidation) {

    /** The rule's one-line explanation as a message key, or null when there is no rule. */
    public org.springframework.context.MessageSourceResolvable explanation() {
        return rule == null ? null : rule.explanation(maxPoints);
    }
}
