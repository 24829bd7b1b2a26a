package vn.dtihub.plans;

/** What the lead reports; lateness is computed from the deadline, not stored. */
public enum TaskStatus {
    NOT_STARTED,
    IN_PROGRESS,
    DONE,
    CANCELLED
}
