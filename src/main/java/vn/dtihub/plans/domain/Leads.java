package vn.dtihub.plans.domain;

import java.util.List;
import org.springframework.stereotype.Component;
import vn.dtihub.plans.Assignee;
import vn.dtihub.plans.PlanSummary;
import vn.dtihub.plans.domain.TaskRepository.TaskRow;
import vn.dtihub.shared.ScopedPrincipal;
import vn.dtihub.units.AgencyLineage;
import vn.dtihub.units.AgencyView;
import vn.dtihub.units.UnitView;
import vn.dtihub.units.Units;

/**
 * Who leads a task, as the module's services ask it: the caller's seat as an assignee, the party the lead rule reads
 * (an agency with those it carries on, or a unit), and the tasks a caller may see because it leads them.
 */
@Component
public class Leads {

    private final PlanRepository repository;
    private final TaskRepository taskRepository;
    private final Units units;
    private final AgencyLineage lineage;

    Leads(PlanRepository repository, TaskRepository taskRepository, Units units, AgencyLineage lineage) {
        this.repository = repository;
        this.taskRepository = taskRepository;
        this.units = units;
        this.lineage = lineage;
    }

    /** The caller's own seat: its agency, or its unit when it sits in none; null for a user without a seat. */
    public Assignee me(ScopedPrincipal caller) {
        if (caller.seatAgencyId() != null) {
            return units.agency(caller.seatAgencyId())
                    .map(a -> new Assignee(a.id(), a.unitPath(), a.name()))
                    .orElse(null);
        }
        return caller.seatPath() == null
                ? null
                : units.byPath(caller.seatPath())
                        .map(u -> new Assignee(null, u.path(), u.fullName()))
                        .orElse(null);
    }

    /** Whether the caller's seat leads a task of a plan already read. */
    public boolean leads(ScopedPrincipal caller, TaskRow task, PlanSummary p) {
        Assignee me = me(caller);
        return me != null && TaskLeadRule.leads(task, p.issuerPath(), party(me));
    }

    /** The agency (with those it carries on) or unit an assignee is, as the lead rule reads it. */
    public TaskLeadRule.Party party(Assignee who) {
        if (who.agencyId() != null) {
            AgencyView agency = units.agency(who.agencyId()).orElseThrow();
            vn.dtihub.units.Level level =
                    units.byPath(agency.unitPath()).map(UnitView::level).orElse(null);
            return new TaskLeadRule.Party(lineage.carriedOnBy(agency.id()), agency.kind(), level, agency.unitPath());
        }
        vn.dtihub.units.Level level =
                units.byPath(who.unitPath()).map(UnitView::level).orElse(null);
        return new TaskLeadRule.Party(List.of(), null, level, who.unitPath());
    }

    /** A task the caller may see: one of a plan it reads, or one it leads; otherwise as absent as a missing one. */
    public TaskRow visibleTask(ScopedPrincipal caller, long taskId) {
        TaskRow task = taskRepository.task(taskId).orElseThrow(() -> PlanNotFoundException.taskForId(taskId));
        PlanSummary p = repository.find(task.planId()).orElseThrow();
        if (!PlanAccess.readable(caller, p) && !leads(caller, task, p)) {
            throw PlanNotFoundException.taskForId(taskId);
        }
        return task;
    }
}
