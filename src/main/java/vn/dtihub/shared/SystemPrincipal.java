package vn.dtihub.shared;

import java.util.List;

/**
 * The start-up's own identity, for loading demo data through the modules' facades like a user would: seated in a
 * unit as its standing office, or in an agency as its reporter.
 */
public record SystemPrincipal(String seatPath, Long agency, String username) implements ScopedPrincipal {

    public static SystemPrincipal office(String seatPath) {
        return new SystemPrincipal(seatPath, null, "system");
    }

    public static SystemPrincipal agency(String seatPath, long agency) {
        return new SystemPrincipal(seatPath, agency, "system");
    }

    /** The same seat, acting under the name its history and audit show (a demo account's, say). */
    public SystemPrincipal as(String name) {
        return new SystemPrincipal(seatPath, agency, name);
    }

    @Override
    public long userId() {
        return 0;
    }

    @Override
    public Scope scope() {
        return agency == null ? Scope.everything() : new Scope(false, List.of(seatPath), true, agency);
    }

    @Override
    public boolean administers() {
        return agency == null;
    }

    @Override
    public boolean writes() {
        return true;
    }
}
