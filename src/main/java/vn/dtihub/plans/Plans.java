package vn.dtihub.plans;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Service;
import vn.dtihub.plans.domain.Cascades;
import vn.dtihub.plans.domain.PlanAccess;
import vn.dtihub.plans.domain.PlanHeaders;
import vn.dtihub.plans.domain.PlanRepository;
import vn.dtihub.plans.domain.PlanTargets;
import vn.dtihub.plans.domain.Sections;
import vn.dtihub.plans.domain.TargetRepository;
import vn.dtihub.plans.domain.TargetRepository.TargetRow;
import vn.dtihub.plans.domain.TaskRepository;
import vn.dtihub.plans.domain.TaskRepository.TaskRow;
import vn.dtihub.plans.domain.TaskViews;
import vn.dtihub.plans.domain.Tasks;
import vn.dtihub.shared.AuditTrail;
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
    private final TaskViews views;
    private final Tasks tasks;
    private final PlanHeaders headers;
    private final Sections sections;
    private final Cascades cascades;
    private final vn.dtihub.plans.domain.Assignees assignees;

    Plans(
            PlanRepository repository,
            TargetRepository targetRepository,
            TaskRepository taskRepository,
            PlanAccess access,
            PlanTargets targets,
            Units units,
            AuditTrail audit,
            TaskViews views,
            Tasks tasks,
            PlanHeaders headers,
            Sections sections,
            Cascades cascades,
            vn.dtihub.plans.domain.Assignees assignees) {
        this.assignees = assignees;
        this.cascades = cascades;
        this.sections = sections;
        this.headers = headers;
        this.repository = repository;
        this.targetRepository = targetRepository;
        this.taskRepository = taskRepository;
        this.access = access;
        this.targets = targets;
        this.units = units;
        this.audit = audit;
        this.views = views;
        this.tasks = tasks;
    }

    /** Creates a draft plan of the caller's unit under its parent plans. */
    public PlanSummary create(ScopedPrincipal caller, PlanHeader header, List<Long> parentIds) {
        return headers.create(caller, header, parentIds);
    }

    /** Adds a section (basis, objectives, organisation…) to a draft plan. */
    public PlanSection addSection(ScopedPrincipal caller, long planId, SectionKind kind, String title, String body) {
        return sections.add(caller, planId, kind, title, body);
    }

    /** Creates a lower unit's plan from this one: the basis, and the targets and tasks that are that unit's. */
    public PlanSummary cascade(
            ScopedPrincipal caller, long parentId, String unitCode, String structure, String number, String title) {
        return cascades.cascade(caller, parentId, unitCode, structure, number, title);
    }

    /** The task's lead reports its progress, on the version read. */
    public PlanTask reportProgress(
            ScopedPrincipal caller, long taskId, int version, TaskStatus status, Integer percent, String note) {
        return tasks.report(caller, taskId, version, status, percent, note);
    }

    /** Today in Vietnam: deadlines are days there, whatever the server's zone. */
    public LocalDate today() {
        return views.today();
    }

    public List<PlanSummary> list(
            ScopedPrincipal caller, Integer year, PlanKind kind, PlanStatus status, String unitPath) {
        return repository.visible(caller.scope(), caller.seatPath(), year, kind, status, unitPath);
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

    /** Adds a target to a plan the caller edits. */
    public PlanTarget addTarget(ScopedPrincipal caller, long planId, TargetInput input) {
        return targets.add(caller, planId, input);
    }

    /** Records a target's latest value (the unit's standing office, or the target's lead). */
    public PlanTarget recordTargetValue(
            ScopedPrincipal caller, long planId, long targetId, java.math.BigDecimal value) {
        return targets.recordValue(caller, planId, targetId, value);
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

    /** The tasks of issued plans the caller's seat leads (its agency, or its unit), as "My tasks" lists them. */
    public List<PlanTask> ledByMe(ScopedPrincipal caller) {
        Assignee who = assignees.me(caller);
        return who == null ? List.of() : assignees.ledBy(caller, who);
    }

    /** A task by id, read on no one's behalf: for telling its leads it was assigned to them. */
    public java.util.Optional<PlanTask> findTask(long id) {
        return taskRepository
                .task(id)
                .map(row -> views.one(row, repository.find(row.planId()).orElseThrow()));
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
}
