package vn.dtihub.frameworks.domain;

import java.math.BigDecimal;
import vn.dtihub.frameworks.MissingPolicy;
import vn.dtihub.frameworks.ScoringRule;
import vn.dtihub.frameworks.ValueType;

/** The editable content of a criterion, validated and normalised. */
public record CriterionData(
        String code,
        String name,
        String description,
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
        vn.dtihub.frameworks.Consolidation consolidation) {}
