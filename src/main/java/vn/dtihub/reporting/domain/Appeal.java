package vn.dtihub.reporting.domain;

import java.time.Instant;

/** A unit's appeal against the appraised value or points of one criterion, and the reviewer's answer. */
public record Appeal(
        long id,
        long formId,
        long criterionId,
        String criterionCode,
        String reason,
        String status,
        String answer,
        String createdBy,
        Instant createdAt,
        String decidedBy,
        Instant decidedAt) {

    public boolean open() {
        return "OPEN".equals(status);
    }
}
