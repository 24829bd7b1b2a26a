package vn.dtihub.frameworks.domain;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import vn.dtihub.frameworks.Assignment;
import vn.dtihub.frameworks.AssignmentRole;

@Repository
public class AssignmentRepository {

    // Assignee names are not read here: they belong to the units module and are looked up through its facade.
    private static final String SELECT = """
            select s.id, s.framework_id, s.criterion_id, c.code as criterion_code, c.name as criterion_name,
                   s.scope_unit_id, s.scope_path, s.agency_id, s.unit_id, s.role, s.note
              from assignment s
              join criterion c on c.id = s.criterion_id""";

    private final JdbcClient jdbc;

    AssignmentRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public List<Assignment> ofScope(long frameworkId, long scopeUnitId) {
        return jdbc.sql(SELECT
                        + " where s.framework_id = :f and s.scope_unit_id = :s order by c.position, c.id, s.role, s.id")
                .param("f", frameworkId)
                .param("s", scopeUnitId)
                .query(AssignmentRepository::map)
                .list();
    }

    /** The assignments made by a unit or any unit under it. */
    public List<Assignment> within(long frameworkId, String scopePath) {
        return jdbc.sql(SELECT
                        + " where s.framework_id = :f and s.scope_path like :p order by s.scope_path, c.position, s.id")
                .param("f", frameworkId)
                .param("p", scopePath + "%")
                .query(AssignmentRepository::map)
                .list();
    }

    public List<Assignment> ofAgency(long agencyId) {
        return jdbc.sql(SELECT + " where s.agency_id = :a order by s.framework_id, c.position, c.id")
                .param("a", agencyId)
                .query(AssignmentRepository::map)
                .list();
    }

    public List<Assignment> ofUnit(long unitId) {
        return jdbc.sql(SELECT + " where s.unit_id = :u order by s.framework_id, c.position, c.id")
                .param("u", unitId)
                .query(AssignmentRepository::map)
                .list();
    }

    public Optional<Assignment> find(long id) {
        return jdbc.sql(SELECT + " where s.id = :id")
                .param("id", id)
                .query(AssignmentRepository::map)
                .optional();
    }

    public Optional<Assignment> leadOf(long criterionId, long scopeUnitId) {
        return jdbc.sql(
                        SELECT
                                + " where s.criterion_id = :c and s.scope_unit_id = :s and s.role = 'LEAD' and s.agency_id is not null")
                .param("c", criterionId)
                .param("s", scopeUnitId)
                .query(AssignmentRepository::map)
                .optional();
    }

    public boolean exists(long criterionId, long scopeUnitId, Long agencyId, Long unitId, AssignmentRole role) {
        return jdbc.sql("""
                        select count(*) from assignment where criterion_id = :c and scope_unit_id = :s and role = :r
                           and coalesce(agency_id, 0) = coalesce(:a, 0) and coalesce(unit_id, 0) = coalesce(:u, 0)""")
                        .param("c", criterionId)
                        .param("s", scopeUnitId)
                        .param("r", role.name())
                        .param("a", agencyId)
                        .param("u", unitId)
                        .query(Long.class)
                        .single()
                > 0;
    }

    public long insert(
            long frameworkId,
            long criterionId,
            long scopeUnitId,
            String scopePath,
            Long agencyId,
            Long unitId,
            AssignmentRole role,
            String note) {
        return jdbc.sql("""
                        insert into assignment (framework_id, criterion_id, scope_unit_id, scope_path, agency_id, unit_id,
                            role, note)
                        values (:f, :c, :s, :p, :a, :u, :r, :n) returning id""")
                .param("f", frameworkId)
                .param("c", criterionId)
                .param("s", scopeUnitId)
                .param("p", scopePath)
                .param("a", agencyId)
                .param("u", unitId)
                .param("r", role.name())
                .param("n", note)
                .query(Long.class)
                .single();
    }

    public void delete(long id) {
        jdbc.sql("delete from assignment where id = :id").param("id", id).update();
    }

    public boolean anyForScope(long frameworkId, long scopeUnitId) {
        return jdbc.sql("select count(*) from assignment where framework_id = :f and scope_unit_id = :s")
                        .param("f", frameworkId)
                        .param("s", scopeUnitId)
                        .query(Long.class)
                        .single()
                > 0;
    }

    static Assignment map(ResultSet rs, int row) throws SQLException {
        return new Assignment(
                rs.getLong("id"),
                rs.getLong("framework_id"),
                rs.getLong("criterion_id"),
                rs.getString("criterion_code"),
                rs.getString("criterion_name"),
                rs.getLong("scope_unit_id"),
                rs.getString("scope_path"),
                rs.getObject("agency_id", Long.class),
                rs.getObject("unit_id", Long.class),
                null,
                null,
                AssignmentRole.valueOf(rs.getString("role")),
                rs.getString("note"));
    }
}
