package vn.dtihub.units.web;

import java.time.LocalDate;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.dtihub.shared.InvalidInputException;
import vn.dtihub.shared.OnFailure;
import vn.dtihub.shared.ScopedPrincipal;
import vn.dtihub.units.AgencyChange;
import vn.dtihub.units.AgencyKind;
import vn.dtihub.units.AgencyLineage;
import vn.dtihub.units.AgencyView;
import vn.dtihub.units.Succession;
import vn.dtihub.units.Units;

/**
 * Rename, re-kind, deactivate or reactivate an agency, or record that it was renamed or merged into another from a
 * date. Agencies are never deleted: records point to them.
 */
@Controller
class AgencyPageController {

    private final Units units;
    private final AgencyLineage lineage;

    AgencyPageController(Units units, AgencyLineage lineage) {
        this.units = units;
        this.lineage = lineage;
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
        if (agency.successorId() != null) {
            units.agency(agency.successorId()).ifPresent(a -> model.addAttribute("successor", a));
        } else if (me.administers()) {
            model.addAttribute("successors", lineage.possibleSuccessors(agency));
        }
        model.addAttribute(
                "predecessors",
                lineage.carriedOnBy(agency.id()).stream()
                        .skip(1)
                        .map(units::agency)
                        .flatMap(java.util.Optional::stream)
                        .toList());
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

    /** Renamed (to a new name or an existing agency) or merged into an existing agency, from a date. */
    @PostMapping("/agencies/{id}/succession")
    @OnFailure(value = "/agencies/{id}", as = "agencyError")
    String succeed(
            @PathVariable long id,
            @RequestParam(required = false) Succession succession,
            @RequestParam(required = false) Long successorId,
            @RequestParam(required = false) String newName,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate effectiveOn,
            @RequestParam(required = false) Integer version,
            @AuthenticationPrincipal ScopedPrincipal me,
            RedirectAttributes redirect) {
        units.visibleAgency(me, id);
        lineage.succeed(me, id, version == null ? -1 : version, succession, successorId, newName, effectiveOn);
        redirect.addFlashAttribute("success", "agencies.succeeded");
        return "redirect:/agencies/{id}";
    }
}
