package vn.dtihub.plans;

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
import vn.dtihub.plans.domain.PlanRepository;
import vn.dtihub.plans.domain.PlanRepository.PlanRow;
import vn.dtihub.plans.domain.PlanRepository.TargetRow;
import vn.dtihub.plans.domain.PlanRepository.TaskRow;
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
    private final Units units;
    private final AuditTrail audit;
    private final Clock clock;
    private final vn.dtihub.documents.FileStore files;
    private final vn.dtihub.frameworks.Frameworks frameworks;

    Plans(
            PlanRepository repository,
            Units units,
            AuditTrail audit,
            Optional<Clock> clock,
            vn.dtihub.documents.FileStore files,
            vn.dtihub.frameworks.Frameworks frameworks) {
        this.repository = repository;
        this.frameworks = frameworks;
        this.units = units;
        this.audit = audit;
        this.clock = clock.orElse(Clock.system(VIETNAM));
        this.files = files;
    }

    /** Today in Vietnam: deadlines are days there, whatever the server's zone. */
    public LocalDate today() {
        return LocalDate.now(clock.withZone(VIETNAM));
    }

    public List<PlanSummary> list(
            ScopedPrincipal caller, Integer year, PlanKind kind, PlanStatus status, String unitPath) {
        return repository.visible(caller.scope(), caller.seatPath(), year, kind, status, unitPath);
    }

    public PlanSummary get(ScopedPrincipal caller, long id) {
        PlanSummary p = repository.find(id).orElseThrow(() -> PlanNotFoundException.forId(id));
        if (!readable(caller, p)) {
            throw PlanNotFoundException.forId(id);
        }
        return p;
    }

    static boolean readable(ScopedPrincipal caller, PlanSummary p) {
        return caller.scope().coversUnit(p.issuerPath())
                || caller.seatPath() != null && caller.seatPath().startsWith(p.issuerPath());
    }

    public boolean canEdit(ScopedPrincipal caller, PlanSummary p) {
        return caller.administers() && caller.scope().coversUnit(p.issuerPath());
    }

    public PlanDetail detail(ScopedPrincipal caller, long id) {
        PlanSummary p = get(caller, id);
        List<PlanSummary> parents = repository.parents(id).stream()
                .map(repository::find)
                .flatMap(Optional::stream)
                .toList();
        Map<Long, String> names = new HashMap<>();
        Map<Long, List<TargetHorizon>> horizons = repository.horizons(id);
        List<TargetRow> rows = repository.targets(id);
        Map<Long, String> criteria = criterionLabels(rows);
        List<PlanTarget> targets =
                rows.stream().map(t -> target(t, names, horizons, criteria)).toList();
        List<PlanTask> tasks =
                repository.tasks(id).stream().map(t -> task(t, p, names)).toList();
        return new PlanDetail(p, parents, repository.sections(id), targets, tasks);
    }

    @Transactional
    public PlanSummary create(ScopedPrincipal caller, PlanHeader header, List<Long> parentIds) {
        UnitView issuer = units.byPath(caller.seatPath())
                .orElseThrow(() -> new AccessDeniedException("A plan is issued by the caller's unit"));
        if (!caller.administers()) {
            throw new AccessDeniedException("Only a unit's standing office creates its plans");
        }
        PlanRow row = row(header, issuer, false);
        long id = repository.insert(row);
        for (Long parent : parentIds == null ? List.<Long>of() : parentIds) {
            repository.addParent(id, get(caller, parent).id());
        }
        audit.record(AuditRecord.of("PLAN_CREATED", "plan", id, issuer.path()).withDetail(row.title()));
        return repository.find(id).orElseThrow();
    }

    @Transactional
    public PlanSummary updateHeader(ScopedPrincipal caller, long id, int version, PlanHeader header) {
        PlanSummary before = requireEdit(caller, id);
        if (before.status() != PlanStatus.DRAFT) {
            throw new ConflictException("plan.issued", "An issued plan's text is frozen");
        }
        UnitView issuer = units.findById(before.issuerUnitId()).orElseThrow();
        if (!repository.updateHeader(id, version, row(header, issuer, before.demo()))) {
            throw new ConflictException("error.conflict", "The plan was changed by someone else meanwhile");
        }
        audit.record(
                AuditRecord.of("PLAN_UPDATED", "plan", id, before.issuerPath()).withDetail(header.title()));
        return repository.find(id).orElseThrow();
    }

    @Transactional
    public PlanSummary issue(ScopedPrincipal caller, long id) {
        PlanSummary p = requireEdit(caller, id);
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

    @Transactional
    public PlanSection addSection(ScopedPrincipal caller, long planId, SectionKind kind, String title, String body) {
        PlanSummary p = requireEdit(caller, planId);
        if (p.status() != PlanStatus.DRAFT) {
            throw new ConflictException("plan.issued", "An issued plan's text is frozen");
        }
        String t = required(title, "title", 500);
        String b = VietnameseText.nfcText(body);
        if (b == null || b.isEmpty() || b.length() > 20_000) {
            throw new InvalidInputException(
                    "body", "validation.required", "The text is required (at most 20,000 characters)");
        }
        long id = repository.insertSection(planId, kind == null ? SectionKind.OTHER : kind, t, b);
        audit.record(AuditRecord.of("PLAN_SECTION_ADDED", "plan", planId, p.issuerPath())
                .withDetail(t));
        return repository.sections(planId).stream()
                .filter(s -> s.id() == id)
                .findFirst()
                .orElseThrow();
    }

    @Transactional
    public PlanTarget addTarget(ScopedPrincipal caller, long planId, TargetInput input) {
        PlanSummary p = requireEdit(caller, planId);
        TargetRow row = new TargetRow(
                0,
                planId,
                0,
                required(input.statement(), "statement", 2000),
                Area.check(input.area(), "area"),
                optional(input.unitOfMeasure()),
                input.baseline(),
                goal(input),
                goalYear(input),
                Boolean.TRUE.equals(input.yesNo()),
                null,
                leadAgency(p, input.leadAgencyId()),
                optional(input.coordinators(), "coordinators", 2000),
                optional(input.note(), "note", 2000),
                criterion(caller, input.criterionId()),
                null,
                0);
        long id = repository.insertTarget(planId, row);
        repository.insertHorizons(id, horizons(input));
        audit.record(AuditRecord.of(
                        p.status() == PlanStatus.DRAFT ? "TARGET_ADDED" : "TARGET_AMENDED",
                        "plan_target",
                        id,
                        p.issuerPath())
                .withDetail(row.statement()));
        return target(
                repository.targets(planId).stream()
                        .filter(t -> t.id() == id)
                        .findFirst()
                        .orElseThrow(),
                new HashMap<>());
    }

    @Transactional
    public PlanTask addTask(ScopedPrincipal caller, long planId, TaskInput input) {
        PlanSummary p = requireEdit(caller, planId);
        TaskRow row = taskRow(p, input, 0, null);
        long id = repository.insertTask(planId, row);
        audit.record(AuditRecord.of(
                        p.status() == PlanStatus.DRAFT ? "TASK_ADDED" : "TASK_AMENDED", "plan_task", id, p.issuerPath())
                .withDetail(row.text()));
        return task(repository.task(id).orElseThrow(), p, new HashMap<>());
    }

    /**
     * Changes a target (the standing office; after issue an amendment, audited). A stale version is a conflict that
     * shows the other change; the values by year are replaced by the ones sent.
     */
    @Transactional
    public PlanTarget updateTarget(ScopedPrincipal caller, long planId, long targetId, int version, TargetInput input) {
        PlanSummary p = requireEdit(caller, planId);
        TargetRow before = targetOf(planId, targetId);
        TargetRow row = new TargetRow(
                targetId,
                planId,
                before.position(),
                required(input.statement(), "statement", 2000),
                Area.check(input.area(), "area"),
                optional(input.unitOfMeasure()),
                input.baseline(),
                goal(input),
                goalYear(input),
                Boolean.TRUE.equals(input.yesNo()),
                before.latestValue(),
                leadAgency(p, input.leadAgencyId()),
                optional(input.coordinators(), "coordinators", 2000),
                optional(input.note(), "note", 2000),
                criterion(caller, input.criterionId()),
                before.sourceTargetId(),
                version);
        if (!repository.updateTarget(targetId, version, row)) {
            TargetRow current = targetOf(planId, targetId);
            throw new ConflictException(
                    "error.conflict",
                    "The target was changed by someone else meanwhile",
                    "→ \"" + current.statement() + "\"");
        }
        repository.replaceHorizons(targetId, horizons(input));
        audit.record(AuditRecord.of(
                        p.status() == PlanStatus.DRAFT ? "TARGET_UPDATED" : "TARGET_AMENDED",
                        "plan_target",
                        targetId,
                        p.issuerPath())
                .change(Map.of("statement", before.statement()), Map.of("statement", row.statement())));
        return target(targetOf(planId, targetId), new HashMap<>());
    }

    /** Deletes a target of a draft plan; an issued plan's targets stay, amended if need be. */
    @Transactional
    public void deleteTarget(ScopedPrincipal caller, long planId, long targetId) {
        PlanSummary p = requireEdit(caller, planId);
        TargetRow target = targetOf(planId, targetId);
        if (p.status() != PlanStatus.DRAFT) {
            throw new ConflictException("plan.issued", "An issued plan's targets are amended, not deleted");
        }
        repository.deleteTarget(targetId);
        audit.record(AuditRecord.of("TARGET_DELETED", "plan_target", targetId, p.issuerPath())
                .withDetail(target.statement()));
    }

    /** An imported lead left without an agency stays readable in the coordinators: "Chủ trì: …; phối hợp: …". */
    private static String keepingUnmatchedLead(String leadName, Long leadAgency, String coordinators) {
        if (leadName == null || leadAgency != null) {
            return coordinators;
        }
        return "Chủ trì: " + leadName + (coordinators == null ? "" : "; phối hợp: " + coordinators);
    }

    /** The criterion a target moves: one of a framework the caller may read, or refused naming the field. */
    private Long criterion(ScopedPrincipal caller, Long criterionId) {
        if (criterionId == null) {
            return null;
        }
        if (frameworks.linkableCriterion(caller, criterionId).isEmpty()) {
            throw new InvalidInputException(
                    "criterionId", "plan.criterionUnknown", "No criterion " + criterionId + " in your frameworks");
        }
        return criterionId;
    }

    private TargetRow targetOf(long planId, long targetId) {
        return repository.targets(planId).stream()
                .filter(t -> t.id() == targetId)
                .findFirst()
                .orElseThrow(() -> PlanNotFoundException.targetForId(targetId));
    }

    @Transactional
    public PlanTask updateTask(ScopedPrincipal caller, long taskId, int version, TaskInput input) {
        TaskRow before = visibleTask(caller, taskId);
        PlanSummary p = requireEdit(caller, before.planId());
        TaskRow row = taskRow(p, input, version, before);
        if (!repository.updateTask(taskId, version, row)) {
            TaskRow current = repository.task(taskId).orElseThrow();
            throw new ConflictException(
                    "error.conflict",
                    "The task was changed by someone else meanwhile",
                    "→ \"" + current.text() + "\", " + current.deadline().text());
        }
        audit.record(AuditRecord.of(
                        p.status() == PlanStatus.DRAFT ? "TASK_UPDATED" : "TASK_AMENDED",
                        "plan_task",
                        taskId,
                        p.issuerPath())
                .change(
                        Map.of(
                                "text",
                                before.text(),
                                "deadline",
                                before.deadline().text()),
                        Map.of("text", row.text(), "deadline", row.deadline().text())));
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
                            + before.deadline().text() + " → \"" + row.text() + "\", "
                            + row.deadline().text());
        }
        return task(repository.task(taskId).orElseThrow(), p, new HashMap<>());
    }

    @Transactional
    public void deleteTask(ScopedPrincipal caller, long taskId) {
        TaskRow task = visibleTask(caller, taskId);
        PlanSummary p = requireEdit(caller, task.planId());
        if (p.status() != PlanStatus.DRAFT) {
            throw new ConflictException("plan.issued", "An issued plan's tasks are cancelled, not deleted");
        }
        repository.deleteTask(taskId);
        audit.record(AuditRecord.of("TASK_DELETED", "plan_task", taskId, p.issuerPath())
                .withDetail(task.text()));
    }

    /**
     * Creates a lower unit's plan from a higher one: it implements the higher plan, inherits its legal basis, and
     * starts with copies of the targets that apply to every unit (no lead) or to this one, and of the tasks led by this
     * unit or its agencies, each linked to its source so that the higher plan can roll up progress.
     */
    @Transactional
    public PlanSummary cascade(
            ScopedPrincipal caller, long parentId, String unitCode, String structure, String number, String title) {
        PlanSummary parent = get(caller, parentId);
        UnitView issuer = units.byPath(parent.issuerPath()).orElseThrow();
        vn.dtihub.units.Structure s = structure == null || structure.isBlank()
                ? issuer.structure()
                : vn.dtihub.units.Structure.fromCode(structure).orElse(issuer.structure());
        if (unitCode == null || unitCode.isBlank()) {
            throw new InvalidInputException("unitCode", "validation.required", "Name the unit the plan is for");
        }
        UnitView unit = units.get(s, unitCode.strip());
        if (!unit.path().startsWith(parent.issuerPath()) || unit.path().equals(parent.issuerPath())) {
            throw new InvalidInputException(
                    "unitCode", "plan.cascadeOutside", "The unit is not under the plan's issuer");
        }
        if (!caller.administers() || !caller.scope().coversUnit(unit.path())) {
            throw new AccessDeniedException("Only the unit's standing office (or one above it) creates its plan");
        }
        String planTitle = title == null || title.isBlank() ? parent.title() + " – " + unit.fullName() : title;
        long id = repository.insert(row(
                new PlanHeader(number, planTitle, parent.kind(), null, null, parent.yearFrom(), parent.yearTo()),
                unit,
                parent.demo()));
        repository.addParent(id, parentId);
        for (PlanSection section : repository.sections(parentId)) {
            if (section.kind() == SectionKind.BASIS) {
                repository.insertSection(id, SectionKind.BASIS, section.title(), section.body());
            }
        }
        repository.insertSection(
                id,
                SectionKind.BASIS,
                "Căn cứ",
                "Thực hiện Kế hoạch " + (parent.number() == null ? "" : "số " + parent.number() + " ") + "của "
                        + parent.issuerName() + ": " + parent.title());
        int targets = 0;
        Map<Long, List<TargetHorizon>> parentHorizons = repository.horizons(parentId);
        for (TargetRow t : repository.targets(parentId)) {
            String leadPath = t.leadAgencyId() == null
                    ? null
                    : units.agency(t.leadAgencyId()).map(AgencyView::unitPath).orElse(null);
            if (leadPath == null || leadPath.startsWith(unit.path())) {
                long copy = repository.insertTarget(
                        id,
                        new TargetRow(
                                0,
                                id,
                                0,
                                t.statement(),
                                t.area(),
                                t.unitOfMeasure(),
                                t.baseline(),
                                t.goal(),
                                t.goalYear(),
                                t.yesNo(),
                                null,
                                leadPath == null ? null : t.leadAgencyId(),
                                t.coordinators(),
                                t.note(),
                                t.criterionId(),
                                t.id(),
                                0));
                repository.insertHorizons(copy, parentHorizons.getOrDefault(t.id(), List.of()));
                targets++;
            }
        }
        int tasks = 0;
        for (TaskRow t : repository.tasks(parentId)) {
            if (t.leadPath() != null && t.leadPath().startsWith(unit.path())) {
                repository.insertTask(
                        id,
                        new TaskRow(
                                0,
                                id,
                                t.sectionCode(),
                                t.sectionTitle(),
                                0,
                                t.text(),
                                t.area(),
                                t.expectedResult(),
                                t.deadline(),
                                t.leadAgencyId(),
                                t.leadUnitId(),
                                t.leadPath(),
                                t.coordinators(),
                                t.footnotes(),
                                t.id(),
                                TaskStatus.NOT_STARTED,
                                null,
                                null,
                                0));
                tasks++;
            }
        }
        audit.record(AuditRecord.of("PLAN_CASCADED", "plan", id, unit.path())
                .withDetail("from plan " + parentId + ": " + targets + " targets, " + tasks + " tasks"));
        return repository.find(id).orElseThrow();
    }

    /** How the lower units' copies of a plan's tasks and targets are doing, for the higher plan's page. */
    public Rollup rollup(ScopedPrincipal caller, PlanDetail detail) {
        Map<Long, PlanSummary> plans = new HashMap<>();
        Map<Long, int[]> tasks = new HashMap<>();
        for (TaskRow copy :
                repository.tasksFrom(detail.tasks().stream().map(PlanTask::id).toList())) {
            PlanSummary p =
                    plans.computeIfAbsent(copy.planId(), k -> repository.find(k).orElseThrow());
            if (!readable(caller, p)) {
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
            if (!readable(caller, p)) {
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

    /** Records a target's latest value (the unit's standing office, or the target's lead). */
    @Transactional
    public PlanTarget recordValue(ScopedPrincipal caller, long planId, long targetId, java.math.BigDecimal value) {
        PlanSummary p = get(caller, planId);
        TargetRow t = repository.targets(planId).stream()
                .filter(x -> x.id() == targetId)
                .findFirst()
                .orElseThrow(() -> PlanNotFoundException.targetForId(targetId));
        boolean lead = t.leadAgencyId() != null && t.leadAgencyId().equals(caller.seatAgencyId());
        if (!canEdit(caller, p) && !lead) {
            throw new AccessDeniedException("Only the plan's standing office or the target's lead records its value");
        }
        if (value == null) {
            throw new InvalidInputException("value", "validation.required", "value is required");
        }
        repository.setLatestValue(targetId, value);
        audit.record(AuditRecord.of("TARGET_VALUE", "plan_target", targetId, p.issuerPath())
                .change(t.latestValue() == null ? null : Map.of("value", t.latestValue()), Map.of("value", value)));
        return target(
                repository.targets(planId).stream()
                        .filter(x -> x.id() == targetId)
                        .findFirst()
                        .orElseThrow(),
                new HashMap<>());
    }

    /** What an import would create, and the lead names still to settle (none, one or several candidate agencies). */
    public record TaskImportPreview(
            int tasks,
            int targets,
            List<String> sections,
            Map<String, List<AgencyView>> leads,
            List<vn.dtihub.shared.FileProblem> problems) {
        public boolean settled(String name) {
            return leads.getOrDefault(name, List.of()).size() == 1;
        }
    }

    /** The choice for a lead name that is not settled: an agency, a new agency of that name, or no lead. */
    public static final long NEW_AGENCY = -1;

    public static final long NO_LEAD = 0;

    public TaskImportPreview previewImport(ScopedPrincipal caller, long planId, TaskImport.Parsed parsed) {
        PlanSummary p = requireEdit(caller, planId);
        UnitView unit = units.byPath(p.issuerPath()).orElseThrow();
        Map<String, List<AgencyView>> leads = new LinkedHashMap<>();
        parsed.leadNames().forEach(name -> leads.put(name, units.agenciesNamed(unit, name)));
        List<String> sections = parsed.rows().stream()
                .map(TaskImport.Row::sectionTitle)
                .filter(java.util.Objects::nonNull)
                .distinct()
                .toList();
        return new TaskImportPreview(parsed.rows().size(), parsed.targets().size(), sections, leads, parsed.problems());
    }

    /** What an import created: the tasks of a task table or the targets of a target appendix. */
    public record Imported(List<PlanTask> tasks, List<PlanTarget> targets) {}

    /**
     * Creates every task (or target) of the file, or none: problems in the file, or a lead name neither matched to
     * exactly one agency nor settled by a choice, refuse the whole import.
     */
    @Transactional
    public Imported importTasks(
            ScopedPrincipal caller, long planId, TaskImport.Parsed parsed, Map<String, Long> choices) {
        PlanSummary p = requireEdit(caller, planId);
        UnitView unit = units.byPath(p.issuerPath()).orElseThrow();
        List<vn.dtihub.shared.FileProblem> problems = new ArrayList<>(parsed.problems());
        Map<String, Long> resolved = new HashMap<>();
        for (String name : parsed.leadNames()) {
            Long choice = choices == null ? null : choices.get(name);
            List<AgencyView> candidates = units.agenciesNamed(unit, name);
            if (choice != null && choice == NEW_AGENCY) {
                continue;
            } else if (choice != null && choice == NO_LEAD) {
                resolved.put(name, null);
            } else if (choice != null) {
                if (units.agency(choice)
                        .filter(a -> a.unitPath().equals(unit.path()))
                        .isEmpty()) {
                    problems.add(new vn.dtihub.shared.FileProblem(
                            null,
                            "E",
                            "\"" + name
                                    + "\": cơ quan đã chọn không thuộc đơn vị / the chosen agency is not the unit's"));
                } else {
                    resolved.put(name, choice);
                }
            } else if (candidates.size() == 1) {
                resolved.put(name, candidates.get(0).id());
            } else {
                List<Integer> rows = new ArrayList<>();
                parsed.rows().stream().filter(r -> name.equals(r.lead())).forEach(r -> rows.add(r.row()));
                parsed.targets().stream().filter(r -> name.equals(r.lead())).forEach(r -> rows.add(r.row()));
                problems.add(new vn.dtihub.shared.FileProblem(
                        rows.isEmpty() ? null : rows.get(0),
                        parsed.targets().isEmpty() ? "E" : "C",
                        (candidates.isEmpty() ? "chưa xác định được cơ quan \"" : "có nhiều cơ quan khớp \"") + name
                                + "\" (dòng " + rows + "): hãy chọn / pick the agency"));
            }
        }
        if (!problems.isEmpty()) {
            throw new vn.dtihub.shared.FileRejectedException(problems);
        }
        for (String name : parsed.leadNames()) {
            Long choice = choices == null ? null : choices.get(name);
            if (choice != null && choice == NEW_AGENCY) {
                resolved.put(
                        name,
                        units.createAgency(caller, unit, new vn.dtihub.units.AgencyChange(name, null, null, true))
                                .id());
            }
        }
        List<PlanTask> created = new ArrayList<>();
        for (TaskImport.Row r : parsed.rows()) {
            Long lead = r.lead() == null ? null : resolved.get(r.lead());
            String coordinators = keepingUnmatchedLead(r.lead(), lead, r.coordinators());
            created.add(addTask(
                    caller,
                    planId,
                    new TaskInput(
                            r.sectionCode(),
                            r.sectionTitle(),
                            r.text(),
                            null,
                            r.expectedResult(),
                            r.deadline(),
                            lead,
                            null,
                            coordinators,
                            r.footnotes())));
        }
        List<PlanTarget> targets = new ArrayList<>();
        for (TaskImport.TargetLine r : parsed.targets()) {
            Long lead = r.lead() == null ? null : resolved.get(r.lead());
            String coordinators = keepingUnmatchedLead(r.lead(), lead, r.coordinators());
            targets.add(addTarget(
                    caller,
                    planId,
                    new TargetInput(
                            r.statement(),
                            r.area(),
                            r.unitOfMeasure(),
                            null,
                            r.goal(),
                            r.goalYear(),
                            false,
                            lead,
                            coordinators,
                            r.note(),
                            null,
                            null)));
        }
        audit.record(AuditRecord.of("TASKS_IMPORTED", "plan", planId, p.issuerPath())
                .withDetail(created.size() + " tasks, " + targets.size() + " targets"));
        return new Imported(created, targets);
    }

    /** The task's lead (or the plan's standing office) attaches evidence: checked by content, stored once. */
    @Transactional
    public TaskFile attach(ScopedPrincipal caller, long taskId, java.io.InputStream content, String name) {
        TaskRow task = visibleTask(caller, taskId);
        PlanSummary p = repository.find(task.planId()).orElseThrow();
        if (!leads(caller, task) && !canEdit(caller, p)) {
            throw new AccessDeniedException("Only the task's lead attaches evidence");
        }
        String safe = vn.dtihub.documents.FileNames.safe(name);
        vn.dtihub.documents.StoredFile stored = files.store(content, safe);
        long id = repository.insertFile(taskId, stored.id(), safe, caller.username());
        repository.insertUpdate(taskId, caller.userId(), caller.username(), "COMMENT", null, null, "Đính kèm: " + safe);
        audit.record(AuditRecord.of("TASK_FILE_ATTACHED", "plan_task", taskId, p.issuerPath())
                .withDetail(safe + " " + stored.sha256()));
        return repository.files(taskId).stream()
                .filter(f -> f.id() == id)
                .findFirst()
                .orElseThrow();
    }

    public List<TaskFile> files(ScopedPrincipal caller, long taskId) {
        visibleTask(caller, taskId);
        return repository.files(taskId);
    }

    /** A task's file for download, checked against the caller's scope like the task itself. */
    public TaskFile file(ScopedPrincipal caller, long taskId, long fileId) {
        visibleTask(caller, taskId);
        return repository.files(taskId).stream()
                .filter(f -> f.id() == fileId)
                .findFirst()
                .orElseThrow(() -> PlanNotFoundException.taskForId(taskId + "/" + fileId));
    }

    public java.io.InputStream open(TaskFile file) throws java.io.IOException {
        return files.open(files.find(file.fileId()).orElseThrow());
    }

    /** The lead reports progress; a stale version is a conflict that shows the other report. */
    @Transactional
    public PlanTask report(
            ScopedPrincipal caller, long taskId, int version, TaskStatus status, Integer percent, String note) {
        TaskRow task = visibleTask(caller, taskId);
        PlanSummary p = repository.find(task.planId()).orElseThrow();
        if (!leads(caller, task) && !canEdit(caller, p)) {
            throw new AccessDeniedException("Only the task's lead reports its progress");
        }
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
        return task(repository.task(taskId).orElseThrow(), p, new HashMap<>());
    }

    @Transactional
    public void comment(ScopedPrincipal caller, long taskId, String note) {
        TaskRow task = visibleTask(caller, taskId);
        String text = required(note, "note", 4000);
        repository.insertUpdate(taskId, caller.userId(), caller.username(), "COMMENT", null, null, text);
        audit.record(AuditRecord.of(
                "TASK_COMMENTED",
                "plan_task",
                taskId,
                repository.find(task.planId()).orElseThrow().issuerPath()));
    }

    public PlanTask task(ScopedPrincipal caller, long taskId) {
        TaskRow row = visibleTask(caller, taskId);
        return task(row, repository.find(row.planId()).orElseThrow(), new HashMap<>());
    }

    public List<TaskUpdate> updates(ScopedPrincipal caller, long taskId) {
        visibleTask(caller, taskId);
        return repository.updates(taskId);
    }

    public boolean leads(ScopedPrincipal caller, PlanTask task) {
        return leads(caller, repository.task(task.id()).orElseThrow());
    }

    private boolean leads(ScopedPrincipal caller, TaskRow task) {
        if (task.leadAgencyId() != null) {
            return task.leadAgencyId().equals(caller.seatAgencyId());
        }
        return task.leadUnitId() != null
                && task.leadPath() != null
                && task.leadPath().equals(caller.seatPath())
                && caller.seatAgencyId() == null;
    }

    /** What the caller's agency or unit leads, across the plans it can read, each task once. */
    public List<PlanTask> myTasks(ScopedPrincipal caller) {
        List<String> paths =
                caller.seatAgencyId() == null && caller.seatPath() != null ? List.of(caller.seatPath()) : List.of();
        Map<Long, PlanSummary> plans = new HashMap<>();
        Map<Long, String> names = new HashMap<>();
        List<PlanTask> out = new ArrayList<>();
        for (TaskRow row : repository.tasksLedBy(caller.seatAgencyId(), paths)) {
            PlanSummary p = plans.computeIfAbsent(
                    row.planId(), id -> repository.find(id).orElseThrow());
            if (readable(caller, p)) {
                out.add(task(row, p, names));
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

    /** Counts of a standing office's tasks by status (late counted apart) and the late ones. */
    public Map<String, Long> overview(List<PlanTask> tasks) {
        Map<String, Long> counts = new LinkedHashMap<>();
        for (TaskStatus s : TaskStatus.values()) {
            counts.put(s.name(), tasks.stream().filter(t -> t.status() == s).count());
        }
        counts.put("LATE", tasks.stream().filter(PlanTask::late).count());
        return counts;
    }

    private TaskRow visibleTask(ScopedPrincipal caller, long taskId) {
        TaskRow task = repository.task(taskId).orElseThrow(() -> PlanNotFoundException.taskForId(taskId));
        PlanSummary p = repository.find(task.planId()).orElseThrow();
        if (!readable(caller, p) && !leads(caller, task)) {
            throw PlanNotFoundException.taskForId(taskId);
        }
        return task;
    }

    private PlanSummary requireEdit(ScopedPrincipal caller, long planId) {
        PlanSummary p = get(caller, planId);
        if (!canEdit(caller, p)) {
            throw new AccessDeniedException("Only the issuing unit's standing office edits its plans");
        }
        return p;
    }

    private TaskRow taskRow(PlanSummary p, TaskInput in, int version, TaskRow before) {
        String text = required(in.text(), "text", 4000);
        Deadline deadline;
        try {
            deadline = Deadline.parse(in.deadline(), p.yearFrom());
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException("deadline", "plan.deadlineUnknown", e.getMessage());
        }
        Long agency = leadAgency(p, in.leadAgencyId());
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
        return new TaskRow(
                before == null ? 0 : before.id(),
                p.id(),
                optional(in.sectionCode()),
                optional(in.sectionTitle()),
                0,
                text,
                Area.check(in.area(), "area"),
                optional(in.expectedResult()),
                deadline,
                agency,
                unit,
                leadPath,
                optional(in.coordinators()),
                optional(in.footnotes()),
                before == null ? null : before.sourceTaskId(),
                TaskStatus.NOT_STARTED,
                null,
                null,
                version);
    }

    private Long leadAgency(PlanSummary p, Long agencyId) {
        if (agencyId == null) {
            return null;
        }
        AgencyView agency = units.agency(agencyId)
                .filter(AgencyView::active)
                .orElseThrow(
                        () -> new InvalidInputException("leadAgencyId", "assignment.unknownAgency", "Unknown agency"));
        if (!agency.unitPath().startsWith(p.issuerPath())) {
            throw new InvalidInputException(
                    "leadAgencyId", "plan.leadOutsideScope", "The lead is not under the plan's unit");
        }
        return agency.id();
    }

    /** The horizons of a target input, its main goal among them, checked: years 2000–2100, each once. */
    private static List<TargetHorizon> horizons(TargetInput in) {
        Map<Integer, java.math.BigDecimal> byYear = new java.util.TreeMap<>();
        if (in.horizons() != null) {
            for (TargetHorizon h : in.horizons()) {
                if (h == null || h.value() == null || h.year() < 2000 || h.year() > 2100) {
                    throw new InvalidInputException(
                            "horizons", "plan.horizonInvalid", "Each horizon is a year 2000–2100 and a value");
                }
                if (byYear.put(h.year(), h.value()) != null) {
                    throw new InvalidInputException("horizons", "plan.horizonInvalid", "A year appears twice");
                }
            }
        }
        if (in.goal() != null && in.goalYear() != null) {
            byYear.putIfAbsent(in.goalYear(), in.goal());
        }
        return byYear.entrySet().stream()
                .map(e -> new TargetHorizon(e.getKey(), e.getValue()))
                .toList();
    }

    /** The main goal: the one given, else the earliest horizon. */
    private static java.math.BigDecimal goal(TargetInput in) {
        if (in.goal() != null) {
            return in.goal();
        }
        List<TargetHorizon> h = horizons(in);
        return h.isEmpty() ? null : h.get(0).value();
    }

    private static Integer goalYear(TargetInput in) {
        if (in.goal() != null) {
            return in.goalYear();
        }
        List<TargetHorizon> h = horizons(in);
        return h.isEmpty() ? in.goalYear() : Integer.valueOf(h.get(0).year());
    }

    private PlanTarget target(TargetRow t, Map<Long, String> names) {
        return target(t, names, repository.horizons(t.planId()), criterionLabels(List.of(t)));
    }

    /** The labels of the criteria the targets move, looked up once per plan rather than once per target. */
    private Map<Long, String> criterionLabels(List<TargetRow> targets) {
        List<Long> ids = targets.stream()
                .map(TargetRow::criterionId)
                .filter(java.util.Objects::nonNull)
                .toList();
        return ids.isEmpty() ? Map.of() : frameworks.criterionLabels(ids);
    }

    private PlanTarget target(
            TargetRow t, Map<Long, String> names, Map<Long, List<TargetHorizon>> horizons, Map<Long, String> criteria) {
        String lead = t.leadAgencyId() == null
                ? null
                : names.computeIfAbsent(
                        -t.leadAgencyId(),
                        k -> units.agency(t.leadAgencyId())
                                .map(AgencyView::name)
                                .orElse(null));
        return new PlanTarget(
                t.id(),
                t.planId(),
                t.position(),
                t.statement(),
                t.area(),
                t.unitOfMeasure(),
                t.baseline(),
                t.goal(),
                t.goalYear(),
                t.yesNo(),
                t.latestValue(),
                t.leadAgencyId(),
                lead,
                t.coordinators(),
                t.note(),
                t.criterionId(),
                t.criterionId() == null ? null : criteria.get(t.criterionId()),
                t.sourceTargetId(),
                t.version(),
                horizons.getOrDefault(t.id(), List.of()));
    }

    private PlanTask task(TaskRow t, PlanSummary p, Map<Long, String> names) {
        String lead = null;
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
                t.coordinators(),
                t.footnotes(),
                t.sourceTaskId(),
                t.status(),
                t.percent(),
                t.lastUpdateOn(),
                late,
                next,
                t.version());
    }

    private static PlanRow row(PlanHeader h, UnitView issuer, boolean demo) {
        String title = required(h == null ? null : h.title(), "title", 1000);
        int from = h.yearFrom() == null ? LocalDate.now(VIETNAM).getYear() : h.yearFrom();
        int to = h.yearTo() == null ? from : h.yearTo();
        if (from < 2000 || from > 2100 || to < from || to > 2100) {
            throw new InvalidInputException(
                    "yearTo", "framework.yearsReversed", "Years are 2000–2100, the last not before the first");
        }
        return new PlanRow(
                optional(h.number()),
                title,
                h.kind() == null ? PlanKind.YEARLY : h.kind(),
                issuer.id(),
                issuer.path(),
                issuer.fullName(),
                optional(h.signer()),
                h.issuedOn(),
                from,
                to,
                demo);
    }

    private static String required(String raw, String field, int max) {
        String value = VietnameseText.nfc(raw);
        if (value == null || value.isEmpty()) {
            throw new InvalidInputException(field, "validation.required", field + " is required");
        }
        if (value.length() > max) {
            throw new InvalidInputException(field, "validation.tooLong", field + " is too long");
        }
        return value;
    }

    private static String optional(String raw, String field, int max) {
        String value = optional(raw);
        if (value != null && value.length() > max) {
            throw new InvalidInputException(field, "validation.tooLong", field + " is too long");
        }
        return value;
    }

    private static String optional(String raw) {
        String value = VietnameseText.nfc(raw);
        return value == null || value.isEmpty() ? null : value;
    }
}
