package vn.dtihub.frameworks.web;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.dtihub.frameworks.FrameworkDetail;
import vn.dtihub.frameworks.Frameworks;
import vn.dtihub.shared.InvalidInputException;
import vn.dtihub.shared.ScopedPrincipal;

/** The forms of a draft framework's criteria: added, edited in place (htmx), deleted and moved among their siblings. */
@Controller
class CriterionPageController {

    private final Frameworks frameworks;
    private final vn.dtihub.frameworks.domain.Criteria criteria;
    private final FrameworkPage page;

    CriterionPageController(Frameworks frameworks, vn.dtihub.frameworks.domain.Criteria criteria, FrameworkPage page) {
        this.page = page;
        this.frameworks = frameworks;
        this.criteria = criteria;
    }

    @PostMapping("/frameworks/{id}/criteria")
    String addCriterion(
            @PathVariable long id,
            @RequestParam(required = false) Long parentId,
            @ModelAttribute("criterionForm") CriterionForm form,
            @RequestHeader(value = "HX-Request", required = false) String htmx,
            @AuthenticationPrincipal ScopedPrincipal me,
            Model model,
            RedirectAttributes redirect) {
        try {
            criteria.add(me, id, parentId, form.input());
        } catch (InvalidInputException e) {
            page.prepare(
                    model,
                    me,
                    frameworks.detail(me, id),
                    null,
                    parentId == null ? "root" : String.valueOf(parentId),
                    e);
            model.addAttribute("criterionForm", form);
            return "true".equals(htmx) ? "frameworks/detail :: tree" : "frameworks/detail";
        }
        return page.afterChange(id, htmx, me, model, redirect);
    }

    @PostMapping("/frameworks/{id}/criteria/{criterionId}")
    String saveCriterion(
            @PathVariable long id,
            @PathVariable long criterionId,
            @ModelAttribute("criterionForm") CriterionForm form,
            @RequestHeader(value = "HX-Request", required = false) String htmx,
            @AuthenticationPrincipal ScopedPrincipal me,
            Model model,
            RedirectAttributes redirect) {
        try {
            criteria.update(me, id, criterionId, form.version() == null ? -1 : form.version(), form.input());
            if (form.parentCode() != null) {
                FrameworkDetail detail = frameworks.detail(me, id);
                var self = detail.flatten().stream()
                        .map(n -> n.criterion())
                        .filter(c -> c.id() == criterionId)
                        .findFirst();
                String wanted = form.parentCode().strip();
                if (self.isPresent() && !wanted.equals(nz(FrameworkPage.parentCode(detail, self.get())))) {
                    Long parent = wanted.isEmpty()
                            ? null
                            : detail.node(wanted)
                                    .map(n -> n.criterion().id())
                                    .orElseThrow(() -> new InvalidInputException(
                                            "parentCode", "framework.unknownCode", "Unknown code " + wanted));
                    criteria.move(me, id, criterionId, parent);
                }
            }
        } catch (InvalidInputException e) {
            page.prepare(model, me, frameworks.detail(me, id), criterionId, null, e);
            model.addAttribute("criterionForm", form);
            return "true".equals(htmx) ? "frameworks/detail :: tree" : "frameworks/detail";
        }
        return page.afterChange(id, htmx, me, model, redirect);
    }

    @PostMapping("/frameworks/{id}/criteria/{criterionId}/delete")
    String deleteCriterion(
            @PathVariable long id,
            @PathVariable long criterionId,
            @RequestHeader(value = "HX-Request", required = false) String htmx,
            @AuthenticationPrincipal ScopedPrincipal me,
            Model model,
            RedirectAttributes redirect) {
        criteria.delete(me, id, criterionId);
        return page.afterChange(id, htmx, me, model, redirect);
    }

    @PostMapping("/frameworks/{id}/criteria/{criterionId}/move")
    String moveCriterion(
            @PathVariable long id,
            @PathVariable long criterionId,
            @RequestParam(defaultValue = "") String direction,
            @RequestParam(required = false) String parentCode,
            @RequestHeader(value = "HX-Request", required = false) String htmx,
            @AuthenticationPrincipal ScopedPrincipal me,
            Model model,
            RedirectAttributes redirect) {
        if (parentCode != null) {
            FrameworkDetail detail = frameworks.detail(me, id);
            Long parent = parentCode.isBlank()
                    ? null
                    : detail.node(parentCode.strip())
                            .map(n -> n.criterion().id())
                            .orElseThrow(() ->
                                    new InvalidInputException("parentCode", "framework.unknownCode", "Unknown code"));
            criteria.move(me, id, criterionId, parent);
        } else {
            criteria.reorder(me, id, criterionId, "up".equals(direction));
        }
        return page.afterChange(id, htmx, me, model, redirect);
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }
}
