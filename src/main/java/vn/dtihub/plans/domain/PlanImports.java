package vn.dtihub.plans.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.dtihub.plans.PartyPhrases;
import vn.dtihub.plans.PlanSummary;
import vn.dtihub.plans.PlanTarget;
import vn.dtihub.plans.PlanTask;
import vn.dtihub.plans.Plans;
import vn.dtihub.plans.TargetInput;
import vn.dtihub.plans.TaskInput;
import vn.dtihub.plans.TaskLeads;
import vn.dtihub.shared.AuditRecord;
import vn.dtihub.shared.AuditTrail;
import vn.dtihub.shared.FileProblem;
import vn.dtihub.shared.FileRejectedException;
import vn.dtihub.shared.ScopedPrincipal;
import vn.dtihub.units.AgencyChange;
import vn.dtihub.units.AgencyLineage;
import vn.dtihub.units.AgencyMatch;
import vn.dtihub.units.AgencyView;
import vn.dtihub.units.Level;
import vn.dtihub.units.Succession;
import vn.dtihub.units.UnitView;
import vn.dtihub.units.Units;

/**
 * Importing a plan's task table (and its target appendix) read by {@link TaskImport}: first a preview of everything
 * that will be created and how the file was read (each name matched, each name matched to the agency that carries it
 * on today, each collective phrase and whom it designates, each footnote and its task), with the names still to
 * settle; then all or nothing, each created task and target audited like one added by hand.
 */
@Service
public class PlanImports {

    /** The choice for a lead name that is not settled: an agency, a new agency of that name, or no lead. */
    public static final long NEW_AGENCY = -1;

    public static final long NO_LEAD = 0;

    private final PlanAccess access;
    private final Plans plans;
    private final PlanTargets targets;
    private final Units units;
    private final AgencyLineage lineage;
    private final AuditTrail audit;

    PlanImports(
            PlanAccess access, Plans plans, PlanTargets targets, Units units, AgencyLineage lineage, AuditTrail audit) {
        this.access = access;
        this.plans = plans;
        this.targets = targets;
        this.units = units;
        this.lineage = lineage;
        this.audit = audit;
    }

    /** A name of an older document matched to the agency that carries it on: who it was, who it is, how, since when. */
    public record Carried(String name, String formerName, String successorName, Succession how, LocalDate since) {

        /** "Sở Thông tin và Truyền thông → nay là Sở Khoa học và Công nghệ, từ 1/3/2025". */
        public String message() {
            return formerName + " → nay là " + successorName + ", từ " + since.getDayOfMonth() + "/"
                    + since.getMonthValue() + "/" + since.getYear()
                    + (how == Succession.MERGED ? " (sáp nhập)" : " (đổi tên)");
        }
    }

    /** A collective phrase of the lead column as written, whom it designates, how many that is now, and its rows. */
    public record Collective(String written, PartyPhrases.Group group, long parties, List<Integer> rows) {}

    /**
     * What an import would create and how the file was read: the counts; the sections and sub-sections; each lead
     * name with its candidate agencies (one when settled); the names matched through a renaming or merger; the
     * collective phrases; the footnotes with their tasks; and the problems.
     */
    public record Preview(
            int tasks,
            int targets,
            List<String> sections,
            Map<String, List<AgencyView>> leads,
            Map<String, Carried> carried,
            List<Collective> collectives,
            List<TaskImport.Note> footnotes,
            List<FileProblem> problems) {
        public boolean settled(String name) {
            return leads.getOrDefault(name, List.of()).size() == 1;
        }
    }

    /** What an import created: the tasks of a task table or the targets of a target appendix. */
    public record Imported(List<PlanTask> tasks, List<PlanTarget> targets) {}

