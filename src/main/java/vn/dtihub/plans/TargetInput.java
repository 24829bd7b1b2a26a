package vn.dtihub.plans;

import java.math.BigDecimal;

/** A target as a user writes it. */
public record TargetInput(
        String statement,
        String area,
        String unitOfMeasure,
        BigDecimal baseline,
        BigDecimal goal,
        Integer goalYear,
        Boolean yesNo,
        Long leadAgencyId) {}
