package vn.dtihub.reporting;

/** Quý, 6 tháng, 9 tháng, năm, or a request outside the cycle. */
public enum PeriodKind {
    QUARTER,
    HALF_YEAR,
    NINE_MONTHS,
    YEAR,
    AD_HOC
}
