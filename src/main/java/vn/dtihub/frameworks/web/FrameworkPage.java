package vn.dtihub.frameworks.web;

import java.util.Arrays;
import org.springframework.ui.Model;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.dtihub.frameworks.FrameworkDetail;
import vn.dtihub.frameworks.Frameworks;
import vn.dtihub.frameworks.MissingPolicy;
import vn.dtihub.frameworks.Subject;
import vn.dtihub.frameworks.ValueType;
import vn.dtihub.frameworks.domain.Drafts;
import vn.dtihub.frameworks.domain.RuleText;
import vn.dtihub.shared.InvalidInputException;
import vn.dtihub.shared.ScopedPrincipal;

/** A framework's page as every framework form re-renders it: the tree with its totals and problems, what the caller may change, the choices the forms offer and the error of a refused change. */
@org.springframework.stereotype.Component
class FrameworkPage {

    private final Frameworks frameworks;
    private final Drafts drafts;

    FrameworkPage(Frameworks frameworks, Drafts drafts) {
        this.frameworks = frameworks;
        this.drafts = drafts;
    }

    String afterChange(long id, String htmx, ScopedPrincipal me, Model model, RedirectAttributes redirect) {
        if ("true".equals(htmx)) {
            prepare(model, me, frameworks.detail(me, id), null, null, null);
            return "frameworks/detail :: tree";
        }
        redirect.addAttribute("id", id);
        return "redirect:/frameworks/{id}";
    }

    void prepare(
            Model model,
            ScopedPrincipal me,
            FrameworkDetail detail,
            Long edit,
            String add,
            InvalidInputException error) {
        boolean canManage = frameworks.canManage(me, detail.framework());
        model.addAttribute("detail", detail);
        model.addAttribute("nodes", detail.flatten());
        model.addAttribute("canManage", canManage);
        model.addAttribute("canEdit", canManage && detail.framework().editable());
        model.addAttribute("canClone", drafts.mayCreate(me));
        model.addAttribute("editing", edit);
        model.addAttribute("adding", add);
        model.addAttribute("valueTypes", ValueType.values());
        model.addAttribute("missingPolicies", MissingPolicy.values());
        model.addAttribute("ruleTypes", RuleText.TYPES);
        model.addAttribute("subjects", Arrays.asList(Subject.values()));
        model.addAttribute(
                "others",
                frameworks.list(me).stream()
                        .filter(f -> f.id() != detail.framework().id())
                        .toList());
        if (error != null) {
            model.addAttribute("fieldError", error.field());
            model.addAttribute("errorKey", error.messageKey());
            model.addAttribute("errorDetail", error.getMessage());
        }
        if (!model.containsAttribute("criterionForm")) {
            CriterionForm form = edit == null
                    ? CriterionForm.empty()
                    : detail.flatten().stream()
                            .map(n -> n.criterion())
                            .filter(c -> c.id() == edit)
                            .findFirst()
                            .map(c -> CriterionForm.of(c, parentCode(detail, c)))
                            .orElse(CriterionForm.empty());
            model.addAttribute("criterionForm", form);
        }
    }

    static String parentCode(FrameworkDetail detail, vn.dtihub.frameworks.Criterion c) {
        if (c.parentId() == null) {
            return null;
        }
        return detail.flatten().stream()
                .map(n -> n.criterion())
                .filter(p -> p.id() == c.parentId())
                .map(vn.dtihub.frameworks.Criterion::code)
                .findFirst()
                .orElse(null);
    }
}
