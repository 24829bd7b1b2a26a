package vn.dtihub.frameworks.web;

import java.util.Arrays;
import java.util.List;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.dtihub.frameworks.AssignmentRequest;
import vn.dtihub.frameworks.AssignmentRole;
import vn.dtihub.frameworks.Assignments;
import vn.dtihub.frameworks.FrameworkSummary;
import vn.dtihub.frameworks.Frameworks;
import vn.dtihub.shared.ConflictException;
import vn.dtihub.shared.InvalidInputException;
import vn.dtihub.shared.ScopedPrincipal;
import vn.dtihub.units.UnitView;
import vn.dtihub.units.Units;

/** The assignment table of a framework in a unit's scope, and "my criteria". */
@Controller
class AssignmentPageController {

    private final Frameworks frameworks;
    private final Assignments assignments;
    private final Units units;

    AssignmentPageController(Frameworks frameworks, Assignments assignments, Units units) {
        this.frameworks = frameworks;
        this.assignments = assignments;
        this.units = units;
    }

    @GetMapping("/frameworks/{id}/assignments")
    String table(
            @PathVariable long id,
            @RequestParam(required = false) String unit,
            @RequestParam(required = false) String structure,
            @AuthenticationPrincipal ScopedPrincipal me,
            Model model) {
        FrameworkSummary f = frameworks.get(me, id);
        model.addAttribute("framework", f);
        UnitView scope = unit == null && assignments.defaultScope(me).isEmpty()
                ? null
                : assignments.scopeUnit(me, unit, structure);
        model.addAttribute("scope", scope);
        if (scope != null) {
            model.addAttribute("lines", assignments.lines(me, id, scope));
            model.addAttribute("agencies", units.agenciesOf(scope, false));
            model.addAttribute("canAssign", me.administers() && me.scope().coversUnit(scope.path()));
        }
        model.addAttribute("roles", AssignmentRole.values());
        return "frameworks/assignments";
    }

    @PostMapping("/frameworks/{id}/assignments")
    String assign(
            @PathVariable long id,
            @RequestParam(defaultValue = "") String codes,
            @RequestParam(required = false) Long agencyId,
            @RequestParam(required = false) String unitCode,
            @RequestParam(required = false) AssignmentRole role,
            @RequestParam(required = false) String note,
            @RequestParam(required = false) String unit,
            @RequestParam(required = false) String structure,
            @AuthenticationPrincipal ScopedPrincipal me,
            RedirectAttributes redirect) {
        List<String> list =
                Arrays.stream(codes.split("[,;\\s]+")).filter(s -> !s.isBlank()).toList();
        try {
            int n = assignments
                    .assign(me, id, new AssignmentRequest(list, agencyId, unitCode, null, role, note, unit, structure))
                    .size();
            redirect.addFlashAttribute("success", "assignment.created");
            redirect.addFlashAttribute("successCount", n);
        } catch (InvalidInputException e) {
            redirect.addFlashAttribute("error", e.messageKey());
            redirect.addFlashAttribute("errorDetail", e.getMessage());
        } catch (ConflictException e) {
            redirect.addFlashAttribute("error", e.messageKey());
            redirect.addFlashAttribute("errorDetail", e.getMessage());
        }
        redirect.addAttribute("id", id);
        if (unit != null) {
            redirect.addAttribute("unit", unit);
            redirect.addAttribute("structure", structure);
        }
        return "redirect:/frameworks/{id}/assignments";
    }

    @PostMapping("/frameworks/{id}/assignments/{assignmentId}/delete")
    String unassign(
            @PathVariable long id,
            @PathVariable long assignmentId,
            @RequestParam(required = false) String unit,
            @RequestParam(required = false) String structure,
            @AuthenticationPrincipal ScopedPrincipal me,
            RedirectAttributes redirect) {
        assignments.unassign(me, id, assignmentId);
        redirect.addFlashAttribute("success", "assignment.deleted");
        redirect.addAttribute("id", id);
        if (unit != null) {
            redirect.addAttribute("unit", unit);
            redirect.addAttribute("structure", structure);
        }
        return "redirect:/frameworks/{id}/assignments";
    }

    /** What the caller's agency or unit must lead, coordinate, supply or verify. */
    @GetMapping("/my-criteria")
    String mine(@AuthenticationPrincipal ScopedPrincipal me, Model model) {
        if (me.seatAgencyId() != null) {
            model.addAttribute(
                    "assigneeName",
                    units.agency(me.seatAgencyId()).map(a -> a.name()).orElse(null));
            model.addAttribute("rows", assignments.ofAgency(me, me.seatAgencyId()));
        } else {
            units.byPath(me.seatPath()).ifPresent(u -> {
                model.addAttribute("assigneeName", u.fullName());
                model.addAttribute("rows", assignments.ofUnit(me, u));
            });
        }
        java.util.Map<Long, String> names = new java.util.HashMap<>();
        frameworks.list(me).forEach(f -> names.put(f.id(), f.name()));
        model.addAttribute("frameworkNames", names);
        return "frameworks/mine";
    }
}
