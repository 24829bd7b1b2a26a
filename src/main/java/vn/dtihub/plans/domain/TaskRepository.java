package vn.dtihub.plans.domain;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import vn.dtihub.plans.Deadline;
import vn.dtihub.plans.TaskStatus;

/** The SQL of a plan's tasks: their parties, progress updates, files and links to targets and criteria. */
@Repository
public class TaskRepository {

    private final JdbcClient jdbc;

    TaskRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public List<TaskRow> tasks(long planId) {
        return jdbc.sql("select * from plan_task where plan_id = :p order by position, id")
                .param("p", planId)
                .query(TaskRepository::task)
                .list();
    }

    public Optional<TaskRow> task(long id) {
        return jdbc.sql("select * from plan_task where id = :id")
                .param("id", id)
                .query(TaskRepository::task)
                .optional();
    }

    /**
     * Tasks led by one of the agencies (alone, or named in a lead cell with others) or by the unit at one of the
     * paths (a unit's own tasks), across plans.
     */
    public List<TaskRow> tasksLedBy(List<Long> agencyIds, List<String> unitPaths) {
        StringBuilder sql = new StringBuilder("select * from plan_task where false");
        List<Object> params = new ArrayList<>();
        if (!agencyIds.isEmpty()) {
            sql.append(" or lead_agency_id = any(?) or lead_agencies && ?");
            params.add(agencyIds.toArray(new Long[0]));
            params.add(agencyIds.toArray(new Long[0]));
        }
        for (String path : unitPaths) {
            sql.append(" or (lead_unit_id is not null and lead_path = ?)");
            params.add(path);
        }
        sql.append(" order by due_on nulls last, id limit 2000");
        return jdbc.sql(sql.toString())
                .params(params)
                .query(TaskRepository::task)
                .list();
    }

