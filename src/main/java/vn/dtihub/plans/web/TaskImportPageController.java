package vn.dtihub.plans.web;

import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import tools.jackson.databind.json.JsonMapper;
import vn.dtihub.documents.Workbooks;
import vn.dtihub.plans.PlanSummary;
import vn.dtihub.plans.Plans;
import vn.dtihub.plans.domain.PlanImports;
import vn.dtihub.plans.domain.TaskImport;
import vn.dtihub.shared.FileRejectedException;
import vn.dtihub.shared.ScopedPrincipal;
import vn.dtihub.units.Units;

/**
 * Importing a plan's task table from the pages: upload, see what will be created and settle the agency names that
 * do not match exactly one agency (pick one, create it, or leave the task without a lead), then confirm. The read
 * table waits in the session between the steps, so what is created is what was previewed.
 */
@Controller
class TaskImportPageController {

    static final String PENDING = "plans.pendingTaskImport";
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final Plans plans;
    private final PlanImports imports;
    private final Units units;
    private final Workbooks workbooks;

    TaskImportPageController(Plans plans, PlanImports imports, Units units, Workbooks workbooks) {
        this.plans = plans;
        this.imports = imports;
        this.units = units;
        this.workbooks = workbooks;
    }

    @GetMapping("/plans/{id}/import")
    String form(@PathVariable long id, @AuthenticationPrincipal ScopedPrincipal me, Model model) {
        model.addAttribute("plan", editable(me, id));
        return "plans/import";
    }

    @PostMapping("/plans/{id}/import")
    String preview(
            @PathVariable long id,
            @RequestParam(required = false) MultipartFile file,
            @AuthenticationPrincipal ScopedPrincipal me,
            HttpSession session,
            Model model)
            throws IOException {
        PlanSummary plan = editable(me, id);
        session.removeAttribute(PENDING);
        model.addAttribute("plan", plan);
        try {
            TaskImport.Parsed parsed = TaskImportFiles.read(workbooks, file, plan.yearFrom());
            PlanImports.Preview preview = imports.preview(me, id, parsed);
            model.addAttribute("preview", preview);
            model.addAttribute("problems", preview.problems());
            model.addAttribute("leadNames", List.copyOf(preview.leads().keySet()));
            units.byPath(plan.issuerPath()).ifPresent(u -> model.addAttribute("agencies", units.agenciesOf(u, false)));
            if (preview.problems().isEmpty()) {
                session.setAttribute(PENDING, id + ":" + JSON.writeValueAsString(parsed));
            }
        } catch (FileRejectedException e) {
            model.addAttribute("problems", e.problems());
        }
        return "plans/import";
    }

    @PostMapping("/plans/{id}/import/confirm")
    String confirm(
            @PathVariable long id,
            @RequestParam Map<String, String> form,
            @AuthenticationPrincipal ScopedPrincipal me,
            HttpSession session,
            RedirectAttributes redirect) {
        editable(me, id);
        Object pending = session.getAttribute(PENDING);
        if (!(pending instanceof String text) || !text.startsWith(id + ":")) {
            redirect.addFlashAttribute("error", "import.nothingPending");
            redirect.addAttribute("id", id);
            return "redirect:/plans/{id}/import";
        }
        TaskImport.Parsed parsed = JSON.readValue(text.substring(text.indexOf(':') + 1), TaskImport.Parsed.class);
        Map<String, Long> choices = new HashMap<>();
        List<String> names = parsed.leadNames();
        for (int i = 0; i < names.size(); i++) {
            String value = form.get("lead" + i);
            if (value != null && !value.isBlank()) {
                choices.put(names.get(i), Long.valueOf(value));
            }
        }
        try {
            PlanImports.Imported imported = imports.apply(me, id, parsed, choices);
            session.removeAttribute(PENDING);
            boolean targets = imported.tasks().isEmpty() && !imported.targets().isEmpty();
            redirect.addFlashAttribute("success", targets ? "plan.targetsImported" : "plan.tasksImported");
            redirect.addFlashAttribute(
                    "successCount",
                    targets ? imported.targets().size() : imported.tasks().size());
        } catch (FileRejectedException e) {
            redirect.addFlashAttribute("error", "import.rejectedShort");
            redirect.addFlashAttribute(
                    "errorDetail",
                    e.problems().stream().map(p -> p.message()).toList().toString());
        }
        redirect.addAttribute("id", id);
        return "redirect:/plans/{id}";
    }

    private PlanSummary editable(ScopedPrincipal me, long id) {
        PlanSummary plan = plans.get(me, id);
        if (!vn.dtihub.plans.domain.PlanAccess.canEdit(me, plan)) {
            throw new org.springframework.security.access.AccessDeniedException(
                    "Only the plan's standing office imports tasks");
        }
        return plan;
    }
}
