package vn.dtihub.plans.domain;

import java.time.Instant;
import vn.dtihub.plans.TaskStatus;

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
