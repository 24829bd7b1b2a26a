package vn.dtihub.plans.domain;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;
import vn.dtihub.plans.PlanStatus;
import vn.dtihub.plans.PlanSummary;
import vn.dtihub.shared.InvalidInputException;
import vn.dtihub.shared.ScopedPrincipal;
import vn.dtihub.units.AgencyView;
import vn.dtihub.units.Units;

/**
 * Who reads and who edits a plan, and which agencies may lead in it; shared by the plan, target and import sides of
 * the module so that each applies the same rule.
 */
@Component
public class PlanAccess {

    private final PlanRepository repository;
    private final Units units;

    PlanAccess(PlanRepository repository, Units units) {
        this.repository = repository;
        this.units = units;
    }

    /** A plan the caller may read; one it may not is as absent as one that does not exist. */
    public PlanSummary get(ScopedPrincipal caller, long id) {
        PlanSummary p = repository.find(id).orElseThrow(() -> PlanNotFoundException.forId(id));
        if (!readable(caller, p)) {
            throw PlanNotFoundException.forId(id);
        }
        return p;
    }

    public static boolean readable(ScopedPrincipal caller, PlanSummary p) {
        return caller.scope().reads(p.issuerPath(), caller.seatPath());
    }

    public static boolean canEdit(ScopedPrincipal caller, PlanSummary p) {
        return caller.administers() && caller.scope().coversUnit(p.issuerPath());
    }

    /** What the caller may do with the plan now, for its page (see {@link PlanPermissions}). */
    public static PlanPermissions permissions(ScopedPrincipal caller, PlanSummary p) {
        boolean change = canEdit(caller, p) && p.status() != PlanStatus.SUPERSEDED;
        boolean under = caller.scope().national()
                || caller.scope().unitPaths().stream()
                        .anyMatch(u ->
                                u.startsWith(p.issuerPath()) || p.issuerPath().startsWith(u))
                || caller.seatPath() != null && caller.seatPath().startsWith(p.issuerPath());
        return new PlanPermissions(change, change && p.status() == PlanStatus.DRAFT, caller.administers() && under);
    }

    /** A plan the caller may change: its unit's standing office's, and not superseded (that one is history). */
    public PlanSummary requireEdit(ScopedPrincipal caller, long planId) {
        PlanSummary p = get(caller, planId);
        if (!canEdit(caller, p)) {
            throw new AccessDeniedException("Only the issuing unit's standing office edits its plans");
        }
        if (p.status() == PlanStatus.SUPERSEDED) {
            throw new vn.dtihub.shared.ConflictException(
                    "plan.supersededFrozen", "A superseded plan is kept as it was: amend the plan that replaced it");
        }
        return p;
    }

    /** A plan whose text is still a draft; an issued one is amended, and this change is refused saying so. */
    public static void requireDraft(PlanSummary p, String why) {
        if (p.status() != PlanStatus.DRAFT) {
            throw new vn.dtihub.shared.ConflictException("plan.issued", why);
        }
    }

    /** A superseded plan is history: no report, file or value is added to it. */
    public static void requireActive(PlanSummary p) {
        if (p.status() == PlanStatus.SUPERSEDED) {
            throw new vn.dtihub.shared.ConflictException(
                    "plan.supersededFrozen", "A superseded plan is kept as it was: work on the plan that replaced it");
        }
    }

    /** A lead agency: active, and the plan's unit's or one under it, or refused naming the field. */
    public Long leadAgency(PlanSummary p, Long agencyId) {
        if (agencyId == null) {
            return null;
        }
        AgencyView agency = units.agency(agencyId)
                .filter(AgencyView::active)
                .orElseThrow(
                        () -> new InvalidInputException("leadAgencyId", "assignment.unknownAgency", "Unknown agency"));
        if (!agency.unitPath().startsWith(p.issuerPath())) {
            throw new InvalidInputException(
                    "leadAgencyId", "plan.leadOutsideScope", "The lead is not under the plan's unit");
        }
        return agency.id();
    }
}
