package vn.dtihub.reporting.domain;

import java.time.Instant;

/** One line of a form's history: who did what when, a value's old → new, and why. */
public record FormEvent(
        Instant at, String actor, String action, String criterionCode, String before, String after, String reason) {}
