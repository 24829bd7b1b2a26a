package vn.dtihub.reporting;

import java.time.LocalDate;

/** What a standing office gives to open a period; dates left out are prefilled as the plans write them. */
public record PeriodInput(
        Long frameworkId,
        PeriodKind kind,
        Integer year,
        Integer quarter,
        String title,
        LocalDate coversFrom,
        LocalDate coversTo,
        LocalDate dueCommune,
        LocalDate dueDistrict,
        LocalDate dueProvince) {}
