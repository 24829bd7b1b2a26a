package vn.dtihub.plans;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.dtihub.shared.AuditRecord;
import vn.dtihub.shared.AuditTrail;
import vn.dtihub.shared.FileProblem;
import vn.dtihub.shared.FileRejectedException;
import vn.dtihub.shared.ScopedPrincipal;
import vn.dtihub.units.AgencyChange;
import vn.dtihub.units.AgencyView;
import vn.dtihub.units.UnitView;
import vn.dtihub.units.Units;

/**
 * Importing a plan's task table (and its target appendix) read by {@link TaskImport}: first a preview with the lead
 * names still to settle, then all or nothing, each created task and target audited like one added by hand.
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
    private final AuditTrail audit;

    PlanImports(PlanAccess access, Plans plans, PlanTargets targets, Units units, AuditTrail audit) {
        this.access = access;
        this.plans = plans;
        this.targets = targets;
        this.units = units;
        this.audit = audit;
    }

    /** What an import would create, and the lead names still to settle (none, one or several candidate agencies). */
    public record Preview(
            int tasks,
            int targets,
            List<String> sections,
            Map<String, List<AgencyView>> leads,
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
        Map<String, List<AgencyView>> leads = new LinkedHashMap<>();
        parsed.leadNames().forEach(name -> leads.put(name, units.agenciesNamed(unit, name)));
        List<String> sections = parsed.rows().stream()
                .map(TaskImport.Row::sectionTitle)
                .filter(Objects::nonNull)
                .distinct()
                .toList();
        return new Preview(parsed.rows().size(), parsed.targets().size(), sections, leads, parsed.problems());
    }

    /**
     * Creates every task (or target) of the file, or none: problems in the file, or a lead name neither matched to
     * exactly one agency nor settled by a choice, refuse the whole import.
     */
    @Transactional
    public Imported apply(ScopedPrincipal caller, long planId, TaskImport.Parsed parsed, Map<String, Long> choices) {
        PlanSummary p = access.requireEdit(caller, planId);
        UnitView unit = units.byPath(p.issuerPath()).orElseThrow();
        List<FileProblem> problems = new ArrayList<>(parsed.problems());
        Map<String, Long> resolved = new HashMap<>();
        for (String name : parsed.leadNames()) {
            Long choice = choices == null ? null : choices.get(name);
            List<AgencyView> candidates = units.agenciesNamed(unit, name);
            if (choice != null && choice == NEW_AGENCY) {
                continue;
            } else if (choice != null && choice == NO_LEAD) {
                resolved.put(name, null);
            } else if (choice != null) {
                if (units.agency(choice)
                        .filter(a -> a.unitPath().equals(unit.path()))
                        .isEmpty()) {
                    problems.add(new FileProblem(
                            null,
                            "E",
                            "\"" + name
                                    + "\": cơ quan đã chọn không thuộc đơn vị / the chosen agency is not the unit's"));
                } else {
                    resolved.put(name, choice);
                }
            } else if (candidates.size() == 1) {
                resolved.put(name, candidates.get(0).id());
            } else {
                List<Integer> rows = new ArrayList<>();
                parsed.rows().stream().filter(r -> name.equals(r.lead())).forEach(r -> rows.add(r.row()));
                parsed.targets().stream().filter(r -> name.equals(r.lead())).forEach(r -> rows.add(r.row()));
                problems.add(new FileProblem(
                        rows.isEmpty() ? null : rows.get(0),
                        parsed.targets().isEmpty() ? "E" : "C",
                        (candidates.isEmpty() ? "chưa xác định được cơ quan \"" : "có nhiều cơ quan khớp \"") + name
                                + "\" (dòng " + rows + "): hãy chọn / pick the agency"));
            }
        }
        if (!problems.isEmpty()) {
            throw new FileRejectedException(problems);
        }
        for (String name : parsed.leadNames()) {
            Long choice = choices == null ? null : choices.get(name);
            if (choice != null && choice == NEW_AGENCY) {
                resolved.put(
                        name,
                        units.createAgency(caller, unit, new AgencyChange(name, null, null, true))
                                .id());
            }
        }
        List<PlanTask> created = new ArrayList<>();
        for (TaskImport.Row r : parsed.rows()) {
            Long lead = r.lead() == null ? null : resolved.get(r.lead());
            created.add(plans.addTask(
                    caller,
                    planId,
                    new TaskInput(
                            r.sectionCode(),
                            r.sectionTitle(),
                            r.text(),
                            null,
                            r.expectedResult(),
                            r.deadline(),
                            lead,
                            null,
                            keepingUnmatchedLead(r.lead(), lead, r.coordinators()),
                            r.footnotes(),
                            null,
                            null)));
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

    /** An imported lead left without an agency stays readable in the coordinators: "Chủ trì: …; phối hợp: …". */
    private static String keepingUnmatchedLead(String leadName, Long leadAgency, String coordinators) {
        if (leadName == null || leadAgency != null) {
            return coordinators;
        }
        return "Chủ trì: " + leadName + (coordinators == null ? "" : "; phối hợp: " + coordinators);
    }
}
