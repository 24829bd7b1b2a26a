package vn.dtihub.scoring;

import java.math.BigDecimal;
import vn.dtihub.frameworks.Criterion;
import vn.dtihub.reporting.ApprovedEvidence;
import vn.dtihub.scoring.domain.ScoringEngine;

/** One criterion on a scorecard: its points and maximum, how they came about, and last period's points. */
public record CriterionResult(
        Criterion criterion,
        int depth,
        String value,
        BigDecimal points,
        BigDecimal max,
        ScoringEngine.Basis basis,
        BigDecimal previousPoints,
        BigDecimal lastYearPoints,
        ApprovedEvidence evidence,
        BigDecimal percent) {}
