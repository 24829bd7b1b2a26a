package vn.dtihub.reporting.domain;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.dtihub.frameworks.Assignment;
import vn.dtihub.frameworks.AssignmentRole;
import vn.dtihub.frameworks.Assignments;
import vn.dtihub.frameworks.FrameworkStatus;
import vn.dtihub.frameworks.FrameworkSummary;
import vn.dtihub.frameworks.Frameworks;
import vn.dtihub.frameworks.Subject;
import vn.dtihub.reporting.PeriodInput;
import vn.dtihub.reporting.PeriodKind;
import vn.dtihub.reporting.PeriodSummary;
import vn.dtihub.reporting.domain.FormRepository.NewForm;
import vn.dtihub.shared.AuditRecord;
import vn.dtihub.shared.AuditTrail;
import vn.dtihub.shared.InvalidInputException;
import vn.dtihub.shared.ScopedPrincipal;
import vn.dtihub.shared.VietnameseText;
import vn.dtihub.units.AgencyView;
import vn.dtihub.units.Level;
import vn.dtihub.units.Structure;
import vn.dtihub.units.UnitView;
import vn.dtihub.units.Units;

/** Opening a reporting period: its dates and deadlines checked, and a form made for every unit (or every agency) the framework scores within the scope, or for the agencies an ad hoc request names. */
@Service
public class PeriodOpening {

    private final FormRepository repository;
    private final PeriodRepository periodRepository;
    private final Frameworks frameworks;
    private final FormCriteria criteria;
    private final Assignments assignments;
    private final Units units;
    private final AuditTrail audit;
    private final Clock clock;

    PeriodOpening(
            FormRepository repository,
            PeriodRepository periodRepository,
            Frameworks frameworks,
            FormCriteria criteria,
            Assignments assignments,
            Units units,
            AuditTrail audit,
            Clock clock) {
        this.repository = repository;
        this.periodRepository = periodRepository;
        this.frameworks = frameworks;
        this.criteria = criteria;
        this.assignments = assignments;
        this.units = units;
        this.audit = audit;
        this.clock = clock;
    }

    /** The prefilled dates of a period, for the opening form. */
    public Deadlines.Prefill prefill(PeriodKind kind, Integer year, Integer quarter) {
        if (year != null && (year < 2000 || year > 2100)) {
            throw new InvalidInputException("year", "error.typeMismatch", "year is 2000 to 2100");
        }
        if (quarter != null && (quarter < 1 || quarter > 4)) {
            throw new InvalidInputException("quarter", "error.typeMismatch", "quarter is 1 to 4");
        }
        LocalDate today = LocalDate.now(clock.withZone(vn.dtihub.shared.VietnamTime.ZONE));
        return Deadlines.prefill(
                kind == null ? PeriodKind.QUARTER : kind,
                year == null ? today.getYear() : year,
                quarter == null ? (today.getMonthValue() - 1) / 3 + 1 : quarter,
                today);
    }

