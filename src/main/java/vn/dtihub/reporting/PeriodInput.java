package vn.dtihub.reporting;

import java.time.LocalDate;

/**
 * What a standing office gives to open a period; dates left out are prefilled as the plans write them. An ad hoc
 * request ("cung cấp thông tin khi có yêu cầu") names the agencies asked and the criteria they are asked for.
 */
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
        LocalDate dueProvince,
        java.util.List<Long> agencyIds,
        java.util.List<Long> criterionIds) {}
