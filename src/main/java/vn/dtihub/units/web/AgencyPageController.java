package vn.dtihub.units.web;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.dtihub.shared.InvalidInputException;
import vn.dtihub.shared.ScopedPrincipal;
import vn.dtihub.units.AgencyChange;
import vn.dtihub.units.AgencyKind;
import vn.dtihub.units.AgencyView;
import vn.dtihub.units.Units;

/** Rename, re-kind, deactivate or reactivate an agency. Agencies are never deleted: records point to them. */
@Controller
class AgencyPageController {

    private final Units units;

    AgencyPageController(Units units) {
        this.units = units;
    }

    @GetMapping("/agencies/{id}")
    String edit(@PathVariable long id, @AuthenticationPrincipal ScopedPrincipal me, Model model) {
        AgencyView agency = units.visibleAgency(me, id);
        model.addAttribute("agency", agency);
        if (!model.containsAttribute("agencyForm")) {
            model.addAttribute(
                    "agencyForm",
                    new AgencyForm(
                            agency.name(), agency.shortName(), agency.kind(), agency.active(), agency.version()));
        }
        model.addAttribute("kinds", AgencyKind.values());
        model.addAttribute("canManage", me.administers());
        return "units/agency";
    }

    @PostMapping("/agencies/{id}")
    String save(
            @PathVariable long id,
            @ModelAttribute AgencyForm form,
            @AuthenticationPrincipal ScopedPrincipal me,
            RedirectAttributes redirect) {
        AgencyView agency = units.visibleAgency(me, id);
        int version = form.version() == null ? -1 : form.version();
        try {
            AgencyView saved = units.updateAgency(
                    me, id, version, new AgencyChange(form.name(), form.shortName(), form.kind(), form.active()));
            redirect.addFlashAttribute("success", "agencies.saved");
            redirect.addAttribute("code", saved.unitCode());
            redirect.addAttribute("structure", saved.structure().code());
            return "redirect:/units/{code}#agencies";
        } catch (InvalidInputException e) {
            redirect.addFlashAttribute("agencyForm", form);
            redirect.addFlashAttribute("agencyError", e.messageKey());
            redirect.addAttribute("id", agency.id());
            return "redirect:/agencies/{id}";
        }
    }
}
