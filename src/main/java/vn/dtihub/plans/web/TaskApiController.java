package vn.dtihub.plans.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.LocalDate;
import java.util.List;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.dtihub.plans.Assignee;
import vn.dtihub.plans.PlanSummary;
import vn.dtihub.plans.PlanTask;
import vn.dtihub.plans.Plans;
import vn.dtihub.plans.TaskInput;
import vn.dtihub.plans.TaskStatus;
import vn.dtihub.plans.domain.Assignees;
import vn.dtihub.plans.domain.TaskImport;
import vn.dtihub.plans.domain.TaskUpdate;
import vn.dtihub.shared.InvalidInputException;
import vn.dtihub.shared.ScopedPrincipal;

/** The API of tasks: a plan's tasks listed, added and imported from a workbook; a task read, edited and reported on; the tasks of an assignee. */
@RestController
@Tag(name = "Plans", description = "Plans with their targets and tasks, and task progress")
class TaskApiController {

    private final Plans plans;
    private final Assignees assignees;
    private final vn.dtihub.plans.domain.Sections sections;
    private final vn.dtihub.plans.domain.Tasks tasks;
    private final vn.dtihub.plans.domain.PlanTargets targets;
    private final vn.dtihub.plans.domain.PlanImports imports;
    private final vn.dtihub.documents.Workbooks workbooks;
    private final org.springframework.context.MessageSource messages;

    TaskApiController(
            Plans plans,
            Assignees assignees,
            vn.dtihub.plans.domain.Sections sections,
            vn.dtihub.plans.domain.Tasks tasks,
            vn.dtihub.plans.domain.PlanTargets targets,
            vn.dtihub.plans.domain.PlanImports imports,
            vn.dtihub.documents.Workbooks workbooks,
            org.springframework.context.MessageSource messages) {
        this.messages = messages;
        this.plans = plans;
        this.assignees = assignees;
        this.sections = sections;
        this.tasks = tasks;
        this.targets = targets;
        this.imports = imports;
        this.workbooks = workbooks;
    }

    @GetMapping("/api/v1/plans/{id}/tasks")
    @Operation(summary = "A plan's tasks in order")
    List<PlanTask> tasks(@PathVariable long id, @AuthenticationPrincipal ScopedPrincipal me) {
        return plans.detail(me, id).tasks();
    }

    @PostMapping("/api/v1/plans/{id}/tasks")
    @Operation(summary = "Add a task; the deadline in words (30/6/2024, Quý III/2024, Hàng quý, Thường xuyên …)")
    ResponseEntity<PlanTask> addTask(
            @PathVariable long id, @RequestBody TaskInput body, @AuthenticationPrincipal ScopedPrincipal me) {
        return ResponseEntity.status(201).body(plans.addTask(me, id, body));
    }

    /**
     * Imports the task table of the plan from xlsx. With dryRun: what would be created and the lead names to settle.
     * Otherwise all or nothing; {@code choices} (JSON) settles lead names: an agency id, -1 to create the agency,
     * 0 for no lead.
     */
    @PostMapping("/api/v1/plans/{id}/tasks/import")
    @Operation(summary = "Import the task table from xlsx (preview with dryRun=true, then all or nothing)")
    ResponseEntity<?> importTasks(
            @PathVariable long id,
            @RequestParam(required = false) org.springframework.web.multipart.MultipartFile file,
            @RequestParam(defaultValue = "false") boolean dryRun,
            @RequestParam(required = false) String choices,
            @AuthenticationPrincipal ScopedPrincipal me)
            throws java.io.IOException {
        PlanSummary plan = plans.get(me, id);
        if (!vn.dtihub.plans.domain.PlanAccess.canEdit(me, plan)) {
            throw new org.springframework.security.access.AccessDeniedException(
                    "Only the plan's standing office imports tasks");
        }
        TaskImport.Parsed parsed = TaskImportFiles.read(workbooks, file, plan.yearFrom());
        if (dryRun) {
            vn.dtihub.plans.domain.PlanImports.Preview preview = imports.preview(me, id, parsed);
            java.util.Map<String, Object> body = new java.util.LinkedHashMap<>();
            body.put("tasks", preview.tasks());
            body.put("targets", preview.targets());
            body.put("sections", preview.sections());
            java.util.Map<String, List<String>> leads = new java.util.LinkedHashMap<>();
            preview.leads()
                    .forEach((name, candidates) -> leads.put(
                            name,
                            candidates.stream()
                                    .map(a -> a.id() + " " + a.name())
                                    .toList()));
            body.put("leads", leads);
            java.util.Map<String, String> carried = new java.util.LinkedHashMap<>();
            preview.carried().forEach((name, c) -> carried.put(name, c.message()));
            body.put("carried", carried);
            body.put(
                    "collectives",
                    preview.collectives().stream()
                            .map(c -> java.util.Map.of(
                                    "written", c.written(),
                                    "group", c.group().name(),
                                    "reading",
                                            messages.getMessage(
                                                    "partyGroup." + c.group(),
                                                    null,
                                                    org.springframework.context.i18n.LocaleContextHolder.getLocale()),
                                    "parties", c.parties(),
                                    "rows", c.rows()))
                            .toList());
            body.put("footnotes", preview.footnotes());
            body.put("problems", preview.problems());
            return ResponseEntity.ok(body);
        }
        java.util.Map<String, Long> map = new java.util.HashMap<>();
        if (choices != null && !choices.isBlank()) {
            try {
                tools.jackson.databind.json.JsonMapper.builder()
                        .build()
                        .readTree(choices)
                        .properties()
                        .forEach(e -> map.put(e.getKey(), e.getValue().asLong()));
            } catch (tools.jackson.core.JacksonException e) {
                throw new InvalidInputException(
                        "choices", "error.unreadable", "choices is a JSON object of name → agency id");
            }
        }
        return ResponseEntity.status(201).body(imports.apply(me, id, parsed, map));
    }

