package vn.dtihub.reporting;

/** The unit's approver signed a form and sent it to the standing office that opened its period. */
public record FormSubmitted(long formId, long periodId, int version, String by) {}
