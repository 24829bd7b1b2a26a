/**
 * Scores (chấm điểm): the engine that turns a framework version and the values of a set of units into points, totals
 * up the tree, every view as points and as a 0–1 index, and ranks among peers; and what leaders read from it.
 */
@org.springframework.modulith.ApplicationModule(
        displayName = "Scoring",
        allowedDependencies = {"documents", "frameworks", "plans", "reporting", "shared", "units"})
package vn.dtihub.scoring;