    @Transactional
    public PeriodSummary open(ScopedPrincipal caller, PeriodInput in) {
        if (!caller.administers()) {
            throw new AccessDeniedException("A unit's standing office opens its reporting periods");
        }
        if (caller.seatPath() == null && !caller.scope().national()) {
            throw new AccessDeniedException("The caller sits in no unit");
        }
        if (in.frameworkId() == null) {
            throw new InvalidInputException("frameworkId", "validation.required", "Choose the framework");
        }
        FrameworkSummary framework;
        try {
            framework = frameworks.get(caller, in.frameworkId());
        } catch (vn.dtihub.shared.NotFoundException e) {
            throw new InvalidInputException("frameworkId", "period.frameworkUnknown", "No such framework");
        }
        if (framework.status() != FrameworkStatus.PUBLISHED) {
            throw new InvalidInputException(
                    "frameworkId", "period.frameworkNotPublished", "Only a published framework is reported on");
        }
        if (in.kind() == null) {
            throw new InvalidInputException("kind", "validation.required", "Choose the kind of period");
        }
        Deadlines.Prefill usual = prefill(in.kind(), in.year(), in.quarter());
        LocalDate from = Optional.ofNullable(in.coversFrom()).orElse(usual.coversFrom());
        LocalDate to = Optional.ofNullable(in.coversTo()).orElse(usual.coversTo());
        if (to.isBefore(from)) {
            throw new InvalidInputException("coversTo", "period.datesReversed", "The period ends before it begins");
        }
        int year = to.getYear();
        if ((framework.yearFrom() != null && year < framework.yearFrom())
                || (framework.yearTo() != null && year > framework.yearTo())) {
            throw new FrameworkYearsException(framework, year);
        }
        Over scope = over(caller, Structure.asOf(to));
        LocalDate commune = Optional.ofNullable(in.dueCommune()).orElse(usual.commune());
        LocalDate district = Optional.ofNullable(in.dueDistrict()).orElse(usual.district());
        LocalDate province = Optional.ofNullable(in.dueProvince()).orElse(usual.province());
        if (in.kind() == PeriodKind.AD_HOC) {
            // A request has one deadline, the same for every agency asked.
            LocalDate by = Optional.ofNullable(in.dueCommune())
                    .or(() -> Optional.ofNullable(in.dueDistrict()))
                    .orElse(usual.commune());
            commune = by;
            district = by;
            province = by;
        }
        if (district.isBefore(commune) || province.isBefore(district)) {
            throw new InvalidInputException(
                    "dueDistrict", "period.deadlinesOrder", "Communes report first, then the units that consolidate");
        }
        String title = VietnameseText.nfc(in.title());
        if (title == null || title.isBlank()) {
            title = title(in.kind(), from, to) + " – " + framework.name();
        } else if (title.length() > 500) {
            throw new InvalidInputException("title", "validation.tooLong", "title is too long");
        }
        Map<String, LocalDate> due = Map.of("COMMUNE", commune, "DISTRICT", district, "PROVINCE", province);
        List<NewForm> forms =
                in.kind() == PeriodKind.AD_HOC ? request(caller, framework, in, due) : forms(framework, scope, due);
        if (forms.isEmpty()) {
            throw new InvalidInputException(
                    "frameworkId",
                    "period.noSubjects",
                    "The framework scores " + framework.subjects() + "; "
                            + scope.structure().code() + " units of that level lie nowhere in " + scope.path());
        }
        long id = periodRepository.insertPeriod(new PeriodRepository.NewPeriod(
                framework.id(),
                scope.id(),
                scope.path(),
                in.kind(),
                title,
                from,
                to,
                commune,
                district,
                province,
                caller.username(),
                scope.structure(),
                framework.name(),
                criteria.of(framework.id())));
        int created = repository.insertForms(id, forms);
        audit.record(AuditRecord.of("PERIOD_OPENED", "reporting_period", id, scope.path())
                .withDetail(title + ": " + created + " forms"));
        return periodRepository.period(id).orElseThrow();
    }

    /** "Quý III/2026", "6 tháng 2026", "9 tháng 2026", "Năm 2026", or the dates of an ad hoc request. */
    static String title(PeriodKind kind, LocalDate from, LocalDate to) {
        return switch (kind) {
            case QUARTER ->
                "Quý " + List.of("I", "II", "III", "IV").get((to.getMonthValue() - 1) / 3) + "/" + to.getYear();
            case HALF_YEAR -> "6 tháng " + to.getYear();
            case NINE_MONTHS -> "9 tháng " + to.getYear();
            case YEAR -> "Năm " + to.getYear();
            case AD_HOC ->
                "Yêu cầu cung cấp thông tin " + from.getDayOfMonth() + "/" + from.getMonthValue() + "–"
                        + to.getDayOfMonth() + "/" + to.getMonthValue() + "/" + to.getYear();
        };
    }

    /**
     * What a period is over: the unit that opened it (none for the whole country: the structure's root path), the
     * structure its forms are in, and the units of that structure it covers (none: the whole country).
     */
    record Over(Long id, String path, Structure structure, List<UnitView> roots) {}

