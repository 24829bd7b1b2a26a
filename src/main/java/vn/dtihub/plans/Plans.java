package vn.dtihub.plans;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.dtihub.plans.domain.Leads;
import vn.dtihub.plans.domain.PlanAccess;
import vn.dtihub.plans.domain.PlanRepository;
import vn.dtihub.plans.domain.PlanRepository.PlanRow;
import vn.dtihub.plans.domain.TargetRepository;
import vn.dtihub.plans.domain.TargetRepository.TargetRow;
import vn.dtihub.plans.domain.TaskLeadRule;
import vn.dtihub.plans.domain.TaskRepository;
import vn.dtihub.plans.domain.TaskRepository.TaskRow;
import vn.dtihub.plans.domain.TaskViews;
import vn.dtihub.plans.domain.Tasks;
import vn.dtihub.shared.AuditRecord;
import vn.dtihub.shared.AuditTrail;
import vn.dtihub.shared.ConflictException;
import vn.dtihub.shared.InvalidInputException;
import vn.dtihub.shared.ScopedPrincipal;
import vn.dtihub.units.AgencyView;
import vn.dtihub.units.UnitView;
import vn.dtihub.units.Units;

/**
 * The plans module's API. A unit's plans are edited by its standing office (freely while a draft; after issue the
 * text is frozen and changes to targets and tasks are amendments, each in the audit log); tasks are reported on by
 * their lead, coordinators comment, and everyone whose scope covers the plan, or who sits under its issuer, reads.
 */
@Service
public class Plans {

    private final PlanRepository repository;
    private final TargetRepository targetRepository;
    private final TaskRepository taskRepository;
    private final PlanAccess access;
    private final PlanTargets targets;
    private final Units units;
    private final AuditTrail audit;
    private final Leads leadRule;
    private final TaskViews views;
    private final Tasks tasks;

    Plans(
            PlanRepository repository,
            TargetRepository targetRepository,
            TaskRepository taskRepository,
            PlanAccess access,
            PlanTargets targets,
            Units units,
            AuditTrail audit,
            Leads leadRule,
            TaskViews views,
            Tasks tasks) {
        this.repository = repository;
        this.targetRepository = targetRepository;
        this.taskRepository = taskRepository;
        this.access = access;
        this.targets = targets;
        this.units = units;
        this.audit = audit;
        this.leadRule = leadRule;
        this.views = views;
        this.tasks = tasks;
    }

    /** Today in Vietnam: deadlines are days there, whatever the server's zone. */
    public LocalDate today() {
        return views.today();
    }

    public List<PlanSummary> list(
            ScopedPrincipal caller, Integer year, PlanKind kind, PlanStatus status, String unitPath) {
        return repository.visible(caller.scope(), caller.seatPath(), year, kind, status, unitPath);
    }

    /**
     * A unit's path without its structure ("38/407/" of "pre2025/38/407/"), so that a plan of 2026 may implement its
     * province's plan of 2024: provinces kept their codes across the 2025 reorganisation.
     */
    private static String withinStructure(String path) {
        int slash = path.indexOf('/');
        return slash < 0 ? path : path.substring(slash + 1);
    }

    /** The path of a unit named by its code, for filtering: in the given structure, else that of the caller's unit. */
    public String unitPath(ScopedPrincipal caller, String code, String structure) {
        vn.dtihub.units.Structure s = vn.dtihub.units.Structure.fromCode(structure == null ? "" : structure)
                .or(() -> Optional.ofNullable(caller.seatPath())
                        .flatMap(units::byPath)
                        .map(UnitView::structure))
                .orElse(vn.dtihub.units.Structure.CURRENT);
        try {
            return units.get(s, code.strip()).path();
        } catch (vn.dtihub.shared.NotFoundException e) {
            throw new InvalidInputException(
                    "unit", "plan.unitUnknown", "No unit " + code + " in the " + s + " structure");
        }
    }

    public PlanSummary get(ScopedPrincipal caller, long id) {
        return access.get(caller, id);
    }

    public boolean canEdit(ScopedPrincipal caller, PlanSummary p) {
        return PlanAccess.canEdit(caller, p);
    }

    public PlanDetail detail(ScopedPrincipal caller, long id) {
        PlanSummary p = get(caller, id);
        List<PlanSummary> parents = repository.parents(id).stream()
                .map(repository::find)
                .flatMap(Optional::stream)
                .toList();
        Map<Long, String> names = new HashMap<>();
        List<PlanTarget> targets = this.targets.of(id);
        List<TaskRow> rows = taskRepository.tasks(id);
        TaskViews.Served served = views.served(rows);
        List<PlanTask> tasks =
                rows.stream().map(t -> views.task(t, p, names, served)).toList();
        return new PlanDetail(p, parents, repository.sections(id), targets, tasks);
    }

