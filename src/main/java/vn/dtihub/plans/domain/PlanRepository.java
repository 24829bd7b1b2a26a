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
import vn.dtihub.plans.PlanKind;
import vn.dtihub.plans.PlanSection;
import vn.dtihub.plans.PlanStatus;
import vn.dtihub.plans.PlanSummary;
import vn.dtihub.plans.SectionKind;
import vn.dtihub.plans.TaskStatus;
import vn.dtihub.plans.TaskUpdate;
import vn.dtihub.shared.Scope;

@Repository
public class PlanRepository {

    private static final String SUMMARY = """
            select p.*, (select count(*) from plan_task t where t.plan_id = p.id) as task_count from plan p""";

    private final JdbcClient jdbc;

    PlanRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<PlanSummary> find(long id) {
        return jdbc.sql(SUMMARY + " where p.id = :id")
                .param("id", id)
                .query(PlanRepository::summary)
                .optional();
    }

    /** Plans issued within a scope or by a unit above the seat, filtered; newest first. */
    public List<PlanSummary> visible(
            Scope scope, String seatPath, Integer year, PlanKind kind, PlanStatus status, String unitPath) {
        List<Object> params = new ArrayList<>();
        StringBuilder sql = new StringBuilder(SUMMARY + " where " + scope.readsSql("p.issuer_path", seatPath, params));
        if (year != null) {
            sql.append(" and ? between p.year_from and p.year_to");
            params.add(year);
        }
        if (kind != null) {
            sql.append(" and p.kind = ?");
            params.add(kind.name());
        }
        if (status != null) {
            sql.append(" and p.status = ?");
            params.add(status.name());
        }
        if (unitPath != null) {
            sql.append(" and p.issuer_path like ?");
            params.add(unitPath + "%");
        }
        sql.append(" order by p.year_from desc, p.issued_on desc nulls last, p.id desc limit 500");
        return jdbc.sql(sql.toString())
                .params(params)
                .query(PlanRepository::summary)
                .list();
    }

    public long insert(PlanRow p) {
        return jdbc.sql("""
                        insert into plan (number, title, kind, issuer_unit_id, issuer_path, issuer_name, signer, issued_on,
                            year_from, year_to, status, demo)
                        values (:number, :title, :kind, :unit, :path, :issuer, :signer, :issued, :from, :to, 'DRAFT', :demo)
                        returning id""")
                .param("number", p.number())
                .param("title", p.title())
                .param("kind", p.kind().name())
                .param("unit", p.issuerUnitId())
                .param("path", p.issuerPath())
                .param("issuer", p.issuerName())
                .param("signer", p.signer())
                .param("issued", p.issuedOn() == null ? null : Date.valueOf(p.issuedOn()))
                .param("from", p.yearFrom())
                .param("to", p.yearTo())
                .param("demo", p.demo())
                .query(Long.class)
                .single();
    }

    public boolean updateHeader(long id, int version, PlanRow p) {
        return jdbc.sql("""
                        update plan set number = :number, title = :title, kind = :kind, signer = :signer,
                               issued_on = :issued, year_from = :from, year_to = :to, version = version + 1,
                               updated_at = now()
                         where id = :id and version = :version and status = 'DRAFT'""")
                        .param("number", p.number())
                        .param("title", p.title())
                        .param("kind", p.kind().name())
                        .param("signer", p.signer())
                        .param("issued", p.issuedOn() == null ? null : Date.valueOf(p.issuedOn()))
                        .param("from", p.yearFrom())
                        .param("to", p.yearTo())
                        .param("id", id)
                        .param("version", version)
                        .update()
                == 1;
    }

    public void issue(long id) {
        jdbc.sql("update plan set status = 'ISSUED', issued_at = now(), issued_on = coalesce(issued_on, current_date),"
                        + " version = version + 1, updated_at = now() where id = :id")
                .param("id", id)
                .update();
    }

    /** Marks an issued plan as replaced by another (or by none named). */
    public void supersede(long id, Long by) {
        jdbc.sql("update plan set status = 'SUPERSEDED', superseded_by = :by, superseded_at = now(),"
                        + " version = version + 1, updated_at = now() where id = :id")
                .param("id", id)
                .param("by", by)
                .update();
    }

    public void addParent(long planId, long parentId) {
        jdbc.sql("insert into plan_parent (plan_id, parent_id) values (:p, :q) on conflict do nothing")
                .param("p", planId)
                .param("q", parentId)
                .update();
    }

