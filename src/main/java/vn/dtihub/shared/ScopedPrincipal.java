package vn.dtihub.shared;

/** The signed-in user as every module sees it: who, and what they may reach. */
public interface ScopedPrincipal {

    long userId();

    String username();

    Scope scope();

    /** The path of the unit the user sits in (its own, or its agency's unit); null for a seatless administrator. */
    String seatPath();

    /** The agency the user sits in, whatever their role; null when they sit in a unit. */
    default Long seatAgencyId() {
        return scope().agencyId();
    }

    /** Administrators and standing offices manage units, agencies and users within their scope. */
    boolean administers();

    /** Whether the user may change data within the scope, rather than only read it. */
    boolean writes();

    /** Whether the user signs off (ký duyệt) their seat's reports: its approver (the head) or its standing office. */
    default boolean signsOff() {
        return administers();
    }
}
