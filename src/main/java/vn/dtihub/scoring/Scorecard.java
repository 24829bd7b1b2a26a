package vn.dtihub.scoring;

import java.util.List;
import vn.dtihub.reporting.PeriodSummary;

/**
 * A unit's scorecard: its result, each criterion of the framework in tree order, and its result in the same period
 * a year earlier (null when there is none) for comparison.
 */
public record Scorecard(
        PeriodSummary period, ScoreRun run, UnitResult unit, List<CriterionResult> criteria, UnitResult lastYear) {}
