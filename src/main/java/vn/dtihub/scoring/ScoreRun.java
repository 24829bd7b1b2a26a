package vn.dtihub.scoring;

import java.time.Instant;

/**
 * One computation of a period's scores: its version (1, 2, …), when, from which inputs (their fingerprint), why, and
 * whether it is provisional (a quarter's data, before the year's official result), the one readers see now, and when
 * a standing office made it public (null: not public).
 */
public record ScoreRun(
        long id,
        long periodId,
        long frameworkId,
        int version,
        Instant computedAt,
        String fingerprint,
        boolean provisional,
        String reason,
        boolean current,
        int unitCount,
        Instant publishedAt) {}