    public Preview preview(ScopedPrincipal caller, long planId, TaskImport.Parsed parsed) {
        PlanSummary p = access.requireEdit(caller, planId);
        UnitView unit = units.byPath(p.issuerPath()).orElseThrow();
        LocalDate on = matchDay(p);
        Map<String, List<AgencyView>> leads = new LinkedHashMap<>();
        Map<String, Carried> carried = new LinkedHashMap<>();
        for (String name : parsed.leadNames()) {
            AgencyMatch match = lineage.match(unit, name, on);
            leads.put(name, match.candidates());
            if (match.viaLineage()) {
                carried.put(
                        name,
                        new Carried(
                                name,
                                match.former().name(),
                                match.candidates().get(0).name(),
                                match.how(),
                                match.since()));
            }
        }
        List<String> sections = new ArrayList<>();
        for (TaskImport.Row r : parsed.rows()) {
            if (r.sectionCode() != null) {
                String section = r.sectionCode() + ". " + (r.sectionTitle() == null ? "" : r.sectionTitle());
                if (!sections.contains(section)) {
                    sections.add(section);
                }
                if (r.subsectionCode() != null) {
                    String sub = r.sectionCode() + "." + r.subsectionCode() + ". "
                            + (r.subsectionTitle() == null ? "" : r.subsectionTitle());
                    if (!sections.contains(sub)) {
                        sections.add(sub);
                    }
                }
            }
        }
        // One line per phrase however it is capitalised, with every row that uses it.
        Map<String, List<Integer>> phraseRows = new LinkedHashMap<>();
        Map<String, PartyPhrases.Found> phrases = new HashMap<>();
        for (TaskImport.Row r : parsed.rows()) {
            for (PartyPhrases.Found f : r.leadPhrases()) {
                String key = vn.dtihub.shared.VietnameseText.fold(f.written());
                phraseRows.computeIfAbsent(key, k -> new ArrayList<>()).add(r.row());
                phrases.putIfAbsent(key, f);
            }
        }
        List<Collective> collectives = new ArrayList<>();
        phraseRows.forEach((key, rows) -> {
            PartyPhrases.Found f = phrases.get(key);
            collectives.add(new Collective(f.written(), f.group(), parties(unit, f.group()), List.copyOf(rows)));
        });
        return new Preview(
                parsed.rows().size(),
                parsed.targets().size(),
                sections,
                leads,
                carried,
                collectives,
                parsed.footnotes(),
                parsed.problems());
    }

    /** How many agencies or units a collective phrase designates under the plan's unit today. */
    private long parties(UnitView unit, PartyPhrases.Group group) {
        return switch (group) {
            case DISTRICTS -> units.count(unit.structure(), Level.DISTRICT, unit.code());
            case COMMUNES -> units.count(unit.structure(), Level.COMMUNE, unit.code());
            case NOBODY -> 0;
            default ->
                units.agenciesOf(unit, false).stream()
                        .filter(a -> PartyPhrases.coversAgency(group, a.kind(), unit.level()))
                        .count();
        };
    }

    /**
     * The day names are read as of: the end of the plan's last year, or today if that is later. A 2024 plan's "Sở
     * Thông tin và Truyền thông" is that department; a 2026 plan's is the department it was merged into.
     */
    private LocalDate matchDay(PlanSummary p) {
        LocalDate end = LocalDate.of(p.yearTo(), 12, 31);
        LocalDate today = plans.today();
        return end.isAfter(today) ? today : end;
    }

