/**
 * Index frameworks (Bộ chỉ số) and their versions: the criteria tree with scoring rules, the pillar views, the
 * crosswalk between versions, and the assignment of criteria to the agencies and units that lead, coordinate,
 * supply or verify them. Scoring rules are plain Java here so that the scoring engine can apply them.
 */
@org.springframework.modulith.ApplicationModule(
        displayName = "Index frameworks",
        allowedDependencies = {"documents", "shared", "units"})
package vn.dtihub.frameworks;
