package vn.dtihub.frameworks;

import java.math.BigDecimal;

/** Criteria for tests that need one without a database: the fields a test cares about, the rest as a framework has. */
public final class TestCriteria {

    private TestCriteria() {}

    /** A scored criterion of framework 1, with no unit, evidence, source or note, at version 0. */
    public static Criterion of(
            long id,
            Long parentId,
            String code,
            String name,
            String maxPoints,
            ValueType type,
            ScoringRule rule,
            MissingPolicy missing) {
        return of(id, parentId, code, name, maxPoints, type, rule, missing, null, null);
    }

    /** The same with a unit of measure and, when {@code evidenceKind} is given, evidence required of that kind. */
    public static Criterion of(
            long id,
            Long parentId,
            String code,
            String name,
            String maxPoints,
            ValueType type,
            ScoringRule rule,
            MissingPolicy missing,
            String unit,
            String evidenceKind) {
        return new Criterion(
                id,
                1,
                parentId,
                code,
                name,
                null,
                (int) id,
                type,
                unit,
                new BigDecimal(maxPoints),
                true,
                rule,
                evidenceKind != null,
                evidenceKind,
                null,
                null,
                missing,
                null,
                0,
                null);
    }
}
