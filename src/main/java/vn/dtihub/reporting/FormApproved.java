package vn.dtihub.reporting;

/** The standing office approved a form: its values are locked and count in the period's scores. */
public record FormApproved(long formId, long periodId, int version, String by) {}