    @Transactional
    public PlanSummary create(ScopedPrincipal caller, PlanHeader header, List<Long> parentIds) {
        UnitView issuer = units.byPath(caller.seatPath())
                .orElseThrow(() -> new AccessDeniedException("A plan is issued by the caller's unit"));
        if (!caller.administers()) {
            throw new AccessDeniedException("Only a unit's standing office creates its plans");
        }
        PlanRow row = PlanRow.from(header, issuer, false);
        long id = repository.insert(row);
        for (Long parent : parentIds == null ? List.<Long>of() : parentIds) {
            PlanSummary above = get(caller, parent);
            if (!withinStructure(issuer.path()).startsWith(withinStructure(above.issuerPath()))) {
                throw new InvalidInputException(
                        "parentIds",
                        "plan.parentNotAbove",
                        "A plan implements plans of its own unit or of units above it");
            }
            repository.addParent(id, above.id());
        }
        audit.record(AuditRecord.of("PLAN_CREATED", "plan", id, issuer.path()).withDetail(row.title()));
        return repository.find(id).orElseThrow();
    }

    @Transactional
    public PlanSummary updateHeader(ScopedPrincipal caller, long id, int version, PlanHeader header) {
        PlanSummary before = access.requireEdit(caller, id);
        PlanAccess.requireDraft(before, "An issued plan's text is frozen");
        UnitView issuer = units.findById(before.issuerUnitId()).orElseThrow();
        if (!repository.updateHeader(id, version, PlanRow.from(header, issuer, before.demo()))) {
            throw new ConflictException("error.conflict", "The plan was changed by someone else meanwhile");
        }
        audit.record(
                AuditRecord.of("PLAN_UPDATED", "plan", id, before.issuerPath()).withDetail(header.title()));
        return repository.find(id).orElseThrow();
    }

    @Transactional
    public PlanSummary issue(ScopedPrincipal caller, long id) {
        PlanSummary p = access.requireEdit(caller, id);
        if (p.status() != PlanStatus.DRAFT) {
            throw new ConflictException("plan.alreadyIssued", "The plan is already issued");
        }
        if (p.number() == null || p.number().isBlank()) {
            throw new InvalidInputException("number", "plan.numberRequired", "A plan is issued with its number");
        }
        repository.issue(id);
        audit.record(AuditRecord.of("PLAN_ISSUED", "plan", id, p.issuerPath()).withDetail(p.number()));
        return repository.find(id).orElseThrow();
    }

    /**
     * Marks an issued plan as superseded, optionally by the plan that replaces it (one the caller can read): it stays
     * readable as it was, takes no more amendments or reports, and its tasks leave the lists of work to do.
     */
    @Transactional
    public PlanSummary supersede(ScopedPrincipal caller, long id, Long byPlanId) {
        PlanSummary p = access.requireEdit(caller, id);
        if (p.status() != PlanStatus.ISSUED) {
            throw new ConflictException("plan.supersedeDraft", "Only an issued plan is superseded; a draft is deleted");
        }
        Long by = null;
        if (byPlanId != null) {
            if (byPlanId == id) {
                throw new InvalidInputException("byPlanId", "plan.supersedeSelf", "A plan does not replace itself");
            }
            try {
                by = access.get(caller, byPlanId).id();
            } catch (PlanNotFoundException e) {
                throw new InvalidInputException("byPlanId", "error.planNotFound", "No plan " + byPlanId);
            }
        }
        repository.supersede(id, by);
        audit.record(AuditRecord.of("PLAN_SUPERSEDED", "plan", id, p.issuerPath())
                .withDetail(by == null ? null : "by plan " + by));
        return repository.find(id).orElseThrow();
    }

    /** Adds a task to a plan the caller edits (a steering committee's conclusion becomes one). */
    public PlanTask addTask(ScopedPrincipal caller, long planId, TaskInput input) {
        return tasks.add(caller, planId, input);
    }

    /** A task the caller may see, as its page shows it. */
    public PlanTask task(ScopedPrincipal caller, long taskId) {
        return tasks.task(caller, taskId);
    }

