/**
 * Users, their roles and the scope each role gives over the unit tree, sign-in (form and bearer token) with
 * brute-force throttling, sessions, and the append-only audit log. Every other module asks this one, through the
 * signed-in principal, who is calling and what they may reach.
 */
@org.springframework.modulith.ApplicationModule(
        displayName = "Accounts and access",
        allowedDependencies = {"shared", "units"})
package vn.dtihub.accounts;
