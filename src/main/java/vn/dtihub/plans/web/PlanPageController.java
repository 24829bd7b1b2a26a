package vn.dtihub.plans.web;

import java.util.List;
import java.util.Map;
import org.springframework.format.annotation.DateTimeFormat;
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
import vn.dtihub.plans.PlanDetail;
import vn.dtihub.plans.PlanHeader;
import vn.dtihub.plans.PlanKind;
import vn.dtihub.plans.PlanStatus;
import vn.dtihub.plans.PlanSummary;
import vn.dtihub.plans.PlanTargets;
import vn.dtihub.plans.PlanTask;
import vn.dtihub.plans.Plans;
import vn.dtihub.plans.SectionKind;
import vn.dtihub.plans.TaskStatus;
import vn.dtihub.plans.domain.Assignees;
import vn.dtihub.plans.domain.PlanHeaders;
import vn.dtihub.shared.ConflictException;
import vn.dtihub.shared.InvalidInputException;
import vn.dtihub.shared.OnFailure;
import vn.dtihub.shared.ScopedPrincipal;
import vn.dtihub.units.Units;

/** The plan pages: plans of my scope, a plan as the document lays it out, a task with its progress, my tasks. */
@Controller
class PlanPageController {

    private final Plans plans;
    private final Assignees assignees;
    private final PlanHeaders planHeaders;
    private final vn.dtihub.plans.domain.Sections sections;
    private final vn.dtihub.plans.domain.Cascades cascades;
    private final vn.dtihub.plans.domain.TaskFiles taskFiles;
    private final vn.dtihub.plans.domain.Tasks tasks;
    private final PlanTargets targets;
    private final Units units;
    private final vn.dtihub.frameworks.Frameworks frameworks;

    PlanPageController(
            Plans plans,
            Assignees assignees,
            PlanHeaders planHeaders,
            vn.dtihub.plans.domain.Sections sections,
            vn.dtihub.plans.domain.Cascades cascades,
            vn.dtihub.plans.domain.TaskFiles taskFiles,
            vn.dtihub.plans.domain.Tasks tasks,
            PlanTargets targets,
            Units units,
            vn.dtihub.frameworks.Frameworks frameworks) {
        this.plans = plans;
        this.assignees = assignees;
        this.planHeaders = planHeaders;
        this.sections = sections;
        this.cascades = cascades;
        this.taskFiles = taskFiles;
        this.tasks = tasks;
        this.targets = targets;
        this.units = units;
        this.frameworks = frameworks;
    }

    @GetMapping("/plans")
    String list(
            @RequestParam(required = false) Integer year,
            @RequestParam(required = false) PlanKind kind,
            @RequestParam(required = false) PlanStatus status,
            @RequestParam(required = false) String unit,
            @AuthenticationPrincipal ScopedPrincipal me,
            Model model) {
        // The units to filter by are those that issued a plan the caller can read; the value is the issuer's path,
        // which only narrows a query already limited to the caller's scope.
        java.util.Map<String, String> issuers = new java.util.TreeMap<>();
        plans.list(me, null, null, null, null).forEach(p -> issuers.putIfAbsent(p.issuerPath(), p.issuerName()));
        String unitPath = unit != null && issuers.containsKey(unit) ? unit : null;
        model.addAttribute("plans", plans.list(me, year, kind, status, unitPath));
        model.addAttribute("issuers", issuers);
        model.addAttribute("unit", unitPath);
        model.addAttribute("year", year);
        model.addAttribute("kind", kind);
        model.addAttribute("status", status);
        model.addAttribute("kinds", PlanKind.values());
        model.addAttribute("statuses", PlanStatus.values());
        model.addAttribute("canCreate", me.administers() && me.seatPath() != null);
        return "plans/list";
    }

