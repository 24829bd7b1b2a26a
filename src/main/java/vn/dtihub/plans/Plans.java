package vn.dtihub.plans;

import static vn.dtihub.plans.domain.PlanFields.optional;
import static vn.dtihub.plans.domain.PlanFields.required;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
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
import vn.dtihub.plans.domain.PlanFields;
import vn.dtihub.plans.domain.PlanRepository;
import vn.dtihub.plans.domain.PlanRepository.PlanRow;
import vn.dtihub.plans.domain.PlanRepository.TargetRow;
import vn.dtihub.plans.domain.PlanRepository.TaskRow;
import vn.dtihub.plans.domain.TaskLeadRule;
import vn.dtihub.shared.AuditRecord;
import vn.dtihub.shared.AuditTrail;
import vn.dtihub.shared.ConflictException;
import vn.dtihub.shared.InvalidInputException;
import vn.dtihub.shared.ScopedPrincipal;
import vn.dtihub.shared.VietnameseText;
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

    public static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");

    private final PlanRepository repository;
    private final PlanAccess access;
    private final PlanTargets targets;
    private final Units units;
    private final AuditTrail audit;
    private final Clock clock;
    private final vn.dtihub.frameworks.Frameworks frameworks;
    private final Leads leadRule;

    Plans(
            PlanRepository repository,
            PlanAccess access,
            PlanTargets targets,
            Units units,
            AuditTrail audit,
            Optional<Clock> clock,
            vn.dtihub.frameworks.Frameworks frameworks,
            Leads leadRule) {
        this.frameworks = frameworks;
        this.leadRule = leadRule;
        this.repository = repository;
        this.access = access;
        this.targets = targets;
        this.units = units;
        this.audit = audit;
        this.clock = clock.orElse(Clock.system(VIETNAM));
    }

    /** Today in Vietnam: deadlines are days there, whatever the server's zone. */
    public LocalDate today() {
        return LocalDate.now(clock.withZone(VIETNAM));
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
        List<TaskRow> rows = repository.tasks(id);
        Served served = served(rows);
        List<PlanTask> tasks = rows.stream().map(t -> task(t, p, names, served)).toList();
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
        if (before.status() != PlanStatus.DRAFT) {
            throw new ConflictException("plan.issued", "An issued plan's text is frozen");
        }
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

    @Transactional
    public PlanTask addTask(ScopedPrincipal caller, long planId, TaskInput input) {
        PlanSummary p = access.requireEdit(caller, planId);
        TaskRow row = taskRow(p, input, 0, null);
        Links links = links(caller, planId, null, input);
        long id = repository.insertTask(planId, row);
        if (links != null) {
            repository.linkTask(id, links.targets(), links.criteria());
        }
        audit.record(AuditRecord.of(
                        p.status() == PlanStatus.DRAFT ? "TASK_ADDED" : "TASK_AMENDED", "plan_task", id, p.issuerPath())
                .withDetail(row.text()));
        return one(repository.task(id).orElseThrow(), p);
    }

    @Transactional
    public PlanTask updateTask(ScopedPrincipal caller, long taskId, int version, TaskInput input) {
        TaskRow before = leadRule.visibleTask(caller, taskId);
        PlanSummary p = access.requireEdit(caller, before.planId());
        TaskRow row = taskRow(p, input, version, before);
        Links links = links(caller, before.planId(), taskId, input);
        if (!repository.updateTask(taskId, version, row)) {
            TaskRow current = repository.task(taskId).orElseThrow();
            throw new ConflictException(
                    "error.conflict",
                    "The task was changed by someone else meanwhile",
                    "→ \"" + current.text() + "\", " + current.deadline().label());
        }
        PlanRepository.TaskLinks linked = repository.links(List.of(taskId));
        Map<String, Object> was = new LinkedHashMap<>();
        Map<String, Object> now = new LinkedHashMap<>();
        was.put("text", before.text());
        was.put("deadline", before.deadline().label());
        now.put("text", row.text());
        now.put("deadline", row.deadline().label());
        if (links != null) {
            repository.linkTask(taskId, links.targets(), links.criteria());
            was.put(
                    "targets",
                    linked.targetsOf(taskId).stream()
                            .map(PlanRepository.TaskLinks.Target::id)
                            .toList());
            was.put("criteria", linked.criteriaOf(taskId));
            now.put("targets", links.targets());
            now.put("criteria", links.criteria());
        }
        audit.record(AuditRecord.of(
                        p.status() == PlanStatus.DRAFT ? "TASK_UPDATED" : "TASK_AMENDED",
                        "plan_task",
                        taskId,
                        p.issuerPath())
                .change(was, now));
        if (p.status() != PlanStatus.DRAFT) {
            // An issued plan keeps the history of its amendments on the task itself, for everyone who reads it.
            repository.insertUpdate(
                    taskId,
                    caller.userId(),
                    caller.username(),
                    "COMMENT",
                    null,
                    null,
                    "Điều chỉnh sau ban hành: \"" + before.text() + "\", "
                            + before.deadline().label() + " → \"" + row.text() + "\", "
                            + row.deadline().label());
        }
        return one(repository.task(taskId).orElseThrow(), p);
    }

    @Transactional
    public void deleteTask(ScopedPrincipal caller, long taskId) {
        TaskRow task = leadRule.visibleTask(caller, taskId);
        PlanSummary p = access.requireEdit(caller, task.planId());
        if (p.status() != PlanStatus.DRAFT) {
            throw new ConflictException("plan.issued", "An issued plan's tasks are cancelled, not deleted");
        }
        repository.deleteTask(taskId);
        audit.record(AuditRecord.of("TASK_DELETED", "plan_task", taskId, p.issuerPath())
                .withDetail(task.text()));
    }

    /** How the lower units' copies of a plan's tasks and targets are doing, for the higher plan's page. */
    public Rollup rollup(ScopedPrincipal caller, PlanDetail detail) {
        Map<Long, PlanSummary> plans = new HashMap<>();
        Map<Long, int[]> tasks = new HashMap<>();
        for (TaskRow copy :
                repository.tasksFrom(detail.tasks().stream().map(PlanTask::id).toList())) {
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
        for (TargetRow copy : repository.targetsFrom(
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

    /** The lead reports progress; a stale version is a conflict that shows the other report. */
    @Transactional
    public PlanTask report(
            ScopedPrincipal caller, long taskId, int version, TaskStatus status, Integer percent, String note) {
        TaskRow task = leadRule.visibleTask(caller, taskId);
        PlanSummary p = repository.find(task.planId()).orElseThrow();
        if (!leadRule.leads(caller, task, p) && !canEdit(caller, p)) {
            throw new AccessDeniedException("Only the task's lead reports its progress");
        }
        PlanAccess.requireActive(p);
        if (status == null) {
            throw new InvalidInputException("status", "validation.required", "The status is required");
        }
        if (percent != null && (percent < 0 || percent > 100)) {
            throw new InvalidInputException("percent", "plan.percentRange", "Percent lies between 0 and 100");
        }
        String text = VietnameseText.nfcText(note);
        if (status == TaskStatus.CANCELLED && (text == null || text.isEmpty())) {
            throw new InvalidInputException("note", "plan.cancelReason", "A cancelled task needs a reason");
        }
        Integer pct = status == TaskStatus.DONE ? Integer.valueOf(100) : percent;
        if (!repository.reportProgress(taskId, version, status, pct, today())) {
            TaskRow current = repository.task(taskId).orElseThrow();
            throw new ConflictException(
                    "error.conflict",
                    "Another report came first",
                    "→ " + current.status() + (current.percent() == null ? "" : " " + current.percent() + "%"));
        }
        repository.insertUpdate(taskId, caller.userId(), caller.username(), "PROGRESS", status, pct, text);
        audit.record(AuditRecord.of("TASK_PROGRESS", "plan_task", taskId, p.issuerPath())
                .change(Map.of("status", task.status().name()), Map.of("status", status.name())));
        return one(repository.task(taskId).orElseThrow(), p);
    }

    @Transactional
    public void comment(ScopedPrincipal caller, long taskId, String note) {
        TaskRow task = leadRule.visibleTask(caller, taskId);
        PlanAccess.requireActive(repository.find(task.planId()).orElseThrow());
        String text = required(note, "note", 4000);
        repository.insertUpdate(taskId, caller.userId(), caller.username(), "COMMENT", null, null, text);
        audit.record(AuditRecord.of(
                "TASK_COMMENTED",
                "plan_task",
                taskId,
                repository.find(task.planId()).orElseThrow().issuerPath()));
    }

    public PlanTask task(ScopedPrincipal caller, long taskId) {
        TaskRow row = leadRule.visibleTask(caller, taskId);
        return one(row, repository.find(row.planId()).orElseThrow());
    }

    public List<TaskUpdate> updates(ScopedPrincipal caller, long taskId) {
        leadRule.visibleTask(caller, taskId);
        return repository.updates(taskId);
    }

    public boolean leads(ScopedPrincipal caller, PlanTask task) {
        return leadRule.leads(
                caller,
                repository.task(task.id()).orElseThrow(),
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
        repository.tasksLedBy(party.agencyIds(), paths).forEach(t -> found.put(t.id(), t));
        for (TaskRow t : repository.tasksWithLeadGroups(above(who.unitPath()))) {
            PlanSummary p =
                    plans.computeIfAbsent(t.planId(), id -> repository.find(id).orElseThrow());
            if (TaskLeadRule.leads(t, p.issuerPath(), party)) {
                found.putIfAbsent(t.id(), t);
            }
        }
        List<TaskRow> rows = new ArrayList<>(found.values());
        Served served = served(rows);
        for (TaskRow row : rows) {
            PlanSummary p = plans.computeIfAbsent(
                    row.planId(), id -> repository.find(id).orElseThrow());
            if (PlanAccess.readable(caller, p) && p.status() != PlanStatus.SUPERSEDED) {
                out.add(task(row, p, names, served));
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
        List<TaskRow> rows = repository.tasksWithCoordinators(above(who.unitPath())).stream()
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
        Served served = served(rows);
        Map<Long, String> names = new HashMap<>();
        return rows.stream()
                .map(t -> task(t, plans.get(t.planId()), names, served))
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
        List<TaskRow> rows = repository.openTasksOfIssuedPlans();
        // A reminder names the task, not what it serves: no need to look up the links of every open task.
        Served served = new Served(new PlanRepository.TaskLinks(Map.of(), Map.of()), Map.of());
        List<PlanTask> out = new ArrayList<>();
        for (TaskRow row : rows) {
            PlanSummary p = plans.computeIfAbsent(
                    row.planId(), id -> repository.find(id).orElseThrow());
            PlanTask t = task(row, p, names, served);
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

    private TaskRow taskRow(PlanSummary p, TaskInput in, int version, TaskRow before) {
        String text = required(in.text(), "text", 4000);
        Deadline deadline;
        try {
            deadline = Deadline.parse(in.deadline(), p.yearFrom());
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException("deadline", "plan.deadlineUnknown", e.getMessage());
        }
        Long agency = access.leadAgency(p, in.leadAgencyId());
        Long unit = null;
        String leadPath = null;
        if (agency != null) {
            leadPath = units.agency(agency).map(AgencyView::unitPath).orElse(null);
        } else if (in.leadUnitCode() != null && !in.leadUnitCode().isBlank()) {
            UnitView u = units.get(
                    units.byPath(p.issuerPath()).map(UnitView::structure).orElse(null),
                    in.leadUnitCode().strip());
            if (!u.path().startsWith(p.issuerPath())) {
                throw new InvalidInputException(
                        "leadUnitCode", "plan.leadOutsideScope", "The lead is not under the plan's unit");
            }
            unit = u.id();
            leadPath = u.path();
        }
        TaskLeads leads = leads(p, in.leads());
        if (leads != null && (agency != null || unit != null)) {
            throw new InvalidInputException(
                    "leads", "plan.leadsOrOne", "A task has one lead or a lead cell of several, not both");
        }
        String subsectionCode = optional(in.subsectionCode());
        if (subsectionCode != null && optional(in.sectionCode()) == null) {
            throw new InvalidInputException(
                    "subsectionCode", "plan.subsectionWithoutSection", "A sub-section belongs to a section");
        }
        return new TaskRow(
                before == null ? 0 : before.id(),
                p.id(),
                optional(in.sectionCode()),
                optional(in.sectionTitle()),
                subsectionCode,
                subsectionCode == null ? null : optional(in.subsectionTitle()),
                0,
                text,
                Area.check(in.area(), "area"),
                optional(in.expectedResult()),
                deadline,
                agency,
                unit,
                leadPath,
                leads == null ? null : leads.written(),
                leads == null ? List.of() : leads.agencyIds(),
                leads == null ? List.of() : leads.groups(),
                optional(in.coordinators()),
                PlanFields.optionalLines(in.footnotes()),
                before == null ? null : before.sourceTaskId(),
                TaskStatus.NOT_STARTED,
                null,
                null,
                version);
    }

    /** A lead cell of several, checked: as written, each agency a lead the plan may have. Null for none. */
    private TaskLeads leads(PlanSummary p, TaskLeads in) {
        if (in == null) {
            return null;
        }
        String written = required(in.written(), "leads", 2000);
        List<Long> agencies = new ArrayList<>();
        for (Long id : in.agencyIds()) {
            Long checked = access.leadAgency(p, id);
            if (checked != null && !agencies.contains(checked)) {
                agencies.add(checked);
            }
        }
        return new TaskLeads(
                written,
                agencies,
                in.groups().stream()
                        .filter(java.util.Objects::nonNull)
                        .distinct()
                        .toList());
    }

    /** The targets and criteria a task is to serve, checked; null when the input leaves the links as they are. */
    private record Links(List<Long> targets, List<Long> criteria) {}

    private Links links(ScopedPrincipal caller, long planId, Long taskId, TaskInput input) {
        if (input.targetIds() == null && input.criterionIds() == null) {
            return null;
        }
        long task = taskId == null ? 0 : taskId;
        PlanRepository.TaskLinks before = repository.links(taskId == null ? List.of() : List.of(taskId));
        List<Long> targetIds;
        if (input.targetIds() == null) {
            targetIds = before.targetsOf(task).stream()
                    .map(PlanRepository.TaskLinks.Target::id)
                    .toList();
        } else {
            targetIds = distinct(input.targetIds());
            java.util.Set<Long> own = new java.util.HashSet<>();
            repository.targets(planId).forEach(t -> own.add(t.id()));
            for (Long id : targetIds) {
                if (!own.contains(id)) {
                    throw new InvalidInputException(
                            "targetIds", "plan.taskTargetUnknown", "Target " + id + " is not a target of this plan");
                }
            }
        }
        List<Long> criterionIds;
        if (input.criterionIds() == null) {
            criterionIds = before.criteriaOf(task);
        } else {
            criterionIds = distinct(input.criterionIds());
            for (Long id : criterionIds) {
                if (frameworks.linkableCriterion(caller, id).isEmpty()) {
                    throw new InvalidInputException(
                            "criterionIds", "plan.criterionUnknown", "No criterion " + id + " in your frameworks");
                }
            }
        }
        return new Links(targetIds, criterionIds);
    }

    private static List<Long> distinct(List<Long> ids) {
        return ids.stream().filter(java.util.Objects::nonNull).distinct().toList();
    }

    /** What a set of tasks serves, with the criteria's labels, looked up once for the set. */
    private record Served(PlanRepository.TaskLinks links, Map<Long, String> criteria) {}

    private Served served(List<TaskRow> rows) {
        PlanRepository.TaskLinks links =
                repository.links(rows.stream().map(TaskRow::id).toList());
        List<Long> criteria =
                links.criteria().values().stream().flatMap(List::stream).toList();
        return new Served(links, criteria.isEmpty() ? Map.of() : frameworks.criterionLabels(criteria));
    }

    private PlanTask one(TaskRow t, PlanSummary p) {
        return task(t, p, new HashMap<>(), served(List.of(t)));
    }

    private PlanTask task(TaskRow t, PlanSummary p, Map<Long, String> names, Served served) {
        String lead = t.leadText();
        if (t.leadAgencyId() != null) {
            lead = names.computeIfAbsent(
                    -t.leadAgencyId(),
                    k -> units.agency(t.leadAgencyId()).map(AgencyView::name).orElse(null));
        } else if (t.leadUnitId() != null) {
            lead = names.computeIfAbsent(
                    t.leadUnitId(),
                    k -> units.findById(t.leadUnitId()).map(UnitView::fullName).orElse(null));
        }
        LocalDate today = today();
        boolean done = t.status() == TaskStatus.DONE || t.status() == TaskStatus.CANCELLED;
        boolean late = t.deadline().late(today, done, t.lastUpdateOn(), p.yearFrom(), p.yearTo());
        LocalDate next = t.deadline().nextDue(today, p.yearFrom(), p.yearTo()).orElse(null);
        return new PlanTask(
                t.id(),
                t.planId(),
                t.sectionCode(),
                t.sectionTitle(),
                t.subsectionCode(),
                t.subsectionTitle(),
                t.position(),
                t.text(),
                t.area(),
                t.expectedResult(),
                t.deadline().text(),
                t.deadline().kind(),
                t.deadline().date(),
                t.deadline().reference(),
                t.leadAgencyId(),
                t.leadUnitId(),
                t.leadPath(),
                lead,
                t.leadAgencies(),
                t.leadGroups(),
                t.coordinators(),
                t.footnotes(),
                t.sourceTaskId(),
                t.status(),
                t.percent(),
                t.lastUpdateOn(),
                late,
                next,
                t.version(),
                served.links().targetsOf(t.id()).stream()
                        .map(x -> new PlanTask.Served(x.id(), x.statement()))
                        .toList(),
                served.links().criteriaOf(t.id()).stream()
                        .map(c -> new PlanTask.Served(c, served.criteria().getOrDefault(c, "#" + c)))
                        .toList());
    }
}
