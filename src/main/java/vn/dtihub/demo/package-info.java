/**
 * The demo data of the embedded demo database, labelled as demo wherever it shows: agencies, assignments, plans and
 * a reporting period drawn from the seed documents. It sits at the top of the module graph and builds everything
 * through the other modules' facades, in one ordered runner ({@link vn.dtihub.demo.DemoData}).
 */
@org.springframework.modulith.ApplicationModule(
        displayName = "Demo data",
        allowedDependencies = {"shared", "units", "frameworks", "plans", "reporting", "scoring"})
package vn.dtihub.demo;
