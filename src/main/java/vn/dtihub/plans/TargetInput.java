package vn.dtihub.plans;

import java.math.BigDecimal;
import java.util.List;

/**
 * A target as a user writes it: the statement, its area, the quantity's unit, the baseline, the main goal and its year,
 * the lead and the coordinating agencies, a remark, the framework criterion it moves, and the values to reach by other years ("80% in 2024, 100% in 2025").
 */
public record TargetInput(
        String statement,
        String area,
        String unitOfMeasure,
        BigDecimal baseline,
        BigDecimal goal,
        Integer goalYear,
        Boolean yesNo,
        Long leadAgencyId,
        String coordinators,
        String note,
        Long criterionId,
        List<TargetHorizon> horizons) {}
