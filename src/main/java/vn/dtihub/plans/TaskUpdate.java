package vn.dtihub.plans;

import java.time.Instant;

/** A progress report by the task's lead, or a comment by a coordinator. */
public record TaskUpdate(
        long id,
        long taskId,
        Instant at,
        String author,
        String kind,
        TaskStatus status,
        Integer percent,
        String note) {}