    /**
     * The units a period of a structure covers for its opener: its own unit in the structure in force; for a year
     * before 1 July 2025, a current unit's period is over the units it was formed from (Tuyên Quang today: old Tuyên
     * Quang and old Hà Giang); a national period is over the whole country in the structure of its dates.
     */
    private Over over(ScopedPrincipal caller, Structure structure) {
        if (caller.seatPath() == null) {
            return new Over(null, structure.code() + "/", structure, List.of());
        }
        UnitView seat = units.byPath(caller.seatPath())
                .orElseThrow(() -> new AccessDeniedException("The caller sits in no unit"));
        if (seat.structure() == structure) {
            return new Over(seat.id(), seat.path(), structure, List.of(seat));
        }
        if (seat.structure() == Structure.PRE2025) {
            throw new InvalidInputException(
                    "year",
                    "period.unitGone",
                    seat.fullName() + " no longer exists after 30/6/2025: its successor opens periods after that");
        }
        List<UnitView> predecessors = units.scopeRoots(seat).stream()
                .filter(p -> !p.equals(seat.path()))
                .map(units::byPath)
                .flatMap(Optional::stream)
                .filter(u -> u.structure() == structure)
                .toList();
        if (predecessors.isEmpty()) {
            throw new InvalidInputException(
                    "year",
                    "period.noPredecessors",
                    seat.fullName() + " has no units before 1/7/2025 to report a year before it on");
        }
        return new Over(seat.id(), seat.path(), structure, predecessors);
    }

    /**
     * The forms of a period: for every unit the framework scores within the scope, a form with the scored criteria
     * that unit did not assign to one of its agencies (or units) to lead; for each such assignee, a form with what
     * it leads or supplies data for.
     */
    private List<NewForm> forms(FrameworkSummary framework, Over scope, Map<String, LocalDate> due) {
        CriteriaTree tree = CriteriaTree.of(criteria.of(framework.id()));
        List<Long> leaves = tree.scoredLeaves();
        Map<String, List<Assignment>> byScope = new HashMap<>();
        List<String> roots = scope.roots().isEmpty()
                ? List.of(scope.path())
                : scope.roots().stream().map(UnitView::path).toList();
        for (String root : roots) {
            for (Assignment a : assignments.within(framework.id(), root)) {
                if (a.role() == AssignmentRole.LEAD || a.role() == AssignmentRole.PROVIDE_DATA) {
                    byScope.computeIfAbsent(a.scopePath(), k -> new ArrayList<>())
                            .add(a);
                }
            }
        }
        List<UnitView> subjects = new ArrayList<>();
        for (Subject s : framework.subjects()) {
            Level level = switch (s) {
                case PROVINCE -> Level.PROVINCE;
                case DISTRICT -> Level.DISTRICT;
                case COMMUNE -> Level.COMMUNE;
                case AGENCY -> null;
            };
            if (level == null) {
                continue;
            }
            if (scope.roots().isEmpty()) {
                subjects.addAll(units.list(scope.structure(), level, null, 0, 100_000));
            }
            for (UnitView root : scope.roots()) {
                if (root.level() == level) {
                    subjects.add(root);
                }
                subjects.addAll(units.list(scope.structure(), level, root.code(), 0, 100_000));
            }
        }
        Map<String, Level> levels = new HashMap<>();
        List<NewForm> out = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (UnitView subject : subjects) {
            if (!seen.add(subject.path())) {
                continue;
            }
            Map<String, Assignee> assignees = new LinkedHashMap<>();
            Set<Long> led = new HashSet<>();
            for (Assignment a : byScope.getOrDefault(subject.path(), List.of())) {
                Assignee who = assignees.computeIfAbsent(
                        (a.agencyId() != null ? "a" + a.agencyId() : "u" + a.unitId()), k -> assignee(a, levels));
                for (Long leaf : tree.leavesUnder(a.criterionId())) {
                    if (a.role() == AssignmentRole.LEAD) {
                        who.criteria.put(leaf, "LEAD");
                        led.add(leaf);
                    } else {
                        who.criteria.putIfAbsent(leaf, "PROVIDE_DATA");
                    }
                }
            }
            List<Long> own = leaves.stream().filter(l -> !led.contains(l)).toList();
            String level = subject.level().name();
            if (!own.isEmpty()) {
                out.add(new NewForm(
                        subject.id(),
                        subject.path(),
                        null,
                        subject.path(),
                        subject.fullName(),
                        level,
                        due.get(level),
                        own,
                        own.stream().map(x -> "SUBJECT").toList()));
            }
            for (Assignee who : assignees.values()) {
                List<Long> ids = List.copyOf(who.criteria.keySet());
                out.add(new NewForm(
                        subject.id(),
                        subject.path(),
                        who.agencyId,
                        who.path,
                        who.name,
                        who.level,
                        due.get(who.level),
                        ids,
                        ids.stream().map(who.criteria::get).toList()));
            }
        }
        return out;
    }

