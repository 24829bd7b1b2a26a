package vn.dtihub.plans.domain;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Service;
import vn.dtihub.plans.Assignee;
import vn.dtihub.plans.PlanStatus;
import vn.dtihub.plans.PlanSummary;
import vn.dtihub.plans.PlanTask;
import vn.dtihub.plans.TaskStatus;
import vn.dtihub.plans.domain.TaskRepository.TaskRow;
import vn.dtihub.shared.InvalidInputException;
import vn.dtihub.shared.ScopedPrincipal;
import vn.dtihub.units.AgencyView;
import vn.dtihub.units.UnitView;
import vn.dtihub.units.Units;

/** Whose tasks a list shows and those lists: the caller's own, an agency's or a unit's led or coordinated tasks, and how many of them stand in each state. */
@Service
public class Assignees {

    private final PlanRepository repository;
    private final TaskRepository taskRepository;
    private final Units units;
    private final Leads leadRule;
    private final TaskViews views;
    private final Tasks tasks;

    Assignees(
            PlanRepository repository,
            TaskRepository taskRepository,
            Units units,
            Leads leadRule,
            TaskViews views,
            Tasks tasks) {
        this.repository = repository;
        this.taskRepository = taskRepository;
        this.units = units;
        this.leadRule = leadRule;
        this.views = views;
        this.tasks = tasks;
    }

    /** The caller's own seat: its agency, or its unit when it sits in none; null for a user without a seat. */
    public Assignee me(ScopedPrincipal caller) {
        return leadRule.me(caller);
    }

    /**
     * An agency ({@code agency:12}) or a unit ({@code unit:16642}) whose tasks the caller asks for; one outside the
     * caller's scope is as unknown as one that does not exist.
     */
    public Assignee assignee(ScopedPrincipal caller, String ref) {
        String value = ref == null ? "" : ref.strip();
        try {
            if (value.startsWith("agency:")) {
                AgencyView a = units.visibleAgency(caller, Long.parseLong(value.substring(7)));
                return new Assignee(a.id(), a.unitPath(), a.name());
            }
            if (value.startsWith("unit:")) {
                Optional<UnitView> unit = caller.seatPath() == null
                        ? Optional.empty()
                        : units.byPath(caller.seatPath()).map(seat -> units.get(seat.structure(), value.substring(5)));
                if (unit.isPresent() && caller.scope().coversUnit(unit.get().path())) {
                    return new Assignee(null, unit.get().path(), unit.get().fullName());
                }
            }
        } catch (NumberFormatException | vn.dtihub.shared.NotFoundException e) {
            // refused below, like a unit outside the scope
        }
        throw new InvalidInputException(
                "assignee", "plan.assigneeUnknown", "No agency or unit \"" + value + "\" in your scope");
    }

    /** What the caller's agency or unit leads, across the plans it can read, each task once. */
    public List<PlanTask> myTasks(ScopedPrincipal caller) {
        Assignee me = leadRule.me(caller);
        return me == null ? List.of() : ledBy(caller, me);
    }

    /** What an agency or unit leads, in the plans the caller can read, each task once. */
    public List<PlanTask> ledBy(ScopedPrincipal caller, Assignee who) {
        TaskLeadRule.Party party = leadRule.party(who);
        List<String> paths = who.agencyId() == null && who.unitPath() != null ? List.of(who.unitPath()) : List.of();
        Map<Long, PlanSummary> plans = new HashMap<>();
        Map<Long, String> names = new HashMap<>();
        List<PlanTask> out = new ArrayList<>();
        Map<Long, TaskRow> found = new LinkedHashMap<>();
        taskRepository.tasksLedBy(party.agencyIds(), paths).forEach(t -> found.put(t.id(), t));
        for (TaskRow t : taskRepository.tasksWithLeadGroups(above(who.unitPath()))) {
            PlanSummary p =
                    plans.computeIfAbsent(t.planId(), id -> repository.find(id).orElseThrow());
            if (TaskLeadRule.leads(t, p.issuerPath(), party)) {
                found.putIfAbsent(t.id(), t);
            }
        }
        List<TaskRow> rows = new ArrayList<>(found.values());
        TaskViews.Served served = views.served(rows);
        for (TaskRow row : rows) {
            PlanSummary p = plans.computeIfAbsent(
                    row.planId(), id -> repository.find(id).orElseThrow());
            if (PlanAccess.readable(caller, p) && p.status() != PlanStatus.SUPERSEDED) {
                out.add(views.task(row, p, names, served));
            }
        }
        // A task the unit copied into its own plan is reported there (and rolls up): the higher plan's original is not
        // listed a second time.
        java.util.Set<Long> copied = new java.util.HashSet<>();
        out.forEach(t -> {
            if (t.sourceTaskId() != null) {
                copied.add(t.sourceTaskId());
            }
        });
        return out.stream().filter(t -> !copied.contains(t.id())).toList();
    }

    /**
     * What an agency or unit is named to coordinate (phối hợp) in the plans of its own unit and the units above it:
     * by name or abbreviation, or by the collective phrase of its level ("các sở, ban, ngành", "UBND cấp xã").
     */
    public List<PlanTask> coordinatedBy(ScopedPrincipal caller, Assignee who) {
        UnitView unit = units.byPath(who.unitPath()).orElse(null);
        if (unit == null) {
            return List.of();
        }
        AgencyView agency =
                who.agencyId() == null ? null : units.agency(who.agencyId()).orElse(null);
        TaskLeadRule.Party party = leadRule.party(who);
        Map<Long, PlanSummary> plans = new HashMap<>();
        List<TaskRow> rows = taskRepository.tasksWithCoordinators(above(who.unitPath())).stream()
                .filter(t -> !TaskLeadRule.leads(
                        t,
                        plans.computeIfAbsent(
                                        t.planId(), id -> repository.find(id).orElseThrow())
                                .issuerPath(),
                        party))
                .filter(t -> agency != null
                        ? Coordination.namesAgency(
                                t.coordinators(), agency.name(), agency.shortName(), agency.kind(), unit.level())
                        : Coordination.namesUnit(t.coordinators(), unit.fullName(), unit.level()))
                .filter(t -> {
                    PlanSummary p = plans.computeIfAbsent(
                            t.planId(), id -> repository.find(id).orElseThrow());
                    return PlanAccess.readable(caller, p) && p.status() != PlanStatus.SUPERSEDED;
                })
                .toList();
        TaskViews.Served served = views.served(rows);
        Map<Long, String> names = new HashMap<>();
        return rows.stream()
                .map(t -> views.task(t, plans.get(t.planId()), names, served))
                .toList();
    }

    /** The paths of a unit and of every unit above it: whose plans address it. */
    private static List<String> above(String unitPath) {
        List<String> above = new ArrayList<>();
        if (unitPath == null) {
            return above;
        }
        StringBuilder prefix = new StringBuilder();
        for (String part : unitPath.split("/")) {
            prefix.append(part).append('/');
            above.add(prefix.toString());
        }
        return above;
    }

    /** Counts of a standing office's tasks by status (late counted apart) and the late ones. */
    public Map<String, Long> overview(List<PlanTask> tasks) {
        Map<String, Long> counts = new LinkedHashMap<>();
        for (TaskStatus s : TaskStatus.values()) {
            counts.put(s.name(), tasks.stream().filter(t -> t.status() == s).count());
        }
        counts.put("LATE", tasks.stream().filter(PlanTask::late).count());
        return counts;
    }
}
