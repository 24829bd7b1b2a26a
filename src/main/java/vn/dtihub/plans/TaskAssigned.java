package vn.dtihub.plans;

/**
 * A task of an issued plan has its leads: the plan was issued, or the task was added to or changed in it after issue.
 * Whoever the task names as lead is told once.
 */
public record TaskAssigned(long taskId, long planId) {}
