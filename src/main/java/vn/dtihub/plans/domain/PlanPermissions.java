package vn.dtihub.plans.domain;

/**
 * What the caller may do with a plan now, from the rules its commands enforce ({@link PlanAccess}): the plan page
 * shows a form or button only for what is allowed here.
 *
 * @param change add and edit tasks and targets, import a task table: the issuer's standing office, plan not superseded
 * @param draftText edit the sections and issue the plan: as {@code change}, while the plan is a draft
 * @param cascade create a unit's own plan under this one: a standing office whose unit lies under the issuer
 */
public record PlanPermissions(boolean change, boolean draftText, boolean cascade) {}
