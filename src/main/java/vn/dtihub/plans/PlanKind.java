package vn.dtihub.plans;

/** Yearly DX plan, action plan to a horizon, steering-committee activity plan, inspection plan, other. */
public enum PlanKind {
    YEARLY,
    ACTION,
    STEERING,
    INSPECTION,
    OTHER
}
