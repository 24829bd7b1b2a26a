package vn.dtihub.shared;

/** The signed-in user as every module sees it: who, and what they may reach. */
public interface ScopedPrincipal {

    long userId();

    String username();

    Scope scope();

    /** Administrators and standing offices manage units, agencies and users within their scope. */
    boolean administers();

    /** Whether the user may change data within the scope, rather than only read it. */
    boolean writes();
}
