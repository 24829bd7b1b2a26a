package vn.dtihub.reporting;

/**
 * The approved values of a period changed: a form was approved, an approved form reopened, an appeal accepted. The
 * scores of the period are computed again from them.
 */
public record ValuesApproved(long periodId) {}
