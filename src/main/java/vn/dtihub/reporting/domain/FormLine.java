package vn.dtihub.reporting.domain;

import java.math.BigDecimal;
import java.time.Instant;
import vn.dtihub.frameworks.Criterion;
import vn.dtihub.reporting.Entry;

/**
 * One criterion on a form: what is asked (type, unit, the rule in one line, the evidence required), the value
 * entered with its version, the points it would earn, the reviewer's points and comment, last period's value, and
 * (on the form of a unit above others, for a criterion that defines it) the figure of the units below rolled up.
 */
public record FormLine(
        Criterion criterion,
        String role,
        String ruleText,
        Entry value,
        int version,
        BigDecimal points,
        BigDecimal reviewerPoints,
        String reviewerComment,
        String updatedBy,
        Instant updatedAt,
        Entry last,
        Consolidated consolidated) {

    /** Last period's value as the page shows it; null when there was none. */
    public String previous() {
        return last == null || last.empty() ? null : last.display();
    }

    /**
     * The units below rolled up by the criterion's consolidation: the figure (null when none of them reported), how
     * it is made, the units counted (those that submitted a value) out of the units below.
     */
    public record Consolidated(Entry value, String explained, int counted, int units) {}

    public boolean filled() {
        return value != null && !value.empty();
    }
}
