package vn.dtihub.reporting;

/**
 * The last empty value of a draft (or returned) form was entered: every criterion asked now has a value, and the form
 * waits for the unit's approver to sign it ({@code version} is the form's version then).
 */
public record FormFilled(long formId, long periodId, int version, String by) {}
