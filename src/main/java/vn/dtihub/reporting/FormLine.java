package vn.dtihub.reporting;

import java.math.BigDecimal;
import java.time.Instant;
import vn.dtihub.frameworks.Criterion;

/**
 * One criterion on a form: what is asked (type, unit, the rule in one line, the evidence required), the value
 * entered with its version, the points it would earn, the reviewer's points and comment, and last period's value.
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
        String previous) {

    public boolean filled() {
        return value != null && !value.empty();
    }
}
