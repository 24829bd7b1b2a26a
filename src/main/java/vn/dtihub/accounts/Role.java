package vn.dtihub.accounts;

/**
 * ADMIN runs the whole system; STANDING_OFFICE is a unit's DX office and manages its subtree; REPORTER enters
 * data for its own unit or agency; APPROVER (the head) signs it off; VIEWER reads within its subtree.
 */
public enum Role {
    ADMIN,
    STANDING_OFFICE,
    REPORTER,
    APPROVER,
    VIEWER;

    public boolean administers() {
        return this == ADMIN || this == STANDING_OFFICE;
    }

    /** Standing offices and viewers cover their unit's subtree; reporters and approvers only their own seat. */
    public boolean coversSubtree() {
        return this == ADMIN || this == STANDING_OFFICE || this == VIEWER;
    }

    public String authority() {
        return "ROLE_" + name();
    }
}