    public List<Long> parents(long planId) {
        return jdbc.sql("select parent_id from plan_parent where plan_id = :p order by parent_id")
                .param("p", planId)
                .query(Long.class)
                .list();
    }

    public List<Long> children(long planId) {
        return jdbc.sql("select plan_id from plan_parent where parent_id = :p order by plan_id")
                .param("p", planId)
                .query(Long.class)
                .list();
    }

    public List<PlanSection> sections(long planId) {
        java.util.Map<Long, List<PlanSection.Revision>> revisions = new java.util.HashMap<>();
        jdbc.sql("""
                        select r.* from plan_section_revision r join plan_section s on s.id = r.section_id
                        where s.plan_id = :p order by r.id""").param("p", planId).query(rs -> {
            revisions
                    .computeIfAbsent(rs.getLong("section_id"), k -> new ArrayList<>())
                    .add(new PlanSection.Revision(
                            rs.getString("title"),
                            rs.getString("body"),
                            rs.getObject("replaced_at", java.time.OffsetDateTime.class),
                            rs.getString("replaced_by")));
        });
        return jdbc.sql("select * from plan_section where plan_id = :p order by position, id")
                .param("p", planId)
                .query((rs, n) -> new PlanSection(
                        rs.getLong("id"),
                        SectionKind.valueOf(rs.getString("kind")),
                        rs.getString("title"),
                        rs.getString("body"),
                        rs.getInt("position"),
                        rs.getInt("version"),
                        List.copyOf(revisions.getOrDefault(rs.getLong("id"), List.of()))))
                .list();
    }

    /** Changes a section if nobody changed it since {@code version}; false when somebody did. */
    public boolean updateSection(long id, int version, SectionKind kind, String title, String body) {
        return jdbc.sql("""
                                update plan_section set kind = :k, title = :t, body = :b, version = version + 1
                                where id = :id and version = :v""")
                        .param("k", kind.name())
                        .param("t", title)
                        .param("b", body)
                        .param("id", id)
                        .param("v", version)
                        .update()
                == 1;
    }

    /** Keeps a section's wording that an amendment is about to replace. */
    public void insertRevision(long sectionId, String title, String body, String by) {
        jdbc.sql("insert into plan_section_revision (section_id, title, body, replaced_by) values (:s, :t, :b, :by)")
                .param("s", sectionId)
                .param("t", title)
                .param("b", body)
                .param("by", by)
                .update();
    }

    public void deleteSection(long id) {
        jdbc.sql("delete from plan_section where id = :id").param("id", id).update();
    }

    public long insertSection(long planId, SectionKind kind, String title, String body) {
        return jdbc.sql("""
                        insert into plan_section (plan_id, kind, title, body, position)
                        values (:p, :k, :t, :b, (select coalesce(max(position), -1) + 1 from plan_section where plan_id = :p))
                        returning id""")
                .param("p", planId)
                .param("k", kind.name())
                .param("t", title)
                .param("b", body)
                .query(Long.class)
                .single();
    }

    public List<TargetRow> targets(long planId) {
        return jdbc.sql("select * from plan_target where plan_id = :p order by position, id")
                .param("p", planId)
                .query(PlanRepository::target)
                .list();
    }

    public long insertTarget(long planId, TargetRow t) {
        return targetColumns(jdbc.sql("""
                        insert into plan_target (plan_id, position, statement, area, unit_of_measure, baseline, goal,
                            goal_year, yes_no, latest_value, lead_agency_id, coordinators, note, criterion_id, source_target_id)
                        values (:p, (select coalesce(max(position), -1) + 1 from plan_target where plan_id = :p), :s, :a,
                            :u, :b, :g, :y, :yn, :latest, :lead, :coord, :note, :criterion, :source)
                        returning id"""), t)
                .param("p", planId)
                .param("latest", t.latestValue())
                .param("source", t.sourceTargetId())
                .query(Long.class)
                .single();
    }

    public void insertHorizons(long targetId, List<vn.dtihub.plans.TargetHorizon> horizons) {
        for (vn.dtihub.plans.TargetHorizon h : horizons) {
            jdbc.sql(
                            "insert into plan_target_horizon (target_id, year, value) values (:t, :y, :v) on conflict (target_id, year)"
                                    + " do update set value = excluded.value")
                    .param("t", targetId)
                    .param("y", h.year())
                    .param("v", h.value())
                    .update();
        }
    }

