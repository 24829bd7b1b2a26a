package vn.dtihub.plans.domain;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.dtihub.plans.Deadline;
import vn.dtihub.plans.PlanStatus;
import vn.dtihub.plans.PlanSummary;
import vn.dtihub.plans.PlanTask;
import vn.dtihub.plans.TaskInput;
import vn.dtihub.plans.TaskLeads;
import vn.dtihub.plans.TaskStatus;
import vn.dtihub.plans.domain.TaskRepository.TaskRow;
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
 * A plan's tasks: added, changed (after issue, an amendment kept on the task) or deleted by the standing office;
 * progress reported and comments left by their leads, a stale version a conflict that shows the other change.
 */
@Service
public class Tasks {

    private final PlanRepository repository;
    private final TargetRepository targetRepository;
    private final TaskRepository taskRepository;
    private final PlanAccess access;
    private final Leads leads;
    private final TaskViews views;
    private final Units units;
    private final vn.dtihub.frameworks.Frameworks frameworks;
    private final AuditTrail audit;
    private final org.springframework.context.ApplicationEventPublisher events;

    Tasks(
            PlanRepository repository,
            TargetRepository targetRepository,
            TaskRepository taskRepository,
            PlanAccess access,
            Leads leads,
            TaskViews views,
            Units units,
            vn.dtihub.frameworks.Frameworks frameworks,
            AuditTrail audit,
            org.springframework.context.ApplicationEventPublisher events) {
        this.events = events;
        this.repository = repository;
        this.targetRepository = targetRepository;
        this.taskRepository = taskRepository;
        this.access = access;
        this.leads = leads;
        this.views = views;
        this.units = units;
        this.frameworks = frameworks;
        this.audit = audit;
    }

    /** Adds a task to a plan the caller edits; after issue it is an amendment, audited as one. */
    @Transactional
    public PlanTask add(ScopedPrincipal caller, long planId, TaskInput input) {
        PlanSummary p = access.requireEdit(caller, planId);
        TaskRow row = taskRow(p, input, 0, null);
        Links links = links(caller, planId, null, input);
        long id = taskRepository.insertTask(planId, row);
        if (links != null) {
            taskRepository.linkTask(id, links.targets(), links.criteria());
        }
        audit.record(AuditRecord.of(
                        p.status() == PlanStatus.DRAFT ? "TASK_ADDED" : "TASK_AMENDED", "plan_task", id, p.issuerPath())
                .withDetail(row.text()));
        if (p.status() != PlanStatus.DRAFT) {
            events.publishEvent(new vn.dtihub.plans.TaskAssigned(id, planId));
        }
        return views.one(taskRepository.task(id).orElseThrow(), p);
    }