    /** The tasks led by a collective phrase ("UBND cấp huyện") in the plans issued by the given units. */
    public List<TaskRow> tasksWithLeadGroups(List<String> issuerPaths) {
        if (issuerPaths.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("""
                        select t.* from plan_task t join plan p on p.id = t.plan_id
                        where p.issuer_path in (:paths) and cardinality(t.lead_groups) > 0
                        order by t.due_on nulls last, t.id limit 5000""")
                .param("paths", issuerPaths)
                .query(TaskRepository::task)
                .list();
    }

    /** The tasks with coordinators of the plans issued by the given units (a unit and those above it). */
    public List<TaskRow> tasksWithCoordinators(List<String> issuerPaths) {
        if (issuerPaths.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("""
                        select t.* from plan_task t join plan p on p.id = t.plan_id
                        where p.issuer_path in (:paths) and t.coordinators is not null
                        order by t.due_on nulls last, t.id limit 5000""")
                .param("paths", issuerPaths)
                .query(TaskRepository::task)
                .list();
    }

    public long insertTask(long planId, TaskRow t) {
        return taskColumns(jdbc.sql("""
                        insert into plan_task (plan_id, section_code, section_title, subsection_code, subsection_title,
                            position, text, area, expected_result, deadline_text, deadline_kind, due_on, deadline_ref,
                            lead_agency_id, lead_unit_id, lead_path, lead_text, lead_agencies, lead_groups, coordinators,
                            footnotes, source_task_id)
                        values (:p, :sc, :st, :ssc, :sst,
                            (select coalesce(max(position), -1) + 1 from plan_task where plan_id = :p),
                            :text, :area, :result, :dl, :dk, :due, :ref, :la, :lu, :lp, :lt, :las, :lg, :co, :fn, :source)
                        returning id"""), t)
                .param("p", planId)
                .param("source", t.sourceTaskId())
                .query(Long.class)
                .single();
    }

    public boolean updateTask(long id, int version, TaskRow t) {
        return taskColumns(jdbc.sql("""
                        update plan_task set section_code = :sc, section_title = :st, subsection_code = :ssc,
                               subsection_title = :sst, text = :text, area = :area,
                               expected_result = :result, deadline_text = :dl, deadline_kind = :dk, due_on = :due,
                               deadline_ref = :ref, lead_agency_id = :la, lead_unit_id = :lu, lead_path = :lp,
                               lead_text = :lt, lead_agencies = :las, lead_groups = :lg,
                               coordinators = :co, footnotes = :fn, version = version + 1
                         where id = :id and version = :version"""), t)
                        .param("id", id)
                        .param("version", version)
                        .update()
                == 1;
    }

    public boolean reportProgress(long id, int version, TaskStatus status, Integer percent, LocalDate on) {
        return jdbc.sql("""
                        update plan_task set status = :s, percent = :p, last_update_on = :on, version = version + 1
                         where id = :id and version = :version""")
                        .param("s", status.name())
                        .param("p", percent)
                        .param("on", Date.valueOf(on))
                        .param("id", id)
                        .param("version", version)
                        .update()
                == 1;
    }

    public void insertUpdate(
            long taskId, Long authorId, String author, String kind, TaskStatus status, Integer percent, String note) {
        jdbc.sql("""
                        insert into plan_task_update (task_id, author_id, author, kind, status, percent, note)
                        values (:t, :aid, :a, :k, :s, :p, :n)""")
                .param("t", taskId)
                .param("aid", authorId)
                .param("a", author)
                .param("k", kind)
                .param("s", status == null ? null : status.name())
                .param("p", percent)
                .param("n", note)
                .update();
    }

    public List<TaskUpdate> updates(long taskId) {
        return jdbc.sql("select * from plan_task_update where task_id = :t order by at desc, id desc")
                .param("t", taskId)
                .query((rs, n) -> new TaskUpdate(
                        rs.getLong("id"),
                        rs.getLong("task_id"),
                        rs.getTimestamp("at").toInstant(),
                        rs.getString("author"),
                        rs.getString("kind"),
                        rs.getString("status") == null ? null : TaskStatus.valueOf(rs.getString("status")),
                        rs.getObject("percent", Integer.class),
                        rs.getString("note")))
                .list();
    }

    /** The open tasks of issued plans: those that may be late. */
    public List<TaskRow> openTasksOfIssuedPlans() {
        return jdbc.sql("""
                        select t.* from plan_task t join plan p on p.id = t.plan_id
                        where p.status = 'ISSUED' and t.status not in ('DONE', 'CANCELLED')
                        order by t.id limit 100000""").query(TaskRepository::task).list();
    }

    /** Tasks copied from the given tasks into lower units' plans (the cascade). */
    public List<TaskRow> tasksFrom(List<Long> sourceIds) {
        if (sourceIds.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("select * from plan_task where source_task_id in (:ids)")
                .param("ids", sourceIds)
                .query(TaskRepository::task)
                .list();
    }

    /** Attaches a stored file, copying its size and type (a stored file never changes). */
    public long insertFile(long taskId, vn.dtihub.documents.StoredFile file, String name, String by) {
        return jdbc.sql("""
                        insert into plan_task_file (task_id, file_id, file_name, size_bytes, content_type, uploaded_by)
                        values (:t, :f, :n, :size, :type, :b) returning id""")
                .param("t", taskId)
                .param("f", file.id())
                .param("n", name)
                .param("size", file.size())
                .param("type", file.contentType())
                .param("b", by)
                .query(Long.class)
                .single();
    }

    public List<vn.dtihub.plans.domain.TaskFile> files(long taskId) {
        return jdbc.sql("""
                        select id, task_id, file_id, file_name, size_bytes, content_type, uploaded_by, uploaded_at
                          from plan_task_file f
                         where f.task_id = :t order by f.uploaded_at desc, f.id desc""")
                .param("t", taskId)
                .query((rs, n) -> new vn.dtihub.plans.domain.TaskFile(
                        rs.getLong(1),
                        rs.getLong(2),
                        rs.getLong(3),
                        rs.getString(4),
                        rs.getLong(5),
                        rs.getString(6),
                        rs.getString(7),
                        rs.getTimestamp(8).toInstant()))
                .list();
    }

    /** Replaces the targets and the criteria a task serves. */
    public void linkTask(long taskId, List<Long> targetIds, List<Long> criterionIds) {
        jdbc.sql("delete from plan_task_target where task_id = :t")
                .param("t", taskId)
                .update();
        jdbc.sql("delete from plan_task_criterion where task_id = :t")
                .param("t", taskId)
                .update();
        for (Long target : targetIds) {
            jdbc.sql("insert into plan_task_target (task_id, target_id) values (:t, :x)")
                    .param("t", taskId)
                    .param("x", target)
                    .update();
        }
        for (Long criterion : criterionIds) {
            jdbc.sql("insert into plan_task_criterion (task_id, criterion_id) values (:t, :x)")
                    .param("t", taskId)
                    .param("x", criterion)
                    .update();
        }
    }

    /** The targets (id and statement) and the criteria each of the given tasks serves, in one query each. */
    public TaskLinks links(List<Long> taskIds) {
        java.util.Map<Long, List<TaskLinks.Target>> targets = new java.util.HashMap<>();
        java.util.Map<Long, List<Long>> criteria = new java.util.HashMap<>();
        if (!taskIds.isEmpty()) {
            jdbc.sql("""
                            select l.task_id, t.id, t.statement from plan_task_target l
                            join plan_target t on t.id = l.target_id
                            where l.task_id in (:ids) order by t.position, t.id""").param("ids", taskIds).query(rs -> {
                targets.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>())
                        .add(new TaskLinks.Target(rs.getLong(2), rs.getString(3)));
            });
            jdbc.sql("select task_id, criterion_id from plan_task_criterion where task_id in (:ids)"
                            + " order by criterion_id")
                    .param("ids", taskIds)
                    .query(rs -> {
                        criteria.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>())
                                .add(rs.getLong(2));
                    });
        }
        return new TaskLinks(targets, criteria);
    }

    /** What tasks serve: per task, the targets of its plan and the framework criteria. */
    public record TaskLinks(java.util.Map<Long, List<Target>> targets, java.util.Map<Long, List<Long>> criteria) {
        public record Target(long id, String statement) {}

        public List<Target> targetsOf(long taskId) {
            return targets.getOrDefault(taskId, List.of());
        }

        public List<Long> criteriaOf(long taskId) {
            return criteria.getOrDefault(taskId, List.of());
        }
    }

    public void deleteTask(long id) {
        jdbc.sql("delete from plan_task where id = :id").param("id", id).update();
    }

    /** Binds the columns a task's insert and update share. */
    private static JdbcClient.StatementSpec taskColumns(JdbcClient.StatementSpec sql, TaskRow t) {
        return sql.param("sc", t.sectionCode())
                .param("st", t.sectionTitle())
                .param("ssc", t.subsectionCode())
                .param("sst", t.subsectionTitle())
                .param("lt", t.leadText())
                .param("las", t.leadAgencies().toArray(new Long[0]))
                .param("lg", t.leadGroups().stream().map(Enum::name).toList().toArray(new String[0]))
                .param("text", t.text())
                .param("area", t.area())
                .param("result", t.expectedResult())
                .param("dl", t.deadline().text())
                .param("dk", t.deadline().kind().name())
                .param(
                        "due",
                        t.deadline().date() == null
                                ? null
                                : Date.valueOf(t.deadline().date()))
                .param("ref", t.deadline().reference())
                .param("la", t.leadAgencyId())
                .param("lu", t.leadUnitId())
                .param("lp", t.leadPath())
                .param("co", t.coordinators())
                .param("fn", t.footnotes());
    }

    /** A task as stored; a task led by several has its lead cell as written, the agencies it names and its phrases. */
    public record TaskRow(
            long id,
            long planId,
            String sectionCode,
            String sectionTitle,
            String subsectionCode,
            String subsectionTitle,
            int position,
            String text,
            String area,
            String expectedResult,
            Deadline deadline,
            Long leadAgencyId,
            Long leadUnitId,
            String leadPath,
            String leadText,
            List<Long> leadAgencies,
            List<vn.dtihub.plans.PartyPhrases.Group> leadGroups,
            String coordinators,
            String footnotes,
            Long sourceTaskId,
            TaskStatus status,
            Integer percent,
            LocalDate lastUpdateOn,
            int version) {}

    static TaskRow task(ResultSet rs, int n) throws SQLException {
        Date due = rs.getDate("due_on");
        Date last = rs.getDate("last_update_on");
        Deadline deadline = new Deadline(
                Deadline.Kind.valueOf(rs.getString("deadline_kind")),
                due == null ? null : due.toLocalDate(),
                rs.getString("deadline_ref"),
                rs.getString("deadline_text"));
        return new TaskRow(
                rs.getLong("id"),
                rs.getLong("plan_id"),
                rs.getString("section_code"),
                rs.getString("section_title"),
                rs.getString("subsection_code"),
                rs.getString("subsection_title"),
                rs.getInt("position"),
                rs.getString("text"),
                rs.getString("area"),
                rs.getString("expected_result"),
                deadline,
                rs.getObject("lead_agency_id", Long.class),
                rs.getObject("lead_unit_id", Long.class),
                rs.getString("lead_path"),
                rs.getString("lead_text"),
                List.of((Long[]) rs.getArray("lead_agencies").getArray()),
                java.util.Arrays.stream((String[]) rs.getArray("lead_groups").getArray())
                        .map(vn.dtihub.plans.PartyPhrases.Group::valueOf)
                        .toList(),
                rs.getString("coordinators"),
                rs.getString("footnotes"),
                rs.getObject("source_task_id", Long.class),
                TaskStatus.valueOf(rs.getString("status")),
                rs.getObject("percent", Integer.class),
                last == null ? null : last.toLocalDate(),
                rs.getInt("version"));
    }
}
