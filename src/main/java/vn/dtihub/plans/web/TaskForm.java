package vn.dtihub.plans.web;

import java.util.List;
import vn.dtihub.plans.PlanTask;
import vn.dtihub.plans.TaskInput;
import vn.dtihub.plans.TaskLeads;

/**
 * A task as the plan page's forms send it: the add form with every field, the in-place edit row without the area,
 * the lead unit, the footnotes, the sub-section and a lead cell of several, which an edit keeps from the task as it
 * is.
 */
record TaskForm(
        String sectionCode,
        String sectionTitle,
        String text,
        String area,
        String expectedResult,
        String deadline,
        Long leadAgencyId,
        String leadUnitCode,
        String coordinators,
        List<Long> targetIds,
        List<Long> criterionIds,
        String subsectionCode,
        String subsectionTitle) {

    /** A new task, as the add form gives it. */
    TaskInput toInput() {
        return new TaskInput(
                sectionCode,
                sectionTitle,
                text == null ? "" : text,
                area,
                expectedResult,
                deadline == null ? "" : deadline,
                leadAgencyId,
                leadUnitCode,
                coordinators,
                null,
                targetIds,
                criterionIds,
                subsectionCode,
                subsectionTitle,
                null);
    }

    /** A change of a task from the edit row, keeping what the row does not show. */
    TaskInput toInput(PlanTask current) {
        return new TaskInput(
                sectionCode,
                sectionTitle,
                text == null ? "" : text,
                current.area(),
                expectedResult,
                deadline == null ? "" : deadline,
                leadAgencyId,
                leadUnitCode(current),
                coordinators,
                current.footnotes(),
                targetIds,
                criterionIds,
                subsectionCode == null ? current.subsectionCode() : subsectionCode,
                subsectionTitle == null ? current.subsectionTitle() : subsectionTitle,
                keptLeads(current));
    }

    /** A task led by several keeps its lead cell when the edit row sets no single lead instead. */
    private TaskLeads keptLeads(PlanTask current) {
        boolean several = current.leadAgencyId() == null && current.leadUnitId() == null && current.leadName() != null;
        return several && leadAgencyId == null
                ? new TaskLeads(current.leadName(), current.leadAgencyIds(), current.leadGroups())
                : null;
    }

    /**
     * The code of the unit leading a task (a commune, when a plan names it), so that an edit through a form that does
     * not show the unit keeps it; the code is the last part of the unit's path.
     */
    private static String leadUnitCode(PlanTask task) {
        if (task.leadUnitId() == null || task.leadPath() == null) {
            return null;
        }
        String[] parts = task.leadPath().split("/");
        return parts[parts.length - 1];
    }
}
