package vn.dtihub.plans;

import java.time.LocalDate;

/**
 * A task (nhiệm vụ) with its section and sub-section, its deadline as written (none: {@code deadlineKind} NONE), its
 * next due date, its lead (the lead cell as written in {@code leadName} when several lead, with the agencies it names
 * and its collective phrases), what was last reported, and the targets of its plan and the criteria it serves.
 */
public record PlanTask(
        long id,
        long planId,
        String sectionCode,
        String sectionTitle,
        String subsectionCode,
        String subsectionTitle,
        int position,
        String text,
        String area,
        String expectedResult,
        String deadlineText,
        Deadline.Kind deadlineKind,
        LocalDate dueOn,
        String deadlineReference,
        Long leadAgencyId,
        Long leadUnitId,
        String leadPath,
        String leadName,
        java.util.List<Long> leadAgencyIds,
        java.util.List<PartyPhrases.Group> leadGroups,
        String coordinators,
        String footnotes,
        Long sourceTaskId,
        TaskStatus status,
        Integer percent,
        LocalDate lastUpdateOn,
        boolean late,
        LocalDate nextDue,
        int version,
        java.util.List<Served> targets,
        java.util.List<Served> criteria) {

    /** A target or criterion a task serves: its id and what a reader sees (the statement, or code and name). */
    public record Served(long id, String label) {}
}
