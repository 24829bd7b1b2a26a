package vn.dtihub.frameworks.domain;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import vn.dtihub.frameworks.Consolidation;
import vn.dtihub.frameworks.Criterion;
import vn.dtihub.frameworks.CriterionNode;
import vn.dtihub.frameworks.MissingPolicy;
import vn.dtihub.frameworks.ScoringRule;
import vn.dtihub.frameworks.ValueType;

/** The SQL of a framework's criteria: read (as rows or as a tree), added, edited on the version read, moved and deleted. */
@Repository
public class CriterionRepository {

    private static final String CRITERION_COLUMNS = """
            id, framework_id, parent_id, code, name, description, position, value_type, unit_of_measure, max_points,
            scored, rule::text as rule, evidence_required, evidence_kind, data_source, verifier, missing_policy,
            points_note, version, consolidation""";

    private static Map<String, Object> params(CriterionData d) {
        Map<String, Object> p = new HashMap<>();
        p.put("code", d.code());
        p.put("name", d.name());
        p.put("description", d.description());
        p.put("valueType", d.valueType() == null ? null : d.valueType().name());
        p.put("unit", d.unitOfMeasure());
        p.put("max", d.maxPoints());
        p.put("scored", d.scored());
        p.put("rule", d.rule() == null ? null : FrameworkRepository.JSON.writeValueAsString(d.rule()));
        p.put("evidence", d.evidenceRequired());
        p.put("evidenceKind", d.evidenceKind());
        p.put("source", d.dataSource());
        p.put("verifier", d.verifier());
        p.put("missing", d.missingPolicy().name());
        p.put("note", d.pointsNote());
        p.put(
                "consolidation",
                d.consolidation() == null ? null : d.consolidation().text());
        return p;
    }

    private final JdbcClient jdbc;

    CriterionRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public List<Criterion> criteria(long frameworkId) {
        return jdbc.sql("select " + CRITERION_COLUMNS + " from criterion where framework_id = :f order by position, id")
                .param("f", frameworkId)
                .query(CriterionRepository::criterion)
                .list();
    }

    /** The criteria of the given ids, in one query. */
    public List<Criterion> criteria(java.util.Collection<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("select " + CRITERION_COLUMNS + " from criterion where id in (:ids)")
                .param("ids", List.copyOf(new java.util.HashSet<>(ids)))
                .query(CriterionRepository::criterion)
                .list();
    }

    public Optional<Criterion> criterion(long id) {
        return jdbc.sql("select " + CRITERION_COLUMNS + " from criterion where id = :id")
                .param("id", id)
                .query(CriterionRepository::criterion)
                .optional();
    }

    public Optional<Criterion> criterionByCode(long frameworkId, String code) {
        return jdbc.sql("select " + CRITERION_COLUMNS + " from criterion where framework_id = :f and code = :c")
                .param("f", frameworkId)
                .param("c", code)
                .query(CriterionRepository::criterion)
                .optional();
    }

    public long insertCriterion(long frameworkId, Long parentId, int position, CriterionData d) {
        return jdbc.sql("""
                        insert into criterion (framework_id, parent_id, code, name, description, position, value_type,
                            unit_of_measure, max_points, scored, rule, evidence_required, evidence_kind, data_source,
                            verifier, missing_policy, points_note, consolidation)
                        values (:f, :parent, :code, :name, :description, :position, :valueType, :unit, :max, :scored,
                            cast(:rule as jsonb), :evidence, :evidenceKind, :source, :verifier, :missing, :note,
                            :consolidation)
                        returning id""")
                .param("f", frameworkId)
                .param("parent", parentId)
                .param("position", position)
                .params(params(d))
                .query(Long.class)
                .single();
    }

    public boolean updateCriterion(long id, int version, CriterionData d) {
        return jdbc.sql("""
                        update criterion set code = :code, name = :name, description = :description,
                               value_type = :valueType, unit_of_measure = :unit, max_points = :max, scored = :scored,
                               rule = cast(:rule as jsonb), evidence_required = :evidence, evidence_kind = :evidenceKind,
                               data_source = :source, verifier = :verifier, missing_policy = :missing,
                               points_note = :note, consolidation = :consolidation, version = version + 1
                         where id = :id and version = :version""")
                        .param("id", id)
                        .param("version", version)
                        .params(params(d))
                        .update()
                == 1;
    }

    public void move(long id, Long parentId, int position) {
        jdbc.sql("update criterion set parent_id = :p, position = :pos, version = version + 1 where id = :id")
                .param("p", parentId)
                .param("pos", position)
                .param("id", id)
                .update();
    }

    public void deleteCriterion(long id) {
        jdbc.sql("delete from criterion where id = :id").param("id", id).update();
    }

    public boolean hasAssignments(List<Long> criterionIds) {
        if (criterionIds.isEmpty()) {
            return false;
        }
        return jdbc.sql("select count(*) from assignment where criterion_id in (:ids)")
                        .param("ids", criterionIds)
                        .query(Long.class)
                        .single()
                > 0;
    }

    /** Builds the tree of a framework from its flat list of criteria. */
    public static List<CriterionNode> tree(List<Criterion> criteria) {
        Map<Long, List<Criterion>> children = new HashMap<>();
        List<Criterion> roots = new ArrayList<>();
        for (Criterion c : criteria) {
            if (c.parentId() == null) {
                roots.add(c);
            } else {
                children.computeIfAbsent(c.parentId(), k -> new ArrayList<>()).add(c);
            }
        }
        return roots.stream().map(r -> node(r, 0, children)).toList();
    }

    private static CriterionNode node(Criterion c, int depth, Map<Long, List<Criterion>> children) {
        return new CriterionNode(
                c,
                depth,
                children.getOrDefault(c.id(), List.of()).stream()
                        .map(k -> node(k, depth + 1, children))
                        .toList());
    }

    static Criterion criterion(ResultSet rs, int row) throws SQLException {
        String rule = rs.getString("rule");
        String valueType = rs.getString("value_type");
        return new Criterion(
                rs.getLong("id"),
                rs.getLong("framework_id"),
                rs.getObject("parent_id", Long.class),
                rs.getString("code"),
                rs.getString("name"),
                rs.getString("description"),
                rs.getInt("position"),
                valueType == null ? null : ValueType.valueOf(valueType),
                rs.getString("unit_of_measure"),
                rs.getBigDecimal("max_points"),
                rs.getBoolean("scored"),
                rule == null ? null : FrameworkRepository.JSON.readValue(rule, ScoringRule.class),
                rs.getBoolean("evidence_required"),
                rs.getString("evidence_kind"),
                rs.getString("data_source"),
                rs.getString("verifier"),
                MissingPolicy.valueOf(rs.getString("missing_policy")),
                rs.getString("points_note"),
                rs.getInt("version"),
                Consolidation.parse(rs.getString("consolidation")));
    }
}
