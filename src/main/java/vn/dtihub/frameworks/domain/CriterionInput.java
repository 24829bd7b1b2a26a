package vn.dtihub.frameworks.domain;

import java.math.BigDecimal;
import vn.dtihub.frameworks.Consolidation;
import vn.dtihub.frameworks.MissingPolicy;
import vn.dtihub.frameworks.ScoringRule;
import vn.dtihub.frameworks.ValueType;

/**
 * What a user sets on a criterion (pages and API alike); null fields of an update keep their value. The consolidation
 * is its short text ({@link Consolidation#parse}); blank removes it.
 */
public record CriterionInput(
        String code,
        String name,
        String description,
        ValueType valueType,
        String unitOfMeasure,
        BigDecimal maxPoints,
        Boolean scored,
        ScoringRule rule,
        Boolean evidenceRequired,
        String evidenceKind,
        String dataSource,
        String verifier,
        MissingPolicy missingPolicy,
        String pointsNote,
        String consolidation) {}
