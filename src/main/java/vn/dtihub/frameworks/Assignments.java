package vn.dtihub.frameworks;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.dtihub.frameworks.domain.AssignmentRepository;
import vn.dtihub.frameworks.domain.CriterionRepository;
import vn.dtihub.frameworks.domain.FrameworkRepository;
import vn.dtihub.shared.AuditRecord;
import vn.dtihub.shared.AuditTrail;
import vn.dtihub.shared.ConflictException;
import vn.dtihub.shared.InvalidInputException;
import vn.dtihub.shared.NotFoundException;
import vn.dtihub.shared.ScopedPrincipal;
import vn.dtihub.shared.VietnameseText;
import vn.dtihub.units.AgencyView;
import vn.dtihub.units.Structure;
import vn.dtihub.units.UnitView;
import vn.dtihub.units.Units;

/**
 * Who leads, coordinates, supplies or verifies each criterion of a framework, in the scope of the unit that
 * assigns it (a province to its departments, a town to its offices and wards). A code stands for its whole
 * subtree, as the documents say "mục 4". One lead agency per criterion and scope.
 */
@Service
public class Assignments {

    private final AssignmentRepository repository;
    private final FrameworkRepository frameworks;
    private final CriterionRepository criterionRepository;
    private final Frameworks facade;
    private final Units units;
    private final AuditTrail audit;

    Assignments(
            AssignmentRepository repository,
            FrameworkRepository frameworks,
            CriterionRepository criterionRepository,
            Frameworks facade,
            Units units,
            AuditTrail audit) {
        this.repository = repository;
        this.frameworks = frameworks;
        this.criterionRepository = criterionRepository;
        this.facade = facade;
        this.units = units;
        this.audit = audit;
    }

    /** The scope a caller assigns in by default: the unit they sit in. */
    public Optional<UnitView> defaultScope(ScopedPrincipal caller) {
        return units.byPath(caller.seatPath());
    }

    public UnitView scopeUnit(ScopedPrincipal caller, String code, String structure) {
        if (code == null || code.isBlank()) {
            return defaultScope(caller)
                    .orElseThrow(() -> new InvalidInputException(
                            "scopeUnitCode", "validation.required", "Name the unit whose assignment this is"));
        }
        return units.get(
                structure == null || structure.isBlank()
                        ? null
                        : Structure.fromCode(structure).orElse(null),
                code.strip());
    }

    /** The assignment table of a framework in a unit's scope, as "Phụ lục 01" prints it. */
    public List<Assignment> table(ScopedPrincipal caller, long frameworkId, UnitView scope) {
        facade.get(caller, frameworkId);
        if (!caller.scope().coversUnit(scope.path())) {
            throw new AccessDeniedException("The assignment of another unit");
        }
        return named(repository.ofScope(frameworkId, scope.id()));
    }

    /** The table grouped by criterion, in the framework's order: each line a criterion with its lead and others. */
    public List<TableLine> lines(ScopedPrincipal caller, long frameworkId, UnitView scope) {
        Map<Long, TableLine> byCriterion = new LinkedHashMap<>();
        for (Assignment a : table(caller, frameworkId, scope)) {
            TableLine line = byCriterion.computeIfAbsent(
                    a.criterionId(),
                    id -> new TableLine(a.criterionId(), a.criterionCode(), a.criterionName(), new ArrayList<>()));
            line.assignments().add(a);
        }
        return List.copyOf(byCriterion.values());
    }

    /** One criterion's line of the table: its lead, coordinators, data providers and verifiers. */
    public record TableLine(long criterionId, String code, String name, List<Assignment> assignments) {
        public List<Assignment> of(AssignmentRole role) {
            return assignments.stream().filter(a -> a.role() == role).toList();
        }
    }

    /** What an agency must lead, coordinate, supply or verify, across frameworks. */
    public List<Assignment> ofAgency(ScopedPrincipal caller, long agencyId) {
        AgencyView agency = units.visibleAgency(caller, agencyId);
        return named(repository.ofAgency(agency.id()).stream()
                .filter(a -> readable(caller, a.frameworkId()))
                .toList());
    }

    /**
     * Every assignment of a framework made by a unit or the units under it, with the assignees' names: for the
     * reporting module, which has checked that its caller may open a period over that unit.
     */
    public List<Assignment> within(long frameworkId, String scopePath) {
        return named(repository.within(frameworkId, scopePath));
    }

    /** What a unit (a commune, a ward) must lead or supply, across frameworks. */
    public List<Assignment> ofUnit(ScopedPrincipal caller, UnitView unit) {
        if (!caller.scope().coversUnit(unit.path())) {
            throw new AccessDeniedException("Another unit's criteria");
        }
        return named(repository.ofUnit(unit.id()).stream()
                .filter(a -> readable(caller, a.frameworkId()))
                .toList());
    }

    private boolean readable(ScopedPrincipal caller, long frameworkId) {
        return frameworks
                .find(frameworkId)
                .map(f -> vn.dtihub.frameworks.domain.FrameworkAccess.readable(caller, f))
                .orElse(false);
    }

