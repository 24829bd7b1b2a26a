package vn.dtihub.plans.web;

import java.util.List;
import java.util.Map;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.dtihub.plans.Assignee;
import vn.dtihub.plans.PlanStatus;
import vn.dtihub.plans.PlanSummary;
import vn.dtihub.plans.PlanTask;
import vn.dtihub.plans.Plans;
import vn.dtihub.plans.TaskStatus;
import vn.dtihub.plans.domain.Assignees;
import vn.dtihub.shared.ConflictException;
import vn.dtihub.shared.InvalidInputException;
import vn.dtihub.shared.OnFailure;
import vn.dtihub.shared.ScopedPrincipal;
import vn.dtihub.units.Units;

/** The pages of tasks: a task with its updates and files, added, edited and reported on; the overview of a province's tasks and each assignee's own list. */
@Controller
class TaskPageController {

    private final Plans plans;
    private final Assignees assignees;
    private final vn.dtihub.plans.domain.TaskFiles taskFiles;
    private final vn.dtihub.plans.domain.Tasks tasks;
    private final Units units;
    private final PlanPage planPage;

    TaskPageController(
            Plans plans,
            Assignees assignees,
            vn.dtihub.plans.domain.TaskFiles taskFiles,
            vn.dtihub.plans.domain.Tasks tasks,
            Units units,
            PlanPage planPage) {
        this.planPage = planPage;
        this.plans = plans;
        this.assignees = assignees;
        this.taskFiles = taskFiles;
        this.tasks = tasks;
        this.units = units;
    }

    @PostMapping("/plans/{id}/tasks")
    @OnFailure(value = "/plans/{id}#tasks", detail = true)
    String addTask(
            @PathVariable long id,
            @ModelAttribute TaskForm form,
            @AuthenticationPrincipal ScopedPrincipal me,
            RedirectAttributes redirect) {
        plans.get(me, id);
        plans.addTask(me, id, form.toInput());
        redirect.addFlashAttribute("success", "plan.taskAdded");
        return "redirect:/plans/{id}#tasks";
    }

    @GetMapping("/tasks/{taskId}")
    String task(@PathVariable long taskId, @AuthenticationPrincipal ScopedPrincipal me, Model model) {
        PlanTask task = plans.task(me, taskId);
        model.addAttribute("task", task);
        model.addAttribute("plan", plans.get(me, task.planId()));
        model.addAttribute("updates", tasks.updates(me, taskId));
        model.addAttribute("files", taskFiles.files(me, taskId));
        vn.dtihub.plans.domain.TaskPermissions may = tasks.permissions(me, taskId);
        model.addAttribute("may", may);
        model.addAttribute("statuses", TaskStatus.values());
        model.addAttribute("zone", vn.dtihub.shared.VietnamTime.ZONE);
        PlanSummary owner = plans.get(me, task.planId());
        if (may.change()) {
            units.byPath(owner.issuerPath()).ifPresent(u -> model.addAttribute("agencies", units.agenciesOf(u, false)));
        }
        return "plans/task";
    }

    @PostMapping("/tasks/{taskId}/updates")
    @OnFailure("/tasks/{taskId}")
    String report(
            @PathVariable long taskId,
            @RequestParam(required = false) TaskStatus status,
            @RequestParam(required = false) Integer percent,
            @RequestParam(required = false) String note,
            @RequestParam(required = false) Integer version,
            @RequestParam(defaultValue = "PROGRESS") String kind,
            @AuthenticationPrincipal ScopedPrincipal me,
            RedirectAttributes redirect) {
        plans.task(me, taskId);
        if ("COMMENT".equals(kind)) {
            tasks.comment(me, taskId, note);
        } else {
            tasks.report(me, taskId, version == null ? -1 : version, status, percent, note);
        }
        redirect.addFlashAttribute("success", "plan.reported");
        return "redirect:/tasks/{taskId}";
    }

