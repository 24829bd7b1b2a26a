package vn.dtihub.plans;

/** A draft is edited freely; an issued plan's text is frozen and later changes are amendments. */
public enum PlanStatus {
    DRAFT,
    ISSUED,
    SUPERSEDED
}