    @Transactional
    public List<Assignment> assign(ScopedPrincipal caller, long frameworkId, AssignmentRequest request) {
        FrameworkSummary f = facade.get(caller, frameworkId);
        if (f.status() == FrameworkStatus.RETIRED) {
            throw new ConflictException("framework.retired", "A retired framework is no longer assigned");
        }
        UnitView scope = scopeUnit(caller, request.scopeUnitCode(), request.scopeStructure());
        requireManages(caller, scope);
        if (request.role() == null) {
            throw new InvalidInputException("role", "validation.required", "The role is required");
        }
        if (request.criterionCodes() == null || request.criterionCodes().isEmpty()) {
            throw new InvalidInputException("criterionCodes", "validation.required", "Name at least one criterion");
        }
        Long agencyId = null;
        Long unitId = null;
        if (request.agencyId() != null) {
            AgencyView agency = units.agency(request.agencyId())
                    .filter(AgencyView::active)
                    .orElseThrow(
                            () -> new InvalidInputException("agencyId", "assignment.unknownAgency", "Unknown agency"));
            if (!agency.unitPath().startsWith(scope.path())) {
                throw new InvalidInputException(
                        "agencyId", "assignment.agencyOutsideScope", "The agency is not under " + scope.fullName());
            }
            agencyId = agency.id();
        } else if (request.unitCode() != null && !request.unitCode().isBlank()) {
            UnitView unit = units.get(
                    request.unitStructure() == null
                            ? scope.structure()
                            : Structure.fromCode(request.unitStructure()).orElse(scope.structure()),
                    request.unitCode().strip());
            if (!unit.path().startsWith(scope.path())) {
                throw new InvalidInputException(
                        "unitCode", "assignment.unitOutsideScope", "The unit is not under " + scope.fullName());
            }
            unitId = unit.id();
        } else {
            throw new InvalidInputException("agencyId", "assignment.assigneeRequired", "Choose an agency or a unit");
        }
        String note = VietnameseText.nfc(request.note());
        List<Assignment> created = new ArrayList<>();
        for (String raw : request.criterionCodes()) {
            String code = raw == null ? "" : raw.strip();
            Criterion c = criterionRepository
                    .criterionByCode(frameworkId, code)
                    .orElseThrow(() -> new InvalidInputException(
                            "criterionCodes", "framework.unknownCode", "Unknown criterion " + code));
            if (repository.exists(c.id(), scope.id(), agencyId, unitId, request.role())) {
                continue;
            }
            if (request.role() == AssignmentRole.LEAD && agencyId != null) {
                Optional<Assignment> lead = repository.leadOf(c.id(), scope.id());
                if (lead.isPresent()) {
                    String current = named(List.of(lead.get())).get(0).assigneeName();
                    throw new ConflictException(
                            "assignment.leadTaken",
                            c.code() + " đã do " + current + " chủ trì / is already led by " + current);
                }
            }
            long id = repository.insert(
                    frameworkId, c.id(), scope.id(), scope.path(), agencyId, unitId, request.role(), note);
            Assignment a = named(List.of(repository.find(id).orElseThrow())).get(0);
            audit.record(AuditRecord.of("ASSIGNMENT_CREATED", "assignment", id, scope.path())
                    .change(
                            null,
                            Map.of(
                                    "criterion",
                                    c.code(),
                                    "assignee",
                                    a.assigneeName(),
                                    "role",
                                    request.role().name())));
            created.add(a);
        }
        return created;
    }

    @Transactional
    public void unassign(ScopedPrincipal caller, long frameworkId, long assignmentId) {
        Assignment a = repository
                .find(assignmentId)
                .filter(x -> x.frameworkId() == frameworkId)
                .orElseThrow(() -> new AssignmentNotFoundException(assignmentId));
        if (!caller.scope().coversUnit(a.scopePath())) {
            throw new AssignmentNotFoundException(assignmentId);
        }
        UnitView scope = units.findById(a.scopeUnitId()).orElseThrow();
        requireManages(caller, scope);
        repository.delete(assignmentId);
        Assignment named = named(List.of(a)).get(0);
        audit.record(AuditRecord.of("ASSIGNMENT_DELETED", "assignment", assignmentId, a.scopePath())
                .change(
                        Map.of(
                                "criterion",
                                a.criterionCode(),
                                "assignee",
                                named.assigneeName(),
                                "role",
                                a.role().name()),
                        null));
    }

    private static void requireManages(ScopedPrincipal caller, UnitView scope) {
        if (!caller.administers() || !caller.scope().coversUnit(scope.path())) {
            throw new AccessDeniedException("Only the unit's standing office assigns its criteria");
        }
    }

    /** Fills in the assignees' names and paths through the units module. */
    private List<Assignment> named(List<Assignment> rows) {
        Map<Long, AgencyView> agencies = new HashMap<>();
        Map<Long, UnitView> unitsById = new HashMap<>();
        List<Assignment> out = new ArrayList<>(rows.size());
        for (Assignment a : rows) {
            String name;
            String path;
            if (a.agencyId() != null) {
                AgencyView agency = agencies.computeIfAbsent(
                        a.agencyId(), id -> units.agency(id).orElse(null));
                name = agency == null ? "#" + a.agencyId() : agency.name();
                path = agency == null ? null : agency.unitPath();
            } else {
                UnitView unit = unitsById.computeIfAbsent(
                        a.unitId(), id -> units.findById(id).orElse(null));
                name = unit == null ? "#" + a.unitId() : unit.fullName();
                path = unit == null ? null : unit.path();
            }
            out.add(new Assignment(
                    a.id(),
                    a.frameworkId(),
                    a.criterionId(),
                    a.criterionCode(),
                    a.criterionName(),
                    a.scopeUnitId(),
                    a.scopePath(),
                    a.agencyId(),
                    a.unitId(),
                    name,
                    path,
                    a.role(),
                    a.note()));
        }
        return out;
    }

    /** An assignment id that does not exist or is not the caller's to see. */
    public static class AssignmentNotFoundException extends NotFoundException {
        AssignmentNotFoundException(long id) {
            super("error.assignmentNotFound", "No assignment has the id " + id, String.valueOf(id));
        }
    }
}
