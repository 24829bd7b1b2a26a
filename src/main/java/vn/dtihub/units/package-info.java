/**
 * The administrative units of Vietnam in both structures (three levels before 1 July 2025, two after), the
 * lineage of the 2025 reorganisation between them, and the agencies (departments, offices, enterprises) that
 * sit under a unit. Units are reference data every signed-in user may browse; agencies are changed only within
 * the caller's scope.
 */
@org.springframework.modulith.ApplicationModule(
        displayName = "Administrative units",
        allowedDependencies = {"shared"})
package vn.dtihub.units;
