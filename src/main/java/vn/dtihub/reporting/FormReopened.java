package vn.dtihub.reporting;

/** The standing office reopened an approved form, with its reason: the form is back with its unit. */
public record FormReopened(long formId, long periodId, int version, String by, String reason) {}
