package vn.dtihub.reporting;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import vn.dtihub.frameworks.ScoringRule;

/**
 * What a period's scores are computed from: every unit the period scores (those with a form of their own) and the
 * values of its approved forms (its own and its agencies'), with the reviewers' points.
 */
public record ScoringInput(PeriodSummary period, List<Subject> subjects) {

    public record Subject(long unitId, String path, String name, String level, Map<Long, Value> values) {}

    /** A value as the rules read it, or the reviewer's points for a reviewer-scored criterion. */
    public record Value(ScoringRule.RuleInput input, BigDecimal reviewerPoints) {}
}
