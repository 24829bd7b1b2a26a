package vn.dtihub.frameworks.web;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
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
import vn.dtihub.frameworks.FrameworkDetail;
import vn.dtihub.frameworks.FrameworkSummary;
import vn.dtihub.frameworks.Frameworks;
import vn.dtihub.frameworks.Subject;
import vn.dtihub.frameworks.domain.Drafts;
import vn.dtihub.frameworks.domain.FrameworkHeader;
import vn.dtihub.frameworks.domain.RuleText;
import vn.dtihub.shared.InvalidInputException;
import vn.dtihub.shared.OnFailure;
import vn.dtihub.shared.ScopedPrincipal;

/**
 * The framework pages: the list, and one framework's tree edited in place with htmx. Every change re-renders the
 * tree with its totals and problems; without JavaScript the same forms post and redirect.
 */
@Controller
class FrameworkPageController {

    private final Frameworks frameworks;
    private final Drafts drafts;
    private final vn.dtihub.frameworks.domain.Comparisons comparisons;
    private final FrameworkPage page;

    FrameworkPageController(
            Frameworks frameworks,
            Drafts drafts,
            vn.dtihub.frameworks.domain.Comparisons comparisons,
            FrameworkPage page) {
        this.page = page;
        this.frameworks = frameworks;
        this.drafts = drafts;
        this.comparisons = comparisons;
    }

    @GetMapping("/frameworks")
    String list(@AuthenticationPrincipal ScopedPrincipal me, Model model) {
        model.addAttribute("frameworks", frameworks.list(me));
        model.addAttribute("canCreate", drafts.mayCreate(me));
        model.addAttribute("subjects", Subject.values());
        return "frameworks/list";
    }

    @PostMapping("/frameworks")
    @OnFailure("/frameworks")
    String create(
            @ModelAttribute HeaderForm form, @AuthenticationPrincipal ScopedPrincipal me, RedirectAttributes redirect) {
        FrameworkSummary created = drafts.create(me, form.header());
        redirect.addAttribute("id", created.id());
        redirect.addFlashAttribute("success", "framework.created");
        return "redirect:/frameworks/{id}";
    }

    @GetMapping("/frameworks/{id}")
    String detail(
            @PathVariable long id,
            @RequestParam(required = false) Long edit,
            @RequestParam(required = false) String add,
            @RequestHeader(value = "HX-Request", required = false) String htmx,
            @AuthenticationPrincipal ScopedPrincipal me,
            Model model) {
        FrameworkDetail detail = frameworks.detail(me, id);
        page.prepare(model, me, detail, edit, add, null);
        return "true".equals(htmx) ? "frameworks/detail :: tree" : "frameworks/detail";
    }

    @PostMapping("/frameworks/{id}")
    @OnFailure("/frameworks/{id}")
    String updateHeader(
            @PathVariable long id,
            @ModelAttribute HeaderForm form,
            @AuthenticationPrincipal ScopedPrincipal me,
            RedirectAttributes redirect) {
        drafts.updateHeader(me, id, form.version() == null ? -1 : form.version(), form.header());
        redirect.addFlashAttribute("success", "framework.saved");
        return "redirect:/frameworks/{id}";
    }

    /** When units tie in the framework's rankings: one setting of a draft's header, the rest kept as it is. */
    @PostMapping("/frameworks/{id}/rank-ties")
    @OnFailure("/frameworks/{id}")
    String rankTies(
            @PathVariable long id,
            @RequestParam(required = false) vn.dtihub.frameworks.RankTies rankTies,
            @RequestParam(required = false) Integer version,
            @AuthenticationPrincipal ScopedPrincipal me,
            RedirectAttributes redirect) {
        drafts.updateHeader(
                me,
                id,
                version == null ? -1 : version,
                FrameworkHeader.of(frameworks.get(me, id)).withRankTies(rankTies));
        redirect.addFlashAttribute("success", "framework.saved");
        return "redirect:/frameworks/{id}";
    }

    @PostMapping("/frameworks/{id}/publish")
    @OnFailure("/frameworks/{id}")
    String publish(@PathVariable long id, @AuthenticationPrincipal ScopedPrincipal me, RedirectAttributes redirect) {
        drafts.publish(me, id);
        redirect.addFlashAttribute("success", "framework.publishedNow");
        return "redirect:/frameworks/{id}";
    }

    @PostMapping("/frameworks/{id}/retire")
    String retire(@PathVariable long id, @AuthenticationPrincipal ScopedPrincipal me, RedirectAttributes redirect) {
        drafts.retire(me, id);
        redirect.addFlashAttribute("success", "framework.retiredNow");
        redirect.addAttribute("id", id);
        return "redirect:/frameworks/{id}";
    }