    /** The standing office changes a task: a stale version shows the other person's change instead of overwriting it. */
    @PostMapping("/tasks/{taskId}")
    String editTask(
            @PathVariable long taskId,
            @ModelAttribute TaskForm form,
            @RequestParam(required = false) Integer version,
            @RequestParam Map<String, String> submitted,
            @RequestHeader(value = "HX-Request", required = false) String htmx,
            @AuthenticationPrincipal ScopedPrincipal me,
            Model model,
            RedirectAttributes redirect) {
        PlanTask current = plans.task(me, taskId);
        String error;
        String detail;
        try {
            tasks.update(me, taskId, version == null ? -1 : version, form.toInput(current));
            if ("true".equals(htmx)) {
                return planPage.show(current.planId(), null, null, null, null, me, model) + " :: #tasks-block";
            }
            redirect.addFlashAttribute("success", "plan.taskSaved");
            redirect.addAttribute("taskId", taskId);
            return "redirect:/tasks/{taskId}";
        } catch (InvalidInputException e) {
            error = e.messageKey();
            detail = e.getMessage();
        } catch (ConflictException e) {
            error = e.messageKey();
            detail = e.current();
        }
        if ("true".equals(htmx)) {
            model.addAttribute("taskError", error);
            model.addAttribute("submitted", submitted);
            model.addAttribute("submittedTargets", form.targetIds() == null ? List.of() : form.targetIds());
            model.addAttribute("submittedCriteria", form.criterionIds() == null ? List.of() : form.criterionIds());
            model.addAttribute("taskErrorDetail", detail);
            return planPage.show(current.planId(), taskId, null, null, null, me, model) + " :: #tasks-block";
        }
        redirect.addFlashAttribute("error", error);
        redirect.addFlashAttribute("errorDetail", detail);
        redirect.addAttribute("taskId", taskId);
        return "redirect:/tasks/{taskId}";
    }

    /** A standing office's view of its plans' tasks: counts by status and area, the late ones, and the due dates. */
    @GetMapping("/plans/overview")
    String overview(
            @RequestParam(required = false) Integer year, @AuthenticationPrincipal ScopedPrincipal me, Model model) {
        int y = year == null ? plans.today().getYear() : year;
        List<PlanTask> tasks = plans.list(me, y, null, null, null).stream()
                .filter(p -> p.status() != PlanStatus.SUPERSEDED)
                .flatMap(p -> plans.detail(me, p.id()).tasks().stream())
                .toList();
        model.addAttribute("year", y);
        model.addAttribute("counts", assignees.overview(tasks));
        model.addAttribute("late", tasks.stream().filter(PlanTask::late).toList());
        java.util.Map<String, Long> byArea = new java.util.TreeMap<>();
        tasks.forEach(t -> byArea.merge(t.area() == null ? "—" : t.area(), 1L, Long::sum));
        model.addAttribute("byArea", byArea);
        java.util.Map<java.time.YearMonth, List<PlanTask>> calendar = new java.util.TreeMap<>();
        for (PlanTask t : tasks) {
            if (t.nextDue() != null && !t.late()) {
                calendar.computeIfAbsent(java.time.YearMonth.from(t.nextDue()), k -> new java.util.ArrayList<>())
                        .add(t);
            }
        }
        model.addAttribute("calendar", calendar);
        return "plans/overview";
    }

    /**
     * The tasks of the caller's agency or unit (or, for a standing office, of one of its agencies): what it leads,
     * what it is named to coordinate, what falls due this month, what is late.
     */
    @GetMapping("/my-tasks")
    String myTasks(
            @RequestParam(defaultValue = "lead") String show,
            @RequestParam(required = false) String assignee,
            @AuthenticationPrincipal ScopedPrincipal me,
            Model model) {
        Assignee who = assignees.me(me);
        if (assignee != null && !assignee.isBlank()) {
            try {
                who = assignees.assignee(me, assignee);
            } catch (InvalidInputException e) {
                model.addAttribute("error", e.messageKey());
            }
        }
        java.time.LocalDate today = plans.today();
        List<PlanTask> led = who == null ? List.of() : assignees.ledBy(me, who);
        List<PlanTask> shown = switch (show) {
            case "coordinate" -> who == null ? List.of() : assignees.coordinatedBy(me, who);
            case "month" ->
                led.stream()
                        .filter(t -> t.late()
                                || t.nextDue() != null
                                        && !t.nextDue()
                                                .isAfter(java.time.YearMonth.from(today)
                                                        .atEndOfMonth()))
                        .toList();
            case "late" -> led.stream().filter(PlanTask::late).toList();
            case "nodeadline" ->
                led.stream()
                        .filter(t -> t.deadlineKind() == vn.dtihub.plans.Deadline.Kind.NONE)
                        .toList();
            default -> led;
        };
        model.addAttribute("who", who);
        model.addAttribute("show", show);
        model.addAttribute("assignee", assignee);
        model.addAttribute("tasks", shown);
        model.addAttribute("counts", assignees.overview(led));
        model.addAttribute("today", today);
        if (me.administers() && me.seatPath() != null) {
            units.byPath(me.seatPath()).ifPresent(u -> model.addAttribute("agencies", units.agenciesOf(u, false)));
        }
        return "plans/my-tasks";
    }
}
