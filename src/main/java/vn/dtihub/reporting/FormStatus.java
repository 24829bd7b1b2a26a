package vn.dtihub.reporting;

/** Where a form stands: being filled, signed off by the unit's head, being appraised, sent back, or approved (locked). */
public enum FormStatus {
    DRAFT,
    SUBMITTED,
    UNDER_REVIEW,
    RETURNED,
    APPROVED;

    /** Whether the unit may still change its values. */
    public boolean editableByUnit() {
        return this == DRAFT || this == RETURNED;
    }

    /** Whether the standing office is appraising it (and may correct a value, with a reason). */
    public boolean inReview() {
        return this == SUBMITTED || this == UNDER_REVIEW;
    }
}
