/**
 * The few value types and web helpers every module uses: the caller's scope, Vietnamese text folding, the
 * audit-trail port, not-found errors. It also starts the embedded PostgreSQL when no external database is set.
 */
@org.springframework.modulith.ApplicationModule(
        displayName = "Shared",
        allowedDependencies = {})
package vn.dtihub.shared;
