/**
 * What the scores are read as beyond their tables: dashboards and maps for the offices, and, for everyone, the public
 * results page and the open data of the results a standing office published.
 */
@org.springframework.modulith.ApplicationModule(
        displayName = "Insights",
        allowedDependencies = {"plans", "reporting", "scoring", "shared", "units"})
package vn.dtihub.insights;