    /**
     * The forms of an ad hoc request: one per agency asked (in the caller's scope), with the criteria asked for (a
     * group of criteria stands for the scored criteria under it).
     */
    private List<NewForm> request(
            ScopedPrincipal caller, FrameworkSummary framework, PeriodInput in, Map<String, LocalDate> due) {
        if (in.agencyIds() == null || in.agencyIds().isEmpty()) {
            throw new InvalidInputException("agencyIds", "period.requestAgencies", "Name the agencies asked");
        }
        if (in.criterionIds() == null || in.criterionIds().isEmpty()) {
            throw new InvalidInputException("criterionIds", "period.requestCriteria", "Name the criteria asked for");
        }
        CriteriaTree tree = CriteriaTree.of(criteria.of(framework.id()));
        Set<Long> asked = new HashSet<>();
        for (Long id : in.criterionIds()) {
            if (id == null || !tree.contains(id)) {
                throw new InvalidInputException(
                        "criterionIds", "form.criterionNotAsked", "Criterion " + id + " is not in the framework");
            }
            asked.addAll(tree.leavesUnder(id));
        }
        List<Long> ordered =
                tree.scoredLeaves().stream().filter(asked::contains).toList();
        List<NewForm> out = new ArrayList<>();
        for (Long agencyId : new java.util.LinkedHashSet<>(in.agencyIds())) {
            AgencyView agency;
            try {
                agency = units.visibleAgency(caller, agencyId);
            } catch (vn.dtihub.shared.NotFoundException e) {
                throw new InvalidInputException("agencyIds", "assignment.unknownAgency", "Unknown agency " + agencyId);
            }
            UnitView unit = units.byPath(agency.unitPath()).orElseThrow();
            String level = unit.level().name();
            out.add(new NewForm(
                    unit.id(),
                    unit.path(),
                    agency.id(),
                    agency.unitPath(),
                    agency.name(),
                    level,
                    due.get(level),
                    ordered,
                    ordered.stream().map(x -> "PROVIDE_DATA").toList()));
        }
        return out;
    }

    private Assignee assignee(Assignment a, Map<String, Level> levels) {
        if (a.agencyId() != null) {
            AgencyView agency = units.agency(a.agencyId()).orElseThrow();
            Level level = levels.computeIfAbsent(
                    agency.unitPath(), p -> units.byPath(p).map(UnitView::level).orElse(Level.PROVINCE));
            return new Assignee(agency.id(), agency.unitPath(), agency.name(), level.name());
        }
        UnitView unit = units.findById(a.unitId()).orElseThrow();
        return new Assignee(null, unit.path(), unit.fullName(), unit.level().name());
    }

    /** An agency or unit that fills a form, with the criteria it leads or supplies, in the framework's order. */
    private static final class Assignee {
        final Long agencyId;
        final String path;
        final String name;
        final String level;
        final Map<Long, String> criteria = new LinkedHashMap<>();

        Assignee(Long agencyId, String path, String name, String level) {
            this.agencyId = agencyId;
            this.path = path;
            this.name = name;
            this.level = level;
        }
    }
}
