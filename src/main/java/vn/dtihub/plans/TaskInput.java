package vn.dtihub.plans;

/**
 * A task as a user writes it: the deadline in words (none: no stated deadline), the lead as an agency id (or a unit
 * code) or, when several lead, as {@link TaskLeads}; coordinators as text; the targets of its plan and the criteria it
 * serves (absent lists keep the links the task has); and the lettered sub-section of its section, if any.
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
        java.util.List<Long> criterionIds,
        String subsectionCode,
        String subsectionTitle,
        TaskLeads leads) {}