    @GetMapping("/api/v1/tasks")
    @Operation(
            summary = "Tasks of the caller's agency or unit, or of an agency (assignee=agency:12) or unit"
                    + " (assignee=unit:16642) in the caller's scope: those it leads (role=LEAD, the default) or is named"
                    + " to coordinate (role=COORDINATE); filtered by status (LATE included), due date, and deadline=NONE"
                    + " for the tasks with no stated deadline")
    List<PlanTask> tasks(
            @RequestParam(required = false) String assignee,
            @RequestParam(defaultValue = "LEAD") String role,
            @RequestParam(required = false) String status,
            @RequestParam(required = false) String deadline,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate due,
            @AuthenticationPrincipal ScopedPrincipal me) {
        if (status != null && !status.equals("LATE")) {
            try {
                TaskStatus.valueOf(status);
            } catch (IllegalArgumentException e) {
                throw new InvalidInputException(
                        "status", "error.typeMismatch", "status is NOT_STARTED, IN_PROGRESS, DONE, LATE or CANCELLED");
            }
        }
        if (deadline != null && !deadline.equals("NONE")) {
            throw new InvalidInputException(
                    "deadline", "error.typeMismatch", "deadline is NONE (the tasks with no stated deadline)");
        }
        if (!role.equals("LEAD") && !role.equals("COORDINATE")) {
            throw new InvalidInputException("role", "error.typeMismatch", "role is LEAD or COORDINATE");
        }
        Assignee who = assignee == null ? assignees.me(me) : assignees.assignee(me, assignee);
        if (who == null) {
            return List.of();
        }
        List<PlanTask> tasks = role.equals("LEAD") ? assignees.ledBy(me, who) : assignees.coordinatedBy(me, who);
        return tasks.stream()
                .filter(t -> status == null
                        || (status.equals("LATE") ? t.late() : t.status().name().equals(status)))
                .filter(t -> due == null || (t.nextDue() != null && !t.nextDue().isAfter(due)))
                .filter(t -> deadline == null || t.deadlineKind() == vn.dtihub.plans.Deadline.Kind.NONE)
                .toList();
    }

    @GetMapping("/api/v1/tasks/{taskId}")
    @Operation(summary = "One task")
    PlanTask task(@PathVariable long taskId, @AuthenticationPrincipal ScopedPrincipal me) {
        return plans.task(me, taskId);
    }

    @PutMapping("/api/v1/tasks/{taskId}")
    @Operation(
            summary =
                    "Change a task (standing office); send the version you read: a stale one is a 409 showing the other change")
    PlanTask updateTask(
            @PathVariable long taskId, @RequestBody TaskChange body, @AuthenticationPrincipal ScopedPrincipal me) {
        if (body.version() == null) {
            throw new InvalidInputException("version", "validation.required", "version is required");
        }
        return tasks.update(
                me,
                taskId,
                body.version(),
                new TaskInput(
                        body.sectionCode(),
                        body.sectionTitle(),
                        body.text(),
                        body.area(),
                        body.expectedResult(),
                        body.deadline(),
                        body.leadAgencyId(),
                        body.leadUnitCode(),
                        body.coordinators(),
                        body.footnotes(),
                        body.targetIds(),
                        body.criterionIds(),
                        body.subsectionCode(),
                        body.subsectionTitle(),
                        body.leads()));
    }

    record TaskChange(
            String sectionCode,
            String sectionTitle,
            String text,
            String area,
            String expectedResult,
            String deadline,
            Long leadAgencyId,
            String leadUnitCode,
            String coordinators,
            String footnotes,
            List<Long> targetIds,
            List<Long> criterionIds,
            String subsectionCode,
            String subsectionTitle,
            vn.dtihub.plans.TaskLeads leads,
            Integer version) {}

    @GetMapping("/api/v1/tasks/{taskId}/updates")
    @Operation(summary = "A task's progress reports and comments, newest first")
    List<TaskUpdate> updates(@PathVariable long taskId, @AuthenticationPrincipal ScopedPrincipal me) {
        return tasks.updates(me, taskId);
    }

    record Report(String kind, TaskStatus status, Integer percent, String note, Integer version) {}

    @PostMapping("/api/v1/tasks/{taskId}/updates")
    @Operation(summary = "Report progress (the lead; send the task's version) or comment (kind COMMENT)")
    ResponseEntity<PlanTask> report(
            @PathVariable long taskId, @RequestBody Report body, @AuthenticationPrincipal ScopedPrincipal me) {
        if ("COMMENT".equals(body.kind())) {
            tasks.comment(me, taskId, body.note());
            return ResponseEntity.status(201).body(plans.task(me, taskId));
        }
        if (body.version() == null) {
            throw new InvalidInputException("version", "validation.required", "version is required");
        }
        return ResponseEntity.status(201)
                .body(tasks.report(me, taskId, body.version(), body.status(), body.percent(), body.note()));
    }
}
