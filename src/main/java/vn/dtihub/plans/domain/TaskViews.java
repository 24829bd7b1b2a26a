package vn.dtihub.plans.domain;

import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;
import vn.dtihub.plans.PlanSummary;
import vn.dtihub.plans.PlanTask;
import vn.dtihub.plans.TaskStatus;
import vn.dtihub.plans.domain.TaskRepository.TaskRow;
import vn.dtihub.units.AgencyView;
import vn.dtihub.units.UnitView;
import vn.dtihub.units.Units;

/**
 * A task as its pages and lists show it: its lead by name, whether it is late and when it is next due (days in
 * Vietnam), and the targets and criteria it serves, looked up once for a whole list.
 */
@Component
public class TaskViews {
    private final TaskRepository taskRepository;
    private final Units units;
    private final vn.dtihub.frameworks.Frameworks frameworks;
    private final Clock clock;

    TaskViews(TaskRepository taskRepository, Units units, vn.dtihub.frameworks.Frameworks frameworks, Clock clock) {
        this.taskRepository = taskRepository;
        this.units = units;
        this.frameworks = frameworks;
        this.clock = clock;
    }

    /** Today in Vietnam: deadlines are days there, whatever the server's zone. */
    public LocalDate today() {
        return LocalDate.now(clock.withZone(vn.dtihub.shared.VietnamTime.ZONE));
    }

    /** What a set of tasks serves, with the criteria's labels, looked up once for the set. */
    public record Served(TaskRepository.TaskLinks links, Map<Long, String> criteria) {}

    public Served served(List<TaskRow> rows) {
        TaskRepository.TaskLinks links =
                taskRepository.links(rows.stream().map(TaskRow::id).toList());
        List<Long> criteria =
                links.criteria().values().stream().flatMap(List::stream).toList();
        return new Served(links, criteria.isEmpty() ? Map.of() : frameworks.criterionLabels(criteria));
    }

    public PlanTask one(TaskRow t, PlanSummary p) {
        return task(t, p, new HashMap<>(), served(List.of(t)));
    }

    public PlanTask task(TaskRow t, PlanSummary p, Map<Long, String> names, Served served) {
        String lead = t.leadText();
        if (t.leadAgencyId() != null) {
            lead = names.computeIfAbsent(
                    -t.leadAgencyId(),
                    k -> units.agency(t.leadAgencyId()).map(AgencyView::name).orElse(null));
        } else if (t.leadUnitId() != null) {
            lead = names.computeIfAbsent(
                    t.leadUnitId(),
                    k -> units.findById(t.leadUnitId()).map(UnitView::fullName).orElse(null));
        }
        LocalDate today = today();
        boolean done = t.status() == TaskStatus.DONE || t.status() == TaskStatus.CANCELLED;
        boolean late = t.deadline().late(today, done, t.lastUpdateOn(), p.yearFrom(), p.yearTo());
        LocalDate next = t.deadline().nextDue(today, p.yearFrom(), p.yearTo()).orElse(null);
        return new PlanTask(
                t.id(),
                t.planId(),
                t.sectionCode(),
                t.sectionTitle(),
                t.subsectionCode(),
                t.subsectionTitle(),
                t.position(),
                t.text(),
                t.area(),
                t.expectedResult(),
                t.deadline().text(),
                t.deadline().kind(),
                t.deadline().date(),
                t.deadline().reference(),
                t.leadAgencyId(),
                t.leadUnitId(),
                t.leadPath(),
                lead,
                t.leadAgencies(),
                t.leadGroups(),
                t.coordinators(),
                t.footnotes(),
                t.sourceTaskId(),
                t.status(),
                t.percent(),
                t.lastUpdateOn(),
                late,
                next,
                t.version(),
                served.links().targetsOf(t.id()).stream()
                        .map(x -> new PlanTask.Served(x.id(), x.statement()))
                        .toList(),
                served.links().criteriaOf(t.id()).stream()
                        .map(c -> new PlanTask.Served(c, served.criteria().getOrDefault(c, "#" + c)))
                        .toList());
    }
}
