package vn.dtihub.frameworks.domain;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import vn.dtihub.frameworks.Consolidation;
import vn.dtihub.frameworks.MissingPolicy;
import vn.dtihub.frameworks.RankTies;
import vn.dtihub.frameworks.ScoringRule;
import vn.dtihub.frameworks.Subject;
import vn.dtihub.frameworks.ValueType;

/**
 * A framework in the exchange format (JSON between provinces; the xlsx template has the same columns): its header,
 * one row per criterion naming its parent by code, and the views as weights by criterion code. {@code rankTies} may be
 * left out (ties at full precision).
 */
public record FrameworkDocument(
        String format,
        String name,
        String description,
        String decisionNumber,
        LocalDate decisionDate,
        String issuer,
        List<Subject> subjects,
        Integer yearFrom,
        Integer yearTo,
        Boolean sample,
        String versionLabel,
        List<Row> criteria,
        List<ViewRow> views,
        RankTies rankTies) {

    public static final String FORMAT = "dtihub-framework/1";

    public record Row(
            String code,
            String parentCode,
            String name,
            String description,
            ValueType valueType,
            String unit,
            BigDecimal maxPoints,
            Boolean scored,
            ScoringRule rule,
            Boolean evidenceRequired,
            String evidenceKind,
            String dataSource,
            String verifier,
            MissingPolicy missingPolicy,
            String pointsNote,
            Consolidation consolidation) {}

    public record ViewRow(String code, String name, Boolean overall, Map<String, BigDecimal> weights) {}
}
