package vn.dtihub.plans.domain;

import java.time.Instant;

/** A file attached to a task as evidence: the name it was uploaded under (made safe), its size and type, who and when. */
public record TaskFile(
        long id,
        long taskId,
        long fileId,
        String name,
        long size,
        String contentType,
        String uploadedBy,
        Instant uploadedAt) {}