    @PostMapping("/frameworks/{id}/clone")
    String cloneAsDraft(
            @PathVariable long id,
            @ModelAttribute HeaderForm form,
            @AuthenticationPrincipal ScopedPrincipal me,
            RedirectAttributes redirect) {
        FrameworkSummary copy = drafts.cloneAsDraft(
                me,
                id,
                (form.name() == null || form.name().isBlank()) && form.yearFrom() == null && form.yearTo() == null
                        ? null
                        : form.header());
        redirect.addFlashAttribute("success", "framework.cloned");
        redirect.addAttribute("id", copy.id());
        return "redirect:/frameworks/{id}";
    }

    @GetMapping("/frameworks/{id}/compare")
    String compare(
            @PathVariable long id,
            @RequestParam(required = false) Long with,
            @AuthenticationPrincipal ScopedPrincipal me,
            Model model) {
        FrameworkSummary framework = frameworks.get(me, id);
        Long other = with != null ? with : framework.previousId();
        if (other == null) {
            throw new InvalidInputException("with", "validation.required", "Choose the version to compare with");
        }
        model.addAttribute("comparison", comparisons.compare(me, id, other));
        FrameworkSummary target = frameworks.get(me, other);
        model.addAttribute("canLink", frameworks.canManage(me, target));
        return "frameworks/compare";
    }

    /** Records that a criterion of this version corresponds to one of the version compared with. */
    @PostMapping("/frameworks/{id}/compare")
    String link(
            @PathVariable long id,
            @RequestParam(required = false) Long with,
            @RequestParam(defaultValue = "") String fromCode,
            @RequestParam(defaultValue = "") String toCode,
            @RequestParam(required = false) String note,
            @AuthenticationPrincipal ScopedPrincipal me,
            RedirectAttributes redirect) {
        frameworks.get(me, id);
        if (with == null) {
            throw new InvalidInputException("with", "validation.required", "Choose the version to compare with");
        }
        try {
            comparisons.link(me, id, fromCode.strip(), with, toCode.strip(), note);
            redirect.addFlashAttribute("success", "framework.crosswalk.saved");
        } catch (InvalidInputException e) {
            redirect.addFlashAttribute("error", e.messageKey());
            redirect.addFlashAttribute("errorDetail", e.getMessage());
        }
        redirect.addAttribute("id", id);
        redirect.addAttribute("with", with);
        return "redirect:/frameworks/{id}/compare";
    }

    @GetMapping("/frameworks/{id}/views")
    String views(@PathVariable long id, @AuthenticationPrincipal ScopedPrincipal me, Model model) {
        FrameworkDetail detail = frameworks.detail(me, id);
        model.addAttribute("detail", detail);
        model.addAttribute(
                "canManage",
                frameworks.canManage(me, detail.framework())
                        && detail.framework().editable());
        return "frameworks/views";
    }

    @PostMapping("/frameworks/{id}/views")
    @OnFailure(value = "/frameworks/{id}/views", detail = true)
    String saveView(
            @PathVariable long id,
            @RequestParam(defaultValue = "") String code,
            @RequestParam(defaultValue = "") String name,
            @RequestParam(defaultValue = "false") boolean overall,
            @RequestParam(defaultValue = "") String weights,
            @AuthenticationPrincipal ScopedPrincipal me,
            RedirectAttributes redirect) {
        frameworks.get(me, id);
        drafts.saveView(me, id, code, name, overall, parseWeights(weights));
        redirect.addFlashAttribute("success", "framework.viewSaved");
        return "redirect:/frameworks/{id}/views";
    }

    /** "I=1; II=1; III=1" or one "code=weight" per line; a code alone weighs 1. */
    static Map<String, BigDecimal> parseWeights(String text) {
        Map<String, BigDecimal> out = new LinkedHashMap<>();
        for (String part : text.split("[;\\n]")) {
            if (part.isBlank()) {
                continue;
            }
            String[] kv = part.split("=", 2);
            try {
                out.put(kv[0].strip(), kv.length > 1 ? RuleText.number(kv[1], kv[0].strip()) : BigDecimal.ONE);
            } catch (IllegalArgumentException e) {
                throw new InvalidInputException("weights", "framework.problem.viewWeight", e.getMessage());
            }
        }
        if (out.isEmpty()) {
            throw new InvalidInputException("weights", "framework.problem.emptyView", "Name at least one criterion");
        }
        return out;
    }

    /** The framework header form. */
    record HeaderForm(
            String name,
            String description,
            String decisionNumber,

            @org.springframework.format.annotation.DateTimeFormat(
                    iso = org.springframework.format.annotation.DateTimeFormat.ISO.DATE)
            java.time.LocalDate decisionDate,

            List<Subject> subjects,
            Integer yearFrom,
            Integer yearTo,
            String versionLabel,
            vn.dtihub.frameworks.RankTies rankTies,
            Integer version)
            implements java.io.Serializable {
        FrameworkHeader header() {
            return new FrameworkHeader(
                    name,
                    description,
                    decisionNumber,
                    decisionDate,
                    subjects,
                    yearFrom,
                    yearTo,
                    versionLabel,
                    rankTies);
        }
    }
}
