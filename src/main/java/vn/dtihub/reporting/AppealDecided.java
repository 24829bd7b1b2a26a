package vn.dtihub.reporting;

/** The standing office answered a unit's appeal against a published score: accepted (values corrected) or not. */
public record AppealDecided(
        long appealId, long formId, long periodId, String criterionCode, boolean accepted, String answer, String by) {}
