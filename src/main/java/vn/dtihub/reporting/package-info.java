/**
 * The reporting cycle (kỳ báo cáo): periods a standing office opens over its scope for a published framework, the
 * form each unit or agency fills in with its values, the review and approval of those forms, and their completeness.
 */
@org.springframework.modulith.ApplicationModule(
        displayName = "Reporting",
        allowedDependencies = {"documents", "frameworks", "shared", "units"})
package vn.dtihub.reporting;
