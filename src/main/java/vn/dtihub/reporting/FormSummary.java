package vn.dtihub.reporting;

import java.time.Instant;
import java.time.LocalDate;
import vn.dtihub.reporting.domain.Deadlines;

/**
 * A form as lists and the completeness page show it: who fills it, for whom, its status, how much is filled, and
 * its deadline (extended for this unit alone where an exception was granted).
 */
public record FormSummary(
        long id,
        long periodId,
        String periodTitle,
        long subjectUnitId,
        String subjectPath,
        Long agencyId,
        String assigneePath,
        String assigneeName,
        String level,
        FormStatus status,
        LocalDate dueOn,
        LocalDate extendedTo,
        String extensionReason,
        Instant submittedAt,
        String submittedBy,
        int items,
        int filled,
        int version) {

    /** The deadline that applies: the extension if one was granted. */
    public LocalDate deadline() {
        return extendedTo != null ? extendedTo : dueOn;
    }

    public int percentFilled() {
        return items == 0 ? 100 : filled * 100 / items;
    }

    /** Submitted by the end of its deadline day in Vietnam; null while not submitted. */
    public Boolean onTime() {
        return submittedAt == null ? null : Deadlines.onTime(submittedAt, deadline());
    }

    /** Not submitted and past its deadline on the given day. */
    public boolean late(LocalDate today) {
        return (status == FormStatus.DRAFT || status == FormStatus.RETURNED) && today.isAfter(deadline());
    }

    /** Days left until the deadline (negative when late). */
    public long daysLeft(LocalDate today) {
        return java.time.temporal.ChronoUnit.DAYS.between(today, deadline());
    }
}