    /** The horizons of a plan's targets, by target, earliest year first. */
    /** The earlier wordings of a plan's amended targets, oldest first. */
    public java.util.Map<Long, List<vn.dtihub.plans.PlanTarget.Revision>> targetRevisions(long planId) {
        java.util.Map<Long, List<vn.dtihub.plans.PlanTarget.Revision>> out = new java.util.HashMap<>();
        jdbc.sql("""
                        select r.* from plan_target_revision r join plan_target t on t.id = r.target_id
                        where t.plan_id = :p order by r.id""").param("p", planId).query(rs -> {
            out.computeIfAbsent(rs.getLong("target_id"), k -> new ArrayList<>())
                    .add(new vn.dtihub.plans.PlanTarget.Revision(
                            rs.getString("wording"),
                            rs.getObject("replaced_at", java.time.OffsetDateTime.class),
                            rs.getString("replaced_by")));
        });
        return out;
    }

    public void insertTargetRevision(long targetId, String wording, String by) {
        jdbc.sql("insert into plan_target_revision (target_id, wording, replaced_by) values (:t, :w, :by)")
                .param("t", targetId)
                .param("w", wording)
                .param("by", by)
                .update();
    }

    public java.util.Map<Long, List<vn.dtihub.plans.TargetHorizon>> horizons(long planId) {
        java.util.Map<Long, List<vn.dtihub.plans.TargetHorizon>> out = new java.util.HashMap<>();
        jdbc.sql("""
                        select h.target_id, h.year, h.value from plan_target_horizon h
                          join plan_target t on t.id = h.target_id where t.plan_id = :p order by h.year""")
                .param("p", planId)
                .query((rs, n) -> out.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>())
                        .add(new vn.dtihub.plans.TargetHorizon(rs.getInt(2), rs.getBigDecimal(3))))
                .list();
        return out;
    }

    public List<TaskRow> tasks(long planId) {
        return jdbc.sql("select * from plan_task where plan_id = :p order by position, id")
                .param("p", planId)
                .query(PlanRepository::task)
                .list();
    }

    public Optional<TaskRow> task(long id) {
        return jdbc.sql("select * from plan_task where id = :id")
                .param("id", id)
                .query(PlanRepository::task)
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
                .query(PlanRepository::task)
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
                .query(PlanRepository::task)
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
                .query(PlanRepository::task)
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
                        order by t.id limit 100000""").query(PlanRepository::task).list();
    }

    /** Tasks copied from the given tasks into lower units' plans (the cascade). */
    public List<TaskRow> tasksFrom(List<Long> sourceIds) {
        if (sourceIds.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("select * from plan_task where source_task_id in (:ids)")
                .param("ids", sourceIds)
                .query(PlanRepository::task)
                .list();
    }

    /** Targets copied from the given targets into lower units' plans. */
    public List<TargetRow> targetsFrom(List<Long> sourceIds) {
        if (sourceIds.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("select * from plan_target where source_target_id in (:ids)")
                .param("ids", sourceIds)
                .query(PlanRepository::target)
                .list();
    }

    public void setLatestValue(long targetId, java.math.BigDecimal value) {
        jdbc.sql("update plan_target set latest_value = :v, version = version + 1 where id = :id")
                .param("v", value)
                .param("id", targetId)
                .update();
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

    public List<vn.dtihub.plans.TaskFile> files(long taskId) {
        return jdbc.sql("""
                        select id, task_id, file_id, file_name, size_bytes, content_type, uploaded_by, uploaded_at
                          from plan_task_file f
                         where f.task_id = :t order by f.uploaded_at desc, f.id desc""")
                .param("t", taskId)
                .query((rs, n) -> new vn.dtihub.plans.TaskFile(
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

    public boolean updateTarget(long id, int version, TargetRow t) {
        return targetColumns(jdbc.sql("""
                        update plan_target set statement = :s, area = :a, unit_of_measure = :u, baseline = :b,
                               goal = :g, goal_year = :y, yes_no = :yn, lead_agency_id = :lead, coordinators = :coord,
                               note = :note, criterion_id = :criterion, version = version + 1
                         where id = :id and version = :version"""), t)
                        .param("id", id)
                        .param("version", version)
                        .update()
                == 1;
    }

    public void replaceHorizons(long targetId, List<vn.dtihub.plans.TargetHorizon> horizons) {
        jdbc.sql("delete from plan_target_horizon where target_id = :t")
                .param("t", targetId)
                .update();
        insertHorizons(targetId, horizons);
    }

    /** Deletes a target; the copies cascaded from it keep their text and lose only the link. */
    public void deleteTarget(long id) {
        jdbc.sql("update plan_target set source_target_id = null where source_target_id = :id")
                .param("id", id)
                .update();
        jdbc.sql("delete from plan_target where id = :id").param("id", id).update();
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

    /** Binds the columns a target's insert and update share. */
    private static JdbcClient.StatementSpec targetColumns(JdbcClient.StatementSpec sql, TargetRow t) {
        return sql.param("s", t.statement())
                .param("a", t.area())
                .param("u", t.unitOfMeasure())
                .param("b", t.baseline())
                .param("g", t.goal())
                .param("y", t.goalYear())
                .param("yn", t.yesNo())
                .param("lead", t.leadAgencyId())
                .param("coord", t.coordinators())
                .param("note", t.note())
                .param("criterion", t.criterionId());
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

    /** A plan as stored (header fields). */
    public record PlanRow(
            String number,
            String title,
            PlanKind kind,
            long issuerUnitId,
            String issuerPath,
            String issuerName,
            String signer,
            LocalDate issuedOn,
            int yearFrom,
            int yearTo,
            boolean demo) {

        /**
         * A plan's header as typed (NFC, required title, years 2000–2100 in order) for the unit that issues it;
         * refused naming the field.
         */
        public static PlanRow from(vn.dtihub.plans.PlanHeader h, vn.dtihub.units.UnitView issuer, boolean demo) {
            String title = PlanFields.required(h == null ? null : h.title(), "title", 1000);
            int from = h.yearFrom() == null
                    ? LocalDate.now(vn.dtihub.shared.VietnamTime.ZONE).getYear()
                    : h.yearFrom();
            int to = h.yearTo() == null ? from : h.yearTo();
            if (from < 2000 || from > 2100 || to < from || to > 2100) {
                throw new vn.dtihub.shared.InvalidInputException(
                        "yearTo", "framework.yearsReversed", "Years are 2000–2100, the last not before the first");
            }
            return new PlanRow(
                    PlanFields.optional(h.number()),
                    title,
                    h.kind() == null ? PlanKind.YEARLY : h.kind(),
                    issuer.id(),
                    issuer.path(),
                    issuer.fullName(),
                    PlanFields.optional(h.signer()),
                    h.issuedOn(),
                    from,
                    to,
                    demo);
        }
    }

    /** A target as stored. */
    public record TargetRow(
            long id,
            long planId,
            int position,
            String statement,
            String area,
            String unitOfMeasure,
            java.math.BigDecimal baseline,
            java.math.BigDecimal goal,
            Integer goalYear,
            boolean yesNo,
            java.math.BigDecimal latestValue,
            Long leadAgencyId,
            String coordinators,
            String note,
            Long criterionId,
            Long sourceTargetId,
            int version) {}

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

    static PlanSummary summary(ResultSet rs, int n) throws SQLException {
        Date issued = rs.getDate("issued_on");
        return new PlanSummary(
                rs.getLong("id"),
                rs.getString("number"),
                rs.getString("title"),
                PlanKind.valueOf(rs.getString("kind")),
                rs.getLong("issuer_unit_id"),
                rs.getString("issuer_path"),
                rs.getString("issuer_name"),
                rs.getString("signer"),
                issued == null ? null : issued.toLocalDate(),
                rs.getInt("year_from"),
                rs.getInt("year_to"),
                PlanStatus.valueOf(rs.getString("status")),
                rs.getBoolean("demo"),
                rs.getInt("version"),
                rs.getInt("task_count"),
                rs.getObject("superseded_by", Long.class));
    }

    static TargetRow target(ResultSet rs, int n) throws SQLException {
        return new TargetRow(
                rs.getLong("id"),
                rs.getLong("plan_id"),
                rs.getInt("position"),
                rs.getString("statement"),
                rs.getString("area"),
                rs.getString("unit_of_measure"),
                rs.getBigDecimal("baseline"),
                rs.getBigDecimal("goal"),
                rs.getObject("goal_year", Integer.class),
                rs.getBoolean("yes_no"),
                rs.getBigDecimal("latest_value"),
                rs.getObject("lead_agency_id", Long.class),
                rs.getString("coordinators"),
                rs.getString("note"),
                rs.getObject("criterion_id", Long.class),
                rs.getObject("source_target_id", Long.class),
                rs.getInt("version"));
    }

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