    /** How the lower units' copies of a plan's tasks and targets are doing, for the higher plan's page. */
    public Rollup rollup(ScopedPrincipal caller, PlanDetail detail) {
        Map<Long, PlanSummary> plans = new HashMap<>();
        Map<Long, int[]> tasks = new HashMap<>();
        for (TaskRow copy : taskRepository.tasksFrom(
                detail.tasks().stream().map(PlanTask::id).toList())) {
            PlanSummary p =
                    plans.computeIfAbsent(copy.planId(), k -> repository.find(k).orElseThrow());
            if (!PlanAccess.readable(caller, p) || p.status() == PlanStatus.SUPERSEDED) {
                continue;
            }
            boolean done = copy.status() == TaskStatus.DONE || copy.status() == TaskStatus.CANCELLED;
            int[] c = tasks.computeIfAbsent(copy.sourceTaskId(), k -> new int[3]);
            c[0]++;
            if (copy.status() == TaskStatus.DONE) {
                c[1]++;
            }
            if (copy.deadline().late(today(), done, copy.lastUpdateOn(), p.yearFrom(), p.yearTo())) {
                c[2]++;
            }
        }
        Map<Long, int[]> targets = new HashMap<>();
        for (TargetRow copy : targetRepository.targetsFrom(
                detail.targets().stream().map(PlanTarget::id).toList())) {
            PlanSummary p =
                    plans.computeIfAbsent(copy.planId(), k -> repository.find(k).orElseThrow());
            if (!PlanAccess.readable(caller, p) || p.status() == PlanStatus.SUPERSEDED) {
                continue;
            }
            int[] c = targets.computeIfAbsent(copy.sourceTargetId(), k -> new int[2]);
            c[0]++;
            if (copy.goal() != null
                    && copy.latestValue() != null
                    && copy.latestValue().compareTo(copy.goal()) >= 0) {
                c[1]++;
            }
        }
        return new Rollup(tasks, targets);
    }

    /** Per task: copies, done, late; per target: copies, reached. */
    public record Rollup(Map<Long, int[]> tasks, Map<Long, int[]> targets) {
        public String task(long id) {
            int[] c = tasks.get(id);
            return c == null ? null : c[1] + "/" + c[0] + (c[2] > 0 ? " · " + c[2] + "!" : "");
        }

        public String target(long id) {
            int[] c = targets.get(id);
            return c == null ? null : c[1] + "/" + c[0];
        }
    }

    public boolean leads(ScopedPrincipal caller, PlanTask task) {
        return leadRule.leads(
                caller,
                taskRepository.task(task.id()).orElseThrow(),
                repository.find(task.planId()).orElseThrow());
    }

    /** Whose tasks a list shows: an agency, or a unit's people's committee (a commune leading a task), by name. */
    public record Assignee(Long agencyId, String unitPath, String name) {}

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

    /**
     * Everyone who leads a task, for the reminders: its one lead, or each agency its lead cell names and each agency or
     * unit (under the plan's issuer) its collective phrases designate.
     */
    public List<Assignee> leadsOf(PlanTask t) {
        List<Assignee> out = new ArrayList<>();
        if (t.leadAgencyId() != null) {
            units.agency(t.leadAgencyId()).ifPresent(a -> out.add(new Assignee(a.id(), a.unitPath(), a.name())));
        } else if (t.leadUnitId() != null) {
            units.findById(t.leadUnitId()).ifPresent(u -> out.add(new Assignee(null, u.path(), u.fullName())));
        }
        for (Long id : t.leadAgencyIds()) {
            units.agency(id).ifPresent(a -> out.add(new Assignee(a.id(), a.unitPath(), a.name())));
        }
        if (t.leadGroups().isEmpty()) {
            return out;
        }
        PlanSummary p = repository.find(t.planId()).orElseThrow();
        UnitView issuer = units.byPath(p.issuerPath()).orElseThrow();
        for (AgencyView a : units.agenciesOf(issuer, false)) {
            if (t.leadGroups().stream().anyMatch(g -> PartyPhrases.coversAgency(g, a.kind(), issuer.level()))
                    && out.stream().noneMatch(x -> Long.valueOf(a.id()).equals(x.agencyId()))) {
                out.add(new Assignee(a.id(), a.unitPath(), a.name()));
            }
        }
        for (vn.dtihub.units.Level level : List.of(vn.dtihub.units.Level.DISTRICT, vn.dtihub.units.Level.COMMUNE)) {
            if (t.leadGroups().stream().anyMatch(g -> PartyPhrases.coversUnit(g, level))) {
                units.list(issuer.structure(), level, issuer.code(), 0, 20_000)
                        .forEach(u -> out.add(new Assignee(null, u.path(), u.fullName())));
            }
        }
        return out;
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

    /**
     * Every late task of an issued plan, for the reminders: the notifications module tells each task's lead, whose
     * own plans they are.
     */
    public List<PlanTask> lateTasks() {
        Map<Long, PlanSummary> plans = new HashMap<>();
        Map<Long, String> names = new HashMap<>();
        List<TaskRow> rows = taskRepository.openTasksOfIssuedPlans();
        // A reminder names the task, not what it serves: no need to look up the links of every open task.
        TaskViews.Served served = new TaskViews.Served(new TaskRepository.TaskLinks(Map.of(), Map.of()), Map.of());
        List<PlanTask> out = new ArrayList<>();
        for (TaskRow row : rows) {
            PlanSummary p = plans.computeIfAbsent(
                    row.planId(), id -> repository.find(id).orElseThrow());
            PlanTask t = views.task(row, p, names, served);
            if (t.late()) {
                out.add(t);
            }
        }
        return out;
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
