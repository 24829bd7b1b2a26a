package vn.dtihub.frameworks.domain;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vn.dtihub.frameworks.Consolidation;
import vn.dtihub.frameworks.Criterion;
import vn.dtihub.frameworks.MissingPolicy;
import vn.dtihub.frameworks.ScoringRule;
import vn.dtihub.frameworks.ValueType;
import vn.dtihub.shared.InvalidInputException;
import vn.dtihub.shared.VietnameseText;

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
        Consolidation consolidation) {

    /** Validates and normalises a criterion input; an update keeps what the input leaves null. */
    public static CriterionData from(CriterionInput in, Criterion before) {
        if (in == null) {
            return new CriterionData(
                    before.code(),
                    before.name(),
                    before.description(),
                    before.valueType(),
                    before.unitOfMeasure(),
                    before.maxPoints(),
                    before.scored(),
                    before.rule(),
                    before.evidenceRequired(),
                    before.evidenceKind(),
                    before.dataSource(),
                    before.verifier(),
                    before.missingPolicy(),
                    before.pointsNote(),
                    before.consolidation());
        }
        String code = pick(VietnameseText.nfc(in.code()), before == null ? null : before.code());
        if (code == null || code.isEmpty()) {
            throw new InvalidInputException("code", "validation.required", "The code is required");
        }
        if (code.length() > 40 || !code.matches("[\\p{L}\\p{N}._\\-]+")) {
            throw new InvalidInputException(
                    "code", "framework.codeInvalid", "Codes use letters, digits, dots, hyphens");
        }
        String name = pick(VietnameseText.nfc(in.name()), before == null ? null : before.name());
        if (name == null || name.isEmpty()) {
            throw new InvalidInputException("name", "validation.required", "The name is required");
        }
        if (name.length() > 1000) {
            throw new InvalidInputException("name", "validation.tooLong", "The name is too long");
        }
        BigDecimal max =
                in.maxPoints() != null ? in.maxPoints() : before == null ? BigDecimal.ZERO : before.maxPoints();
        if (max.signum() < 0 || max.compareTo(new BigDecimal("100000")) > 0) {
            throw new InvalidInputException("maxPoints", "framework.pointsRange", "Points lie between 0 and 100000");
        }
        boolean scored = in.scored() != null ? in.scored() : before == null || before.scored();
        ScoringRule rule = in.rule() != null ? in.rule() : before == null ? null : before.rule();
        if (rule != null && scored) {
            List<String> problems = rule.problems(max);
            if (!problems.isEmpty()) {
                throw new InvalidInputException("rule", "framework.ruleInvalid", String.join("; ", problems));
            }
        }
        ValueType type = in.valueType() != null ? in.valueType() : before == null ? null : before.valueType();
        Consolidation consolidation = consolidation(in.consolidation(), before, type);
        return new CriterionData(
                code,
                name,
                pick(VietnameseText.nfc(in.description()), before == null ? null : before.description()),
                type,
                pick(VietnameseText.nfc(in.unitOfMeasure()), before == null ? null : before.unitOfMeasure()),
                max.setScale(2, java.math.RoundingMode.HALF_UP),
                scored,
                rule,
                in.evidenceRequired() != null ? in.evidenceRequired() : before != null && before.evidenceRequired(),
                pick(VietnameseText.nfc(in.evidenceKind()), before == null ? null : before.evidenceKind()),
                pick(VietnameseText.nfc(in.dataSource()), before == null ? null : before.dataSource()),
                pick(VietnameseText.nfc(in.verifier()), before == null ? null : before.verifier()),
                in.missingPolicy() != null
                        ? in.missingPolicy()
                        : before == null ? MissingPolicy.ZERO : before.missingPolicy(),
                pick(VietnameseText.nfc(in.pointsNote()), before == null ? null : before.pointsNote()),
                consolidation);
    }

    /** The consolidation asked for (blank: none; null: as it was), refused naming the field when it does not fit. */
    private static Consolidation consolidation(String text, Criterion before, ValueType type) {
        Consolidation out;
        try {
            out = text == null ? (before == null ? null : before.consolidation()) : Consolidation.parse(text);
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException("consolidation", "framework.consolidationInvalid", e.getMessage());
        }
        if (out != null && !out.problems(type).isEmpty()) {
            throw new InvalidInputException(
                    "consolidation", "framework.consolidationInvalid", String.join("; ", out.problems(type)));
        }
        return out;
    }

    private static String pick(String value, String fallback) {
        return value != null ? (value.isEmpty() ? null : value) : fallback;
    }

    /** What the audit log records of a criterion's content. */
    public static Map<String, Object> describe(CriterionData d) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("code", d.code());
        out.put("name", d.name());
        out.put("maxPoints", d.maxPoints());
        out.put("rule", d.rule() == null ? null : d.rule().type());
        out.put("valueType", d.valueType() == null ? null : d.valueType().name());
        return out;
    }
}
