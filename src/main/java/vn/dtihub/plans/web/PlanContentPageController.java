package vn.dtihub.plans.web;

import java.util.List;
import java.util.Map;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.dtihub.plans.Plans;
import vn.dtihub.plans.SectionKind;
import vn.dtihub.plans.domain.PlanTargets;
import vn.dtihub.shared.ConflictException;
import vn.dtihub.shared.InvalidInputException;
import vn.dtihub.shared.OnFailure;
import vn.dtihub.shared.ScopedPrincipal;

/** The pages' forms for a plan's content: its sections and targets added, edited in place (htmx) and deleted, and a target's latest value recorded. */
@Controller
class PlanContentPageController {

    private final Plans plans;
    private final vn.dtihub.plans.domain.Sections sections;
    private final PlanTargets targets;
    private final PlanPage planPage;

    PlanContentPageController(
            Plans plans, vn.dtihub.plans.domain.Sections sections, PlanTargets targets, PlanPage planPage) {
        this.planPage = planPage;
        this.plans = plans;
        this.sections = sections;
        this.targets = targets;
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
                return planPage.show(where.planId(), null, null, null, null, me, model) + " :: " + where.fragment();
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
            return planPage.show(where.planId(), null, where.editTarget(), where.editSection(), null, me, model)
                    + " :: " + where.fragment();
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
            return planPage.show(where.planId(), null, null, null, null, me, model) + " :: " + where.fragment();
        }
        redirect.addFlashAttribute("success", where.savedKey());
        return "redirect:/plans/{id}#" + where.anchor();
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
