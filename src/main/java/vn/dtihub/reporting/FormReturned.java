package vn.dtihub.reporting;

/** The standing office sent a form back to its unit, with a note and {@code comments} criteria to correct. */
public record FormReturned(long formId, long periodId, int version, String by, String note, int comments) {}
