package vn.dtihub.plans.domain;

import java.util.List;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.dtihub.plans.PlanHeader;
import vn.dtihub.plans.PlanStatus;
import vn.dtihub.plans.PlanSummary;
import vn.dtihub.plans.domain.PlanRepository.PlanRow;
import vn.dtihub.shared.AuditRecord;
import vn.dtihub.shared.AuditTrail;
import vn.dtihub.shared.ConflictException;
import vn.dtihub.shared.InvalidInputException;
import vn.dtihub.shared.ScopedPrincipal;
import vn.dtihub.units.UnitView;
import vn.dtihub.units.Units;

/** A plan's header and life: created under its parents, edited as a draft, issued, superseded by a later plan. */
@Service
public class PlanHeaders {

    private final PlanRepository repository;
    private final PlanAccess access;
    private final Units units;
    private final AuditTrail audit;
    private final Tasks tasks;
    private final TaskRepository taskRepository;
    private final org.springframework.context.ApplicationEventPublisher events;

    PlanHeaders(
            PlanRepository repository,
            PlanAccess access,
            Units units,
            AuditTrail audit,
            Tasks tasks,
            TaskRepository taskRepository,
            org.springframework.context.ApplicationEventPublisher events) {
        this.taskRepository = taskRepository;
        this.events = events;
        this.repository = repository;
        this.access = access;
        this.units = units;
        this.audit = audit;
        this.tasks = tasks;
    }

    @Transactional
    public PlanSummary create(ScopedPrincipal caller, PlanHeader header, List<Long> parentIds) {
        UnitView issuer = units.byPath(caller.seatPath())
                .orElseThrow(() -> new AccessDeniedException("A plan is issued by the caller's unit"));
        if (!caller.administers()) {
            throw new AccessDeniedException("Only a unit's standing office creates its plans");
        }
        PlanRow row = PlanRow.from(header, issuer, false);
        long id = repository.insert(row);
        for (Long parent : parentIds == null ? List.<Long>of() : parentIds) {
            PlanSummary above = access.get(caller, parent);
            if (!withinStructure(issuer.path()).startsWith(withinStructure(above.issuerPath()))) {
                throw new InvalidInputException(
                        "parentIds",
                        "plan.parentNotAbove",
                        "A plan implements plans of its own unit or of units above it");
            }
            repository.addParent(id, above.id());
        }
        audit.record(AuditRecord.of("PLAN_CREATED", "plan", id, issuer.path()).withDetail(row.title()));
        return repository.find(id).orElseThrow();
    }

    @Transactional
    public PlanSummary updateHeader(ScopedPrincipal caller, long id, int version, PlanHeader header) {
        PlanSummary before = access.requireEdit(caller, id);
        PlanAccess.requireDraft(before, "An issued plan's text is frozen");
        UnitView issuer = units.findById(before.issuerUnitId()).orElseThrow();
        if (!repository.updateHeader(id, version, PlanRow.from(header, issuer, before.demo()))) {
            throw new ConflictException("error.conflict", "The plan was changed by someone else meanwhile");
        }
        audit.record(
                AuditRecord.of("PLAN_UPDATED", "plan", id, before.issuerPath()).withDetail(header.title()));
        return repository.find(id).orElseThrow();
    }

    @Transactional
    public PlanSummary issue(ScopedPrincipal caller, long id) {
        PlanSummary p = access.requireEdit(caller, id);
        if (p.status() != PlanStatus.DRAFT) {
            throw new ConflictException("plan.alreadyIssued", "The plan is already issued");
        }
        if (p.number() == null || p.number().isBlank()) {
            throw new InvalidInputException("number", "plan.numberRequired", "A plan is issued with its number");
        }
        repository.issue(id);
        audit.record(AuditRecord.of("PLAN_ISSUED", "plan", id, p.issuerPath()).withDetail(p.number()));
        for (TaskRepository.TaskRow t : taskRepository.tasks(id)) {
            events.publishEvent(new vn.dtihub.plans.TaskAssigned(t.id(), id));
        }
        return repository.find(id).orElseThrow();
    }

    /**
     * Marks an issued plan as superseded, optionally by the plan that replaces it (one the caller can read): it stays
     * readable as it was, takes no more amendments or reports, and its tasks leave the lists of work to do.
     */
    @Transactional
    public PlanSummary supersede(ScopedPrincipal caller, long id, Long byPlanId) {
        PlanSummary p = access.requireEdit(caller, id);
        if (p.status() != PlanStatus.ISSUED) {
            throw new ConflictException("plan.supersedeDraft", "Only an issued plan is superseded; a draft is deleted");
        }
        Long by = null;
        if (byPlanId != null) {
            if (byPlanId == id) {
                throw new InvalidInputException("byPlanId", "plan.supersedeSelf", "A plan does not replace itself");
            }
            try {
                by = access.get(caller, byPlanId).id();
            } catch (PlanNotFoundException e) {
                throw new InvalidInputException("byPlanId", "error.planNotFound", "No plan " + byPlanId);
            }
        }
        repository.supersede(id, by);
        audit.record(AuditRecord.of("PLAN_SUPERSEDED", "plan", id, p.issuerPath())
                .withDetail(by == null ? null : "by plan " + by));
        return repository.find(id).orElseThrow();
    }

    /**
     * A unit's path without its structure ("38/407/" of "pre2025/38/407/"), so that a plan of 2026 may implement its
     * province's plan of 2024: provinces kept their codes across the 2025 reorganisation.
     */
    private static String withinStructure(String path) {
        int slash = path.indexOf('/');
        return slash < 0 ? path : path.substring(slash + 1);
    }
}
