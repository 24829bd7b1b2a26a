package vn.dtihub.plans;

import java.time.LocalDate;

/** A task (nhiệm vụ) with its deadline as written, its next due date, its lead and what was last reported. */
public record PlanTask(
        long id,
        long planId,
        String sectionCode,
        String sectionTitle,
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
        String coordinators,
        String footnotes,
        Long sourceTaskId,
        TaskStatus status,
        Integer percent,
        LocalDate lastUpdateOn,
        boolean late,
        LocalDate nextDue,
        int version) {}
