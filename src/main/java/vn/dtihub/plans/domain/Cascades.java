package vn.dtihub.plans.domain;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.dtihub.plans.PlanHeader;
import vn.dtihub.plans.PlanSection;
import vn.dtihub.plans.PlanSummary;
import vn.dtihub.plans.SectionKind;
import vn.dtihub.plans.TargetHorizon;
import vn.dtihub.plans.TaskStatus;
import vn.dtihub.plans.domain.PlanRepository.PlanRow;
import vn.dtihub.plans.domain.TargetRepository.TargetRow;
import vn.dtihub.plans.domain.TaskRepository.TaskRow;
import vn.dtihub.shared.AuditRecord;
import vn.dtihub.shared.AuditTrail;
import vn.dtihub.shared.InvalidInputException;
import vn.dtihub.shared.ScopedPrincipal;
import vn.dtihub.units.AgencyView;
import vn.dtihub.units.UnitView;
import vn.dtihub.units.Units;

/**
 * A plan handed down (kế hoạch triển khai): a lower unit's plan made from a higher one, with the targets and tasks that
 * fall to it, each linked to its source so that the higher plan rolls their progress up.
 */
@Service
public class Cascades {

    private final PlanRepository repository;
    private final TargetRepository targetRepository;
    private final TaskRepository taskRepository;
    private final PlanAccess access;
    private final Units units;
    private final AuditTrail audit;

    Cascades(
            PlanRepository repository,
            TargetRepository targetRepository,
            TaskRepository taskRepository,
            PlanAccess access,
            Units units,
            AuditTrail audit) {
        this.repository = repository;
        this.targetRepository = targetRepository;
        this.taskRepository = taskRepository;
        this.access = access;
        this.units = units;
        this.audit = audit;
    }

    /**
     * Creates a lower unit's plan from a higher one: it implements the higher plan, inherits its legal basis, and
     * starts with copies of the targets that apply to every unit (no lead) or to this one, and of the tasks led by this
     * unit or its agencies, each linked to its source so that the higher plan can roll up progress.
     */
    @Transactional
    public PlanSummary cascade(
            ScopedPrincipal caller, long parentId, String unitCode, String structure, String number, String title) {
        PlanSummary parent = access.get(caller, parentId);
        UnitView issuer = units.byPath(parent.issuerPath()).orElseThrow();
        vn.dtihub.units.Structure s = structure == null || structure.isBlank()
                ? issuer.structure()
                : vn.dtihub.units.Structure.fromCode(structure).orElse(issuer.structure());
        if (unitCode == null || unitCode.isBlank()) {
            throw new InvalidInputException("unitCode", "validation.required", "Name the unit the plan is for");
        }
        UnitView unit = units.get(s, unitCode.strip());
        if (!unit.path().startsWith(parent.issuerPath()) || unit.path().equals(parent.issuerPath())) {
            throw new InvalidInputException(
                    "unitCode", "plan.cascadeOutside", "The unit is not under the plan's issuer");
        }
        if (!caller.administers() || !caller.scope().coversUnit(unit.path())) {
            throw new AccessDeniedException("Only the unit's standing office (or one above it) creates its plan");
        }
        String planTitle = title == null || title.isBlank() ? parent.title() + " – " + unit.fullName() : title;
        long id = repository.insert(PlanRow.from(
                new PlanHeader(number, planTitle, parent.kind(), null, null, parent.yearFrom(), parent.yearTo()),
                unit,
                parent.demo()));
        repository.addParent(id, parentId);
        for (PlanSection section : repository.sections(parentId)) {
            if (section.kind() == SectionKind.BASIS) {
                repository.insertSection(id, SectionKind.BASIS, section.title(), section.body());
            }
        }
        repository.insertSection(
                id,
                SectionKind.BASIS,
                "Căn cứ",
                "Thực hiện Kế hoạch " + (parent.number() == null ? "" : "số " + parent.number() + " ") + "của "
                        + parent.issuerName() + ": " + parent.title());
        int targets = 0;
        Map<Long, Long> copies = new HashMap<>();
        Map<Long, List<TargetHorizon>> parentHorizons = targetRepository.horizons(parentId);
        for (TargetRow t : targetRepository.targets(parentId)) {
            String leadPath = t.leadAgencyId() == null
                    ? null
                    : units.agency(t.leadAgencyId()).map(AgencyView::unitPath).orElse(null);
            if (leadPath == null || leadPath.startsWith(unit.path())) {
                long copy = targetRepository.insertTarget(
                        id,
                        new TargetRow(
                                0,
                                id,
                                0,
                                t.statement(),
                                t.area(),
                                t.unitOfMeasure(),
                                t.baseline(),
                                t.goal(),
                                t.goalYear(),
                                t.yesNo(),
                                null,
                                leadPath == null ? null : t.leadAgencyId(),
                                t.coordinators(),
                                t.note(),
                                t.criterionId(),
                                t.id(),
                                0));
                targetRepository.insertHorizons(copy, parentHorizons.getOrDefault(t.id(), List.of()));
                copies.put(t.id(), copy);
                targets++;
            }
        }
        int tasks = 0;
        List<TaskRow> parentTasks = taskRepository.tasks(parentId);
        TaskRepository.TaskLinks links =
                taskRepository.links(parentTasks.stream().map(TaskRow::id).toList());
        TaskLeadRule.Party committee = new TaskLeadRule.Party(List.of(), null, unit.level(), unit.path());
        for (TaskRow t : parentTasks) {
            boolean own = t.leadPath() != null && t.leadPath().startsWith(unit.path());
            // A task "UBND cấp huyện" lead is the district's own in its plan, led by its people's committee.
            if (own || TaskLeadRule.leads(t, parent.issuerPath(), committee)) {
                long copy = taskRepository.insertTask(
                        id,
                        new TaskRow(
                                0,
                                id,
                                t.sectionCode(),
                                t.sectionTitle(),
                                t.subsectionCode(),
                                t.subsectionTitle(),
                                0,
                                t.text(),
                                t.area(),
                                t.expectedResult(),
                                t.deadline(),
                                own ? t.leadAgencyId() : null,
                                own ? t.leadUnitId() : unit.id(),
                                own ? t.leadPath() : unit.path(),
                                null,
                                List.of(),
                                List.of(),
                                t.coordinators(),
                                t.footnotes(),
                                t.id(),
                                TaskStatus.NOT_STARTED,
                                null,
                                null,
                                0));
                // The copy serves the copies of the targets its source served, and the same criteria.
                taskRepository.linkTask(
                        copy,
                        links.targetsOf(t.id()).stream()
                                .map(x -> copies.get(x.id()))
                                .filter(java.util.Objects::nonNull)
                                .toList(),
                        links.criteriaOf(t.id()));
                tasks++;
            }
        }
        audit.record(AuditRecord.of("PLAN_CASCADED", "plan", id, unit.path())
                .withDetail("from plan " + parentId + ": " + targets + " targets, " + tasks + " tasks"));
        return repository.find(id).orElseThrow();
    }
}
