package vn.dtihub.shared;

/** A principal for calling facades directly in tests (fixtures, setup). */
public record TestPrincipal(
        long userId, String username, Scope scope, boolean administers, boolean writes, String seatPath)
        implements ScopedPrincipal {

    public static TestPrincipal admin() {
        return new TestPrincipal(0, "test-admin", Scope.everything(), true, true, null);
    }
}
