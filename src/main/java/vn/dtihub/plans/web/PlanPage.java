package vn.dtihub.plans.web;

import org.springframework.ui.Model;
import vn.dtihub.plans.PlanDetail;
import vn.dtihub.plans.PlanStatus;
import vn.dtihub.plans.Plans;
import vn.dtihub.plans.SectionKind;
import vn.dtihub.plans.domain.PlanAccess;
import vn.dtihub.plans.domain.PlanPermissions;
import vn.dtihub.shared.ScopedPrincipal;
import vn.dtihub.units.Units;

/**
 * A plan's page as every plan form re-renders it (in full, or as the fragment an htmx edit swaps): the plan, its
 * numbered tasks (or only those without a deadline), what the caller may change and the choices the forms offer.
 */
@org.springframework.stereotype.Component
class PlanPage {

    private final Plans plans;
    private final Units units;
    private final vn.dtihub.frameworks.Frameworks frameworks;

    PlanPage(Plans plans, Units units, vn.dtihub.frameworks.Frameworks frameworks) {
        this.plans = plans;
        this.units = units;
        this.frameworks = frameworks;
    }

    String show(
            long id,
            Long editTask,
            Long editTarget,
            Long editSection,
            String deadline,
            ScopedPrincipal me,
            Model model) {
        PlanDetail detail = plans.detail(me, id);
        // "Không có thời hạn": only the tasks whose document states no deadline.
        boolean noDeadline = "none".equals(deadline);
        model.addAttribute("noDeadline", noDeadline);
        model.addAttribute(
                "noDeadlineCount",
                detail.tasks().stream()
                        .filter(t -> t.deadlineKind() == vn.dtihub.plans.Deadline.Kind.NONE)
                        .count());
        model.addAttribute(
                "taskLines",
                vn.dtihub.plans.domain.TaskNumbering.lines(detail.tasks().stream()
                        .filter(t -> !noDeadline || t.deadlineKind() == vn.dtihub.plans.Deadline.Kind.NONE)
                        .toList()));
        model.addAttribute("editingSection", editSection);
        model.addAttribute("editingTask", editTask);
        model.addAttribute("editingTarget", editTarget);
        model.addAttribute("detail", detail);
        boolean superseded = detail.plan().status() == PlanStatus.SUPERSEDED;
        PlanPermissions may = PlanAccess.permissions(me, detail.plan());
        model.addAttribute("may", may);
        boolean canEdit = may.change();
        if (superseded && detail.plan().supersededBy() != null) {
            try {
                model.addAttribute("replacedBy", plans.get(me, detail.plan().supersededBy()));
            } catch (vn.dtihub.plans.domain.PlanNotFoundException e) {
                // replaced by a plan the reader cannot open: the status says enough
            }
        }
        if (canEdit && detail.plan().status() == PlanStatus.ISSUED) {
            model.addAttribute(
                    "replacements",
                    plans.list(me, null, null, null, null).stream()
                            .filter(x -> x.id() != id
                                    && x.issuerPath().equals(detail.plan().issuerPath())
                                    && x.status() != PlanStatus.SUPERSEDED)
                            .toList());
        }
        model.addAttribute("draft", detail.plan().status() == PlanStatus.DRAFT);
        model.addAttribute("sectionKinds", SectionKind.values());
        model.addAttribute("zone", vn.dtihub.shared.VietnamTime.ZONE);
        model.addAttribute("areas", vn.dtihub.plans.domain.Area.values());
        if (canEdit) {
            units.byPath(detail.plan().issuerPath())
                    .ifPresent(u -> model.addAttribute("agencies", units.agenciesOf(u, false)));
            model.addAttribute("criterionChoices", frameworks.publishedFor(me));
        }
        model.addAttribute("rollup", plans.rollup(me, detail));
        return "plans/detail";
    }
}
