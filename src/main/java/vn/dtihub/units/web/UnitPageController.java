package vn.dtihub.units.web;

import java.time.LocalDate;
import java.util.List;
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
import vn.dtihub.shared.InvalidInputException;
import vn.dtihub.shared.ScopedPrincipal;
import vn.dtihub.units.AgencyChange;
import vn.dtihub.units.AgencyKind;
import vn.dtihub.units.Structure;
import vn.dtihub.units.UnitView;
import vn.dtihub.units.Units;

/** The unit tree, the search box and the unit page; agencies are listed and added on the unit page. */
@Controller
class UnitPageController {

    static final int SEARCH_LIMIT = 50;

    private final Units units;

    UnitPageController(Units units) {
        this.units = units;
    }

    @GetMapping("/units")
    String tree(
            @RequestParam(required = false) String structure,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asOf,
            Model model) {
        Structure chosen = StructureParam.resolve(structure, asOf);
        List<UnitView> provinces = units.children(chosen, null);
        model.addAttribute("structure", chosen);
        model.addAttribute("asOf", asOf);
        model.addAttribute("units", provinces);
        model.addAttribute("structures", Structure.values());
        return "units/tree";
    }

    /** The children of one node of the tree, loaded when the node is opened. */
    @GetMapping("/units/tree")
    String children(@RequestParam(required = false) String structure, @RequestParam String parent, Model model) {
        Structure chosen = StructureParam.resolve(structure, null);
        model.addAttribute("structure", chosen);
        model.addAttribute("units", units.children(chosen, parent));
        return "units/tree :: nodes";
    }

    @GetMapping("/units/search")
    String search(
            @RequestParam(defaultValue = "") String q,
            @RequestParam(required = false) String structure,
            @RequestHeader(value = "HX-Request", required = false) String htmx,
            Model model) {
        Structure chosen = structure == null || structure.isBlank() ? null : StructureParam.resolve(structure, null);
        String query = q.length() > 100 ? q.substring(0, 100) : q;
        model.addAttribute("q", query);
        model.addAttribute("results", query.isBlank() ? List.of() : units.search(query, chosen, SEARCH_LIMIT));
        return "true".equals(htmx) ? "units/search :: results" : "units/search";
    }

    @GetMapping("/units/{code}")
    String unit(
            @PathVariable String code,
            @RequestParam(required = false) String structure,
            @AuthenticationPrincipal ScopedPrincipal me,
            Model model) {
        UnitView unit = units.get(StructureParam.optional(structure), code);
        model.addAttribute("detail", units.detail(unit));
        boolean inScope = me.scope().coversUnit(unit.path());
        model.addAttribute("inScope", inScope);
        if (inScope) {
            model.addAttribute("agencies", units.agenciesOf(unit, me.administers()));
        }
        model.addAttribute("canManage", inScope && me.administers());
        model.addAttribute("kinds", AgencyKind.values());
        if (!model.containsAttribute("agencyForm")) {
            model.addAttribute("agencyForm", new AgencyForm(null, null, AgencyKind.OFFICE, true, 0));
        }
        return "units/unit";
    }

    @PostMapping("/units/{code}/agencies")
    String addAgency(
            @PathVariable String code,
            @RequestParam(required = false) String structure,
            @ModelAttribute AgencyForm form,
            @AuthenticationPrincipal ScopedPrincipal me,
            RedirectAttributes redirect) {
        UnitView unit = units.get(StructureParam.optional(structure), code);
        try {
            units.createAgency(me, unit, new AgencyChange(form.name(), form.shortName(), form.kind(), true));
            redirect.addFlashAttribute("success", "agencies.created");
        } catch (InvalidInputException e) {
            redirect.addFlashAttribute("agencyForm", form);
            redirect.addFlashAttribute("agencyError", e.messageKey());
        }
        redirect.addAttribute("code", unit.code());
        redirect.addAttribute("structure", unit.structure().code());
        return "redirect:/units/{code}#agencies";
    }
}
