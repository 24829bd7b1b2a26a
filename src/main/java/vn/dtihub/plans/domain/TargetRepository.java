package vn.dtihub.plans.domain;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The SQL of a plan's targets: their horizons, revisions and latest values. */
@Repository
public class TargetRepository {

    private final JdbcClient jdbc;

    TargetRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public List<TargetRow> targets(long planId) {
        return jdbc.sql("select * from plan_target where plan_id = :p order by position, id")
                .param("p", planId)
                .query(TargetRepository::target)
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

    /** Targets copied from the given targets into lower units' plans. */
    public List<TargetRow> targetsFrom(List<Long> sourceIds) {
        if (sourceIds.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("select * from plan_target where source_target_id in (:ids)")
                .param("ids", sourceIds)
                .query(TargetRepository::target)
                .list();
    }

    public void setLatestValue(long targetId, java.math.BigDecimal value) {
        jdbc.sql("update plan_target set latest_value = :v, version = version + 1 where id = :id")
                .param("v", value)
                .param("id", targetId)
                .update();
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
}
