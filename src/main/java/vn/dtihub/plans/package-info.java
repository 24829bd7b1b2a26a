/**
 * Plans (kế hoạch) with their sections, targets and tasks, the cascade of a higher unit's plan into its units'
 * plans, and the progress of each task. Deadlines are kept as users write them and computed into due dates.
 */
@org.springframework.modulith.ApplicationModule(
        displayName = "Plans",
        allowedDependencies = {"documents", "frameworks", "shared", "units"})
package vn.dtihub.plans;
