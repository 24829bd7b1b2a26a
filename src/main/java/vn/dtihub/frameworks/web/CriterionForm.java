package vn.dtihub.frameworks.web;

import java.io.Serializable;
import vn.dtihub.frameworks.Criterion;
import vn.dtihub.frameworks.MissingPolicy;
import vn.dtihub.frameworks.ValueType;
import vn.dtihub.frameworks.domain.CriterionInput;
import vn.dtihub.frameworks.domain.RuleText;
import vn.dtihub.shared.InvalidInputException;

/** The criterion form of the pages: numbers as typed (a decimal comma is fine), the rule as a type and parameters. */
record CriterionForm(
        String code,
        String name,
        String description,
        ValueType valueType,
        String unitOfMeasure,
        String maxPoints,
        Boolean scored,
        String ruleType,
        String ruleParameters,
        Boolean evidenceRequired,
        String evidenceKind,
        String dataSource,
        String verifier,
        MissingPolicy missingPolicy,
        String pointsNote,
        String consolidation,
        Integer version,
        String parentCode)
        implements Serializable {

    static CriterionForm empty() {
        return new CriterionForm(
                null,
                null,
                null,
                null,
                null,
                "0",
                true,
                null,
                null,
                false,
                null,
                null,
                null,
                MissingPolicy.ZERO,
                null,
                "",
                0,
                null);
    }

    static CriterionForm of(Criterion c, String parentCode) {
        return new CriterionForm(
                c.code(),
                c.name(),
                c.description(),
                c.valueType(),
                c.unitOfMeasure(),
                c.maxPoints() == null
                        ? "0"
                        : c.maxPoints().stripTrailingZeros().toPlainString().replace('.', ','),
                c.scored(),
                c.rule() == null ? null : c.rule().type(),
                RuleText.parameters(c.rule()),
                c.evidenceRequired(),
                c.evidenceKind(),
                c.dataSource(),
                c.verifier(),
                c.missingPolicy(),
                c.pointsNote(),
                c.consolidation() == null ? "" : c.consolidation().text(),
                c.version(),
                parentCode);
    }

    /** The input, with empty texts meaning "none" (a form always sends every field). */
    CriterionInput input() {
        var points = maxPoints == null || maxPoints.isBlank() ? java.math.BigDecimal.ZERO : parse(maxPoints);
        vn.dtihub.frameworks.ScoringRule rule;
        try {
            rule = RuleText.parse(ruleType, ruleParameters);
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException("rule", "framework.ruleInvalid", e.getMessage());
        }
        return new CriterionInput(
                code,
                name,
                text(description),
                valueType,
                text(unitOfMeasure),
                points,
                scored == null || scored,
                rule,
                Boolean.TRUE.equals(evidenceRequired),
                text(evidenceKind),
                text(dataSource),
                text(verifier),
                missingPolicy == null ? MissingPolicy.ZERO : missingPolicy,
                text(pointsNote),
                consolidation == null ? "" : consolidation);
    }

    private static java.math.BigDecimal parse(String value) {
        try {
            return RuleText.number(value, "maxPoints");
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException("maxPoints", "framework.pointsNotNumber", e.getMessage());
        }
    }

    private static String text(String value) {
        return value == null ? "" : value;
    }
}
