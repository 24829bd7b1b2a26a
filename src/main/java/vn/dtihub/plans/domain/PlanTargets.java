package vn.dtihub.plans.domain;

import static vn.dtihub.plans.domain.PlanFields.optional;
import static vn.dtihub.plans.domain.PlanFields.required;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.dtihub.frameworks.Frameworks;
import vn.dtihub.plans.PlanStatus;
import vn.dtihub.plans.PlanSummary;
import vn.dtihub.plans.PlanTarget;
import vn.dtihub.plans.TargetHorizon;
import vn.dtihub.plans.TargetInput;
import vn.dtihub.plans.domain.TargetRepository.TargetRow;
import vn.dtihub.shared.AuditRecord;
import vn.dtihub.shared.AuditTrail;
import vn.dtihub.shared.ConflictException;
import vn.dtihub.shared.InvalidInputException;
import vn.dtihub.shared.ScopedPrincipal;
import vn.dtihub.units.AgencyView;
import vn.dtihub.units.Units;

/**
 * The targets of plans (chỉ tiêu): added and changed by the plan's standing office (after issue as amendments, each
 * audited), deleted only from a draft, with the value of each year to reach, the criterion each moves, and the latest
 * value reported by the standing office or the target's lead.
 */
@Service
public class PlanTargets {
    private final TargetRepository targetRepository;
    private final PlanAccess access;
    private final Units units;
    private final AuditTrail audit;
    private final Frameworks frameworks;

    PlanTargets(
            TargetRepository targetRepository,
            PlanAccess access,
            Units units,
            AuditTrail audit,
            Frameworks frameworks) {
        this.targetRepository = targetRepository;
        this.access = access;
        this.units = units;
        this.audit = audit;
        this.frameworks = frameworks;
    }

    @Transactional
    public PlanTarget add(ScopedPrincipal caller, long planId, TargetInput input) {
        PlanSummary p = access.requireEdit(caller, planId);
        TargetRow row = row(caller, p, input, 0, null);
        long id = targetRepository.insertTarget(planId, row);
        targetRepository.insertHorizons(id, horizons(input));
        audit.record(AuditRecord.of(
                        p.status() == PlanStatus.DRAFT ? "TARGET_ADDED" : "TARGET_AMENDED",
                        "plan_target",
                        id,
                        p.issuerPath())
                .withDetail(row.statement()));
        return view(targetOf(planId, id));
    }

    /**
     * Changes a target (the standing office; after issue an amendment, audited). A stale version is a conflict that
     * shows the other change; the values by year are replaced by the ones sent.
     */
    @Transactional
    public PlanTarget update(ScopedPrincipal caller, long planId, long targetId, int version, TargetInput input) {
        PlanSummary p = access.requireEdit(caller, planId);
        TargetRow before = targetOf(planId, targetId);
        PlanTarget shown = view(before);
        TargetRow row = row(caller, p, input, version, before);
        if (!targetRepository.updateTarget(targetId, version, row)) {
            TargetRow current = targetOf(planId, targetId);
            throw new ConflictException(
                    "error.conflict",
                    "The target was changed by someone else meanwhile",
                    "→ \"" + current.statement() + "\"");
        }
        targetRepository.replaceHorizons(targetId, horizons(input));
        if (p.status() != PlanStatus.DRAFT) {
            // An issued plan shows what each amended target said before, for everyone who reads it.
            targetRepository.insertTargetRevision(targetId, shown.wording(), caller.username());
        }
        audit.record(AuditRecord.of(
                        p.status() == PlanStatus.DRAFT ? "TARGET_UPDATED" : "TARGET_AMENDED",
                        "plan_target",
                        targetId,
                        p.issuerPath())
                .change(Map.of("statement", before.statement()), Map.of("statement", row.statement())));
        return view(targetOf(planId, targetId));
    }

    /** Deletes a target of a draft plan; an issued plan's targets stay, amended if need be. */
    @Transactional
    public void delete(ScopedPrincipal caller, long planId, long targetId) {
        PlanSummary p = access.requireEdit(caller, planId);
        TargetRow target = targetOf(planId, targetId);
        PlanAccess.requireDraft(p, "An issued plan's targets are amended, not deleted");
        targetRepository.deleteTarget(targetId);
        audit.record(AuditRecord.of("TARGET_DELETED", "plan_target", targetId, p.issuerPath())
                .withDetail(target.statement()));
    }

    /** Records a target's latest value (the unit's standing office, or the target's lead). */
    @Transactional
    public PlanTarget recordValue(ScopedPrincipal caller, long planId, long targetId, BigDecimal value) {
        PlanSummary p = access.get(caller, planId);
        TargetRow t = targetOf(planId, targetId);
        boolean lead = t.leadAgencyId() != null && t.leadAgencyId().equals(caller.seatAgencyId());
        if (!PlanAccess.canEdit(caller, p) && !lead) {
            throw new AccessDeniedException("Only the plan's standing office or the target's lead records its value");
        }
        PlanAccess.requireActive(p);
        if (value == null) {
            throw new InvalidInputException("value", "validation.required", "value is required");
        }
        targetRepository.setLatestValue(targetId, value);
        audit.record(AuditRecord.of("TARGET_VALUE", "plan_target", targetId, p.issuerPath())
                .change(t.latestValue() == null ? null : Map.of("value", t.latestValue()), Map.of("value", value)));
        return view(targetOf(planId, targetId));
    }

