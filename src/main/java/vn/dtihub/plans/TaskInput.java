package vn.dtihub.plans;

/**
 * A task as a user writes it: the deadline in words, the lead as an agency id (or a unit code), coordinators as text,
 * and the targets of its plan and the criteria it serves (absent lists keep the links the task has).
 */
public record TaskInput(
        String sectionCode,
        String sectionTitle,
        String text,
        String area,
        String expectedResult,
        String deadline,
        Long leadAgencyId,
        String leadUnitCode,
        String coordinators,
        String footnotes,
        java.util.List<Long> targetIds,
        java.util.List<Long> criterionIds) {}
