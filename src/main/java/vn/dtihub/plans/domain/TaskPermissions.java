package vn.dtihub.plans.domain;

/**
 * What the caller may do with a task now, from the rules its commands enforce.
 *
 * @param report report progress and attach files: the task's lead (as {@link TaskLeadRule} reads its cell) or the
 *     plan's standing office, while the plan is not superseded
 * @param change edit the task: the plan's standing office, while the plan is not superseded
 */
public record TaskPermissions(boolean report, boolean change) {}