    /**
     * Creates every task (or target) of the file, or none: problems in the file, or a lead name neither matched to
     * exactly one agency nor settled by a choice, refuse the whole import. "Create new" for a name an agency of the
     * unit already has selects that agency.
     */
    @Transactional
    public Imported apply(ScopedPrincipal caller, long planId, TaskImport.Parsed parsed, Map<String, Long> choices) {
        PlanSummary p = access.requireEdit(caller, planId);
        UnitView unit = units.byPath(p.issuerPath()).orElseThrow();
        LocalDate on = matchDay(p);
        List<FileProblem> problems = new ArrayList<>(parsed.problems());
        Map<String, Long> resolved = new HashMap<>();
        List<String> toCreate = new ArrayList<>();
        for (String name : parsed.leadNames()) {
            Long choice = choices == null ? null : choices.get(name);
            List<AgencyView> candidates = lineage.match(unit, name, on).candidates();
            if (choice != null && choice == NEW_AGENCY) {
                toCreate.add(name);
            } else if (choice != null && choice == NO_LEAD) {
                resolved.put(name, null);
            } else if (choice != null) {
                if (units.agency(choice)
                        .filter(a -> a.unitPath().equals(unit.path()))
                        .isEmpty()) {
                    problems.add(new FileProblem(
                            firstRow(parsed, name),
                            column(parsed),
                            "\"" + name
                                    + "\": cơ quan đã chọn không thuộc đơn vị / the chosen agency is not the unit's"));
                } else {
                    resolved.put(name, choice);
                }
            } else if (candidates.size() == 1) {
                resolved.put(name, candidates.get(0).id());
            } else {
                problems.add(new FileProblem(
                        firstRow(parsed, name),
                        column(parsed),
                        (candidates.isEmpty() ? "chưa xác định được cơ quan \"" : "có nhiều cơ quan khớp \"") + name
                                + "\" (dòng " + rows(parsed, name) + "): hãy chọn / pick the agency"));
            }
        }
        if (!problems.isEmpty()) {
            throw new FileRejectedException(problems);
        }
        for (String name : toCreate) {
            AgencyView existing = units.agencyNamed(unit, name).orElse(null);
            resolved.put(
                    name,
                    existing != null
                            ? existing.id()
                            : units.createAgency(caller, unit, new AgencyChange(name, null, null, true))
                                    .id());
        }
        List<PlanTask> created = new ArrayList<>();
        for (TaskImport.Row r : parsed.rows()) {
            created.add(plans.addTask(caller, planId, input(r, resolved)));
        }
        List<PlanTarget> added = new ArrayList<>();
        for (TaskImport.TargetLine r : parsed.targets()) {
            Long lead = r.lead() == null ? null : resolved.get(r.lead());
            added.add(targets.add(
                    caller,
                    planId,
                    new TargetInput(
                            r.statement(),
                            r.area(),
                            r.unitOfMeasure(),
                            null,
                            r.goal(),
                            r.goalYear(),
                            false,
                            lead,
                            keepingUnmatchedLead(r.lead(), lead, r.coordinators()),
                            r.note(),
                            null,
                            null)));
        }
        audit.record(AuditRecord.of("TASKS_IMPORTED", "plan", planId, p.issuerPath())
                .withDetail(created.size() + " tasks, " + added.size() + " targets"));
        return new Imported(created, added);
    }

    /**
     * A task row as a task: one named agency leads alone; several names, or any collective phrase, make a lead cell
     * of several, printed as written. A name settled as "no lead" leaves its words in the written cell only.
     */
    private static TaskInput input(TaskImport.Row r, Map<String, Long> resolved) {
        Long lead = null;
        TaskLeads leads = null;
        String coordinators = r.coordinators();
        if (r.leadNames().size() == 1 && r.leadPhrases().isEmpty()) {
            lead = resolved.get(r.leadNames().get(0));
            coordinators = keepingUnmatchedLead(r.lead(), lead, coordinators);
        } else if (r.lead() != null) {
            List<Long> agencies = r.leadNames().stream()
                    .map(resolved::get)
                    .filter(java.util.Objects::nonNull)
                    .toList();
            List<PartyPhrases.Group> groups = r.leadPhrases().stream()
                    .map(PartyPhrases.Found::group)
                    .filter(g -> g != PartyPhrases.Group.NOBODY)
                    .toList();
            leads = new TaskLeads(r.lead(), agencies, groups);
        }
        return new TaskInput(
                r.sectionCode(),
                r.sectionTitle(),
                r.text(),
                null,
                r.expectedResult(),
                r.deadline(),
                lead,
                null,
                coordinators,
                r.footnotes(),
                null,
                null,
                r.subsectionCode(),
                r.subsectionTitle(),
                leads);
    }

    private static List<Integer> rows(TaskImport.Parsed parsed, String name) {
        List<Integer> rows = new ArrayList<>();
        parsed.rows().stream().filter(r -> r.leadNames().contains(name)).forEach(r -> rows.add(r.row()));
        parsed.targets().stream().filter(r -> name.equals(r.lead())).forEach(r -> rows.add(r.row()));
        return rows;
    }

    private static Integer firstRow(TaskImport.Parsed parsed, String name) {
        List<Integer> rows = rows(parsed, name);
        return rows.isEmpty() ? null : rows.get(0);
    }

    /** The lead column: E in a task table, C in a target appendix. */
    private static String column(TaskImport.Parsed parsed) {
        return parsed.targets().isEmpty() ? "E" : "C";
    }

    /** An imported lead left without an agency stays readable in the coordinators: "Chủ trì: …; phối hợp: …". */
    private static String keepingUnmatchedLead(String leadName, Long leadAgency, String coordinators) {
        if (leadName == null || leadAgency != null) {
            return coordinators;
        }
        return "Chủ trì: " + leadName + (coordinators == null ? "" : "; phối hợp: " + coordinators);
    }
}
