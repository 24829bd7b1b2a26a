package vn.dtihub.reporting.web;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.dtihub.frameworks.FrameworkStatus;
import vn.dtihub.frameworks.Frameworks;
import vn.dtihub.reporting.FormStatus;
import vn.dtihub.reporting.FormSummary;
import vn.dtihub.reporting.PeriodInput;
import vn.dtihub.reporting.PeriodKind;
import vn.dtihub.reporting.PeriodSummary;
import vn.dtihub.reporting.domain.Forms;
import vn.dtihub.reporting.domain.PeriodOpening;
import vn.dtihub.reporting.domain.Periods;
import vn.dtihub.shared.ConflictException;
import vn.dtihub.shared.InvalidInputException;
import vn.dtihub.shared.OnFailure;
import vn.dtihub.shared.ScopedPrincipal;

/** The pages of reporting periods: the list and the opening form, one period's completeness by unit, closing it and extending a form's deadline. */
@Controller
class PeriodPageController {

    private final Periods periods;
    private final PeriodOpening opening;
    private final Forms forms;
    private final Frameworks frameworks;
    private final vn.dtihub.units.Units units;

    PeriodPageController(
            Periods periods, PeriodOpening opening, Forms forms, Frameworks frameworks, vn.dtihub.units.Units units) {
        this.periods = periods;
        this.opening = opening;
        this.forms = forms;
        this.frameworks = frameworks;
        this.units = units;
    }

    @GetMapping("/periods")
    String periods(@AuthenticationPrincipal ScopedPrincipal me, Model model) {
        model.addAttribute("periods", periods.list(me));
        boolean canOpen =
                me.administers() && (me.seatPath() != null || me.scope().national());
        model.addAttribute("canOpen", canOpen);
        if (canOpen) {
            model.addAttribute(
                    "frameworks",
                    frameworks.list(me).stream()
                            .filter(f -> f.status() == FrameworkStatus.PUBLISHED)
                            .toList());
            model.addAttribute("kinds", PeriodKind.values());
            model.addAttribute("criterionChoices", frameworks.publishedFor(me));
            model.addAttribute(
                    "agencies",
                    units.byPath(me.seatPath())
                            .map(u -> units.agenciesOf(u, false))
                            .orElse(List.of()));
            model.addAttribute("usual", opening.prefill(PeriodKind.QUARTER, null, null));
            model.addAttribute("year", periods.today().getYear());
        }
        return "reporting/periods";
    }

    @PostMapping("/periods")
    @OnFailure(value = "/periods", detail = true)
    String open(
            @RequestParam(required = false) Long frameworkId,
            @RequestParam(required = false) PeriodKind kind,
            @RequestParam(required = false) Integer year,
            @RequestParam(required = false) Integer quarter,
            @RequestParam(required = false) String title,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate dueCommune,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate dueDistrict,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate dueProvince,
            @RequestParam(required = false) List<Long> agencyIds,
            @RequestParam(required = false) List<Long> criterionIds,
            @AuthenticationPrincipal ScopedPrincipal me,
            RedirectAttributes redirect) {
        try {
            PeriodSummary p = opening.open(
                    me,
                    new PeriodInput(
                            frameworkId,
                            kind,
                            year,
                            quarter,
                            title,
                            null,
                            null,
                            dueCommune,
                            dueDistrict,
                            dueProvince,
                            agencyIds,
                            criterionIds));
            redirect.addFlashAttribute("success", "period.opened");
            redirect.addAttribute("id", p.id());
            return "redirect:/periods/{id}";
        } catch (vn.dtihub.reporting.domain.FrameworkYearsException e) {
            // The page names both years and offers to clone the framework for the period's year.
            redirect.addFlashAttribute("yearsFramework", e.frameworkId());
            redirect.addFlashAttribute("yearsApplies", e.years());
            redirect.addFlashAttribute("yearsAsked", String.valueOf(e.year()));
            return "redirect:/periods";
        }
    }

    /** The completeness page: every form the caller may see, filled how much, on time or late, days left. */
    @GetMapping("/periods/{id}")
    String period(
            @PathVariable long id,
            @RequestParam(required = false) FormStatus status,
            @RequestParam(required = false) String unit,
            @AuthenticationPrincipal ScopedPrincipal me,
            Model model) {
        PeriodSummary p = periods.get(me, id);
        List<FormSummary> all = periods.completeness(me, id, null, null);
        // The sub-units to narrow to are those whose forms the caller sees; the value only narrows a scoped list.
        Map<String, String> subUnits = new java.util.TreeMap<>();
        all.stream().filter(f -> f.agencyId() == null).forEach(f -> subUnits.put(f.assigneePath(), f.assigneeName()));
        String under = unit != null && subUnits.containsKey(unit) ? unit : null;
        List<FormSummary> shown = all.stream()
                .filter(f -> status == null || f.status() == status)
                .filter(f -> under == null || f.assigneePath().startsWith(under))
                .toList();
        LocalDate today = periods.today();
        Map<String, Long> counts = new java.util.LinkedHashMap<>();
        for (FormStatus s : FormStatus.values()) {
            counts.put(s.name(), all.stream().filter(f -> f.status() == s).count());
        }
        counts.put("LATE", all.stream().filter(f -> f.late(today)).count());
        model.addAttribute("period", p);
        model.addAttribute("forms", shown);
        model.addAttribute("counts", counts);
        model.addAttribute("statuses", FormStatus.values());
        model.addAttribute("status", status);
        model.addAttribute("subUnits", subUnits);
        model.addAttribute("unit", under);
        model.addAttribute("today", today);
        model.addAttribute("manages", periods.manages(me, p));
        model.addAttribute("zone", vn.dtihub.shared.VietnamTime.ZONE);
        return "reporting/period";
    }

    @PostMapping("/periods/{id}/close")
    @OnFailure("/periods/{id}")
    String close(
            @PathVariable long id,
            @RequestParam(defaultValue = "-1") int version,
            @AuthenticationPrincipal ScopedPrincipal me,
            RedirectAttributes redirect) {
        periods.close(me, id, version);
        redirect.addFlashAttribute("success", "period.closedNow");
        return "redirect:/periods/{id}";
    }

    @PostMapping("/forms/{id}/extend")
    String extend(
            @PathVariable long id,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate extendedTo,
            @RequestParam(required = false) String reason,
            @RequestParam(defaultValue = "-1") int version,
            @AuthenticationPrincipal ScopedPrincipal me,
            RedirectAttributes redirect) {
        FormSummary f = forms.get(me, id);
        try {
            periods.extend(me, id, version, extendedTo, reason);
            redirect.addFlashAttribute("success", "period.extended");
        } catch (InvalidInputException | ConflictException e) {
            // Back to the period's page, which is not in this address.
            redirect.addFlashAttribute("error", e.messageKey());
        }
        redirect.addAttribute("id", f.periodId());
        return "redirect:/periods/{id}";
    }
}