    /**
     * Changes a task on the version the caller read (else a conflict showing the other change); after issue the
     * wording it replaces is kept on the task as a comment for everyone who reads the plan.
     */
    @Transactional
    public PlanTask update(ScopedPrincipal caller, long taskId, int version, TaskInput input) {
        TaskRow before = leads.visibleTask(caller, taskId);
        PlanSummary p = access.requireEdit(caller, before.planId());
        TaskRow row = taskRow(p, input, version, before);
        Links links = links(caller, before.planId(), taskId, input);
        if (!taskRepository.updateTask(taskId, version, row)) {
            TaskRow current = taskRepository.task(taskId).orElseThrow();
            throw new ConflictException(
                    "error.conflict",
                    "The task was changed by someone else meanwhile",
                    "→ \"" + current.text() + "\", " + current.deadline().label());
        }
        TaskRepository.TaskLinks linked = taskRepository.links(List.of(taskId));
        Map<String, Object> was = new LinkedHashMap<>();
        Map<String, Object> now = new LinkedHashMap<>();
        was.put("text", before.text());
        was.put("deadline", before.deadline().label());
        now.put("text", row.text());
        now.put("deadline", row.deadline().label());
        if (links != null) {
            taskRepository.linkTask(taskId, links.targets(), links.criteria());
            was.put(
                    "targets",
                    linked.targetsOf(taskId).stream()
                            .map(TaskRepository.TaskLinks.Target::id)
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
            taskRepository.insertUpdate(
                    taskId,
                    caller.userId(),
                    caller.username(),
                    "COMMENT",
                    null,
                    null,
                    "Điều chỉnh sau ban hành: \"" + before.text() + "\", "
                            + before.deadline().label() + " → \"" + row.text() + "\", "
                            + row.deadline().label());
            // Told once each: only a lead the change adds hears of the task.
            events.publishEvent(new vn.dtihub.plans.TaskAssigned(taskId, before.planId()));
        }
        return views.one(taskRepository.task(taskId).orElseThrow(), p);
    }

    /** The lead reports progress; a stale version is a conflict that shows the other report. */
    @Transactional
    /** What the caller may do with the task now, for its page (see {@link TaskPermissions}). */
    public TaskPermissions permissions(ScopedPrincipal caller, long taskId) {
        TaskRow task = leads.visibleTask(caller, taskId);
        PlanSummary p = repository.find(task.planId()).orElseThrow();
        boolean active = p.status() != PlanStatus.SUPERSEDED;
        boolean edits = PlanAccess.canEdit(caller, p);
        return new TaskPermissions(active && (edits || leads.leads(caller, task, p)), active && edits);
    }

    public PlanTask report(
            ScopedPrincipal caller, long taskId, int version, TaskStatus status, Integer percent, String note) {
        TaskRow task = leads.visibleTask(caller, taskId);
        PlanSummary p = repository.find(task.planId()).orElseThrow();
        if (!leads.leads(caller, task, p) && !PlanAccess.canEdit(caller, p)) {
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
        if (!taskRepository.reportProgress(taskId, version, status, pct, views.today())) {
            TaskRow current = taskRepository.task(taskId).orElseThrow();
            throw new ConflictException(
                    "error.conflict",
                    "Another report came first",
                    "→ " + current.status() + (current.percent() == null ? "" : " " + current.percent() + "%"));
        }
        taskRepository.insertUpdate(taskId, caller.userId(), caller.username(), "PROGRESS", status, pct, text);
        audit.record(AuditRecord.of("TASK_PROGRESS", "plan_task", taskId, p.issuerPath())
                .change(Map.of("status", task.status().name()), Map.of("status", status.name())));
        return views.one(taskRepository.task(taskId).orElseThrow(), p);
    }

    @Transactional
    public void comment(ScopedPrincipal caller, long taskId, String note) {
        TaskRow task = leads.visibleTask(caller, taskId);
        PlanAccess.requireActive(repository.find(task.planId()).orElseThrow());
        String text = PlanFields.required(note, "note", 4000);
        taskRepository.insertUpdate(taskId, caller.userId(), caller.username(), "COMMENT", null, null, text);
        audit.record(AuditRecord.of(
                "TASK_COMMENTED",
                "plan_task",
                taskId,
                repository.find(task.planId()).orElseThrow().issuerPath()));
    }

    /** A task the caller may see, as its page shows it. */
    public PlanTask task(ScopedPrincipal caller, long taskId) {
        TaskRow row = leads.visibleTask(caller, taskId);
        return views.one(row, repository.find(row.planId()).orElseThrow());
    }

    /** A task's progress reports and comments, as its page lists them. */
    public List<TaskUpdate> updates(ScopedPrincipal caller, long taskId) {
        leads.visibleTask(caller, taskId);
        return taskRepository.updates(taskId);
    }

    private TaskRow taskRow(PlanSummary p, TaskInput in, int version, TaskRow before) {
        String text = PlanFields.required(in.text(), "text", 4000);
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
        TaskLeads leads = leadCell(p, in.leads());
        if (leads != null && (agency != null || unit != null)) {
            throw new InvalidInputException(
                    "leads", "plan.leadsOrOne", "A task has one lead or a lead cell of several, not both");
        }
        String subsectionCode = PlanFields.optional(in.subsectionCode());
        if (subsectionCode != null && PlanFields.optional(in.sectionCode()) == null) {
            throw new InvalidInputException(
                    "subsectionCode", "plan.subsectionWithoutSection", "A sub-section belongs to a section");
        }
        return new TaskRow(
                before == null ? 0 : before.id(),
                p.id(),
                PlanFields.optional(in.sectionCode()),
                PlanFields.optional(in.sectionTitle()),
                subsectionCode,
                subsectionCode == null ? null : PlanFields.optional(in.subsectionTitle()),
                0,
                text,
                Area.check(in.area(), "area"),
                PlanFields.optional(in.expectedResult()),
                deadline,
                agency,
                unit,
                leadPath,
                leads == null ? null : leads.written(),
                leads == null ? List.of() : leads.agencyIds(),
                leads == null ? List.of() : leads.groups(),
                PlanFields.optional(in.coordinators()),
                PlanFields.optionalLines(in.footnotes()),
                before == null ? null : before.sourceTaskId(),
                TaskStatus.NOT_STARTED,
                null,
                null,
                version);
    }

    /** A lead cell of several, checked: as written, each agency a lead the plan may have. Null for none. */
    private TaskLeads leadCell(PlanSummary p, TaskLeads in) {
        if (in == null) {
            return null;
        }
        String written = PlanFields.required(in.written(), "leads", 2000);
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
        TaskRepository.TaskLinks before = taskRepository.links(taskId == null ? List.of() : List.of(taskId));
        List<Long> targetIds;
        if (input.targetIds() == null) {
            targetIds = before.targetsOf(task).stream()
                    .map(TaskRepository.TaskLinks.Target::id)
                    .toList();
        } else {
            targetIds = distinct(input.targetIds());
            java.util.Set<Long> own = new java.util.HashSet<>();
            targetRepository.targets(planId).forEach(t -> own.add(t.id()));
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
}
