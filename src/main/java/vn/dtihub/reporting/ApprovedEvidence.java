package vn.dtihub.reporting;

/** What backs an approved value, with the form it was approved on (its files are read through that form). */
public record ApprovedEvidence(long formId, ValueEvidence evidence) {}