    /** A plan's targets in order, each with its horizons and the label of its criterion, looked up once per plan. */
    public List<PlanTarget> of(long planId) {
        Map<Long, String> names = new HashMap<>();
        Map<Long, List<TargetHorizon>> horizons = targetRepository.horizons(planId);
        List<TargetRow> rows = targetRepository.targets(planId);
        Map<Long, String> criteria = criterionLabels(rows);
        Map<Long, List<PlanTarget.Revision>> revisions = targetRepository.targetRevisions(planId);
        return rows.stream()
                .map(t -> view(t, names, horizons, criteria, revisions))
                .toList();
    }

    private TargetRow row(ScopedPrincipal caller, PlanSummary p, TargetInput input, int version, TargetRow before) {
        return new TargetRow(
                before == null ? 0 : before.id(),
                p.id(),
                before == null ? 0 : before.position(),
                required(input.statement(), "statement", 2000),
                Area.check(input.area(), "area"),
                optional(input.unitOfMeasure()),
                input.baseline(),
                input.goal() == null
                                && Boolean.TRUE.equals(input.yesNo())
                                && horizons(input).isEmpty()
                        ? BigDecimal.ONE
                        : goal(input),
                goalYear(input),
                Boolean.TRUE.equals(input.yesNo()),
                before == null ? null : before.latestValue(),
                access.leadAgency(p, input.leadAgencyId()),
                optional(input.coordinators(), "coordinators", 2000),
                optional(input.note(), "note", 2000),
                criterion(caller, input.criterionId()),
                before == null ? null : before.sourceTargetId(),
                version);
    }

    /** The criterion a target moves: one of a framework the caller may read, or refused naming the field. */
    private Long criterion(ScopedPrincipal caller, Long criterionId) {
        if (criterionId == null) {
            return null;
        }
        if (frameworks.linkableCriterion(caller, criterionId).isEmpty()) {
            throw new InvalidInputException(
                    "criterionId", "plan.criterionUnknown", "No criterion " + criterionId + " in your frameworks");
        }
        return criterionId;
    }

    private TargetRow targetOf(long planId, long targetId) {
        return targetRepository.targets(planId).stream()
                .filter(t -> t.id() == targetId)
                .findFirst()
                .orElseThrow(() -> PlanNotFoundException.targetForId(targetId));
    }

    /** The horizons of a target input, its main goal among them, checked: years 2000–2100, each once. */
    private static List<TargetHorizon> horizons(TargetInput in) {
        Map<Integer, BigDecimal> byYear = new TreeMap<>();
        if (in.horizons() != null) {
            for (TargetHorizon h : in.horizons()) {
                if (h == null || h.value() == null || h.year() < 2000 || h.year() > 2100) {
                    throw new InvalidInputException(
                            "horizons", "plan.horizonInvalid", "Each horizon is a year 2000–2100 and a value");
                }
                if (byYear.put(h.year(), h.value()) != null) {
                    throw new InvalidInputException("horizons", "plan.horizonInvalid", "A year appears twice");
                }
            }
        }
        if (in.goal() != null && in.goalYear() != null) {
            byYear.putIfAbsent(in.goalYear(), in.goal());
        }
        return byYear.entrySet().stream()
                .map(e -> new TargetHorizon(e.getKey(), e.getValue()))
                .toList();
    }

    /** The main goal: the one given, else the earliest horizon. */
    private static BigDecimal goal(TargetInput in) {
        if (in.goal() != null) {
            return in.goal();
        }
        List<TargetHorizon> h = horizons(in);
        return h.isEmpty() ? null : h.get(0).value();
    }

    private static Integer goalYear(TargetInput in) {
        if (in.goal() != null) {
            return in.goalYear();
        }
        List<TargetHorizon> h = horizons(in);
        return h.isEmpty() ? in.goalYear() : Integer.valueOf(h.get(0).year());
    }

    private PlanTarget view(TargetRow t) {
        return view(
                t,
                new HashMap<>(),
                targetRepository.horizons(t.planId()),
                criterionLabels(List.of(t)),
                targetRepository.targetRevisions(t.planId()));
    }

    private Map<Long, String> criterionLabels(List<TargetRow> targets) {
        List<Long> ids = targets.stream()
                .map(TargetRow::criterionId)
                .filter(Objects::nonNull)
                .toList();
        return ids.isEmpty() ? Map.of() : frameworks.criterionLabels(ids);
    }

    private PlanTarget view(
            TargetRow t,
            Map<Long, String> names,
            Map<Long, List<TargetHorizon>> horizons,
            Map<Long, String> criteria,
            Map<Long, List<PlanTarget.Revision>> revisions) {
        String lead = t.leadAgencyId() == null
                ? null
                : names.computeIfAbsent(
                        t.leadAgencyId(),
                        k -> units.agency(t.leadAgencyId())
                                .map(AgencyView::name)
                                .orElse(null));
        return new PlanTarget(
                t.id(),
                t.planId(),
                t.position(),
                t.statement(),
                t.area(),
                t.unitOfMeasure(),
                t.baseline(),
                t.goal(),
                t.goalYear(),
                t.yesNo(),
                t.latestValue(),
                t.leadAgencyId(),
                lead,
                t.coordinators(),
                t.note(),
                t.criterionId(),
                t.criterionId() == null ? null : criteria.get(t.criterionId()),
                t.sourceTargetId(),
                t.version(),
                horizons.getOrDefault(t.id(), List.of()),
                revisions.getOrDefault(t.id(), List.of()));
    }
}
