package vn.dtihub.plans;

import java.util.List;

/** A plan with the plans it implements, its sections, targets and tasks. */
public record PlanDetail(
        PlanSummary plan,
        List<PlanSummary> parents,
        List<PlanSection> sections,
        List<PlanTarget> targets,
        List<PlanTask> tasks) {

    public long lateCount() {
        return tasks.stream().filter(PlanTask::late).count();
    }
}
