package vn.dtihub.plans.web;

import java.util.List;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.dtihub.plans.PlanHeader;
import vn.dtihub.plans.PlanKind;
import vn.dtihub.plans.PlanStatus;
import vn.dtihub.plans.PlanSummary;
import vn.dtihub.plans.Plans;
import vn.dtihub.plans.domain.PlanHeaders;
import vn.dtihub.shared.OnFailure;
import vn.dtihub.shared.ScopedPrincipal;
import vn.dtihub.units.Units;

/** The plan pages: plans of my scope, a plan as the document lays it out, a task with its progress, my tasks. */
@Controller
class PlanPageController {

    private final Plans plans;
    private final PlanHeaders planHeaders;
    private final vn.dtihub.plans.domain.Cascades cascades;
    private final vn.dtihub.plans.domain.Tasks tasks;
    private final Units units;
    private final PlanPage planPage;

    PlanPageController(
            Plans plans,
            PlanHeaders planHeaders,
            vn.dtihub.plans.domain.Cascades cascades,
            vn.dtihub.plans.domain.Tasks tasks,
            Units units,
            PlanPage planPage) {
        this.planPage = planPage;
        this.plans = plans;
        this.planHeaders = planHeaders;
        this.cascades = cascades;
        this.tasks = tasks;
        this.units = units;
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
        return planPage.show(id, editTask, editTarget, editSection, deadline, me, model);
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
}
