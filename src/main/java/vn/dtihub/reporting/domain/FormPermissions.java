package vn.dtihub.reporting.domain;

/**
 * What the caller may do with a form now, from the same rules its commands enforce ({@link ReportingAccess}): the form
 * page shows a button only for what is allowed here, and a command refused anyway (a stale page) answers 403 or 409.
 *
 * @param edit fill in values, evidence and citations: the form's own seat, a draft or sent back, in an open period
 * @param correct correct a value with a reason: the reviewing office, while the form is submitted or appraised
 * @param sign submit the form: the seat's head, a draft or sent back
 * @param review the office over the period: sees the reviewer's tools (comments, points, appeals' decisions)
 * @param startReview take a submitted form up for appraisal
 * @param decide approve or send back a form that is submitted or appraised
 * @param reopen reopen an approved form, with a reason
 * @param appeal appeal a criterion of an approved form while the period's appeal window is open: the form's seat
 */
public record FormPermissions(
        boolean edit,
        boolean correct,
        boolean sign,
        boolean review,
        boolean startReview,
        boolean decide,
        boolean reopen,
        boolean appeal) {}
