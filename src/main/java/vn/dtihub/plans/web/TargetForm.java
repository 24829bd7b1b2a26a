package vn.dtihub.plans.web;

import vn.dtihub.plans.TargetInput;

/**
 * A target as the plan page's forms send it (add and edit): numbers as typed, values by year as "2024=80; 2025=100".
 * Both forms show every field of a target, so saving one never clears what it does not show.
 */
record TargetForm(
        String statement,
        String area,
        String horizons,
        String unitOfMeasure,
        String goal,
        Integer goalYear,
        Long leadAgencyId,
        String coordinators,
        String note,
        Long criterionId,
        String baseline,
        Boolean yesNo) {

    TargetInput toInput() {
        return new TargetInput(
                statement,
                area,
                unitOfMeasure,
                PlanContentPageController.number(baseline, "baseline"),
                PlanContentPageController.number(goal, "goal"),
                goalYear,
                Boolean.TRUE.equals(yesNo),
                leadAgencyId,
                coordinators,
                note,
                criterionId,
                PlanContentPageController.horizons(horizons));
    }
}