    @PostMapping("/plans")
    @OnFailure("/plans")
    String create(
            @RequestParam(defaultValue = "") String number,
            @RequestParam(defaultValue = "") String title,
            @RequestParam(required = false) PlanKind kind,
            @RequestParam(required = false) String signer,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) java.time.LocalDate issuedOn,
            @RequestParam(required = false) Integer yearFrom,
            @RequestParam(required = false) Integer yearTo,
            @RequestParam(required = false) List<Long> parentIds,
            @AuthenticationPrincipal ScopedPrincipal me,
            RedirectAttributes redirect) {
        PlanSummary p = planHeaders.create(
                me, new PlanHeader(number, title, kind, signer, issuedOn, yearFrom, yearTo), parentIds);
        redirect.addAttribute("id", p.id());
        redirect.addFlashAttribute("success", "plan.created");
        return "redirect:/plans/{id}";
    }

    @GetMapping("/plans/{id}")
    String detail(
            @PathVariable long id,
            @RequestParam(required = false) Long editTask,
            @RequestParam(required = false) Long editTarget,
            @RequestParam(required = false) Long editSection,
            @RequestParam(required = false) String deadline,
            @AuthenticationPrincipal ScopedPrincipal me,
            Model model) {
        PlanDetail detail = plans.detail(me, id);
        // "Không có thời hạn": only the tasks whose document states no deadline.
        boolean noDeadline = "none".equals(deadline);
        model.addAttribute("noDeadline", noDeadline);
        model.addAttribute(
                "noDeadlineCount",
                detail.tasks().stream()
                        .filter(t -> t.deadlineKind() == vn.dtihub.plans.Deadline.Kind.NONE)
                        .count());
        model.addAttribute(
                "taskLines",
                vn.dtihub.plans.TaskNumbering.lines(detail.tasks().stream()
                        .filter(t -> !noDeadline || t.deadlineKind() == vn.dtihub.plans.Deadline.Kind.NONE)
                        .toList()));
        model.addAttribute("editingSection", editSection);
        model.addAttribute("editingTask", editTask);
        model.addAttribute("editingTarget", editTarget);
        model.addAttribute("detail", detail);
        boolean superseded = detail.plan().status() == PlanStatus.SUPERSEDED;
        boolean canEdit = plans.canEdit(me, detail.plan()) && !superseded;
        model.addAttribute("canEdit", canEdit);
        if (superseded && detail.plan().supersededBy() != null) {
            try {
                model.addAttribute("replacedBy", plans.get(me, detail.plan().supersededBy()));
            } catch (vn.dtihub.plans.PlanNotFoundException e) {
                // replaced by a plan the reader cannot open: the status says enough
            }
        }
        if (canEdit && detail.plan().status() == PlanStatus.ISSUED) {
            model.addAttribute(
                    "replacements",
                    plans.list(me, null, null, null, null).stream()
                            .filter(x -> x.id() != id
                                    && x.issuerPath().equals(detail.plan().issuerPath())
                                    && x.status() != PlanStatus.SUPERSEDED)
                            .toList());
        }
        model.addAttribute("draft", detail.plan().status() == PlanStatus.DRAFT);
        model.addAttribute("sectionKinds", SectionKind.values());
        model.addAttribute("zone", vn.dtihub.shared.VietnamTime.ZONE);
        model.addAttribute("areas", vn.dtihub.plans.Area.values());
        if (canEdit) {
            units.byPath(detail.plan().issuerPath())
                    .ifPresent(u -> model.addAttribute("agencies", units.agenciesOf(u, false)));
            model.addAttribute("criterionChoices", frameworks.publishedFor(me));
        }
        model.addAttribute("rollup", plans.rollup(me, detail));
        model.addAttribute("canCascade", me.administers());
        return "plans/detail";
    }

    @PostMapping("/plans/{id}/cascade")
    @OnFailure("/plans/{id}")
    String cascade(
            @PathVariable long id,
            @RequestParam(required = false) String unitCode,
            @RequestParam(required = false) String number,
            @RequestParam(required = false) String title,
            @AuthenticationPrincipal ScopedPrincipal me,
            RedirectAttributes redirect) {
        plans.get(me, id);
        PlanSummary child = cascades.cascade(me, id, unitCode, null, number, title);
        redirect.addFlashAttribute("success", "plan.cascaded");
        return "redirect:/plans/" + child.id();
    }

    @PostMapping("/plans/{id}/targets/{targetId}/value")
    String recordValue(
            @PathVariable long id,
            @PathVariable long targetId,
            @RequestParam(required = false) String value,
            @AuthenticationPrincipal ScopedPrincipal me,
            RedirectAttributes redirect) {
        plans.get(me, id);
        try {
            targets.recordValue(me, id, targetId, vn.dtihub.shared.Numbers.parse(value, "value"));
        } catch (IllegalArgumentException e) {
            redirect.addFlashAttribute("error", "plan.goalNotNumber");
        }
        redirect.addAttribute("id", id);
        return "redirect:/plans/{id}#targets";
    }

    @PostMapping("/plans/{id}/supersede")
    @OnFailure("/plans/{id}")
    String supersede(
            @PathVariable long id,
            @RequestParam(required = false) Long byPlanId,
            @AuthenticationPrincipal ScopedPrincipal me,
            RedirectAttributes redirect) {
        planHeaders.supersede(me, id, byPlanId);
        redirect.addFlashAttribute("success", "plan.supersededNow");
        return "redirect:/plans/{id}";
    }

    @PostMapping("/plans/{id}/issue")
    @OnFailure("/plans/{id}")
    String issue(@PathVariable long id, @AuthenticationPrincipal ScopedPrincipal me, RedirectAttributes redirect) {
        planHeaders.issue(me, id);
        redirect.addFlashAttribute("success", "plan.issuedNow");
        return "redirect:/plans/{id}";
    }

    @PostMapping("/plans/{id}/sections")
    @OnFailure("/plans/{id}#sections")
    String addSection(
            @PathVariable long id,
            @RequestParam(required = false) SectionKind kind,
            @RequestParam(defaultValue = "") String title,
            @RequestParam(defaultValue = "") String body,
            @AuthenticationPrincipal ScopedPrincipal me,
            RedirectAttributes redirect) {
        plans.get(me, id);
        sections.add(me, id, kind, title, body);
        return "redirect:/plans/{id}#sections";
    }

    /**
     * Saves a section edited in place (after issue, an amendment that keeps the replaced wording). From htmx the
     * sections come back, with the error on the edited one and what was typed kept; without script, a redirect.
     */
    @PostMapping("/plans/{id}/sections/{sectionId}")
    String updateSection(
            @PathVariable long id,
            @PathVariable long sectionId,
            @RequestParam(required = false) SectionKind kind,
            @RequestParam(defaultValue = "") String title,
            @RequestParam(defaultValue = "") String body,
            @RequestParam(defaultValue = "-1") int version,
            @RequestParam Map<String, String> submitted,
            @RequestHeader(value = "HX-Request", required = false) String htmx,
            @AuthenticationPrincipal ScopedPrincipal me,
            Model model,
            RedirectAttributes redirect) {
        plans.get(me, id);
        return saveInPlace(
                new InPlace(id, "sections", "#sections", "section", "plan.sectionSaved", null, sectionId),
                () -> sections.update(me, id, sectionId, version, kind, title, body),
                htmx,
                submitted,
                me,
                model,
                redirect);
    }

    @PostMapping("/plans/{id}/sections/{sectionId}/delete")
    @OnFailure("/plans/{id}#sections")
    String deleteSection(
            @PathVariable long id,
            @PathVariable long sectionId,
            @RequestHeader(value = "HX-Request", required = false) String htmx,
            @AuthenticationPrincipal ScopedPrincipal me,
            Model model,
            RedirectAttributes redirect) {
        return deleteInPlace(
                new InPlace(id, "sections", "#sections", "section", "plan.sectionDeleted", null, null),
                () -> sections.delete(me, id, sectionId),
                htmx,
                me,
                model,
                redirect);
    }

    @PostMapping("/plans/{id}/targets")
    @OnFailure(value = "/plans/{id}#targets", detail = true)
    String addTarget(
            @PathVariable long id,
            @ModelAttribute TargetForm form,
            @AuthenticationPrincipal ScopedPrincipal me,
            RedirectAttributes redirect) {
        plans.get(me, id);
        targets.add(me, id, form.toInput());
        return "redirect:/plans/{id}#targets";
    }

    /**
     * Saves a target edited in place. From htmx the target table comes back (with the error on the edited row when
     * the change is refused); without script, a redirect to the plan with the message.
     */
    @PostMapping("/plans/{id}/targets/{targetId}")
    String updateTarget(
            @PathVariable long id,
            @PathVariable long targetId,
            @ModelAttribute TargetForm form,
            @RequestParam(defaultValue = "0") int version,
            @RequestParam Map<String, String> submitted,
            @RequestHeader(value = "HX-Request", required = false) String htmx,
            @AuthenticationPrincipal ScopedPrincipal me,
            Model model,
            RedirectAttributes redirect) {
        plans.get(me, id);
        return saveInPlace(
                new InPlace(id, "targets", "#targets-block", "target", "plan.targetSaved", targetId, null),
                () -> targets.update(me, id, targetId, version, form.toInput()),
                htmx,
                submitted,
                me,
                model,
                redirect);
    }

    /**
     * A part of the plan page edited in place: its anchor, the fragment htmx swaps, the name of its error attributes,
     * the message when saved (or deleted), and the target or section whose edit row shows again when refused.
     */
    private record InPlace(
            long planId,
            String anchor,
            String fragment,
            String errorName,
            String savedKey,
            Long editTarget,
            Long editSection) {}

    /**
     * Saves what was edited in place. From htmx the part comes back (with the error on the edited row and what was
     * typed kept when the change is refused); without script, a redirect to the plan with the message.
     */
    private String saveInPlace(
            InPlace where,
            Runnable save,
            String htmx,
            Map<String, String> submitted,
            ScopedPrincipal me,
            Model model,
            RedirectAttributes redirect) {
        boolean inline = "true".equals(htmx);
        String error;
        String detail;
        try {
            save.run();
            if (inline) {
                return detail(where.planId(), null, null, null, null, me, model) + " :: " + where.fragment();
            }
            redirect.addFlashAttribute("success", where.savedKey());
            redirect.addAttribute("id", where.planId());
            return "redirect:/plans/{id}#" + where.anchor();
        } catch (InvalidInputException e) {
            error = e.messageKey();
            detail = e.getMessage();
        } catch (ConflictException e) {
            error = e.messageKey();
            detail = e.current();
        }
        if (inline) {
            model.addAttribute(where.errorName() + "Error", error);
            model.addAttribute("submitted", submitted);
            model.addAttribute(where.errorName() + "ErrorDetail", detail);
            return detail(where.planId(), null, where.editTarget(), where.editSection(), null, me, model) + " :: "
                    + where.fragment();
        }
        redirect.addFlashAttribute("error", error);
        redirect.addFlashAttribute("errorDetail", detail);
        redirect.addAttribute("id", where.planId());
        return "redirect:/plans/{id}#" + where.anchor();
    }

    @PostMapping("/plans/{id}/targets/{targetId}/delete")
    @OnFailure("/plans/{id}#targets")
    String deleteTarget(
            @PathVariable long id,
            @PathVariable long targetId,
            @RequestHeader(value = "HX-Request", required = false) String htmx,
            @AuthenticationPrincipal ScopedPrincipal me,
            Model model,
            RedirectAttributes redirect) {
        return deleteInPlace(
                new InPlace(id, "targets", "#targets-block", "target", "plan.targetDeleted", null, null),
                () -> targets.delete(me, id, targetId),
                htmx,
                me,
                model,
                redirect);
    }

    /** Deletes a part of a draft from the page: from htmx the part comes back without it; otherwise a redirect. */
    private String deleteInPlace(
            InPlace where, Runnable delete, String htmx, ScopedPrincipal me, Model model, RedirectAttributes redirect) {
        delete.run();
        if ("true".equals(htmx)) {
            return detail(where.planId(), null, null, null, null, me, model) + " :: " + where.fragment();
        }
        redirect.addFlashAttribute("success", where.savedKey());
        return "redirect:/plans/{id}#" + where.anchor();
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
        model.addAttribute("canReport", plans.leads(me, task) || plans.canEdit(me, plans.get(me, task.planId())));
        model.addAttribute("statuses", TaskStatus.values());
        model.addAttribute("zone", vn.dtihub.shared.VietnamTime.ZONE);
        PlanSummary owner = plans.get(me, task.planId());
        boolean canEdit = plans.canEdit(me, owner);
        model.addAttribute("canEdit", canEdit);
        if (canEdit) {
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
                return detail(current.planId(), null, null, null, null, me, model) + " :: #tasks-block";
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
            return detail(current.planId(), taskId, null, null, null, me, model) + " :: #tasks-block";
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

    /** "2024=80; 2025=100": the values to reach by year. */
    static List<vn.dtihub.plans.TargetHorizon> horizons(String text) {
        List<vn.dtihub.plans.TargetHorizon> out = new java.util.ArrayList<>();
        if (text == null || text.isBlank()) {
            return out;
        }
        for (String part : text.split(";")) {
            if (part.isBlank()) {
                continue;
            }
            String[] kv = part.split("=", 2);
            try {
                out.add(new vn.dtihub.plans.TargetHorizon(
                        Integer.parseInt(kv[0].strip()),
                        vn.dtihub.shared.Numbers.parse(kv.length > 1 ? kv[1] : "", "horizons")));
            } catch (IllegalArgumentException e) {
                throw new InvalidInputException(
                        "horizons", "plan.horizonInvalid", "'" + part.strip() + "': năm=giá trị / year=value");
            }
        }
        return out;
    }

    /** A number typed in a form ("99,5"), or a refusal naming the field. */
    static java.math.BigDecimal number(String text, String field) {
        return vn.dtihub.shared.Numbers.optional(text, field, "plan." + field + "NotNumber");
    }
}
